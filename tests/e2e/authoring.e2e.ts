// The authors' journey through a new version of the demo course, as the issue's "done when"
// tells it: a teacher starts the course; the demo author adds a lesson, writes a scenario
// from the palette, meets a fault at its line, fixes it and sends the draft for review; a
// second author approves; it is published; the teacher who started keeps the old version
// while a new teacher gets the new one; the version exported as a zip and imported again
// changes nothing; and an administrator reads it all in the audit log. Then the editor once
// more without JavaScript. The tests run in order and build on each other; axe runs on every
// authoring page on the way.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { readCourseZip } from "../../app/authoring/course-archive.server";
import { expectAccessible } from "./axe";
import {
  AUTHOR_COURSE_PATH,
  AUTHOR_HOME,
  COURSE_SLUG,
  DEMO_AUTHOR,
  clean,
  codeEditor,
  createAuthor,
  editorText,
  expectFaultCount,
  expectNotice,
  expectSaved,
  faultList,
  lineNumberOf,
  logInAsAuthor,
  markedLines,
  openCourseWorkspace,
  preview,
  teacherLessonList,
  versionRows,
} from "./authoring-steps";
import { chromiumAvailable } from "./browser";
import { COURSE, COURSE_PATH, FIRST_LESSON, FIRST_LESSON_PATH, SCENARIO_LESSON, completeLesson } from "./demo-course";
import { type TestAccount, useSignaal } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectHeading, logIn, pathOf, visit } from "./journeys";

const signaal = useSignaal();

const JOURNEY_TIMEOUT_MS = 90_000;
const NEW_LESSON = "Daan en de klas: doorvragen";
const NEW_LESSON_FILE = "04-daan-en-de-klas-doorvragen.mdx";
const DEMO_LESSONS = ["Les 1: Signalen in context", "Les 2: Na het nieuws: wij en zij in de klas", "Les 3: Toets en bronnen"];
/** The first step of the palette's scenario, as the teacher (and the preview) shows it. */
const SCENARIO_FIRST_STEP = "Na een nieuwsbericht zegt Daan in de klas";
const SUBMIT_COMMENT = "Nieuwe les met een scenario over doorvragen na een uitspraak in de klas.";
const APPROVE_COMMENT = "Helder scenario, de eindes kloppen. Akkoord.";
const REVIEWER_NAME = "Ruben Recensent";

/** What the tests keep from one step to the next. */
const journey: {
  teacher?: TestAccount;
  reviewer?: TestAccount;
  /** The version the first teacher started on; the new one is this plus one. */
  version?: number;
  /** The new lesson as the editor saved it. */
  lessonText?: string;
  downloads?: string;
} = {};

afterAll(async () => {
  if (journey.downloads) await rm(journey.downloads, { recursive: true, force: true });
});

function startedVersion(): number {
  if (journey.version === undefined) throw new Error("the first test did not record the version the teacher started on");
  return journey.version;
}

/** "12 mrt 2026": the day part of the pages' date-and-time, today in Amsterdam. */
function todayMedium(): string {
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** "12 maart 2026". */
function todayLong(): string {
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date());
}

async function logInAs(account: TestAccount, heading: string, options: Parameters<typeof signaal.newPage>[0] = {}): Promise<Page> {
  const page = await signaal.newPage(options);
  await logIn(page, account.email, account.password, heading);
  return page;
}

/** The sentence under "Je volgt versie N van deze cursus." on the course overview, as a number. */
async function followedVersion(page: Page): Promise<number> {
  const text = await page.getByText(/^Je volgt versie \d+ van deze cursus\.$/).innerText();
  return Number(/versie (\d+)/.exec(text)![1]);
}

