// The school coordinator's journey: invite a class of teachers from a CSV file, assign the
// demo course with a due date, watch the dashboard change while one of them takes it,
// download the dashboard, and see a reminder go out over SMTP once. The tests run in order
// and build on each other, as the steps of one coordinator's week would; axe runs on every
// page on the way.
//
// Mail goes to an SMTP server on loopback that the test runs. Reminders go out between 07:00
// and 21:00 Amsterdam time only, and the server's job runner reads the real clock, so the
// server's clock is set to noon of today (Amsterdam) for the whole file: the test passes at
// any hour, and "today" is the same day for the test and the server. The hourly reminder scan
// is queued once per hour, at a runner's first round in that hour: the server starts with
// JOBS=off, and a restart with JOBS=on (a deploy) runs the scan after the assignment exists.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dayInNetherlands, startOfDayInNetherlands } from "../../app/assignments/due-dates";
import { enqueue } from "../../app/jobs/queue.server";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { COURSE, COURSE_PATH, FIRST_LESSON, QUIZ_LESSON, SCENARIO_LESSON, answerAllRight, choose, completeLesson, quizBlock, scenarioBlock } from "./demo-course";
import { movedClockEnv, useSignaal } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectHeading, logIn, pathOf, visit } from "./journeys";

const JOURNEY_TIMEOUT_MS = 240_000;
const SCHOOL = "Demo College Rotterdam";
const TEACHERS_HEADING = `Docenten van ${SCHOOL}`;
const DEMO_TEACHER = { name: "Samira de Docent", email: DEMO_ACCOUNTS.teacher };
const RUNNER_INTERVAL_MS = 500;

// ---- The server's clock: noon today in Amsterdam, moving on from there. ----

const HOUR_MS = 3_600_000;

/** The calendar day `days` after `day` (both jjjj-mm-dd). */
function addDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

// Counted back from the next midnight: the clock never changes between noon and midnight.
const NOON_TODAY = startOfDayInNetherlands(addDays(dayInNetherlands(new Date()), 1)).getTime() - 12 * HOUR_MS;
const CLOCK_OFFSET_MS = NOON_TODAY - Date.now();

/** "Now" as the server sees it. */
function serverNow(): Date {
  return new Date(Date.now() + CLOCK_OFFSET_MS);
}

interface Day {
  /** As a coordinator types it: "26-12-2026". */
  typed: string;
  /** As pages and mails show it: "26 december 2026". */
  long: string;
}

/** The day `days` after the server's today, in Amsterdam. */
function dayFromToday(days: number): Day {
  const iso = addDays(dayInNetherlands(serverNow()), days);
  const [y, m, d] = iso.split("-");
  const long = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(startOfDayInNetherlands(iso));
  return { typed: `${d}-${m}-${y}`, long };
}

// ---- A local SMTP server that keeps what it receives. ----

interface ReceivedMail {
  to: string[];
  subject: string;
  /** Headers unfolded and decoded, then the decoded body. */
  text: string;
}

const received: ReceivedMail[] = [];
let smtp: SMTPServer | undefined;
let smtpPort = 0;

/** The message as a reader sees it: headers unfolded, encoded words and quoted-printable decoded. */
function readable(raw: string): string {
  const bytes = (text: string) =>
    Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
  const [head = "", ...body] = raw.replace(/\r\n/g, "\n").split("\n\n");
  const headers = head
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/\n[ \t]+/g, " ")
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) => bytes(word.replace(/_/g, " ")));
  return `${headers}\n\n${bytes(body.join("\n\n").replace(/=\n/g, ""))}`;
}

// Registered before useSignaal(), so the server is started with the port (hooks run in order).
beforeAll(async () => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        const text = readable(raw);
        received.push({ to: session.envelope.rcptTo.map((address) => address.address), subject: text.match(/^Subject: (.*)$/m)?.[1] ?? "", text });
        callback();
      });
    },
  });
  smtp = server;
  smtpPort = await new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve((server as unknown as { server: { address(): AddressInfo } }).server.address().port));
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const signaal = useSignaal({
  env: () => ({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    JOBS: "off",
    JOBS_INTERVAL_MS: String(RUNNER_INTERVAL_MS),
    ...movedClockEnv(CLOCK_OFFSET_MS),
  }),
});

const mailsWithSubject = (subject: string) => received.filter((mail) => mail.subject === subject);

async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// ---- The class of teachers and what the journey keeps from step to step. ----

