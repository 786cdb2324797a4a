// One Signaal server (on a fresh SQLite database in a temp directory) and one Chromium per
// test file, plus the checks every browser test gets for free: browser errors fail the
// test, and a failed test prints what the server logged while it ran.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { type RunningServer, spawnServer } from "../../scripts/lib/spawn-server";
import { markJavaScriptDisabled } from "./axe";
import { chromiumAvailable, launchChromium } from "./browser";

export interface NewPageOptions extends Pick<BrowserContextOptions, "javaScriptEnabled"> {
  /**
   * Console errors the test expects, such as Chromium's "Failed to load resource: ... 401"
   * after a refused login. Any other console error or uncaught exception fails the test.
   */
  expectConsoleErrors?: RegExp[];
}

export interface Signaal {
  /** Base URL of the server, e.g. http://localhost:41234. */
  readonly url: string;
  /** A page in a new browser context: its own cookies, so its own visitor. Closed after the test. */
  newPage(options?: NewPageOptions): Promise<Page>;
}

interface OpenContext {
  context: BrowserContext;
  expected: RegExp[];
  errors: string[];
}

/** Registers the hooks of a test file and returns the running server and browser. */
export function useSignaal(): Signaal {
  let directory: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let open: OpenContext[] = [];
  let outputAtStart = 0;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "signaal-e2e-"));
    server = await spawnServer({
      databaseUrl: `file:${path.join(directory, "e2e.db")}`,
      // No SMTP server, so mail stays in the outbox where the tests read it, and no proxy in
      // front: undefined removes a variable the developer's shell may have set.
      env: { SMTP_URL: undefined, TRUST_PROXY: undefined },
      timeoutMs: 170_000,
    });
    if (chromiumAvailable) browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  beforeEach(({ onTestFailed }) => {
    outputAtStart = server?.output().length ?? 0;
    onTestFailed(() => {
      const output = server?.output().slice(outputAtStart).trim();
      console.log(`\n[e2e] Server output during the failed test:\n${output || "(nothing)"}\n`);
    });
  });

  afterEach(async () => {
    const contexts = open;
    open = [];
    await Promise.all(contexts.map(({ context }) => context.close()));
    const unexpected = contexts.flatMap(({ errors, expected }) =>
      errors.filter((error) => !expected.some((pattern) => pattern.test(error))),
    );
    expect(unexpected.length, `the browser reported errors:\n${unexpected.join("\n")}\nunexpected errors`).toBe(0);
  });

  return {
    get url() {
      if (!server) throw new Error("Signaal is not running (beforeAll failed or has not run yet)");
      return server.url;
    },
    async newPage(options = {}) {
      if (!browser || !server) throw new Error("The browser is not running: use newPage only in the browser suites");
      const context = await browser.newContext({
        baseURL: server.url,
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: "nl-NL",
      });
      if (options.javaScriptEnabled === false) markJavaScriptDisabled(context);
      const entry: OpenContext = { context, expected: options.expectConsoleErrors ?? [], errors: [] };
      open.push(entry);
      context.on("console", (message) => {
        if (message.type() === "error") entry.errors.push(`console.error on ${message.page()?.url() ?? "?"}: ${message.text()}`);
      });
      context.on("weberror", (error) => entry.errors.push(`uncaught exception on ${error.page()?.url() ?? "?"}: ${String(error.error())}`));
      return context.newPage();
    },
  };
}