describe.skipIf(!chromiumAvailable)("an author's new lesson, from the palette to a published version", () => {
  test("a teacher starts the demo course before anything changes", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    journey.teacher = await signaal.createTeacher({ name: "Eva Eerder" });
    const page = await logInAs(journey.teacher, "Mijn cursussen");
    expect(await teacherLessonList(page)).toEqual(DEMO_LESSONS);
    await page.goto(FIRST_LESSON_PATH);
    await expectHeading(page, FIRST_LESSON);
    await completeLesson(page, SCENARIO_LESSON);

    await page.goto(COURSE_PATH);
    await expectHeading(page, COURSE);
    journey.version = await followedVersion(page);
    expect(await page.getByRole("main").innerText()).toContain("1 van 3 lessen afgerond");
  });

  test("the demo author starts a new version, adds a lesson and opens it in the editor", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const version = startedVersion();
    const page = await signaal.newPage();
    await logInAsAuthor(page, DEMO_AUTHOR);
    const row = page.getByRole("table", { name: "Cursussen", exact: true }).getByRole("row").filter({ hasText: COURSE });
    expect(clean(await row.innerText())).toContain(`Versie ${version}, ${todayLong()} Geen open concept Beschikbaar voor docenten`);
    await openCourseWorkspace(page);
    expect(await versionRows(page)).toEqual([expect.stringMatching(new RegExp(`^Versie ${version} \\(nieuwste\\) `))]);

    await page.getByRole("button", { name: "Nieuwe versie bewerken", exact: true }).click();
    await expectNotice(page, "Je werkt nu aan een nieuwe versie. Docenten zien de wijzigingen pas na beoordeling en publicatie.");
    const concept = page.getByRole("region", { name: "Concept", exact: true });
    expect(clean(await concept.innerText())).toContain(`Status: Concept Begonnen door ${DEMO_AUTHOR.name} op ${todayMedium()}`);
    expect(clean(await concept.innerText())).toContain(`vanaf versie ${version}.`);
    await expectAccessible(page, "the course workspace with a new draft");

    await concept.getByLabel("Titel van de nieuwe les", { exact: true }).fill(NEW_LESSON);
    await concept.getByRole("button", { name: "Les toevoegen", exact: true }).click();
    await expectNotice(page, "De les is toegevoegd.");
    const lessons = page.getByRole("list", { name: "Lessen", exact: true });
    const titles = await lessons.locator(":scope > li").allInnerTexts();
    expect(titles).toHaveLength(4);
    expect(clean(titles[3]!)).toMatch(new RegExp(`^${NEW_LESSON} ${NEW_LESSON_FILE} Bewerken`));
    await expectAccessible(page, "the draft with the new lesson");

    await lessons.getByRole("link", { name: `Bewerken ${NEW_LESSON}`, exact: true }).click();
    await expectHeading(page, `Les bewerken: ${NEW_LESSON_FILE}`);
    expect(pathOf(page)).toBe(`${AUTHOR_COURSE_PATH}/concept/${NEW_LESSON_FILE}`);
  });

  test("in the editor: a scenario from the palette, a fault at its line, fixed, saved and previewed", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const page = await signaal.newPage();
    await logInAsAuthor(page, DEMO_AUTHOR);
    await page.goto(`${AUTHOR_COURSE_PATH}/concept/${NEW_LESSON_FILE}`);
    await expectHeading(page, `Les bewerken: ${NEW_LESSON_FILE}`);
    const editor = codeEditor(page);
    await editor.waitFor();
    expect(await editorText(page)).toContain(`titel: "${NEW_LESSON}"`);
    await expectFaultCount(page, "Geen fouten gevonden.");
    await preview(page).getByRole("status").filter({ hasText: "Voorbeeld bijgewerkt." }).waitFor({ timeout: 15_000 });
    await expectAccessible(page, "the lesson editor");

    // The scenario goes in at the end of the lesson.
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.getByRole("button", { name: "Scenario invoegen", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Scenario ingevoegd." }).waitFor();
    const withScenario = await editorText(page);
    expect(withScenario).toContain('<Scenario id="nieuw-scenario" titel="Na het nieuws" omgeving="klas" sector="VO">');
    expect(withScenario.trimEnd().endsWith("</Scenario>")).toBe(true);
    await expectSaved(page);
    await expectFaultCount(page, "Geen fouten gevonden.");

    // A component the authoring language does not know, on a line of its own after the scenario.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.type("<Onbekend />");
    const faulty = await editorText(page);
    const line = lineNumberOf(faulty, "<Onbekend />");
    expect(line).toBe(withScenario.split("\n").length + 1);
    await expectFaultCount(page, "1 fout gevonden.");
    const fault = faultList(page).getByRole("listitem");
    expect(clean(await fault.innerText())).toMatch(new RegExp(`^Regel ${line}, kolom 1: Onbekend onderdeel <Onbekend>\\. Toegestaan zijn: Scenario, `));
    // The editor marks the same line in its gutter.
    await page.locator(".cm-lint-marker-error").first().waitFor();
    expect(await markedLines(page)).toEqual([line]);
    // The preview keeps its last good state and says why it is not updated.
    await preview(page).getByRole("status").filter({ hasText: "Het voorbeeld kan niet worden bijgewerkt: de les heeft fouten." }).waitFor({ timeout: 15_000 });
    await expectAccessible(page, "the lesson editor with a fault");

    // The fault's link puts the cursor at its place; the author removes the line.
    await fault.getByRole("link").click();
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    expect(await editorText(page)).toBe(withScenario);
    await expectFaultCount(page, "Geen fouten gevonden.");
    expect(await faultList(page).getByRole("listitem").count()).toBe(0);
    await expectSaved(page);
    expect(await page.locator(".cm-lint-marker-error").count(), "no line marked any more").toBe(0);

    // The preview shows the scenario at its first step, as a teacher will meet it.
    const shown = preview(page);
    await shown.getByRole("status").filter({ hasText: "Voorbeeld bijgewerkt." }).waitFor({ timeout: 15_000 });
    const scenario = shown.getByRole("region", { name: "Na het nieuws", exact: true });
    await scenario.waitFor();
    expect(await scenario.innerText()).toContain(SCENARIO_FIRST_STEP);
    expect(await scenario.getByRole("radio").count()).toBe(2);
    await expectAccessible(page, "the lesson editor with the preview of the scenario");

    // Reloaded, the saved text is there.
    await page.reload();
    await expectHeading(page, `Les bewerken: ${NEW_LESSON_FILE}`);
    expect(await editorText(page)).toBe(withScenario);
    journey.lessonText = withScenario;
  });

  test("the author sends the draft for review with a comment, and cannot approve it", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const page = await signaal.newPage();
    await logInAsAuthor(page, DEMO_AUTHOR);
    await openCourseWorkspace(page);
    const concept = page.getByRole("region", { name: "Concept", exact: true });
    await concept.getByLabel("Opmerking voor de beoordelaar (mag leeg blijven)", { exact: true }).fill(SUBMIT_COMMENT);
    await concept.getByRole("button", { name: "Ter beoordeling aanbieden", exact: true }).click();
    await expectNotice(page, "Het concept is aangeboden ter beoordeling. Een andere auteur beoordeelt het.");
    const text = clean(await concept.innerText());
    expect(text).toContain("Status: Ter beoordeling");
    expect(text).toContain("Dit concept wacht op beoordeling door een andere auteur. Jij hebt eraan meegeschreven, dus je kunt het niet zelf goedkeuren.");
    expect(text).toContain(`${DEMO_AUTHOR.name} bood het concept ter beoordeling aan op ${todayMedium()}`);
    expect(text).toContain(SUBMIT_COMMENT);
    // While in review, the lessons can be viewed but not changed.
    expect(await concept.getByRole("link", { name: `Bekijken ${NEW_LESSON}`, exact: true }).count()).toBe(1);
    expect(await concept.getByRole("button", { name: "Les toevoegen" }).count()).toBe(0);
    await expectAccessible(page, "the course workspace in review");

    await page.getByRole("link", { name: "Naar Beoordelen", exact: true }).click();
    await expectHeading(page, "Beoordelen");
    const item = page.getByRole("region", { name: COURSE, exact: true });
    expect(clean(await item.innerText())).toContain("Je hebt aan dit concept meegeschreven of het zelf aangeboden. Een andere auteur beoordeelt het.");
    expect(await page.getByRole("button", { name: "Goedkeuren" }).count(), "no approve button for one's own work").toBe(0);
    await expectAccessible(page, "the review page for the draft's own author");
  });

  test("a second author reads the diff on 'Beoordelen' and approves with a comment", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const version = startedVersion();
    journey.reviewer = await createAuthor(signaal, REVIEWER_NAME, "ruben.recensent@ssv.test");
    const page = await signaal.newPage();
    await logInAsAuthor(page, journey.reviewer);
    await page.getByRole("navigation", { name: "Hoofdmenu", exact: true }).getByRole("link", { name: "Beoordelen", exact: true }).click();
    await expectHeading(page, "Beoordelen");
    const item = page.getByRole("region", { name: COURSE, exact: true });
    const text = clean(await item.innerText());
    expect(text).toContain(`Aangeboden door ${DEMO_AUTHOR.name} op ${todayMedium()}`);
    expect(text).toContain(`Geschreven door: ${DEMO_AUTHOR.name}.`);
    expect(text).toContain(SUBMIT_COMMENT);
    expect(text).toContain(`Wijzigingen ten opzichte van versie ${version}`);

    // The diff: the new lesson, every line added, said in words and not by colour alone.
    const file = item.getByRole("region", { name: `${NEW_LESSON_FILE} nieuw`, exact: true });
    const table = file.getByRole("table", { name: `Wijzigingen in ${NEW_LESSON_FILE}`, exact: true });
    const added = table.getByRole("row").filter({ hasText: SCENARIO_FIRST_STEP });
    expect(clean(await added.innerText())).toMatch(/^\d+ \+ toegevoegd Na een nieuwsbericht zegt Daan in de klas/);
    expect(await table.getByRole("row").filter({ hasText: "verwijderd" }).count()).toBe(0);
    expect(text).toContain("Ongewijzigd: cursus.yml, 01-signalen-in-context.mdx, 02-na-het-nieuws.mdx, 03-toets-en-bronnen.mdx");
    await expectAccessible(page, "the review page with the diff");

    await item.getByLabel("Opmerking", { exact: true }).fill(APPROVE_COMMENT);
    await item.getByRole("button", { name: "Goedkeuren", exact: true }).click();
    await expectHeading(page, COURSE);
    await expectNotice(page, "Het concept is goedgekeurd en kan gepubliceerd worden.");
    const concept = page.getByRole("region", { name: "Concept", exact: true });
    const steps = clean(await concept.innerText());
    expect(steps).toContain("Status: Goedgekeurd");
    expect(steps).toContain(`${REVIEWER_NAME} keurde het concept goed op ${todayMedium()}`);
    expect(steps).toContain(APPROVE_COMMENT);
    await expectAccessible(page, "the course workspace after approval");
  });

  test("the author publishes: the history shows the new version with its author, reviewer, dates and diff", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const version = startedVersion();
    const next = version + 1;
    const page = await signaal.newPage();
    await logInAsAuthor(page, DEMO_AUTHOR);
    await openCourseWorkspace(page);
    const concept = page.getByRole("region", { name: "Concept", exact: true });
    expect(clean(await concept.innerText())).toContain("Dit concept is goedgekeurd. Bij publiceren wordt het een nieuwe versie.");
    await concept.getByRole("button", { name: "Publiceren", exact: true }).click();
    await expectNotice(page, `Versie ${next} is gepubliceerd. Nieuwe docenten krijgen deze versie.`);
    expect(await concept.getByRole("button", { name: "Nieuwe versie bewerken", exact: true }).count(), "no open draft any more").toBe(1);
    const rows = await versionRows(page);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`^Versie ${next} \\(nieuwste\\) ${todayLong()}, door ${DEMO_AUTHOR.name} Vanuit de editor, na beoordeling Exporteren \\(zip\\)`));
    expect(rows[1]).toMatch(new RegExp(`^Versie ${version} ${todayLong()} Vanuit bestanden Exporteren \\(zip\\) Versie ${version} · Terugzetten`));
    await expectAccessible(page, "the course workspace after publishing");

    await page.getByRole("region", { name: "Versies", exact: true }).getByRole("link", { name: `Versie ${next}`, exact: true }).click();
    await expectHeading(page, `${COURSE}: versie ${next}`);
    const facts = clean(await page.getByRole("main").innerText());
    expect(facts).toContain(`Gepubliceerd ${todayMedium()}`);
    expect(facts).toMatch(new RegExp(`Gepubliceerd ${todayMedium()}, \\d{2}:\\d{2} door ${DEMO_AUTHOR.name}`));
    expect(facts).toContain("Herkomst Vanuit de editor, na beoordeling");
    expect(facts).toContain(`Geschreven door ${DEMO_AUTHOR.name}`);
    expect(facts).toContain(`Goedgekeurd door ${REVIEWER_NAME}`);
    expect(facts).toContain(`${DEMO_AUTHOR.name} bood het concept ter beoordeling aan op ${todayMedium()}`);
    expect(facts).toContain(`${REVIEWER_NAME} keurde het concept goed op ${todayMedium()}`);
    expect(facts).toContain(`${DEMO_AUTHOR.name} publiceerde het concept op ${todayMedium()}`);
    await page.getByRole("heading", { level: 2, name: `Wijzigingen ten opzichte van versie ${version}`, exact: true }).waitFor();
    const diff = page.getByRole("region", { name: `${NEW_LESSON_FILE} nieuw`, exact: true });
    expect(clean(await diff.innerText())).toContain(SCENARIO_FIRST_STEP);
    await expectAccessible(page, "the version page with its diff");
  });

  test("the teacher who started keeps the old version; a new teacher gets the new lesson", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const version = startedVersion();
    const earlier = await logInAs(journey.teacher!, "Mijn cursussen");
    expect(await teacherLessonList(earlier)).toEqual(DEMO_LESSONS);
    expect(await followedVersion(earlier)).toBe(version);

    const newcomer = await signaal.createTeacher({ name: "Noor Nieuw" });
    const page = await logInAs(newcomer, "Mijn cursussen");
    expect(await teacherLessonList(page)).toEqual([...DEMO_LESSONS, `Les 4: ${NEW_LESSON}`]);
    await page.getByRole("link", { name: "Begin met les 1", exact: true }).click();
    await expectHeading(page, FIRST_LESSON);
    await page.getByText(/^Les 1 van 4 ·/).waitFor();
    await completeLesson(page, SCENARIO_LESSON);
    await page.goto(COURSE_PATH);
    await expectHeading(page, COURSE);
    expect(await followedVersion(page)).toBe(version + 1);
  });

  test("the new version exported as a zip and imported again changes nothing", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const next = startedVersion() + 1;
    const page = await signaal.newPage();
    await logInAsAuthor(page, DEMO_AUTHOR);
    await visit(page, `${AUTHOR_COURSE_PATH}/versies/${next}`, `${COURSE}: versie ${next}`);
    journey.downloads = await mkdtemp(path.join(tmpdir(), "signaal-export-"));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Deze versie exporteren als zip-bestand", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${COURSE_SLUG}-versie-${next}.zip`);
    const zip = path.join(journey.downloads, download.suggestedFilename());
    await download.saveAs(zip);
    // A content/ folder: the course's files, the new lesson exactly as it was written.
    const archive = readCourseZip(await readFile(zip));
    if (archive.status !== "ok") throw new Error(`the export is not a course folder: ${archive.message}`);
    expect(archive.slug).toBe(COURSE_SLUG);
    expect(archive.files.map((file) => file.path).filter((file) => !file.startsWith("media/")).sort()).toEqual([
      "01-signalen-in-context.mdx",
      "02-na-het-nieuws.mdx",
      "03-toets-en-bronnen.mdx",
      NEW_LESSON_FILE,
      "cursus.yml",
    ]);
    const lesson = archive.files.find((file) => file.path === NEW_LESSON_FILE);
    expect(lesson && "content" in lesson ? lesson.content : null).toBe(journey.lessonText);

    await page.goto("/auteur");
    await expectHeading(page, AUTHOR_HOME);
    await page.getByRole("link", { name: "Een cursus importeren (zip-bestand)", exact: true }).click();
    await expectHeading(page, "Cursus importeren");
    await expectAccessible(page, "the import page");
    await page.getByLabel("Zip-bestand met de cursus", { exact: true }).setInputFiles(zip);
    await page.getByRole("button", { name: "Importeren", exact: true }).click();
    const outcome = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "Ongewijzigd", exact: true }) });
    await outcome.waitFor();
    expect(clean(await outcome.innerText())).toBe(
      `Ongewijzigd ${COURSE_SLUG} is ongewijzigd: versie ${next} blijft de nieuwste; er is geen nieuwe versie gemaakt.`,
    );
    await expectAccessible(page, "the import page after an unchanged import");

    await page.goto(AUTHOR_COURSE_PATH);
    await expectHeading(page, COURSE);
    const rows = await versionRows(page);
    expect(rows, "still two versions, the newest the exported one").toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`^Versie ${next} \\(nieuwste\\) `));
    expect(await page.getByRole("button", { name: "Nieuwe versie bewerken", exact: true }).count(), "and no draft").toBe(1);
  });

  test("an administrator reads the approval, the publication and the export in the audit log", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const next = startedVersion() + 1;
    const page = await signaal.newPage();
    await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "Beheer");
    await page.getByRole("navigation", { name: "Hoofdmenu", exact: true }).getByRole("link", { name: "Auditlog", exact: true }).click();
    await expectHeading(page, "Auditlog cursusinhoud");
    await expectAccessible(page, "the audit log");

    const entries = page.getByRole("table", { name: /^Auditlog, nieuwste eerst/ });
    const entry = (action: string, who: string) =>
      entries
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: action, exact: true }) })
        .filter({ has: page.getByRole("cell", { name: who, exact: true }) })
        .filter({ has: page.getByRole("cell", { name: COURSE_SLUG, exact: true }) });
    const published = entry("Versie gepubliceerd", DEMO_AUTHOR.name);
    expect(await published.count(), "one publication by the author").toBe(1);
    expect(clean(await published.innerText())).toMatch(new RegExp(`^${todayMedium()}, \\d{2}:\\d{2} ${DEMO_AUTHOR.name} Versie gepubliceerd ${COURSE_SLUG} .*versie: ${next}`));
    expect(await entry("Concept goedgekeurd", REVIEWER_NAME).count(), "one approval by the reviewer").toBe(1);
    expect(await entry("Ter beoordeling aangeboden", DEMO_AUTHOR.name).count()).toBe(1);
    expect(await entry("Concept begonnen", DEMO_AUTHOR.name).count()).toBe(1);
    expect(await entry("Les toegevoegd", DEMO_AUTHOR.name).count()).toBe(1);
    expect(await entry("Cursus geëxporteerd", DEMO_AUTHOR.name).count()).toBeGreaterThanOrEqual(1);
    expect(await entry("Concept goedgekeurd", DEMO_AUTHOR.name).count(), "the author approved nothing").toBe(0);

    // Filtered on one action.
    await page.getByLabel("Handeling", { exact: true }).selectOption({ label: "Concept goedgekeurd" });
    await page.getByRole("button", { name: "Tonen", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "1 vermelding(en)" }).waitFor();
    expect(await entry("Concept goedgekeurd", REVIEWER_NAME).count()).toBe(1);
    await expectAccessible(page, "the audit log filtered on approvals");
  });
});

