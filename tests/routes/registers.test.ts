// The register pages as an administrator uses them: add, change, delete and import trainings
// and advisory conversations, and read the overview of a year.
import { beforeEach, describe, expect, it } from "vitest";
import * as conversationEdit from "../../app/routes/beheer.adviesgesprekken.$id";
import * as conversationImport from "../../app/routes/beheer.adviesgesprekken.importeren";
import * as conversationNew from "../../app/routes/beheer.adviesgesprekken.nieuw";
import { currentYear } from "../../app/registers/overview.server";
import * as trainingEdit from "../../app/routes/beheer.trainingen.$id";
import * as overview from "../../app/routes/beheer.trainingen._index";
import * as trainingImport from "../../app/routes/beheer.trainingen.importeren";
import * as trainingNew from "../../app/routes/beheer.trainingen.nieuw";
import { createMunicipality, createSchool, createUserWithRole } from "../factories";
import { createConversation, createTraining } from "../factories/registers";
import { db, resetDatabase } from "../support/database";
import { ORIGIN, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

let cookie = "";
let adminId = "";
let rotterdam = { id: "" };
let zwolle = { id: "" };
let rotterdamSchool = { id: "" };
let zwolleSchool = { id: "" };

beforeEach(async () => {
  await resetDatabase();
  const admin = await createUserWithRole(db, "admin", { name: "Beheerder Bea" });
  adminId = admin.id;
  cookie = await sessionCookieFor(admin.id);
  rotterdam = await createMunicipality(db, { cbsCode: "GM0599", name: "Rotterdam", prioritised: true });
  zwolle = await createMunicipality(db, { cbsCode: "GM0193", name: "Zwolle" });
  rotterdamSchool = await createSchool(db, { brinCode: "34CD", name: "Demo College", municipalityId: rotterdam.id });
  zwolleSchool = await createSchool(db, { brinCode: "12AB", name: "De Regenboog", sector: "PO", municipalityId: zwolle.id });
});

const trainingForm = (overrides: Record<string, string> = {}) => ({
  intent: "save",
  provider: "SSV",
  providerName: "",
  title: "Signalen van radicalisering herkennen",
  date: "14-03-2024",
  municipalityId: rotterdam.id,
  schoolId: rotterdamSchool.id,
  participantsPo: "0",
  participantsVo: "24",
  participantsMbo: "0",
  participantsSo: "0",
  participantsOther: "2",
  ...overrides,
});

const conversationForm = (overrides: Record<string, string> = {}) => ({
  intent: "save",
  date: "2024-05-02",
  schoolId: zwolleSchool.id,
  topic: "Veiligheidsplan na een incident",
  provider: "OTHER",
  providerName: "Politie Oost-Nederland",
  ...overrides,
});

/** A multipart form as a browser sends an upload. */
function uploadRequest(path: string, fields: Record<string, string | File>): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return new Request(new URL(path, ORIGIN), { method: "POST", body, headers: { Cookie: cookie, Origin: ORIGIN } });
}

