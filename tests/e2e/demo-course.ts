// The demo course as the browser tests meet it: its titles and addresses, its blocks found by
// their headings, and the steps a teacher takes in it, shared by the lesson and journey tests.
import type { Locator, Page } from "playwright-core";
import { expectHeading } from "./journeys";

export const COURSE = "Demo: wij en zij in de klas";
export const COURSE_PATH = "/cursussen/demo-signaleren";
export const FIRST_LESSON = "Signalen in context";
export const FIRST_LESSON_PATH = `${COURSE_PATH}/01-signalen-in-context`;
export const SCENARIO_LESSON = "Na het nieuws: wij en zij in de klas";
export const SCENARIO_LESSON_PATH = `${COURSE_PATH}/02-na-het-nieuws`;
export const SCENARIO = "Wij en zij na het nieuws";
export const QUIZ_LESSON = "Toets en bronnen";
export const QUIZ_LESSON_PATH = `${COURSE_PATH}/03-toets-en-bronnen`;
export const QUIZ = "Toets: signaleren en handelen";

/** "Les 2 van 3 · Bezig": the lesson's place in the course and its status, in words. */
export async function lessonPosition(page: Page): Promise<string> {
  return (await page.getByText(/^Les \d+ van \d+ ·/).innerText()).replace(/\s+/g, " ").trim();
}

export function scenarioBlock(page: Page): Locator {
  return page.getByRole("region", { name: SCENARIO, exact: true });
}

export function quizBlock(page: Page): Locator {
  return page.getByRole("region", { name: QUIZ, exact: true });
}

/** Chooses an answer with the mouse; with or without JavaScript. */
export async function choose(scenario: Locator, position: number): Promise<void> {
  await scenario.getByRole("radio").nth(position).check();
  await scenario.getByRole("button", { name: "Kies dit antwoord", exact: true }).click();
}

/** "Les afronden", and the page it leads to. */
export async function completeLesson(page: Page, nextHeading: string): Promise<void> {
  await page.getByRole("button", { name: "Les afronden", exact: true }).click();
  await expectHeading(page, nextHeading);
}

/** Every answer wrong: 0 of 4. */
export async function answerAllWrong(quiz: Locator): Promise<void> {
  await quiz.getByLabel("Je meldt de leerling meteen bij de wijkagent.", { exact: true }).check();
  await quiz.getByLabel("Een leerling die streng gelovig is.", { exact: true }).check();
  await quiz.getByLabel("Je neemt zelf contact op met de gemeente.", { exact: true }).check();
  await quiz.getByLabel("Er is een vast profiel van een leerling die radicaliseert.", { exact: true }).check();
}

/** Every answer right: 4 of 4. */
export async function answerAllRight(quiz: Locator): Promise<void> {
  await quiz.getByLabel("Je begeleidt het gesprek: je geeft een grens aan en je stelt vragen aan de klas.", { exact: true }).check();
  await quiz.getByLabel("Signalen van werving.", { exact: true }).check();
  await quiz.getByLabel("Plannen om naar een conflictgebied te reizen.", { exact: true }).check();
  await quiz.getByLabel("Signalen van geweld.", { exact: true }).check();
  await quiz.getByLabel("Je deelt je zorg met collega's en vraagt of zij het ook zien.", { exact: true }).check();
  await quiz.getByLabel("Radicalisering hoort niet bij één geloof, één gender of één achtergrond.", { exact: true }).check();
  await quiz.getByLabel("Rechts-extremisme", { exact: false }).check();
}
