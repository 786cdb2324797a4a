// console.error during a test fails it, unless the test says it expects one.
import { afterEach, beforeEach, vi } from "vitest";

let captured: unknown[][] = [];
let allowed = false;

/** For a test that provokes a logged error on purpose; returns what was logged so far. */
export function allowConsoleErrors(): () => string {
  allowed = true;
  return () => captured.map((args) => args.map(String).join(" ")).join("\n");
}

export function failOnConsoleError() {
  beforeEach(() => {
    captured = [];
    allowed = false;
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      captured.push(args);
    });
  });
  afterEach(() => {
    if (captured.length > 0 && !allowed) {
      const text = captured.map((args) => args.map(String).join(" ")).join("\n");
      throw new Error(`console.error was called during the test:\n${text}`);
    }
  });
}
