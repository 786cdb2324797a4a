// The whole course, as a teacher takes it: from "Mijn cursussen" through every lesson to the
// certificate, its PDF, and the public check of its code by someone who is not signed in;
// with JavaScript and without. Progress survives a restart of the server, and a choice that
// could not be saved is sent again. axe runs on every page on the way.
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { COURSE, COURSE_PATH, FIRST_LESSON, QUIZ, QUIZ_LESSON, QUIZ_LESSON_PATH, SCENARIO, SCENARIO_LESSON, SCENARIO_LESSON_PATH, answerAllRight, answerAllWrong, choose, completeLesson, lessonPosition, quizBlock, scenarioBlock } from "./demo-course";
import { type TestAccount, useSignaal } from "./harness";
import { expectHeading, logIn, pathOf, visit } from "./journeys";

const signaal = useSignaal();

const COMPLETION = "Gefeliciteerd, je hebt de cursus afgerond";
const COMPLETION_PATH = `${COURSE_PATH}/afgerond`;
const GOOD_ENDING = "Op tijd, en Jesse blijft praten";

// A journey passes many pages and starts a server twice at most; a minute is too short.
const JOURNEY_TIMEOUT_MS = 240_000;

/** The day as the certificate states it; both sides of midnight, should the test run across it. */
function todayLong(): string[] {
  const format = (date: Date) =>
    new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(date);
  const now = Date.now();
  return [...new Set([format(new Date(now - 60_000)), format(new Date(now + 60_000))])];
}

/** The card's button, whose name says which course it is for: "Ga verder: Demo: ...". */
function cardButton(page: Page, action: "Start de cursus" | "Ga verder" | "Certificaat"): Locator {
  return courseCard(page).getByRole("link", { name: `${action}: ${COURSE}`, exact: true });
}

/** The card of the demo course on "Mijn cursussen". */
function courseCard(page: Page): Locator {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2, name: COURSE, exact: true }) });
}

async function openMyCourses(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Hoofdmenu", exact: true }).getByRole("link", { name: "Mijn cursussen", exact: true }).click();
  await expectHeading(page, "Mijn cursussen");
  expect(pathOf(page)).toBe("/docent");
}

/** The card's status, progress in words, and the progress bar's value of its maximum. */
async function expectCard(page: Page, status: string, progress: string, done: number): Promise<void> {
  const card = courseCard(page);
  const text = (await card.innerText()).replace(/\s+/g, " ");
  expect(text).toContain(`Status: ${status}`);
  expect(text).toContain(`Voortgang: ${progress}`);
  const bar = card.getByRole("progressbar", { name: `Voortgang: ${progress}`, exact: true });
  expect(await bar.getAttribute("value")).toBe(String(done));
  expect(await bar.getAttribute("max")).toBe("3");
  await expectAccessible(page, `Mijn cursussen with the course ${status}`);
}

/**
 * The completion page: results, the PDF and the verification code. Returns the address of
 * the public verification page the page links to.
 */
