// The authoring pages as the browser tests meet them: a second author made with the
// factories, the course workspace, the lesson editor (CodeMirror, faults, autosave, preview)
// and the lesson list a teacher sees. Found by labels, headings and messages, as an author
// finds them.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { DEFAULT_TEST_PASSWORD, createUser } from "../factories";
import { expectAccessible } from "./axe";
import { COURSE, COURSE_PATH } from "./demo-course";
import type { Signaal, TestAccount } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectHeading, logIn } from "./journeys";

export const COURSE_SLUG = "demo-signaleren";
export const AUTHOR_HOME = "Cursussen schrijven";
export const AUTHOR_COURSE_PATH = `/auteur/cursussen/${COURSE_SLUG}`;
export const DEMO_AUTHOR: TestAccount = { email: DEMO_ACCOUNTS.author, password: DEMO_PASSWORD, name: "Anouk Auteur" };

/** One more author, written into the server's database: the reviewer a course needs. */
export async function createAuthor(signaal: Signaal, name: string, email: string): Promise<TestAccount> {
  const user = await createUser(signaal.database(), { name, email, platformRole: "AUTHOR" });
  return { email: user.email, password: DEFAULT_TEST_PASSWORD, name: user.name };
}

export async function logInAsAuthor(page: Page, author: TestAccount): Promise<void> {
  await logIn(page, author.email, author.password, AUTHOR_HOME);
  await expectAccessible(page, "the authors' home");
}

/** From the authors' home to the demo course's workspace. */
export async function openCourseWorkspace(page: Page): Promise<void> {
  await page.getByRole("table", { name: "Cursussen", exact: true }).getByRole("link", { name: COURSE, exact: true }).click();
  await expectHeading(page, COURSE);
  await expectAccessible(page, "the course workspace");
}

/** The success notice after a step on an authoring page. */
export async function expectNotice(page: Page, text: string): Promise<void> {
  await page.getByRole("status").filter({ hasText: text }).first().waitFor();
}

/** "Versie 2 (nieuwste)", "4 maart 2026, door Anouk Auteur", ...: the rows of the version table. */
export async function versionRows(page: Page): Promise<string[]> {
  const section = page.getByRole("region", { name: "Versies", exact: true });
  const rows = section.getByRole("row");
  const texts = await rows.allInnerTexts();
  return texts.slice(1).map(clean);
}

export const clean = (text: string) => text.replace(/\s+/g, " ").trim();

// ---- The lesson editor. ----

export const EDITOR_LABEL = "Inhoud van de les";

/** CodeMirror's editing surface, a textbox named by the label of the field it replaces. */
export function codeEditor(page: Page): Locator {
  return page.getByRole("textbox", { name: EDITOR_LABEL, exact: true });
}

/**
 * The lesson's text as the editor holds it. CodeMirror draws only the lines in view, so the
 * text is read from the form field it keeps in step (hidden once CodeMirror runs): the text
 * a save without JavaScript would post.
 */
export function editorText(page: Page): Promise<string> {
  return page.locator("textarea").and(page.getByLabel(EDITOR_LABEL, { exact: true })).inputValue();
}

export function faultList(page: Page): Locator {
  return page.getByRole("region", { name: "Fouten in deze les", exact: true });
}

/** The count of faults in words: "Geen fouten gevonden.", "1 fout gevonden.". */
export async function expectFaultCount(page: Page, text: string): Promise<void> {
  await faultList(page).getByRole("status").filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

/** Autosave has come back: "Opgeslagen om 14:05", and nothing typed since. */
export async function expectSaved(page: Page): Promise<void> {
  await page.getByRole("status").filter({ hasText: /^Opgeslagen om \d{1,2}:\d{2}$/ }).waitFor({ timeout: 15_000 });
}

export function preview(page: Page): Locator {
  return page.getByRole("region", { name: "Voorbeeld", exact: true });
}

/**
 * The 1-based number of the line whose text starts with `start`; fails when there is not
 * exactly one.
 */
export function lineNumberOf(text: string, start: string): number {
  const lines = text.split("\n");
  const found = lines.flatMap((line, index) => (line.startsWith(start) ? [index + 1] : []));
  expect(found, `one line starting with ${start}`).toHaveLength(1);
  return found[0]!;
}

/**
 * The line numbers CodeMirror's gutter shows next to an error marker in its lint gutter:
 * the lines the editor marks as faulty, as an author sees them side by side.
 */
export async function markedLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const markers = [...document.querySelectorAll(".cm-lint-marker-error")];
    const numbers = [...document.querySelectorAll(".cm-lineNumbers .cm-gutterElement")];
    return markers.flatMap((marker) => {
      const top = marker.getBoundingClientRect().top;
      const row = numbers.find((element) => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && top >= box.top - 1 && top < box.bottom - 1;
      });
      return row ? [Number(row.textContent)] : [];
    });
  });
}

// ---- What a teacher sees. ----

/** The lesson titles of the course overview, "Les 1: Signalen in context", ... */
export async function teacherLessonList(page: Page): Promise<string[]> {
  await page.goto(COURSE_PATH);
  await expectHeading(page, COURSE);
  const list = page.getByRole("list", { name: "Lessen", exact: true });
  const names = await list.locator(":scope > li").evaluateAll((items) =>
    items.map((item) => (item.querySelector("a, span")?.textContent ?? "").replace(/\s+/g, " ").trim()),
  );
  return names;
}
