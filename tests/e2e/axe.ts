// WCAG 2.1 AA check of the page as it is now, with axe-core inside the browser. A failure
// names each rule, its impact and the elements, so the owner of the page can find them.
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const withoutJavaScript = new WeakSet<BrowserContext>();

/** The harness marks contexts with JavaScript disabled, whose pages axe cannot run in. */
export function markJavaScriptDisabled(context: BrowserContext): void {
  withoutJavaScript.add(context);
}

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
 * axe-core waits on timers, and timers never fire in a page with JavaScript disabled. Such a
 * page is checked as a snapshot instead: its DOM, scripts removed, served at the same address
 * (so the same stylesheets load) in a fresh page that does run JavaScript.
 */
async function analyzeSnapshot(page: Page): Promise<AxeResults> {
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser to open a snapshot in");
  const address = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const twin = await context.newPage();
    await twin.route(
      (url) => url.href === address,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await twin.goto(address);
    return await new AxeBuilder({ page: twin }).withTags(WCAG_21_AA).analyze();
  } finally {
    await context.close();
  }
}

/**
 * Runs axe on the page and records a failure for every violation. The failure is soft: the
 * journey goes on, so one run reports every inaccessible page it passed, not only the first.
 */
export async function expectAccessible(page: Page, what = new URL(page.url()).pathname): Promise<void> {
  const results = withoutJavaScript.has(page.context())
    ? await analyzeSnapshot(page)
    : await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const lines = describeViolations(results.violations);
  expect
    .soft(results.violations.length, `axe found WCAG 2.1 AA violations on ${what}:\n${lines.join("\n")}\nviolated rules`)
    .toBe(0);
}