async function checkCompletionPage(page: Page, attempts: number): Promise<string> {
  await expectHeading(page, COMPLETION);
  expect(pathOf(page)).toBe(COMPLETION_PATH);
  const main = (await page.getByRole("main").innerText()).replace(/[ \t]+/g, " ");
  expect(main).toContain(COURSE);
  expect(todayLong().some((day) => main.includes(day)), `the completion page states today's date:\n${main}`).toBe(true);
  const scenarios = page.getByRole("table", { name: "Scenario's", exact: true });
  expect((await scenarios.getByRole("row", { name: new RegExp(SCENARIO) }).innerText()).replace(/\s+/g, " ")).toBe(
    `${SCENARIO} 8 van 8 8 van 8 9 van 9`,
  );
  const quizzes = page.getByRole("table", { name: "Toetsen", exact: true });
  expect((await quizzes.getByRole("row", { name: new RegExp(QUIZ) }).innerText()).replace(/\s+/g, " ")).toBe(`${QUIZ} 100% ${attempts}`);
  const code = main.match(/Verificatiecode\s+([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/)?.[1];
  expect(code, `a verification code on the completion page:\n${main}`).toBeTruthy();
  await expectAccessible(page, "the completion page");

  // The certificate: a PDF, for its owner.
  const download = page.getByRole("link", { name: "Download je certificaat (PDF)", exact: true });
  const pdfPath = await download.getAttribute("href");
  expect(pdfPath).toBe(`${COURSE_PATH}/certificaat.pdf`);
  const response = await page.request.get(pdfPath!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const verify = page.getByRole("link", { name: "Bekijk wat anderen zien als ze je verificatiecode controleren", exact: true });
  const verifyPath = await verify.getAttribute("href");
  expect(verifyPath).toBe(`/verificatie?code=${code}`);
  return verifyPath!;
}

/** Someone who is not signed in checks the code: name, course and date, and nothing else. */
async function checkVerification(teacher: TestAccount, verifyPath: string, javaScriptEnabled: boolean): Promise<void> {
  const stranger = await signaal.newPage({ javaScriptEnabled });
  expect(await visit(stranger, verifyPath, "Certificaat controleren")).toBe(200);
  const found = stranger.getByRole("status").filter({ has: stranger.getByRole("heading", { name: "Dit certificaat is echt", exact: true }) });
  const facts = (await found.innerText()).replace(/\s+/g, " ");
  expect(facts).toContain(`Naam ${teacher.name}`);
  expect(facts).toContain(`Cursus ${COURSE}`);
  expect(todayLong().some((day) => facts.includes(`Afgerond op ${day}`)), facts).toBe(true);
  const everything = await stranger.locator("body").innerText();
  expect(everything).not.toContain(teacher.email);
  expect(everything).not.toContain("@");
  expect(everything, "no scores").not.toContain("8 van 8");
  expect(everything, "no scores").not.toContain("100%");
  // A visitor, not the teacher: the page offers to log in, not the teacher's menu.
  expect(await stranger.getByRole("link", { name: "Mijn cursussen" }).count()).toBe(0);
}

describe.skipIf(!chromiumAvailable)("from 'Mijn cursussen' to a verified certificate", () => {
  test(
    "with JavaScript: start, resume after a reload and from 'Mijn cursussen', fail and pass the quiz, download and verify the certificate",
    { timeout: JOURNEY_TIMEOUT_MS },
    async () => {
      const teacher = await signaal.createTeacher({ name: "Noor van Dijk" });
      const page = await signaal.newPage();
      await logIn(page, teacher.email, teacher.password, "Mijn cursussen");
      expect(await page.getByRole("main").innerText()).toContain("Welkom, Noor van Dijk.");
      await expectCard(page, "niet gestart", "0% (0 van 3 lessen)", 0);

      // The button names the course it starts (a hidden suffix), for a list of several.
      await cardButton(page, "Start de cursus").click();
      await expectHeading(page, COURSE);
      expect(pathOf(page)).toBe(COURSE_PATH);
      await expectAccessible(page, "the course overview");
      await page.getByRole("link", { name: "Begin met les 1", exact: true }).click();
      await expectHeading(page, FIRST_LESSON);
      await expectAccessible(page, "lesson 1");
      await completeLesson(page, SCENARIO_LESSON);
      expect(pathOf(page)).toBe(SCENARIO_LESSON_PATH);
      await expectAccessible(page, "lesson 2");

      // Partway through the scenario, the page is reloaded: same step, same feedback.
      const scenario = scenarioBlock(page);
      const feedback = scenario.getByRole("group", { name: "Feedback op je keuze", exact: true });
      await choose(scenario, 0);
      await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
      await page.reload();
      await expectHeading(page, SCENARIO_LESSON);
      await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
      expect(await feedback.innerText()).toContain("Sterk. Je merkt de spanning op en je begeleidt het gesprek.");
      expect(await lessonPosition(page)).toBe("Les 2 van 3 · Bezig");
      await expectAccessible(page, "lesson 2 resumed after a reload");

      // "Ga verder" on Mijn cursussen leads back to the scenario itself.
      await openMyCourses(page);
      await expectCard(page, "bezig", "33% (1 van 3 lessen)", 1);
      await cardButton(page, "Ga verder").click();
      await expectHeading(page, SCENARIO_LESSON);
      expect(pathOf(page)).toBe(SCENARIO_LESSON_PATH);
      expect(new URL(page.url()).hash).toBe("#scenario-wij-en-zij");
      await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
      expect(await feedback.innerText()).toContain("Sterk. Je merkt de spanning op en je begeleidt het gesprek.");
      const top = await scenario.evaluate((element) => element.getBoundingClientRect().top);
      expect(top >= 0 && top < (await page.evaluate(() => window.innerHeight)), "the scenario is in view").toBe(true);

      await choose(scenario, 0);
      await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
      await choose(scenario, 0);
      await scenario.getByRole("heading", { name: GOOD_ENDING, exact: true }).waitFor();
      expect(await scenario.innerText()).toContain("Je score is bewaard.");
      await completeLesson(page, QUIZ_LESSON);
      expect(pathOf(page)).toBe(QUIZ_LESSON_PATH);
      await expectAccessible(page, "lesson 3");

      // The quiz: failed once, with attempts left, then passed.
      const quiz = quizBlock(page);
      const result = quiz.getByRole("group", { name: "Je resultaat", exact: true });
      expect(await quiz.innerText()).toContain("Poging 1 van 3");
      await answerAllWrong(quiz);
      await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
      await result.waitFor();
      expect(await result.innerText()).toContain("Nog niet gehaald.");
      await quiz.getByText("Je hebt nog 2 van de 3 pogingen.", { exact: true }).waitFor();
      await expectAccessible(page, "the failed quiz");
      await quiz.getByRole("button", { name: "Opnieuw maken (poging 2 van 3)", exact: true }).click();
      await quiz.getByText("Poging 2 van 3", { exact: true }).waitFor();
      await answerAllRight(quiz);
      await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
      await quiz.getByText("Je hebt deze toets gehaald. Je resultaat is bewaard.", { exact: true }).waitFor();
      expect(await result.innerText()).toContain("Je hebt 4 van de 4 vragen goed: 100%.");
      await expectAccessible(page, "the passed quiz");
      await page.getByRole("button", { name: "Les afronden", exact: true }).click();

      const verifyPath = await checkCompletionPage(page, 2);
      // The link downloads the file in the browser too.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download je certificaat (PDF)", exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("signaal-certificaat-demo-signaleren.pdf");
      const file = await download.path();
      expect((await readFile(file)).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      await checkVerification(teacher, verifyPath, true);

      // Back on Mijn cursussen: done, and the button leads to the certificate.
      await openMyCourses(page);
      await expectCard(page, "afgerond", "100% (3 van 3 lessen)", 3);
      const certificate = cardButton(page, "Certificaat");
      expect(await certificate.getAttribute("href")).toBe(COMPLETION_PATH);
      await page.getByRole("main").getByRole("link", { name: COURSE, exact: true }).click();
      await expectHeading(page, COURSE);
      const notice = await page.getByRole("status").filter({ hasText: "Je hebt deze cursus afgerond op" }).innerText();
      expect(todayLong().some((day) => notice.includes(`Je hebt deze cursus afgerond op ${day}.`)), notice).toBe(true);
      expect(await page.getByRole("main").innerText()).toContain("3 van 3 lessen afgerond");
      await page.getByRole("link", { name: "Bekijk je certificaat", exact: true }).click();
      await expectHeading(page, COMPLETION);
    },
  );

  test("without JavaScript: the same journey with full page posts, to the verification page", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const teacher = await signaal.createTeacher({ name: "Daan Bakker" });
    const page = await signaal.newPage({ javaScriptEnabled: false });
    await logIn(page, teacher.email, teacher.password, "Mijn cursussen");
    await expectCard(page, "niet gestart", "0% (0 van 3 lessen)", 0);
    await cardButton(page, "Start de cursus").click();
    await expectHeading(page, COURSE);
    await page.getByRole("link", { name: "Begin met les 1", exact: true }).click();
    await expectHeading(page, FIRST_LESSON);
    await completeLesson(page, SCENARIO_LESSON);
    await expectAccessible(page, "lesson 2 without JavaScript");

    const scenario = scenarioBlock(page);
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    // Back on Mijn cursussen, "Ga verder" leads to the scenario.
    await openMyCourses(page);
    await expectCard(page, "bezig", "33% (1 van 3 lessen)", 1);
    await cardButton(page, "Ga verder").click();
    await expectHeading(page, SCENARIO_LESSON);
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: GOOD_ENDING, exact: true }).waitFor();
    await completeLesson(page, QUIZ_LESSON);

    const quiz = quizBlock(page);
    await answerAllRight(quiz);
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
    await quiz.getByText("Je hebt deze toets gehaald. Je resultaat is bewaard.", { exact: true }).waitFor();
    await expectAccessible(page, "the passed quiz without JavaScript");
    await page.getByRole("button", { name: "Les afronden", exact: true }).click();

    const verifyPath = await checkCompletionPage(page, 1);
    // Without JavaScript the link is followed as a plain link, to the same public page.
    await page.getByRole("link", { name: "Bekijk wat anderen zien als ze je verificatiecode controleren", exact: true }).click();
    await expectHeading(page, "Certificaat controleren");
    expect(pathOf(page)).toBe(verifyPath);
    await checkVerification(teacher, verifyPath, false);

    await page.goto("/docent");
    await expectHeading(page, "Mijn cursussen");
    await expectCard(page, "afgerond", "100% (3 van 3 lessen)", 3);
  });
});

describe.skipIf(!chromiumAvailable)("progress that is kept", () => {
  test("a choice survives a restart of the server, and the scenario goes on after it", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const teacher = await signaal.createTeacher();
    const page = await signaal.newPage();
    await logIn(page, teacher.email, teacher.password, "Mijn cursussen");
    await page.goto(`${COURSE_PATH}/01-signalen-in-context`);
    await expectHeading(page, FIRST_LESSON);
    await completeLesson(page, SCENARIO_LESSON);
    const scenario = scenarioBlock(page);
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();

    await signaal.restart();

    await page.reload();
    await expectHeading(page, SCENARIO_LESSON);
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    expect(await scenario.getByRole("group", { name: "Feedback op je keuze", exact: true }).innerText()).toContain("Sterk.");
    expect(await lessonPosition(page)).toBe("Les 2 van 3 · Bezig");
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    await openMyCourses(page);
    await expectCard(page, "bezig", "33% (1 van 3 lessen)", 1);
  });

  test("a choice the database could not take says 'Niet opgeslagen', and is saved once when sent again", async () => {
    const teacher = await signaal.createTeacher();
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 503/] });
    await logIn(page, teacher.email, teacher.password, "Mijn cursussen");
    await page.goto(`${COURSE_PATH}/01-signalen-in-context`);
    await expectHeading(page, FIRST_LESSON);
    await completeLesson(page, SCENARIO_LESSON);
    const scenario = scenarioBlock(page);

    // Another process holds SQLite's write lock: the server's write gives up after its busy timeout.
    const release = await signaal.holdWriteLock();
    await choose(scenario, 0);
    const unsaved = scenario.getByRole("alert").filter({ hasText: "Niet opgeslagen — we proberen het opnieuw." });
    await unsaved.waitFor({ timeout: 20_000 });
    expect(await scenario.getByRole("heading", { name: "Stap 1", exact: true }).count(), "no success the server did not confirm").toBe(1);
    await expectAccessible(page, "a choice that was not saved");
    // Between two automatic tries (while one runs, the button reads "Bezig met opslaan…" and
    // is disabled), the database comes back and the teacher does not wait for the next try.
    const retry = unsaved.getByRole("button", { name: "Nu opnieuw proberen", exact: true });
    await retry.waitFor({ timeout: 20_000 });
    release();
    await retry.click();

    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    expect(await scenario.getByRole("group", { name: "Feedback op je keuze", exact: true }).innerText()).toContain("Sterk.");
    expect(await unsaved.count()).toBe(0);
    await page.reload();
    await expectHeading(page, SCENARIO_LESSON);
    // Saved once: the next step is 2, not 3.
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
  });
});
