// A teacher reads the demo course: from the menu to a lesson, plays the scenario to an ending
// with the keyboard alone, takes the quiz, and plays a scenario step without JavaScript.
// axe runs on every page and every state a block passes through.
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { useSignaal } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectHeading, logIn, pathOf, visit } from "./journeys";

const signaal = useSignaal();

const COURSE = "Demo: wij en zij in de klas";
const FIRST_LESSON = "Signalen in context";
const SCENARIO_LESSON = "Na het nieuws: wij en zij in de klas";
const SCENARIO_LESSON_PATH = "/cursussen/demo-signaleren/02-na-het-nieuws";
const QUIZ_LESSON = "Toets en bronnen";

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, what: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab did not reach ${what} in ${limit} presses; the focus is on ${focused}`);
}

/** Waits until the focus is on `target`: after an answer, the page moves it there. */
async function expectFocusOn(target: Locator, what: string): Promise<void> {
  await target.waitFor();
  await target
    .evaluate(
      (element) =>
        new Promise<void>((resolve, reject) => {
          const deadline = Date.now() + 5_000;
          const check = () => {
            if (element === document.activeElement) resolve();
            else if (Date.now() > deadline) reject(new Error("focus did not arrive"));
            else setTimeout(check, 25);
          };
          check();
        })
    )
    .catch(() => undefined);
  expect(await isFocused(target), `the focus is on ${what}`).toBe(true);
}

/** The scenario block of the lesson page, found by its heading. */
function scenarioBlock(page: Page): Locator {
  return page.getByRole("region", { name: "Wij en zij na het nieuws", exact: true });
}

/** Chooses an answer with the keyboard: Tab into the choices, Space or arrows, Tab to the button, Enter. */
async function chooseWithKeyboard(page: Page, step: Locator, position: number): Promise<void> {
  const choices = step.getByRole("radio");
  await tabTo(page, choices.first(), "the first choice");
  if (position === 0) await page.keyboard.press("Space");
  for (let index = 0; index < position; index += 1) await page.keyboard.press("ArrowDown");
  expect(await choices.nth(position).isChecked(), `choice ${position + 1} is selected`).toBe(true);
  await tabTo(page, step.getByRole("button", { name: "Kies dit antwoord", exact: true }), "the button to choose");
  await page.keyboard.press("Enter");
}

async function scores(block: Locator): Promise<string[]> {
  return (await block.locator("dl").last().locator("dt, dd strong").allInnerTexts()).map((text) => text.trim());
}

describe.skipIf(!chromiumAvailable)("reading a course", () => {
  test("the teacher finds the course, plays the scenario to an ending with the keyboard only and takes the quiz", async () => {
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 400/] });
    await logIn(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD, "Mijn cursussen");

    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Cursussen", exact: true }).click();
    await expectHeading(page, "Cursussen");
    expect(pathOf(page)).toBe("/cursussen");
    await expectAccessible(page);

    await page.getByRole("link", { name: COURSE, exact: true }).click();
    await expectHeading(page, COURSE);
    expect(await page.getByRole("main").innerText()).toContain("PO, VO en MBO");
    const lessonLinks = page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link");
    expect(await lessonLinks.allInnerTexts()).toEqual([FIRST_LESSON, SCENARIO_LESSON, QUIZ_LESSON]);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Begin met les 1", exact: true }).click();
    await expectHeading(page, FIRST_LESSON);
    expect(await page.getByText("Les 1 van 3", { exact: true }).count()).toBe(1);
    await expectAccessible(page, "lesson 1 (notes, definitions, image and video)");

    await page.getByRole("link", { name: `Volgende les ${SCENARIO_LESSON}`, exact: true }).click();
    await expectHeading(page, SCENARIO_LESSON);
    expect(pathOf(page)).toBe(SCENARIO_LESSON_PATH);
    await expectAccessible(page, "lesson 2 before playing");

    // The reflection says plainly what happens to an answer, and warns about pupils' privacy.
    const reflection = page.getByRole("region", { name: "Reflectie", exact: true });
    expect(await reflection.innerText()).toContain("Schrijf geen namen of andere gegevens waaraan leerlingen te herkennen zijn.");
    await expect(
      reflection.getByRole("textbox", { name: "Jouw antwoord", exact: true }).getAttribute("aria-describedby")
    ).resolves.toBeTruthy();
    expect(await reflection.innerText()).toContain("Je antwoord wordt nog niet opgeslagen.");

    // Three steps, each: Tab to the choices, Space, Tab to the button, Enter.
    const scenario = scenarioBlock(page);
    await chooseWithKeyboard(page, scenario, 0);
    const feedback = scenario.getByRole("group", { name: "Feedback op je keuze", exact: true });
    await expectFocusOn(feedback, "the feedback on the first choice");
    expect(await feedback.innerText()).toContain("Sterk. Je merkt de spanning op en je begeleidt het gesprek.");
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    // The next step starts with nothing chosen.
    expect(await scenario.getByRole("radio", { checked: true }).count()).toBe(0);
    await expectAccessible(page, "the scenario after the first choice");

    await chooseWithKeyboard(page, scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    await expectFocusOn(feedback, "the feedback on the second choice");
    expect(await feedback.innerText()).toContain("Goed. Je deelt je zorg met een collega");

    await chooseWithKeyboard(page, scenario, 0);
    await scenario.getByRole("heading", { name: "Op tijd, en Jesse blijft praten", exact: true }).waitFor();
    await expectFocusOn(feedback, "the feedback on the last choice");
    const ending = await scenario.innerText();
    expect(ending).toContain("Goed gedaan.");
    expect(ending).toContain("Afloop: goed");
    expect(await scores(scenario)).toEqual(["Signaleren", "8 van 8", "Duiden", "8 van 8", "Handelen", "9 van 9"]);
    expect(ending).toContain("Zet je de juiste stap, op het juiste moment?");
    await expectAccessible(page, "the scenario at a good ending");

    // Again, and this time the arrow key picks the second choice: a poor ending at once.
    await tabTo(page, scenario.getByRole("button", { name: "Opnieuw spelen", exact: true }), "the button to play again");
    await page.keyboard.press("Enter");
    await expectFocusOn(scenario.getByRole("group", { name: "Stap 1", exact: true }), "the first step");
    await chooseWithKeyboard(page, scenario, 1);
    await scenario.getByRole("heading", { name: "Gemeld zonder gesprek", exact: true }).waitFor();
    await expectFocusOn(feedback, "the feedback on the hasty choice");
    expect(await scenario.innerText()).toContain("Afloop: slecht");
    expect(await scores(scenario)).toEqual(["Signaleren", "1 van 8", "Duiden", "-2 van 8", "Handelen", "-3 van 9"]);
    await expectAccessible(page, "the scenario at a poor ending");
    expect(pathOf(page), "the page never reloaded").toBe(SCENARIO_LESSON_PATH);

    await page.getByRole("link", { name: `Volgende les ${QUIZ_LESSON}`, exact: true }).click();
    await expectHeading(page, QUIZ_LESSON);
    const quiz = page.getByRole("region", { name: "Toets: signaleren en handelen", exact: true });
    await expectAccessible(page, "lesson 3 before the quiz");

    // Checking with nothing answered names every question, and takes the focus there.
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
    const problems = quiz.getByRole("group", { name: "Er is een probleem", exact: true });
    await expectFocusOn(problems, "the quiz's error summary");
    expect(await problems.getByRole("link").allInnerTexts()).toEqual([
      "Vraag 1: kies een antwoord.",
      "Vraag 2: kies een antwoord.",
      "Vraag 3: kies een antwoord.",
      "Vraag 4: kies een antwoord.",
    ]);
    await expectAccessible(page, "the quiz with unanswered questions");

    const question = (number: number) => quiz.getByRole("group", { name: new RegExp(`^Vraag ${number} van 4`) });
    expect(await question(1).getByRole("radio").count()).toBe(3);
    expect(await question(2).getByRole("checkbox").count()).toBe(5);
    await question(1).getByLabel("Je begeleidt het gesprek", { exact: false }).check();
    await question(2).getByLabel("Signalen van werving.", { exact: true }).check();
    await question(2).getByLabel("Plannen om naar een conflictgebied te reizen.", { exact: true }).check(); // "Signalen van geweld." is missing
    await question(3).getByLabel("Je deelt je zorg met collega's", { exact: false }).check();
    await question(4).getByLabel("Radicalisering hoort niet bij", { exact: false }).check();
    await question(4).getByLabel("Rechts-extremisme", { exact: false }).check();
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();

    const result = quiz.getByRole("group", { name: "Je resultaat", exact: true });
    await expectFocusOn(result, "the quiz result");
    const summary = await result.innerText();
    expect(summary).toContain("Gehaald. Je had 70% nodig.");
    expect(summary).toContain("Je hebt 3 van de 4 vragen goed: 75%.");
    await quiz.getByRole("heading", { name: "Vraag 1 van 4: Goed beantwoord", exact: true }).waitFor();
    await quiz.getByRole("heading", { name: "Vraag 2 van 4: Niet goed beantwoord", exact: true }).waitFor();
    const review = await quiz.innerText();
    // Every option says whether it is right, and why.
    expect(review).toContain("Juist (jouw keuze)");
    expect(review).toContain("Onjuist");
    expect(review).toContain("Nee. Streng gelovig zijn is geen radicalisering.");
    expect(review).toContain("Juist. Bij signalen van geweld handel je direct.");
    await expectAccessible(page, "the graded quiz");

    await quiz.getByRole("button", { name: "Opnieuw maken", exact: true }).click();
    await expectFocusOn(quiz.getByRole("heading", { name: "Toets: signaleren en handelen", exact: true }), "the quiz's title");
    expect(await quiz.getByRole("checkbox", { checked: true }).count()).toBe(0);
    expect(await quiz.getByRole("button", { name: "Nakijken", exact: true }).count()).toBe(1);
  });

  test("every lesson of every published course opens and passes axe", async () => {
    const page = await signaal.newPage();
    await logIn(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD, "Mijn cursussen");
    await visit(page, "/cursussen", "Cursussen");
    const courses = await page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").evaluateAll((links) =>
      links.map((link) => ({ title: link.textContent ?? "", href: link.getAttribute("href") ?? "" })),
    );
    expect(courses.map((course) => course.title)).toContain(COURSE);
    for (const course of courses) {
      await visit(page, course.href, course.title);
      const lessons = await page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link").evaluateAll((links) =>
        links.map((link) => ({ title: link.textContent ?? "", href: link.getAttribute("href") ?? "" })),
      );
      expect(lessons.length, `${course.title} has lessons`).toBeGreaterThan(0);
      for (const lesson of lessons) expect(await visit(page, lesson.href, lesson.title), lesson.href).toBe(200);
    }
  });

  test("an unknown lesson is a page-not-found page", async () => {
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 404/] });
    await logIn(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD, "Mijn cursussen");
    const response = await page.goto("/cursussen/demo-signaleren/99-bestaat-niet");
    expect(response?.status()).toBe(404);
    await expectHeading(page, "Pagina niet gevonden");
    await expectAccessible(page);
  });
});

describe.skipIf(!chromiumAvailable)("without JavaScript", () => {
  test("a scenario step is answered by the server, and the page returns to the scenario", async () => {
    const page = await signaal.newPage({ javaScriptEnabled: false });
    await logIn(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD, "Mijn cursussen");
    await page.goto(SCENARIO_LESSON_PATH);
    await expectHeading(page, SCENARIO_LESSON);
    await expectAccessible(page, "lesson 2 without JavaScript");

    const scenario = scenarioBlock(page);
    await scenario.getByRole("radio").first().check();
    await scenario.getByRole("button", { name: "Kies dit antwoord", exact: true }).click();
    const feedback = scenario.getByRole("group", { name: "Feedback op je keuze", exact: true });
    await feedback.waitFor();
    expect(await feedback.innerText()).toContain("Sterk. Je merkt de spanning op en je begeleidt het gesprek.");
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    // The new page opens at the answer, not at the top of the lesson.
    const top = Math.round(await feedback.evaluate((element) => element.getBoundingClientRect().top));
    expect(top, "the feedback is in view").toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(await page.evaluate(() => window.scrollY), "the page scrolled to the scenario").toBeGreaterThan(0);
    await expectAccessible(page, "the scenario after a choice without JavaScript");

    // The path so far travels in the form: the second choice leads on from the first.
    await scenario.getByRole("radio").first().check();
    await scenario.getByRole("button", { name: "Kies dit antwoord", exact: true }).click();
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    expect(await feedback.innerText()).toContain("Goed. Je deelt je zorg met een collega");
  });

  test("a quiz is graded by the server, and can be taken again", async () => {
    const page = await signaal.newPage({ javaScriptEnabled: false });
    await logIn(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD, "Mijn cursussen");
    await page.goto("/cursussen/demo-signaleren/03-toets-en-bronnen");
    await expectHeading(page, QUIZ_LESSON);
    const quiz = page.getByRole("region", { name: "Toets: signaleren en handelen", exact: true });
    await quiz.getByLabel("Je meldt de leerling meteen bij de wijkagent.", { exact: true }).check();
    await quiz.getByLabel("Een leerling die streng gelovig is.", { exact: true }).check();
    await quiz.getByLabel("Je neemt zelf contact op met de gemeente.", { exact: true }).check();
    await quiz.getByLabel("Er is een vast profiel van een leerling die radicaliseert.", { exact: true }).check();
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();

    const result = quiz.getByRole("group", { name: "Je resultaat", exact: true });
    await result.waitFor();
    expect(await result.innerText()).toContain("Nog niet gehaald. Je hebt 70% nodig.");
    expect(await result.innerText()).toContain("Je hebt 0 van de 4 vragen goed: 0%.");
    await expectAccessible(page, "the graded quiz without JavaScript");

    await quiz.getByRole("button", { name: "Opnieuw maken", exact: true }).click();
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).waitFor();
    expect(await quiz.getByRole("radio", { checked: true }).count()).toBe(0);
    expect(await quiz.getByRole("checkbox", { checked: true }).count()).toBe(0);
  });
});
