// Steps that many journeys share, written the way a person takes them: by visible labels,
// headings and messages, never by ids or classes.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../scripts/lib/demo-data";
import { expectAccessible } from "./axe";

export type DemoRole = keyof typeof DEMO_ACCOUNTS;
export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The path of the current page with its query, e.g. "/login?uitgelogd=1". */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Waits until the page's one h1 reads `text` (client-side navigations render a moment later). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  const heading = page.getByRole("heading", { level: 1, name: text, exact: true });
  try {
    await heading.waitFor({ state: "visible", timeout: 15_000 });
  } catch {
    const shown = await page.getByRole("heading", { level: 1 }).allInnerTexts();
    throw new Error(`expected the h1 "${text}" on ${pathOf(page)}, saw ${JSON.stringify(shown)}`);
  }
  expect(await page.getByRole("heading", { level: 1 }).count(), `one h1 on ${pathOf(page)}`).toBe(1);
}

/** Opens a path, checks the h1 and runs axe; returns the HTTP status of the document. */
export async function visit(page: Page, path: string, heading: string): Promise<number | undefined> {
  const response = await page.goto(path);
  await expectHeading(page, heading);
  await expectAccessible(page);
  return response?.status();
}

export async function fillLoginForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

/** Logs in through the form on /login (checked with axe) and waits for the start page's h1. */
export async function logIn(page: Page, email: string, password: string, startHeading: string): Promise<void> {
  await visit(page, "/login", "Inloggen");
  await fillLoginForm(page, email, password);
  await expectHeading(page, startHeading);
}

export async function logOut(page: Page, button = "Uitloggen", notice = "Je bent uitgelogd."): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.getByRole("status").filter({ hasText: notice }).waitFor();
  expect(pathOf(page)).toBe("/login?uitgelogd=1");
  await expectAccessible(page, "/login after logging out");
}

/** The link texts of the main menu, in order. */
export async function menuItems(page: Page, label = "Hoofdmenu"): Promise<string[]> {
  const links = page.getByRole("navigation", { name: label, exact: true }).getByRole("link");
  return (await links.allInnerTexts()).map((text) => text.trim());
}

/** The language of the page as the browser and screen readers see it. */
export function documentLanguage(page: Page): Promise<string | null> {
  return page.locator("html").getAttribute("lang");
}