const CLASS = [
  { name: "Fatima el Amrani", email: "fatima.elamrani@demo-college.test", group: "Team onderbouw" },
  { name: "Joost de Vries", email: "joost.devries@demo-college.test", group: "Sectie maatschappijleer" },
  { name: "Sanne Bakker", email: "sanne.bakker@demo-college.test", group: "" },
  { name: "Lotte Jansen", email: "lotte.jansen@demo-college.test", group: "Team bovenbouw" },
  { name: "Pieter Visser", email: "pieter.visser@demo-college.test", group: "Team bovenbouw" },
];
const BAD_ROW = { name: "Mo Yilmaz", email: "m.yilmaz.demo-college.test", group: "Team onderbouw" };
/** The teacher who accepts the invitation and takes the course. */
const FATIMA = CLASS[0]!;
const FATIMA_PASSWORD = "een lang wachtwoord voor fatima";
const INVITATION_SUBJECT = `Uitnodiging voor Signaal van ${SCHOOL}`;
const SCHOOL_DUE = dayFromToday(28);

// ---- Pages. ----

async function openMenu(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole("navigation", { name: "Hoofdmenu", exact: true }).getByRole("link", { name: label, exact: true }).click();
  await expectHeading(page, heading);
  await expectAccessible(page);
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** The demo course's row on the school overview, by column: { Docenten: "2", Bezig: "0", ... }. */
async function courseCounts(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole("table", { name: "Voortgang per cursus", exact: true });
  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((text) => clean(text).replace(/ \(sorteer (op|af)lopend\)$/, ""));
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: COURSE }) });
  const cells = [await row.getByRole("rowheader").innerText(), ...(await row.getByRole("cell").allInnerTexts())].map(clean);
  expect(cells.length, `one cell per column: ${JSON.stringify(headers)} / ${JSON.stringify(cells)}`).toBe(headers.length);
  return Object.fromEntries(headers.map((header, index) => [header, cells[index]!]));
}

async function openDashboard(page: Page): Promise<void> {
  await page.goto("/coordinator");
  await expectHeading(page, "Schooloverzicht");
  await expectAccessible(page, "the school overview");
}

/** A teacher's row on "Voortgang per docent", by column. */
async function teacherProgress(page: Page, name: string): Promise<Record<string, string>> {
  const table = page.getByRole("table", { name: /^Voortgang per docent en cursus/ });
  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((text) => clean(text).replace(/ \(sorteer (op|af)lopend\)$/, ""));
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  expect(await row.count(), `one row for ${name}`).toBe(1);
  const cells = [await row.getByRole("rowheader").innerText(), ...(await row.getByRole("cell").allInnerTexts())].map(clean);
  return Object.fromEntries(headers.map((header, index) => [header, cells[index]!]));
}

async function openTeacherProgress(page: Page): Promise<void> {
  await openDashboard(page);
  await page.getByRole("link", { name: "Voortgang per docent", exact: true }).click();
  await expectHeading(page, "Voortgang per docent");
  await expectAccessible(page, "progress per teacher");
}

async function logInAsCoordinator(page: Page): Promise<void> {
  await logIn(page, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD, "Schooloverzicht");
  await expectAccessible(page, "the school overview");
}

async function openOutbox(page: Page): Promise<void> {
  await logIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "Beheer");
  await openMenu(page, "Verzonden e-mail", "Verzonden e-mail");
}

/** The outbox rows of one subject and recipient. */
function outboxRows(page: Page, subject: string, recipient: string): Locator {
  return page
    .getByRole("main")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: subject, exact: true }) })
    .filter({ has: page.getByRole("cell", { name: recipient, exact: true }) });
}

