// WCAG 2.1 AA check of the page as it is now, with axe-core inside the browser. A failure
// names each rule, its impact and the elements, so the owner of the page can find them.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function describeViolations(violations: AxeResults["violations"]): string[] {
  return violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? "impact unknown"}): ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map((node) => {
      const detail = node.failureSummary?.replace(/\s*\n\s*/g, " ") ?? "";
      return `    at ${node.target.join(" ")}: ${detail}`;
    }),
  ]);
}

/**
 * Runs axe on the page and records a failure for every violation. The failure is soft: the
 * journey goes on, so one run reports every inaccessible page it passed, not only the first.
 */
export async function expectAccessible(page: Page, what = new URL(page.url()).pathname): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const lines = describeViolations(results.violations);
  expect
    .soft(lines, `axe found WCAG 2.1 AA violations on ${what}:\n${lines.join("\n")}`)
    .toEqual([]);
}