describe.skipIf(!chromiumAvailable)("the lesson editor without JavaScript", () => {
  test("a plain text field, saved with the button, with the faults listed after saving", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const page = await logInAs(DEMO_AUTHOR, AUTHOR_HOME, { javaScriptEnabled: false });
    await page.goto(AUTHOR_COURSE_PATH);
    await expectHeading(page, COURSE);
    await page.getByRole("button", { name: "Nieuwe versie bewerken", exact: true }).click();
    await expectNotice(page, "Je werkt nu aan een nieuwe versie.");
    const title = "Zonder JavaScript geschreven";
    await page.getByLabel("Titel van de nieuwe les", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Les toevoegen", exact: true }).click();
    await expectNotice(page, "De les is toegevoegd.");
    await page.getByRole("link", { name: `Bewerken ${title}`, exact: true }).click();
    const file = "05-zonder-javascript-geschreven.mdx";
    await expectHeading(page, `Les bewerken: ${file}`);
    const field = page.getByLabel("Inhoud van de les", { exact: true });
    expect(await field.isVisible()).toBe(true);
    expect(await page.getByText("Klik op ‘Opslaan’ om je wijzigingen te bewaren.", { exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Scenario invoegen" }).count(), "no palette without JavaScript").toBe(0);
    expect(await preview(page).innerText()).toContain("Het voorbeeld verschijnt hier als JavaScript aan staat.");
    await expectAccessible(page, "the lesson editor without JavaScript");

    const original = await field.inputValue();
    const faulty = `${original.trimEnd()}\n\n<Onbekend />\n`;
    const line = lineNumberOf(faulty, "<Onbekend />");
    await field.fill(faulty);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expectHeading(page, `Les bewerken: ${file}`);
    await expectNotice(page, "Je wijzigingen zijn opgeslagen.");
    await expectFaultCount(page, "1 fout gevonden.");
    expect(clean(await faultList(page).getByRole("listitem").innerText())).toMatch(new RegExp(`^Regel ${line}, kolom 1: Onbekend onderdeel <Onbekend>\\.`));
    // The fault's link leads to the text field, which holds the saved text.
    expect(await faultList(page).getByRole("link").getAttribute("href")).toBe("#les-inhoud");
    expect(await page.getByLabel("Inhoud van de les", { exact: true }).inputValue()).toBe(faulty);
    await expectAccessible(page, "the lesson editor without JavaScript, with a fault");

    await page.getByLabel("Inhoud van de les", { exact: true }).fill(original);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expectNotice(page, "Je wijzigingen zijn opgeslagen.");
    await expectFaultCount(page, "Geen fouten gevonden.");

    // Leave the course as it was: the draft is discarded (a confirmation page, no script).
    await page.getByRole("link", { name: "Terug naar de cursus", exact: true }).click();
    await expectHeading(page, COURSE);
    await page.getByRole("link", { name: "Concept verwerpen", exact: true }).click();
    await expectHeading(page, "Concept verwerpen?");
    await page.getByRole("button", { name: "Ja, concept verwerpen", exact: true }).click();
    await expectHeading(page, COURSE);
    await expectNotice(page, "Het concept is verworpen.");
  });
});