describe.skipIf(!chromiumAvailable)("a coordinator's class, from a CSV file to a reminder", () => {
  test("the coordinator uploads a CSV file, reads the problem of the bad row, drops it and invites the rest", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const page = await signaal.newPage();
    await logInAsCoordinator(page);
    expect(await page.getByRole("main").innerText()).toContain("Er zijn nog geen cursussen aan docenten toegewezen.");
    await openMenu(page, "Docenten", TEACHERS_HEADING);
    await page.getByRole("link", { name: "Veel docenten tegelijk uitnodigen met een CSV-bestand", exact: true }).click();
    await expectHeading(page, "Docenten uploaden");
    await expectAccessible(page);

    // As Excel saves it in Dutch: semicolons; the bad row is the fourth teacher, line 5.
    const rows = [...CLASS.slice(0, 3), BAD_ROW, ...CLASS.slice(3)];
    const directory = await mkdtemp(path.join(tmpdir(), "signaal-csv-"));
    const file = path.join(directory, "docenten.csv");
    try {
      await writeFile(file, ["naam;e-mail;groep", ...rows.map((row) => `${row.name};${row.email};${row.group}`)].join("\r\n") + "\r\n");
      await page.getByLabel("CSV-bestand", { exact: true }).setInputFiles(file);
      await page.getByRole("button", { name: "Bestand controleren", exact: true }).click();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }

    const preview = page.getByRole("region", { name: "Controle van het bestand", exact: true });
    await preview.waitFor();
    const previewText = clean(await preview.innerText());
    expect(previewText).toContain("Regels: 6. In orde: 5. Met een probleem: 1.");
    for (const group of ["Team onderbouw", "Sectie maatschappijleer", "Team bovenbouw"]) expect(previewText).toContain(group);
    const table = preview.getByRole("table", { name: "Alle regels van het bestand met de uitkomst van de controle", exact: true });
    const badRow = table.getByRole("row").filter({ hasText: BAD_ROW.email });
    expect(clean(await badRow.innerText())).toBe(
      `5 ${BAD_ROW.name} ${BAD_ROW.email} ${BAD_ROW.group} (nieuw) Niet in orde: Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@school.nl.`,
    );
    for (const teacher of CLASS) expect(clean(await table.getByRole("row").filter({ hasText: teacher.email }).innerText())).toMatch(/In orde$/);
    await expectAccessible(page, "the check of the CSV file");
    expect(received, "nothing is sent before the coordinator confirms").toHaveLength(0);

    await preview.getByRole("button", { name: "1 regel(s) met een probleem overslaan en 5 docent(en) uitnodigen", exact: true }).click();
    await expectHeading(page, TEACHERS_HEADING);
    expect(pathOf(page)).toBe("/coordinator/docenten?melding=geimporteerd&aantal=5");
    await page.getByRole("status").filter({ hasText: "Uitnodigingen verstuurd: 5." }).waitFor();
    const main = page.getByRole("main");
    expect(await main.innerText()).toContain("Actief: 1. Uitgenodigd: 5. Gedeactiveerd: 0.");
    const list = main.getByRole("table", { name: `Docenten en openstaande uitnodigingen van ${SCHOOL}, op naam`, exact: true });
    const validUntil = dayFromToday(14).long;
    for (const teacher of CLASS) {
      const row = list.getByRole("row").filter({ has: page.getByRole("rowheader", { name: teacher.name, exact: true }) });
      const text = clean(await row.innerText());
      expect(text).toContain(teacher.email);
      expect(text).toContain(`Uitgenodigd, link geldig tot ${validUntil}`);
      expect(text).toContain(teacher.group || "Geen");
    }
    expect(await list.getByText(BAD_ROW.email).count(), "the dropped row is not invited").toBe(0);
    await expectAccessible(page, "the teachers after the import");
  });

  test("the invitations are in the outbox and arrived over SMTP; one teacher takes hers and lands on 'Mijn cursussen'", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    // Sent in the import's request, over SMTP.
    const invitations = mailsWithSubject(INVITATION_SUBJECT);
    expect(invitations.map((mail) => mail.to).sort()).toEqual(CLASS.map((teacher) => [teacher.email]).sort());
    expect(received).toHaveLength(CLASS.length);

    const admin = await signaal.newPage();
    await openOutbox(admin);
    for (const teacher of CLASS) {
      const row = outboxRows(admin, INVITATION_SUBJECT, teacher.email);
      expect(await row.count(), `one invitation to ${teacher.email}`).toBe(1);
      expect(clean(await row.innerText())).toMatch(/Bezorgd$/);
    }
    await outboxRows(admin, INVITATION_SUBJECT, FATIMA.email).getByRole("link", { name: INVITATION_SUBJECT, exact: true }).click();
    await expectHeading(admin, INVITATION_SUBJECT);
    await expectAccessible(admin, "an invitation in the outbox");
    const mail = await admin.getByRole("main").innerText();
    expect(mail).toContain(`Beste ${FATIMA.name}`);
    expect(mail).toContain(`Kees Coördinator nodigt je uit om als docent van ${SCHOOL} mee te doen aan Signaal`);
    const link = mail.match(/https?:\/\/\S+\/uitnodiging\/[\w-]+/)?.[0];
    expect(link, `an invitation link in the mail:\n${mail}`).toBeDefined();
    expect(new URL(link!).origin).toBe(new URL(signaal.url).origin);
    // The same link reached the SMTP server.
    expect(invitations.find((sent) => sent.to[0] === FATIMA.email)?.text).toContain(link);

    const teacher = await signaal.newPage({ expectConsoleErrors: [/status of 400/] });
    await visit(teacher, link!, "Welkom bij Signaal");
    const facts = clean(await teacher.getByRole("main").innerText());
    expect(facts).toContain(`${FATIMA.name}, je bent uitgenodigd als docent van ${SCHOOL}.`);
    expect(facts).toContain(`Groep ${FATIMA.group}`);
    // A password that is too short is refused at the field first.
    await teacher.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
    await teacher.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill("kort");
    await teacher.getByRole("button", { name: "Account aanmaken", exact: true }).click();
    const summary = teacher.getByRole("alert");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Kies een wachtwoord van minstens 10 tekens.");
    await expectAccessible(teacher, "the invitation with a too short password");
    await teacher.getByLabel("Nieuw wachtwoord", { exact: true }).fill(FATIMA_PASSWORD);
    await teacher.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill(FATIMA_PASSWORD);
    await teacher.getByRole("button", { name: "Account aanmaken", exact: true }).click();
    await expectHeading(teacher, "Mijn cursussen");
    expect(pathOf(teacher)).toBe("/docent");
    const home = await teacher.getByRole("main").innerText();
    expect(home).toContain(`Welkom, ${FATIMA.name}.`);
    await expectAccessible(teacher, "Mijn cursussen after accepting the invitation");

    // The link works once.
    const again = await signaal.newPage({ expectConsoleErrors: [/status of 410/] });
    expect(await visit(again, link!, "Uitnodiging al gebruikt")).toBe(410);
  });

  test("the coordinator assigns the demo course to the whole school with a due date and reminders; the dashboard counts the new teacher as not started", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const page = await signaal.newPage();
    await logInAsCoordinator(page);
    // Fatima is now a teacher of the school; the others are still invited.
    await openMenu(page, "Docenten", TEACHERS_HEADING);
    expect(await page.getByRole("main").innerText()).toContain("Actief: 2. Uitgenodigd: 4. Gedeactiveerd: 0.");

    await openMenu(page, "Toewijzingen", "Toewijzingen");
    const form = page.getByRole("region", { name: "Nieuwe toewijzing", exact: true });
    await form.getByLabel("Cursus", { exact: true }).selectOption({ label: COURSE });
    await form.getByLabel("De hele school, ook docenten die later komen", { exact: true }).check();
    await form.getByLabel("Af te ronden vóór (niet verplicht)", { exact: true }).fill(SCHOOL_DUE.typed);
    await form.getByLabel("Herinnering vooraf", { exact: true }).selectOption({ label: "7 dagen voor de datum" });
    await form.getByLabel("Herinnering als de cursus te laat is", { exact: true }).selectOption({ label: "Elke 7 dagen" });
    await form.getByRole("button", { name: "Toewijzen", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "De cursus is toegewezen." }).waitFor();
    const current = page.getByRole("table", { name: "Huidige toewijzingen, nieuwste eerst", exact: true });
    expect(clean(await current.getByRole("row").filter({ has: page.getByRole("rowheader", { name: COURSE }) }).innerText())).toBe(
      `${COURSE} De hele school 2 ${SCHOOL_DUE.long} 7 dagen vooraf, daarna elke 7 dagen Wijzigen of intrekken`,
    );
    await expectAccessible(page, "the assignments after assigning");

    await openMenu(page, "Schooloverzicht", "Schooloverzicht");
    expect(await courseCounts(page)).toEqual({
      Cursus: COURSE,
      "Af te ronden vóór": SCHOOL_DUE.long,
      Docenten: "2",
      Uitgenodigd: "4",
      "Niet gestart": "2",
      Bezig: "0",
      Afgerond: "0",
      "Te laat": "0",
    });
    await openTeacherProgress(page);
    expect(await teacherProgress(page, FATIMA.name)).toEqual({
      Naam: FATIMA.name,
      "E-mailadres": FATIMA.email,
      Groepen: FATIMA.group,
      Cursus: COURSE,
      Status: "Niet gestart",
      "Af te ronden vóór": SCHOOL_DUE.long,
      "Afgerond op": "nog niet",
      Quizscores: "geen",
    });
  });

  test("the dashboard follows the teacher through the course: 'bezig' after lesson 1, 'afgerond' at the end", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const teacher = await signaal.newPage();
    await logIn(teacher, FATIMA.email, FATIMA_PASSWORD, "Mijn cursussen");
    const card = teacher.getByRole("main").getByRole("listitem").filter({ has: teacher.getByRole("heading", { level: 2, name: COURSE, exact: true }) });
    const cardText = clean(await card.innerText());
    expect(cardText).toContain("Status: niet gestart");
    expect(cardText).toContain(`Af te ronden vóór ${SCHOOL_DUE.long}`);
    await expectAccessible(teacher, "Mijn cursussen with the assigned course");
    await card.getByRole("link", { name: `Start de cursus: ${COURSE}`, exact: true }).click();
    await expectHeading(teacher, COURSE);
    expect(pathOf(teacher)).toBe(COURSE_PATH);
    await teacher.getByRole("link", { name: "Begin met les 1", exact: true }).click();
    await expectHeading(teacher, FIRST_LESSON);
    await completeLesson(teacher, SCENARIO_LESSON);

    const coordinator = await signaal.newPage();
    await logInAsCoordinator(coordinator);
    expect(await courseCounts(coordinator)).toMatchObject({ Docenten: "2", "Niet gestart": "1", Bezig: "1", Afgerond: "0", "Te laat": "0" });
    await openTeacherProgress(coordinator);
    expect(await teacherProgress(coordinator, FATIMA.name)).toMatchObject({ Status: "Bezig", "Afgerond op": "nog niet" });
    expect(await teacherProgress(coordinator, DEMO_TEACHER.name)).toMatchObject({ Status: "Niet gestart" });

    // The rest of the course: the scenario's best path, the quiz at once, "Les afronden".
    const scenario = scenarioBlock(teacher);
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 2", exact: true }).waitFor();
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Stap 3", exact: true }).waitFor();
    await choose(scenario, 0);
    await scenario.getByRole("heading", { name: "Op tijd, en Jesse blijft praten", exact: true }).waitFor();
    await completeLesson(teacher, QUIZ_LESSON);
    const quiz = quizBlock(teacher);
    await answerAllRight(quiz);
    await quiz.getByRole("button", { name: "Nakijken", exact: true }).click();
    await quiz.getByText("Je hebt deze toets gehaald. Je resultaat is bewaard.", { exact: true }).waitFor();
    await completeLesson(teacher, "Gefeliciteerd, je hebt de cursus afgerond");

    await openDashboard(coordinator);
    expect(await courseCounts(coordinator)).toMatchObject({ Docenten: "2", "Niet gestart": "1", Bezig: "0", Afgerond: "1", "Te laat": "0" });
    await openTeacherProgress(coordinator);
    expect(await teacherProgress(coordinator, FATIMA.name)).toMatchObject({
      Status: "Afgerond",
      "Afgerond op": dayFromToday(0).long,
      Quizscores: "Toets: signaleren en handelen: 100%",
    });
  });

  test("the coordinator downloads the school overview as a semicolon CSV file with the course and its counts", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const page = await signaal.newPage();
    await logInAsCoordinator(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download deze tabel als CSV-bestand (voor Excel)", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`voortgang-per-cursus-99DE-${dayInNetherlands(serverNow())}.csv`);
    const content = await readFile(await download.path(), "utf8");
    expect(content.startsWith("\uFEFF"), "a byte order mark, so Excel reads é and ë").toBe(true);
    const lines = content.slice(1).split("\r\n");
    expect(lines).toEqual([
      "Cursus;Af te ronden vóór;Docenten;Uitgenodigd;Niet gestart;Bezig;Afgerond;Te laat",
      `${COURSE};${SCHOOL_DUE.typed};2;4;1;0;1;0`,
      "",
    ]);
  });

  test("a reminder that is due goes out over SMTP once, and the outbox shows it delivered", { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const coordinator = await signaal.newPage({ expectConsoleErrors: [/status of 400/] });
    await logInAsCoordinator(coordinator);
    await openMenu(coordinator, "Toewijzingen", "Toewijzingen");
    const form = coordinator.getByRole("region", { name: "Nieuwe toewijzing", exact: true });
    await form.getByLabel("Cursus", { exact: true }).selectOption({ label: COURSE });
    await form.getByLabel("Gekozen docenten", { exact: true }).check();
    await form.getByLabel(`${DEMO_TEACHER.name} (${DEMO_TEACHER.email})`, { exact: true }).check();
    await form.getByLabel("Herinnering vooraf", { exact: true }).selectOption({ label: "1 dag voor de datum" });

    // A date that has come already is refused, so a reminder cannot be made overdue at once:
    // the course is due tomorrow, and "1 day before" makes its reminder due today.
    const dueDate = form.getByLabel("Af te ronden vóór (niet verplicht)", { exact: true });
    await dueDate.fill(dayFromToday(0).typed);
    await form.getByRole("button", { name: "Toewijzen", exact: true }).click();
    const summary = coordinator.getByRole("alert");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Kies een datum na vandaag.");
    expect(await dueDate.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(coordinator, "the assignment form with a date that has come");
    const tomorrow = dayFromToday(1);
    await dueDate.fill(tomorrow.typed);
    await form.getByRole("button", { name: "Toewijzen", exact: true }).click();
    await coordinator.getByRole("status").filter({ hasText: "De cursus is toegewezen." }).waitFor();
    const current = coordinator.getByRole("table", { name: "Huidige toewijzingen, nieuwste eerst", exact: true });
    expect(clean(await current.getByRole("row").nth(1).innerText())).toBe(
      `${COURSE} Gekozen docenten: ${DEMO_TEACHER.name} 1 ${tomorrow.long} 1 dag vooraf Wijzigen of intrekken`,
    );
    await expectAccessible(coordinator, "the assignments with the second assignment");

    const subject = `Herinnering: rond de cursus "${COURSE}" af vóór ${tomorrow.long}`;
    const reminders = () => received.filter((mail) => mail.subject.startsWith("Herinnering:"));
    expect(reminders(), "no runner ran yet").toHaveLength(0);

    // A deploy brings up the server with its job runner: its first round queues this hour's
    // scan, which finds the reminder due.
    await signaal.restart({ env: { JOBS: "on" } });
    const [reminder] = await waitFor("the reminder at the SMTP server", () => (reminders().length > 0 ? reminders() : undefined));
    expect(reminder!.to).toEqual([DEMO_TEACHER.email]);
    expect(reminder!.subject).toBe(subject);
    expect(reminder!.text).toContain(`Beste ${DEMO_TEACHER.name},`);
    expect(reminder!.text).toContain(`Je school vraagt je de cursus "${COURSE}" in Signaal af te ronden vóór ${tomorrow.long}.`);
    expect(reminder!.text).toContain(`Ga verder met de cursus: ${signaal.url}${COURSE_PATH}`);

    const admin = await signaal.newPage();
    await openOutbox(admin);
    const row = outboxRows(admin, subject, DEMO_TEACHER.email);
    expect(await row.count()).toBe(1);
    expect(clean(await row.innerText())).toMatch(/Bezorgd$/);
    await row.getByRole("link", { name: subject, exact: true }).click();
    await expectHeading(admin, subject);
    await expectAccessible(admin, "a reminder in the outbox");
    const message = await admin.getByRole("main").innerText();
    expect(message).toContain(`Beste ${DEMO_TEACHER.name},`);
    // Queued at the server's noon, whatever the hour the test runs at.
    expect(message).toMatch(/Aangemaakt\s+[^\n]*\b12:\d\d\b/);

    // Once: more rounds of the runner send nothing, and neither does a scan run again (the
    // next hour's, queued here as any instance would), while the reminder is still due.
    await new Promise((resolve) => setTimeout(resolve, 4 * RUNNER_INTERVAL_MS));
    const db = signaal.database();
    const nextHour = new Date(serverNow().getTime() + HOUR_MS).toISOString().slice(0, 13);
    const scan = await enqueue(db, "reminders.scan", { hour: nextHour }, { uniqueKey: `reminders.scan:${nextHour}`, runAt: serverNow() });
    expect(scan.created).toBe(true);
    const done = await waitFor("the second scan to finish", async () => {
      const job = await db.job.findUniqueOrThrow({ where: { id: scan.id } });
      return job.doneAt ? job : undefined;
    });
    expect(done.lastError).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2 * RUNNER_INTERVAL_MS));
    expect(reminders(), "the reminder arrived once").toHaveLength(1);
    await admin.goto("/beheer/berichten");
    await expectHeading(admin, "Verzonden e-mail");
    expect(await outboxRows(admin, subject, DEMO_TEACHER.email).count(), "one reminder in the outbox").toBe(1);
    expect(await admin.getByRole("main").getByRole("link", { name: /^Herinnering:/ }).count(), "no reminder to anyone else").toBe(1);
  });
});