describe("adding a classroom training", () => {
  it("shows the municipalities and schools to choose from", async () => {
    const result = await callRoute(trainingNew.loader, makeRequest("/beheer/trainingen/nieuw", { cookie }));
    expect(result.data).toMatchObject({
      choices: {
        municipalities: [{ name: "Rotterdam", cbsCode: "GM0599" }, { name: "Zwolle" }],
        schools: [
          { name: "Demo College", municipality: "Rotterdam" },
          { name: "De Regenboog", municipality: "Zwolle" },
        ],
      },
    });
  });

  it("stores it with the municipality's prioritised flag and goes to the overview of its year with a notice", async () => {
    const result = await callRoute(trainingNew.action, makeRequest("/beheer/trainingen/nieuw", { cookie, form: trainingForm() }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/beheer/trainingen?jaar=2024&melding=training-toegevoegd#trainingen");
    const training = await db.classroomTraining.findFirstOrThrow();
    expect(training).toMatchObject({
      provider: "SSV",
      providerName: null,
      title: "Signalen van radicalisering herkennen",
      date: new Date("2024-03-14T00:00:00.000Z"),
      municipalityId: rotterdam.id,
      prioritised: true,
      schoolId: rotterdamSchool.id,
      participantsVo: 24,
      participantsOther: 2,
      participants: 26,
      recordedById: adminId,
    });

    const page = await callRoute(overview.loader, makeRequest("/beheer/trainingen?jaar=2024&melding=training-toegevoegd", { cookie }));
    expect(page.data).toMatchObject({ year: 2024, notice: { key: "registers.notice.trainingCreated" }, trainings: { count: 1 } });
  });

  it("keeps what was typed and stores nothing when the form has problems", async () => {
    const form = trainingForm({ provider: "MUNICIPALITY", date: "31-02-2024", participantsVo: "-1", title: "Titel blijft staan" });
    const result = await callRoute(trainingNew.action, makeRequest("/beheer/trainingen/nieuw", { cookie, form }));
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({
      values: { title: "Titel blijft staan", date: "31-02-2024", participantsVo: "-1", provider: "MUNICIPALITY" },
      errors: {
        providerName: "registers.error.providerNameRequired",
        date: "registers.error.dateNonexistent",
        participantsVo: "registers.error.countVo",
      },
    });
    expect(await db.classroomTraining.count()).toBe(0);
  });

  it("refuses a school outside the chosen municipality, and a municipality that does not exist", async () => {
    const otherSchool = await callRoute(
      trainingNew.action,
      makeRequest("/beheer/trainingen/nieuw", { cookie, form: trainingForm({ schoolId: zwolleSchool.id }) }),
    );
    expect(otherSchool.status).toBe(400);
    expect(otherSchool.data).toMatchObject({ errors: { schoolId: "registers.error.schoolOtherMunicipality" } });
    const unknown = await callRoute(
      trainingNew.action,
      makeRequest("/beheer/trainingen/nieuw", { cookie, form: trainingForm({ municipalityId: "verzonnen", schoolId: "" }) }),
    );
    expect(unknown.data).toMatchObject({ errors: { municipalityId: "registers.error.municipalityUnknown" } });
    expect(await db.classroomTraining.count()).toBe(0);
  });
});

describe("changing and deleting a classroom training", () => {
  it("shows the stored values in the form", async () => {
    const training = await createTraining(db, { municipalityId: zwolle.id, date: "2023-11-05", counts: { po: 3, vo: 0 } });
    const result = await callRoute(trainingEdit.loader, makeRequest(`/beheer/trainingen/${training.id}`, { cookie }), { id: training.id });
    expect(result.data).toMatchObject({
      confirmDelete: false,
      training: { values: { date: "05-11-2023", municipalityId: zwolle.id, participantsPo: "3", participantsVo: "0" }, municipality: "Zwolle" },
    });
  });

  it("keeps the prioritised snapshot while the municipality stays the same, and takes the new one's flag when it changes", async () => {
    const training = await createTraining(db, { municipalityId: rotterdam.id, prioritised: true });
    await db.municipality.update({ where: { id: rotterdam.id }, data: { prioritised: false } });
    const path = `/beheer/trainingen/${training.id}`;
    const edited = await callRoute(trainingEdit.action, makeRequest(path, { cookie, form: trainingForm({ title: "Nieuwe titel", date: "01-02-2022" }) }), {
      id: training.id,
    });
    expect(edited.headers.get("Location")).toBe("/beheer/trainingen?jaar=2022&melding=training-gewijzigd#trainingen");
    expect(await db.classroomTraining.findUniqueOrThrow({ where: { id: training.id } })).toMatchObject({ title: "Nieuwe titel", prioritised: true });

    await db.municipality.update({ where: { id: zwolle.id }, data: { prioritised: true } });
    await callRoute(trainingEdit.action, makeRequest(path, { cookie, form: trainingForm({ municipalityId: zwolle.id, schoolId: "" }) }), { id: training.id });
    expect(await db.classroomTraining.findUniqueOrThrow({ where: { id: training.id } })).toMatchObject({ municipalityId: zwolle.id, prioritised: true, schoolId: null });
  });

  it("asks before deleting, then deletes", async () => {
    const training = await createTraining(db, { date: "2021-06-01" });
    const path = `/beheer/trainingen/${training.id}`;
    const question = await callRoute(trainingEdit.loader, makeRequest(`${path}?verwijderen`, { cookie }), { id: training.id });
    expect(question.data).toMatchObject({ confirmDelete: true, choices: null });
    expect(await db.classroomTraining.count()).toBe(1);

    const deleted = await callRoute(trainingEdit.action, makeRequest(path, { cookie, form: { intent: "delete" } }), { id: training.id });
    expect(deleted.headers.get("Location")).toBe("/beheer/trainingen?jaar=2021&melding=training-verwijderd#trainingen");
    expect(await db.classroomTraining.count()).toBe(0);
  });

  it("answers 404 for a training that does not exist", async () => {
    const page = await callRoute(trainingEdit.loader, makeRequest("/beheer/trainingen/weg", { cookie }), { id: "weg" });
    expect(page.status).toBe(404);
    const save = await callRoute(trainingEdit.action, makeRequest("/beheer/trainingen/weg", { cookie, form: trainingForm() }), { id: "weg" });
    expect(save.status).toBe(404);
    const remove = await callRoute(trainingEdit.action, makeRequest("/beheer/trainingen/weg", { cookie, form: { intent: "delete" } }), { id: "weg" });
    expect(remove.status).toBe(404);
    expect(await db.classroomTraining.count()).toBe(0);
  });
});

describe("advisory conversations", () => {
  it("are stored with the school's municipality and its prioritised flag", async () => {
    await db.municipality.update({ where: { id: zwolle.id }, data: { prioritised: true } });
    const result = await callRoute(conversationNew.action, makeRequest("/beheer/adviesgesprekken/nieuw", { cookie, form: conversationForm() }));
    expect(result.headers.get("Location")).toBe("/beheer/trainingen?jaar=2024&melding=gesprek-toegevoegd#adviesgesprekken");
    expect(await db.advisoryConversation.findFirstOrThrow()).toMatchObject({
      schoolId: zwolleSchool.id,
      municipalityId: zwolle.id,
      prioritised: true,
      topic: "Veiligheidsplan na een incident",
      provider: "OTHER",
      providerName: "Politie Oost-Nederland",
      recordedById: adminId,
    });
  });

  it("need a school that exists", async () => {
    const missing = await callRoute(conversationNew.action, makeRequest("/beheer/adviesgesprekken/nieuw", { cookie, form: conversationForm({ schoolId: "" }) }));
    expect(missing.data).toMatchObject({ errors: { schoolId: "registers.error.schoolRequired" } });
    const unknown = await callRoute(conversationNew.action, makeRequest("/beheer/adviesgesprekken/nieuw", { cookie, form: conversationForm({ schoolId: "weg" }) }));
    expect(unknown.status).toBe(400);
    expect(unknown.data).toMatchObject({ errors: { schoolId: "registers.error.schoolUnknown" }, values: { topic: "Veiligheidsplan na een incident" } });
    expect(await db.advisoryConversation.count()).toBe(0);
  });

  it("can be changed to another school, taking its municipality", async () => {
    const conversation = await createConversation(db, { schoolId: zwolleSchool.id });
    const path = `/beheer/adviesgesprekken/${conversation.id}`;
    const page = await callRoute(conversationEdit.loader, makeRequest(path, { cookie }), { id: conversation.id });
    expect(page.data).toMatchObject({ conversation: { values: { schoolId: zwolleSchool.id }, school: "De Regenboog" } });
    const result = await callRoute(conversationEdit.action, makeRequest(path, { cookie, form: conversationForm({ schoolId: rotterdamSchool.id }) }), {
      id: conversation.id,
    });
    expect(result.headers.get("Location")).toBe("/beheer/trainingen?jaar=2024&melding=gesprek-gewijzigd#adviesgesprekken");
    expect(await db.advisoryConversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      schoolId: rotterdamSchool.id,
      municipalityId: rotterdam.id,
      prioritised: true,
    });
  });

  it("can be deleted", async () => {
    const conversation = await createConversation(db, { date: "2020-02-02" });
    const result = await callRoute(
      conversationEdit.action,
      makeRequest(`/beheer/adviesgesprekken/${conversation.id}`, { cookie, form: { intent: "delete" } }),
      { id: conversation.id },
    );
    expect(result.headers.get("Location")).toBe("/beheer/trainingen?jaar=2020&melding=gesprek-verwijderd#adviesgesprekken");
    expect(await db.advisoryConversation.count()).toBe(0);
  });
});

describe("the overview", () => {
  it("shows one year, newest first, with the year's totals", async () => {
    await createTraining(db, { date: "2023-02-01", title: "Oud", counts: { po: 1, vo: 0 } });
    await createTraining(db, { date: "2024-02-01", title: "Februari", counts: { po: 2, vo: 3 } });
    await createTraining(db, { date: "2024-09-01", title: "September", counts: { mbo: 4, vo: 0, other: 1 } });
    await createConversation(db, { date: "2024-03-01", schoolId: zwolleSchool.id });
    await createConversation(db, { date: "2024-04-01", schoolId: zwolleSchool.id });
    await createConversation(db, { date: "2024-05-01", schoolId: rotterdamSchool.id });
    const result = await callRoute(overview.loader, makeRequest("/beheer/trainingen?jaar=2024", { cookie }));
    expect(result.status).toBe(200);
    const data = result.data as Awaited<ReturnType<typeof overview.loader>>["data"];
    expect(data.year).toBe(2024);
    expect(data.years).toContain(2023);
    expect(data.trainings.items.map((training) => training.title)).toEqual(["September", "Februari"]);
    expect(data.trainings.totals).toEqual({ participantsPo: 2, participantsVo: 3, participantsMbo: 4, participantsSo: 0, participantsOther: 1, participants: 10 });
    expect(data.conversations).toMatchObject({ count: 3, schools: 2 });
    expect(data.conversations.items.map((conversation) => conversation.date)).toEqual(["2024-05-01", "2024-04-01", "2024-03-01"]);
  });

  it("pages through a long year", async () => {
    const municipality = await createMunicipality(db);
    await db.classroomTraining.createMany({
      data: Array.from({ length: 51 }, (_, index) => ({
        provider: "SSV" as const,
        title: `Training ${index}`,
        date: new Date(Date.UTC(2022, 0, 1 + index)),
        municipalityId: municipality.id,
        prioritised: false,
        participantsVo: 1,
        participants: 1,
      })),
    });
    const first = await callRoute(overview.loader, makeRequest("/beheer/trainingen?jaar=2022", { cookie }));
    expect(first.data).toMatchObject({ trainings: { page: 1, pages: 2, count: 51, totals: { participants: 51 } } });
    const second = await callRoute(overview.loader, makeRequest("/beheer/trainingen?jaar=2022&trainingen=2", { cookie }));
    const data = second.data as Awaited<ReturnType<typeof overview.loader>>["data"];
    expect(data.trainings.page).toBe(2);
    expect(data.trainings.items.map((training) => training.title)).toEqual(["Training 0"]);
    const beyond = await callRoute(overview.loader, makeRequest("/beheer/trainingen?jaar=2022&trainingen=99", { cookie }));
    expect(beyond.data).toMatchObject({ trainings: { page: 2 } });
  });

  it("says so when the year is not one to choose, and shows this year instead", async () => {
    for (const year of ["1999", "abc", "3000"]) {
      const result = await callRoute(overview.loader, makeRequest(`/beheer/trainingen?jaar=${year}`, { cookie }));
      expect(result.status).toBe(400);
      expect(result.data).toMatchObject({ yearError: "registers.overview.yearInvalid", year: currentYear() });
    }
  });
});

const TRAINING_CSV = [
  "aanbieder;naam_aanbieder;titel;datum;gemeente_cbs;school_brin;po;vo;mbo;so;overig",
  "SSV;;Signalen herkennen;14-03-2023;GM0599;34CD;0;24;0;0;2",
  "gemeente;Gemeente Zwolle;Polarisatie in de klas;2024-05-02;GM0193;12AB;18;0;0;0;0",
].join("\r\n");

describe("importing from a CSV file", () => {
  it("checks the upload, shows a summary, and imports the checked text on confirmation", async () => {
    const upload = new File([`\uFEFF${TRAINING_CSV}`], "trainingen.csv", { type: "text/csv" });
    const checked = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "check", bestand: upload }));
    expect(checked.status).toBe(200);
    expect(checked.data).toMatchObject({ stage: "ready", summary: { rows: 2, participants: 44 }, content: TRAINING_CSV });
    expect(await db.classroomTraining.count()).toBe(0);

    const content = (checked.data as { content: string }).content;
    const imported = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "import", inhoud: content }));
    expect(imported.status).toBe(302);
    expect(imported.headers.get("Location")).toBe("/beheer/trainingen?jaar=2024&melding=trainingen-geimporteerd&aantal=2#trainingen");
    expect(await db.classroomTraining.count()).toBe(2);

    const page = await callRoute(overview.loader, makeRequest("/beheer/trainingen?jaar=2024&melding=trainingen-geimporteerd&aantal=2", { cookie }));
    expect(page.data).toMatchObject({ notice: { key: "registers.notice.trainingsImported", count: 2 } });

    // Sending the confirmation again (a double click) imports nothing more.
    const again = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "import", inhoud: content }));
    expect(again.status).toBe(400);
    expect(await db.classroomTraining.count()).toBe(2);
  });

  it("reports the bad rows of an upload and stores nothing, also when the confirmation is forged", async () => {
    const bad = `${TRAINING_CSV}\r\nSSV;;Kapot;31-02-2018;GM0599;;0;1;0;0;0`;
    const checked = await callRoute(
      trainingImport.action,
      uploadRequest("/beheer/trainingen/importeren", { intent: "check", bestand: new File([bad], "t.csv") }),
    );
    expect(checked.status).toBe(400);
    expect(checked.data).toEqual({
      stage: "failed",
      problemCount: 1,
      problems: [{ line: 4, key: "registers.import.row.dateNonexistent", params: { value: "31-02-2018" } }],
    });
    const forced = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "import", inhoud: bad }));
    expect(forced.status).toBe(400);
    expect(await db.classroomTraining.count()).toBe(0);
  });

  it("asks for a file, and refuses one that is too large or not UTF-8", async () => {
    const none = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "check", bestand: new File([], "") }));
    expect(none.data).toMatchObject({ stage: "failed", problems: [{ key: "registers.import.error.noFile" }] });
    const huge = new File(["x".repeat(2 * 1024 * 1024 + 1)], "groot.csv");
    const large = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "check", bestand: huge }));
    expect(large.data).toMatchObject({ stage: "failed", problems: [{ key: "registers.import.error.tooLarge" }] });
    // Many parts that are each small enough still add up: the request as a whole is bounded too.
    const parts = new FormData();
    parts.append("intent", "import");
    for (let index = 0; index < 3; index += 1) parts.append("inhoud", "x".repeat(2 * 1024 * 1024));
    const many = await callRoute(
      trainingImport.action,
      new Request(new URL("/beheer/trainingen/importeren", ORIGIN), { method: "POST", body: parts, headers: { Cookie: cookie, Origin: ORIGIN } }),
    );
    expect(many.data).toMatchObject({ stage: "failed", problems: [{ key: "registers.import.error.tooLarge" }] });
    const latin1 = new File([new Uint8Array([0x61, 0x3b, 0xe9])], "oud.csv");
    const encoding = await callRoute(trainingImport.action, uploadRequest("/beheer/trainingen/importeren", { intent: "check", bestand: latin1 }));
    expect(encoding.data).toMatchObject({ stage: "failed", problems: [{ key: "registers.import.error.notUtf8" }] });
    const notMultipart = await callRoute(trainingImport.action, makeRequest("/beheer/trainingen/importeren", { cookie, form: { intent: "check" } }));
    expect(notMultipart.data).toMatchObject({ stage: "failed", problems: [{ key: "registers.import.error.badForm" }] });
  });

  it("imports advisory conversations", async () => {
    const csv = "datum;school_brin;onderwerp;aanbieder;naam_aanbieder\n14-03-2023;34CD;Een zorgwekkende uitspraak;SSV;\n";
    const checked = await callRoute(
      conversationImport.action,
      uploadRequest("/beheer/adviesgesprekken/importeren", { intent: "check", bestand: new File([csv], "gesprekken.csv") }),
    );
    expect(checked.data).toMatchObject({ stage: "ready", summary: { rows: 1 } });
    const imported = await callRoute(
      conversationImport.action,
      uploadRequest("/beheer/adviesgesprekken/importeren", { intent: "import", inhoud: (checked.data as { content: string }).content }),
    );
    expect(imported.headers.get("Location")).toBe("/beheer/trainingen?jaar=2023&melding=gesprekken-geimporteerd&aantal=1#adviesgesprekken");
    expect(await db.advisoryConversation.findFirstOrThrow()).toMatchObject({ schoolId: rotterdamSchool.id, municipalityId: rotterdam.id, prioritised: true });
  });
});
