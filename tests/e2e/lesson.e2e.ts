// A teacher takes the lessons of the demo course: the task list of the course, a scenario
// played to an ending with the keyboard alone and practised again, the quiz with its error
// summary, review and attempts, and the reflection saved while typing; then the same forms
// without JavaScript. Progress is saved per account, so every test has a teacher of its own.
// axe runs on every page and every state a block passes through.
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { COURSE, COURSE_PATH, FIRST_LESSON, FIRST_LESSON_PATH, QUIZ, QUIZ_LESSON, QUIZ_LESSON_PATH, SCENARIO, SCENARIO_LESSON, SCENARIO_LESSON_PATH, answerAllWrong, choose, completeLesson, lessonPosition, quizBlock, scenarioBlock } from "./demo-course";
import { useSignaal } from "./harness";
import { expectHeading, logIn, pathOf, visit } from "./journeys";

const signaal = useSignaal();

const LOCKED_BLOCK = "Dit onderdeel kun je doen als de lessen ervoor zijn afgerond.";

/** A fresh teacher, logged in on a new page: no progress in any course. */
async function newTeacher(options: Parameters<typeof signaal.newPage>[0] = {}): Promise<Page> {
  const teacher = await signaal.createTeacher();
  const page = await signaal.newPage(options);
  await logIn(page, teacher.email, teacher.password, "Mijn cursussen");
  return page;
}

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, what: string, limit = 60): Promise<void> {
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
        }),
    )
    .catch(() => undefined);
  expect(await isFocused(target), `the focus is on ${what}`).toBe(true);
}

function feedbackOf(scenario: Locator): Locator {
  return scenario.getByRole("group", { name: "Feedback op je keuze", exact: true });
}

/** The scores at a scenario's ending: dimension, score, dimension, score... */
async function scores(block: Locator): Promise<string[]> {
  return (await block.locator("dl").last().locator("dt, dd strong").allInnerTexts()).map((text) => text.trim());
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

/** Lesson 1 read and completed; the page is then on lesson 2. */
async function completeFirstLesson(page: Page): Promise<void> {
  await page.goto(FIRST_LESSON_PATH);
  await expectHeading(page, FIRST_LESSON);
  await completeLesson(page, SCENARIO_LESSON);
  expect(pathOf(page)).toBe(SCENARIO_LESSON_PATH);
}

/** Lessons 1 and 2 completed the quickest way (the hasty choice ends the scenario at once); the page is then on lesson 3. */
async function completeLessonsBeforeQuiz(page: Page): Promise<void> {
  await completeFirstLesson(page);
  const scenario = scenarioBlock(page);
  await choose(scenario, 1);
  await scenario.getByRole("heading", { name: "Gemeld zonder gesprek", exact: true }).waitFor();
  await completeLesson(page, QUIZ_LESSON);
  expect(pathOf(page)).toBe(QUIZ_LESSON_PATH);
}

type Question = (number: number) => Locator;

function questions(quiz: Locator): Question {
  return (number: number) => quiz.getByRole("group", { name: new RegExp(`^Vraag ${number} van 4`) });
}

/** Questions 1, 3 and 4 right, question 2 half: 3 of 4, 75%, just enough. */
async function answerThreeOfFour(quiz: Locator): Promise<void> {
  const question = questions(quiz);
  await question(1).getByLabel("Je begeleidt het gesprek", { exact: false }).check();
  await question(2).getByLabel("Signalen van werving.", { exact: true }).check();
  await question(2).getByLabel("Plannen om naar een conflictgebied te reizen.", { exact: true }).check(); // "Signalen van geweld." is missing
  await question(3).getByLabel("Je deelt je zorg met collega's", { exact: false }).check();
  await question(4).getByLabel("Radicalisering hoort niet bij", { exact: false }).check();
  await question(4).getByLabel("Rechts-extremisme", { exact: false }).check();
}

describe.skipIf(!chromiumAvailable)("taking a lesson", () => {
  test("the course is a task list, and the scenario is played to an ending with the keyboard only and practised again", async () => {
    const page = await newTeacher();
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Cursussen", exact: true }).click();
    await expectHeading(page, "Cursussen");
    await page.getByRole("link", { name: COURSE, exact: true }).click();
    await expectHeading(page, COURSE);
    expect(await page.getByRole("main").innerText()).toContain("PO, VO en MBO");

    // The task list: every lesson with its status in words; a lesson not yet due has no link.
    await page.getByRole("heading", { level: 2, name: "Lessen", exact: true }).waitFor();
    expect(await page.getByRole("main").innerText()).toContain("0 van 3 lessen afgerond");
    const tasks = page.getByRole("list", { name: "Lessen", exact: true });
    expect(await tasks.getByRole("link").allInnerTexts()).toEqual([`Les 1: ${FIRST_LESSON}`]);
    const items = (await tasks.locator(":scope > li").allInnerTexts()).map((text) => text.replace(/\s+/g, " "));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(new RegExp(`^Les 1: ${FIRST_LESSON}.*Nog niet gestart$`));
    expect(items[1]).toMatch(/^Les 2: Na het nieuws: wij en zij in de klas.*Kan nog niet starten$/);
    expect(items[2]).toMatch(/^Les 3: Toets en bronnen.*Kan nog niet starten$/);
    // The link says its status too.
    expect(await tasks.getByRole("link").first().getAttribute("aria-describedby")).toBeTruthy();
    await expectAccessible(page, "the course overview of a course not started");

    await page.getByRole("link", { name: "Begin met les 1", exact: true }).click();
    await expectHeading(page, FIRST_LESSON);
    expect(await lessonPosition(page)).toBe("Les 1 van 3 · Nog niet gestart");
    expect(await page.getByRole("region", { name: "Les afronden", exact: true }).innerText()).toContain(
      "Klaar met deze les? Rond hem af; je voortgang wordt bewaard.",
    );
    await expectAccessible(page, "lesson 1 (notes, definitions, image and video)");

    await completeLesson(page, SCENARIO_LESSON);
    expect(pathOf(page)).toBe(SCENARIO_LESSON_PATH);
    expect(await lessonPosition(page)).toBe("Les 2 van 3 · Nog niet gestart");
    // What stands between the teacher and "Les afronden", with a link to it.
    const completion = page.getByRole("region", { name: "Les afronden", exact: true });
    expect(await completion.innerText()).toContain("Om deze les af te ronden moet je nog:");
    const open = completion.getByRole("link", { name: `het scenario ‘${SCENARIO}’ uitspelen`, exact: true });
    expect(await open.getAttribute("href")).toBe("#scenario-wij-en-zij");
    expect(await completion.getByRole("button", { name: "Les afronden" }).count()).toBe(0);
    await expectAccessible(page, "lesson 2 before playing");

    // Three steps, each: Tab to the choices, Space, Tab to the button, Enter.
    const scenario = scenarioBlock(page);
    const feedback = feedbackOf(scenario);
    await chooseWithKeyboard(page, scenario, 0);
    await expectFocusOn(feedback, "the feedback on the first choice");
    expect(await feedback.innerText()).toContain("Sterk. Je merkt de spanning op en je begeleidt het gesprek.");
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    // The next step starts with nothing chosen, and the lesson is now under way.
    expect(await scenario.getByRole("radio", { checked: true }).count()).toBe(0);
    await page.getByText("Les 2 van 3 · Bezig").waitFor();
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
    expect(ending).toContain("Je score is bewaard.");
    // The old "Opnieuw spelen" is gone: after the ending comes practice.
    expect(await scenario.getByRole("button", { name: "Opnieuw spelen" }).count()).toBe(0);
    await completion.getByRole("button", { name: "Les afronden", exact: true }).waitFor();
    await expectAccessible(page, "the scenario at a good ending");

    // Practice, and this time the arrow key picks the second choice: a poor ending at once.
    await tabTo(page, scenario.getByRole("button", { name: "Nog eens oefenen", exact: true }), "the button to practise");
    await page.keyboard.press("Enter");
    await expectFocusOn(scenario.getByRole("group", { name: "Stap 1", exact: true }), "the first step");
    expect(await scenario.innerText()).toContain("Oefenronde: je bewaarde score verandert niet.");
    await expectAccessible(page, "the scenario in a practice round");
    await chooseWithKeyboard(page, scenario, 1);
    await scenario.getByRole("heading", { name: "Gemeld zonder gesprek", exact: true }).waitFor();
    await expectFocusOn(feedback, "the feedback on the hasty choice");
    const practised = await scenario.innerText();
    expect(practised).toContain("Afloop: slecht");
    expect(practised).toContain("Oefenronde: je bewaarde score verandert niet.");
    expect(practised).not.toContain("Je score is bewaard.");
    expect(await scores(scenario)).toEqual(["Signaleren", "1 van 8", "Duiden", "-2 van 8", "Handelen", "-3 van 9"]);
    await expectAccessible(page, "the scenario at a poor ending in practice");
    expect(pathOf(page), "the page never reloaded").toBe(SCENARIO_LESSON_PATH);

    // The practice round changed nothing that was saved.
    await page.reload();
    await expectHeading(page, SCENARIO_LESSON);
    await scenario.getByRole("heading", { name: "Op tijd, en Jesse blijft praten", exact: true }).waitFor();
    expect(await scores(scenario)).toEqual(["Signaleren", "8 van 8", "Duiden", "8 van 8", "Handelen", "9 van 9"]);
    expect(await scenario.innerText()).toContain("Je score is bewaard.");
    expect(await feedback.innerText(), "the last saved feedback is shown again").toContain("Goed gedaan.");
  });

  test("the quiz names unanswered questions, grades, explains, and counts the attempts", async () => {
    const page = await newTeacher({ expectConsoleErrors: [/status of 400/] });
    await completeLessonsBeforeQuiz(page);
    const quiz = quizBlock(page);
    expect(await lessonPosition(page)).toBe("Les 3 van 3 · Nog niet gestart");
    expect(await quiz.innerText()).toContain("Poging 1 van 3");
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
    const question = questions(quiz);
    expect(await question(1).getAttribute("aria-describedby")).toContain("fout");
    expect(await question(1).innerText()).toContain("Beantwoord deze vraag.");
    // An unanswered form is not an attempt.
    expect(await quiz.innerText()).toContain("Poging 1 van 3");
    await expectAccessible(page, "the quiz with unanswered questions");

    // The summary's link takes the focus to the question.
    await problems.getByRole("link", { name: "Vraag 2: kies een antwoord.", exact: true }).click();
    await expectFocusOn(question(2).getByRole("checkbox").first(), "the first option of question 2");

    expect(await question(1).getByRole("radio").count()).toBe(3);
    expect(await question(2).getByRole("checkbox").count()).toBe(5);
    await answerAllWrong(quiz);
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
    const result = quiz.getByRole("group", { name: "Je resultaat", exact: true });
    await expectFocusOn(result, "the quiz result");
    expect(await result.innerText()).toContain("Nog niet gehaald. Je hebt 70% nodig.");
    expect(await result.innerText()).toContain("Je hebt 0 van de 4 vragen goed: 0%.");
    await quiz.getByText("Je hebt nog 2 van de 3 pogingen.", { exact: true }).waitFor();
    expect(await quiz.getByRole("button", { name: "Opnieuw maken", exact: true }).count(), "the old button is gone").toBe(0);
    const completion = page.getByRole("region", { name: "Les afronden", exact: true });
    await completion.getByText("Om deze les af te ronden moet je nog:").waitFor();
    expect(await completion.getByRole("link", { name: `de toets ‘${QUIZ}’ halen`, exact: true }).getAttribute("href")).toBe(
      "#quiz-toets-signaleren",
    );
    await expectAccessible(page, "the failed quiz");

    // The graded attempt is still there after a reload.
    await page.reload();
    await expectHeading(page, QUIZ_LESSON);
    expect(await result.innerText()).toContain("Je hebt 0 van de 4 vragen goed: 0%.");
    expect(await quiz.innerText()).toContain("Je hebt nog 2 van de 3 pogingen.");
    expect(await lessonPosition(page)).toBe("Les 3 van 3 · Bezig");

    await quiz.getByRole("button", { name: "Opnieuw maken (poging 2 van 3)", exact: true }).click();
    await expectFocusOn(quiz.getByRole("heading", { name: QUIZ, exact: true }), "the quiz's title");
    expect(await quiz.getByRole("radio", { checked: true }).count()).toBe(0);
    expect(await quiz.getByRole("checkbox", { checked: true }).count()).toBe(0);
    expect(await quiz.innerText()).toContain("Poging 2 van 3");

    await answerThreeOfFour(quiz);
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
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
    await quiz.getByText("Je hebt deze toets gehaald. Je resultaat is bewaard.", { exact: true }).waitFor();
    await completion.getByRole("button", { name: "Les afronden", exact: true }).waitFor();
    await expectAccessible(page, "the passed quiz");

    // Practice after passing: nothing it does changes the saved result.
    await quiz.getByRole("button", { name: "Nog eens oefenen", exact: true }).click();
    await expectFocusOn(quiz.getByRole("heading", { name: QUIZ, exact: true }), "the quiz's title");
    expect(await quiz.innerText()).toContain("Oefenronde: dit telt niet mee; je bewaarde resultaat blijft staan.");
    await answerAllWrong(quiz);
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
    await expectFocusOn(result, "the result of the practice round");
    expect(await result.innerText()).toContain("Je hebt 0 van de 4 vragen goed: 0%.");
    expect(await result.innerText()).toContain("Oefenronde: dit telt niet mee; je bewaarde resultaat blijft staan.");
    await expectAccessible(page, "the quiz in a practice round");

    await page.reload();
    await expectHeading(page, QUIZ_LESSON);
    expect(await result.innerText()).toContain("Je hebt 3 van de 4 vragen goed: 75%.");
    expect(await quiz.innerText()).toContain("Je hebt deze toets gehaald. Je resultaat is bewaard.");

    await page.getByRole("button", { name: "Les afronden", exact: true }).click();
    await expectHeading(page, "Gefeliciteerd, je hebt de cursus afgerond");
    expect(pathOf(page)).toBe(`${COURSE_PATH}/afgerond`);
  });

  test("the reflection is saved while typing, is there after a reload, and only its writer reads it", async () => {
    const page = await newTeacher();
    await completeFirstLesson(page);
    const reflection = page.getByRole("region", { name: "Reflectie", exact: true });
    const answer = reflection.getByRole("textbox", { name: "Jouw antwoord", exact: true });
    // The block says plainly what happens to an answer, and warns about pupils' privacy.
    expect(await reflection.innerText()).toContain("Schrijf geen namen of andere gegevens waaraan leerlingen te herkennen zijn.");
    expect(await reflection.innerText()).toContain("Je antwoord wordt vanzelf bewaard terwijl je typt. Alleen jij kunt het lezen.");
    const describedBy = (await answer.getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ").length, "the prompt, the privacy warning and the saving status describe the field").toBeGreaterThanOrEqual(3);

    const text = "Ik stelde vragen aan de klas. Volgende keer spreek ik de leerling na de les apart.";
    await answer.click();
    await answer.pressSequentially(text, { delay: 5 });
    const status = reflection.getByText(/^Bewaard om \d{1,2}:\d{2}\. Je antwoord wordt vanzelf bewaard terwijl je typt\. Alleen jij kunt het lezen\.$/);
    await status.waitFor({ timeout: 10_000 });
    expect(await status.getAttribute("aria-live")).toBe("polite");
    await expectAccessible(page, "the reflection after saving");

    await page.reload();
    await expectHeading(page, SCENARIO_LESSON);
    expect(await answer.inputValue()).toBe(text);
    await status.waitFor();

    // Another teacher opens the same lesson and finds an empty field.
    const other = await newTeacher();
    await other.goto(SCENARIO_LESSON_PATH);
    await expectHeading(other, SCENARIO_LESSON);
    const theirs = other.getByRole("region", { name: "Reflectie", exact: true }).getByRole("textbox", { name: "Jouw antwoord", exact: true });
    expect(await theirs.inputValue()).toBe("");
  });

  // About fifteen pages, each with an axe run: longer than one journey step.
  test("every lesson of every published course opens and passes axe, also the lessons not yet due", { timeout: 240_000 }, async () => {
    const page = await newTeacher();
    await visit(page, "/cursussen", "Cursussen");
    const courses = await page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").evaluateAll((links) =>
      links.map((link) => ({ title: link.textContent ?? "", href: link.getAttribute("href") ?? "" })),
    );
    expect(courses.map((course) => course.title)).toContain(COURSE);
    for (const course of courses) {
      await visit(page, course.href, course.title);
      const tasks = page.getByRole("list", { name: "Lessen", exact: true });
      const items = await tasks.locator(":scope > li").evaluateAll((elements) =>
        elements.map((item) => ({
          title: (item.querySelector("a, span")?.textContent ?? "").replace(/^Les \d+: /, ""),
          href: item.querySelector("a")?.getAttribute("href") ?? null,
          status: item.querySelector("strong")?.textContent ?? "",
        })),
      );
      expect(items.length, `${course.title} has lessons`).toBeGreaterThan(0);
      // For someone who has not started: the first lesson can be opened, the others (in a
      // course taken in order) wait, without a link.
      for (const [index, item] of items.entries()) {
        if (item.status === "Kan nog niet starten") expect(item.href, `${item.title} has no link while it is locked`).toBeNull();
        else expect(item.href, `${item.title} has a link`).toBeTruthy();
        if (index === 0) expect(item.status).toBe("Nog niet gestart");
      }

      // From the first lesson on, each lesson page links to the next one, locked or not.
      let href: string | null = items[0]!.href;
      for (const [index, item] of items.entries()) {
        expect(href, `the way to lesson ${index + 1} of ${course.title}`).toBeTruthy();
        if (item.href) expect(href).toBe(item.href);
        expect(await visit(page, href!, item.title), href!).toBe(200);
        const main = await page.getByRole("main").innerText();
        if (item.status === "Kan nog niet starten") {
          expect(main).toContain("Deze les is nog niet aan de beurt.");
          await page.getByRole("link", { name: `Ga verder met ${items[0]!.title}`, exact: true }).waitFor();
          expect(await lessonPosition(page)).toBe(`Les ${index + 1} van ${items.length} · Kan nog niet starten`);
          // Its scenarios and quizzes wait too: nothing to choose or to hand in.
          expect(await page.getByRole("button", { name: "Kies dit antwoord" }).count()).toBe(0);
          expect(await page.getByRole("button", { name: "Nakijken" }).count()).toBe(0);
          expect(await page.getByRole("button", { name: "Les afronden" }).count()).toBe(0);
          if (href === SCENARIO_LESSON_PATH || href === QUIZ_LESSON_PATH) expect(main).toContain(LOCKED_BLOCK);
        }
        const next = page.getByRole("navigation", { name: "Vorige en volgende les", exact: true }).getByRole("link", { name: /^Volgende les / });
        href = (await next.count()) > 0 ? await next.getAttribute("href") : null;
      }
      expect(href, `the last lesson of ${course.title} has no next lesson`).toBeNull();
    }
  });

  test("an unknown lesson is a page-not-found page", async () => {
    const page = await newTeacher({ expectConsoleErrors: [/status of 404/] });
    const response = await page.goto(`${COURSE_PATH}/99-bestaat-niet`);
    expect(response?.status()).toBe(404);
    await expectHeading(page, "Pagina niet gevonden");
    await expectAccessible(page);
  });
});

describe.skipIf(!chromiumAvailable)("without JavaScript", () => {
  test("'Les afronden', the scenario's choices, practice and the reflection work with full page posts", async () => {
    const page = await newTeacher({ javaScriptEnabled: false, expectConsoleErrors: [/status of 400/] });
    await page.goto(FIRST_LESSON_PATH);
    await expectHeading(page, FIRST_LESSON);
    await expectAccessible(page, "lesson 1 without JavaScript");
    await completeLesson(page, SCENARIO_LESSON);
    expect(pathOf(page)).toBe(SCENARIO_LESSON_PATH);
    expect(await lessonPosition(page)).toBe("Les 2 van 3 · Nog niet gestart");
    await expectAccessible(page, "lesson 2 without JavaScript");

    // Choosing nothing is explained at the choices.
    const scenario = scenarioBlock(page);
    await scenario.getByRole("button", { name: "Kies dit antwoord", exact: true }).click();
    await scenario.getByText("Kies eerst wat jij zou doen.", { exact: true }).waitFor();
    expect(await scenario.getByRole("group", { name: "Kies wat jij zou doen", exact: true }).getAttribute("aria-describedby")).toBeTruthy();
    await expectAccessible(page, "a choice without an answer, without JavaScript");

    await choose(scenario, 0);
    const feedback = feedbackOf(scenario);
    await feedback.waitFor();
    expect(await feedback.innerText()).toContain("Sterk. Je merkt de spanning op en je begeleidt het gesprek.");
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    // The new page opens at the answer, not at the top of the lesson.
    const top = Math.round(await feedback.evaluate((element) => element.getBoundingClientRect().top));
    expect(top, "the feedback is in view").toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(await page.evaluate(() => window.scrollY), "the page scrolled to the scenario").toBeGreaterThan(0);
    await expectAccessible(page, "the scenario after a choice without JavaScript");

    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    expect(await feedback.innerText()).toContain("Goed. Je deelt je zorg met een collega");

    // The server keeps the place: opened again, the page shows step 3 and the last feedback.
    await page.goto(SCENARIO_LESSON_PATH);
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    expect(await feedback.innerText()).toContain("Goed. Je deelt je zorg met een collega");
    expect(await lessonPosition(page)).toBe("Les 2 van 3 · Bezig");

    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Op tijd, en Jesse blijft praten", exact: true }).waitFor();
    expect(await scenario.innerText()).toContain("Je score is bewaard.");
    expect(await scores(scenario)).toEqual(["Signaleren", "8 van 8", "Duiden", "8 van 8", "Handelen", "9 van 9"]);

    await scenario.getByRole("button", { name: "Nog eens oefenen", exact: true }).click();
    await scenario.getByRole("heading", { name: "Stap 1", exact: true }).waitFor();
    expect(await scenario.innerText()).toContain("Oefenronde: je bewaarde score verandert niet.");
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    expect(await scenario.innerText(), "the practice path travels in the form").toContain("Oefenronde: je bewaarde score verandert niet.");
    await choose(scenario, 2);
    await scenario.getByRole("heading", { name: "Afgewacht", exact: true }).waitFor();
    expect(await scenario.innerText()).toContain("Afloop: matig");
    await page.goto(SCENARIO_LESSON_PATH);
    await scenario.getByRole("heading", { name: "Op tijd, en Jesse blijft praten", exact: true }).waitFor();

    // The reflection has a button of its own.
    const reflection = page.getByRole("region", { name: "Reflectie", exact: true });
    const text = "Zonder JavaScript bewaard.";
    await reflection.getByRole("textbox", { name: "Jouw antwoord", exact: true }).fill(text);
    await reflection.getByRole("button", { name: "Bewaren", exact: true }).click();
    await reflection.getByText(/^Bewaard om \d{1,2}:\d{2}\./).waitFor();
    await page.goto(SCENARIO_LESSON_PATH);
    expect(await reflection.getByRole("textbox", { name: "Jouw antwoord", exact: true }).inputValue()).toBe(text);

    await completeLesson(page, QUIZ_LESSON);
    expect(pathOf(page)).toBe(QUIZ_LESSON_PATH);
    await page.goto(SCENARIO_LESSON_PATH);
    expect(await lessonPosition(page)).toBe("Les 2 van 3 · Afgerond");
    expect(await page.getByRole("main").innerText()).toContain("Je hebt deze les afgerond.");
  });

  test("the quiz is graded by the server, and its attempts are counted until none are left", async () => {
    const page = await newTeacher({ javaScriptEnabled: false });
    await completeLessonsBeforeQuiz(page);
    const quiz = quizBlock(page);
    const result = quiz.getByRole("group", { name: "Je resultaat", exact: true });

    for (const attempt of [1, 2, 3]) {
      expect(await quiz.innerText()).toContain(`Poging ${attempt} van 3`);
      await answerAllWrong(quiz);
      await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
      await result.waitFor();
      expect(await result.innerText()).toContain("Nog niet gehaald. Je hebt 70% nodig.");
      expect(await result.innerText()).toContain("Je hebt 0 van de 4 vragen goed: 0%.");
      if (attempt === 3) break;
      expect(await quiz.innerText()).toContain(`Je hebt nog ${3 - attempt} van de 3 pogingen.`);
      if (attempt === 1) await expectAccessible(page, "the graded quiz without JavaScript");
      // Opened afresh first: from a page reached with ?opnieuw= the button does nothing (see
      // the known bug below).
      await page.goto(QUIZ_LESSON_PATH);
      await quiz.getByRole("button", { name: `Opnieuw maken (poging ${attempt + 1} van 3)`, exact: true }).click();
      await quiz.getByRole("button", { name: "Nakijken", exact: true }).waitFor();
      expect(await quiz.getByRole("radio", { checked: true }).count()).toBe(0);
      expect(await quiz.getByRole("checkbox", { checked: true }).count()).toBe(0);
    }

    const exhausted = "Je hebt alle 3 pogingen gebruikt zonder de toets te halen.";
    expect(await quiz.innerText()).toContain(exhausted);
    expect(await quiz.getByRole("button", { name: /^Opnieuw maken/ }).count()).toBe(0);
    const completion = page.getByRole("region", { name: "Les afronden", exact: true });
    expect(await completion.innerText()).toContain(`Je hebt al je pogingen voor de toets ‘${QUIZ}’ gebruikt.`);
    expect(await completion.getByRole("button", { name: "Les afronden" }).count()).toBe(0);
    await expectAccessible(page, "the quiz with every attempt used");

    await page.goto(QUIZ_LESSON_PATH);
    expect(await quiz.innerText()).toContain(exhausted);
    expect(await quiz.getByRole("button", { name: "Nakijken" }).count()).toBe(0);
  });

  // The quiz posts to the lesson without the page's ?opnieuw, so "Opnieuw maken" on the graded
  // page leads to a new address and not merely to a fragment of the same one.
  test("'Opnieuw maken' starts the third attempt straight from the second result", async () => {
    const page = await newTeacher({ javaScriptEnabled: false });
    await completeLessonsBeforeQuiz(page);
    const quiz = quizBlock(page);
    for (const attempt of [1, 2]) {
      await answerAllWrong(quiz);
      await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
      await quiz.getByRole("group", { name: "Je resultaat", exact: true }).waitFor();
      await quiz.getByRole("button", { name: `Opnieuw maken (poging ${attempt + 1} van 3)`, exact: true }).click();
    }
    await quiz.getByText("Poging 3 van 3", { exact: true }).waitFor({ timeout: 5_000 });
  });
});
