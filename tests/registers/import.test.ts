// The CSV import against a real database: every kind of bad row reported in Dutch, and all
// rows stored or none.
import { beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../app/i18n/translate";
import { type ImportProblem, MAX_IMPORT_ROWS } from "../../app/registers/import-rows";
import { checkImport, runImport } from "../../app/registers/import.server";
import { todayInNetherlands } from "../../app/registers/rules";
import { decodeCsv } from "../../app/registers/upload.server";
import { createMunicipality, createSchool, createUserWithRole } from "../factories";
import { createConversation, createTraining } from "../factories/registers";
import { db, resetDatabase } from "../support/database";

const TRAINING_HEADER = "aanbieder;naam_aanbieder;titel;datum;gemeente_cbs;school_brin;po;vo;mbo;so;overig";
const CONVERSATION_HEADER = "datum;school_brin;onderwerp;aanbieder;naam_aanbieder";

let adminId = "";
let rotterdam = { id: "" };
let zwolle = { id: "" };
let zwolleSchool = { id: "" };
let rotterdamSchool = { id: "" };

beforeEach(async () => {
  await resetDatabase();
  adminId = (await createUserWithRole(db, "admin")).id;
  rotterdam = await createMunicipality(db, { cbsCode: "GM0599", name: "Rotterdam", prioritised: true });
  zwolle = await createMunicipality(db, { cbsCode: "GM0193", name: "Zwolle", prioritised: false });
  zwolleSchool = await createSchool(db, { brinCode: "12AB", name: "De Regenboog", sector: "PO", municipalityId: zwolle.id });
  rotterdamSchool = await createSchool(db, { brinCode: "34CD", name: "Demo College", sector: "VO", municipalityId: rotterdam.id });
});

const file = (...lines: string[]) => lines.join("\n");

/** The problems as an administrator reads them in Dutch. */
function dutch(problems: ImportProblem[]): string[] {
  const t = translator("nl");
  return problems.map((problem) => {
    const message = t(problem.key, problem.params);
    return problem.line === null ? message : t("registers.import.line", { line: problem.line, message });
  });
}

async function failedCheck(kind: "trainings" | "conversations", text: string): Promise<string[]> {
  const result = await checkImport(kind, text);
  if (result.ok) throw new Error("expected the check to fail");
  return dutch(result.problems);
}

async function stored() {
  return { trainings: await db.classroomTraining.count(), conversations: await db.advisoryConversation.count() };
}

describe("importing classroom trainings", () => {
  const valid = file(
    TRAINING_HEADER,
    "SSV;;Signalen herkennen;14-03-2023;GM0599;34CD;0;24;0;0;2",
    "gemeente;Gemeente Zwolle;Polarisatie in de klas;2024-05-02;193;12ab;18;0;0;0;0",
    "ESS;;Dilemma’s in de klas;1-6-2024;gm0599;;0;10;5;0;0",
  );

  it("checks a file without storing anything, and summarises it per year", async () => {
    const result = await checkImport("trainings", valid);
    expect(result).toEqual({
      ok: true,
      summary: {
        rows: 3,
        participants: 59,
        years: [
          { year: 2023, rows: 1, participants: 26 },
          { year: 2024, rows: 2, participants: 33 },
        ],
      },
    });
    expect(await stored()).toEqual({ trainings: 0, conversations: 0 });
  });

  it("stores every row with its municipality's prioritised flag at the time, its school and who imported it", async () => {
    const result = await runImport("trainings", valid, adminId);
    expect(result.ok).toBe(true);
    const trainings = await db.classroomTraining.findMany({ orderBy: { date: "asc" } });
    expect(trainings).toHaveLength(3);
    expect(trainings[0]).toMatchObject({
      provider: "SSV",
      providerName: null,
      title: "Signalen herkennen",
      date: new Date("2023-03-14T00:00:00.000Z"),
      municipalityId: rotterdam.id,
      prioritised: true,
      schoolId: rotterdamSchool.id,
      participantsVo: 24,
      participantsOther: 2,
      participants: 26,
      recordedById: adminId,
    });
    expect(trainings[1]).toMatchObject({ provider: "MUNICIPALITY", providerName: "Gemeente Zwolle", municipalityId: zwolle.id, prioritised: false, schoolId: zwolleSchool.id });
    expect(trainings[2]).toMatchObject({ provider: "ESS", date: new Date("2024-06-01T00:00:00.000Z"), schoolId: null, participants: 15 });
    // Later changes to the list of prioritised municipalities leave the stored snapshot alone.
    await db.municipality.update({ where: { id: rotterdam.id }, data: { prioritised: false } });
    expect((await db.classroomTraining.findFirstOrThrow({ where: { title: "Signalen herkennen" } })).prioritised).toBe(true);
  });

  it("reads a UTF-8 file with a byte order mark and commas, with quoted fields", async () => {
    const bytes = new TextEncoder().encode(
      "\uFEFF" +
        [
          "Aanbieder,Naam aanbieder,Titel,Datum,Gemeente_CBS,School_BRIN,PO,VO,MBO,SO,Overig",
          'anders,"Politie, Oost-Nederland","Polarisatie; ""wat"" doe je?",02-05-2024,GM0193,,1,2,3,4,5',
          '"SSV",,"Twee',
          'regels",03-05-2024,GM0193,,0,1,0,0,0',
        ].join("\r\n"),
    );
    const decoded = decodeCsv(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(await runImport("trainings", decoded.text, adminId)).toMatchObject({ ok: true });
    const trainings = await db.classroomTraining.findMany({ orderBy: { date: "asc" } });
    expect(trainings.map((training) => [training.providerName, training.title, training.participants])).toEqual([
      ["Politie, Oost-Nederland", 'Polarisatie; "wat" doe je?', 15],
      [null, "Twee regels", 1],
    ]);
  });

  it("reports every kind of bad row in Dutch, line by line, and stores nothing", async () => {
    const future = todayInNetherlands().replace(/^(\d{4})/, (year) => String(Number(year) + 1));
    const text = file(
      TRAINING_HEADER,
      "SSV;;Goed;14-03-2023;GM0599;;0;24;0;0;2",
      "SSV;;Fout;31-02-2018;GM0599;;0;24;0;0;2",
      "SSV;;Fout;14 maart 2023;GM0599;;0;24;0;0;2",
      `SSV;;Fout;${future};GM0599;;0;24;0;0;2`,
      "SSV;;Fout;31-12-2009;GM0599;;0;24;0;0;2",
      "SSV;;Fout;;GM0599;;0;24;0;0;2",
      "SSV;;Fout;14-03-2023;GM9999;;0;24;0;0;2",
      "SSV;;Fout;14-03-2023;;;0;24;0;0;2",
      "SSV;;Fout;14-03-2023;GM0599;99ZZ;0;24;0;0;2",
      "SSV;;Fout;14-03-2023;GM0599;12AB;0;24;0;0;2",
      "SSV;;Fout;14-03-2023;GM0599;;0;-4;0;0;2",
      "SSV;;Fout;14-03-2023;GM0599;;0;3,5;0;0;2",
      "SSV;;Fout;14-03-2023;GM0599;;0;10001;0;0;2",
      "SSV;;Fout;14-03-2023;GM0599;;0;0;0;0;0",
      ";;Fout;14-03-2023;GM0599;;0;1;0;0;0",
      "politie;;Fout;14-03-2023;GM0599;;0;1;0;0;0",
      "gemeente;;Fout;14-03-2023;GM0599;;0;1;0;0;0",
      "ESS;ESS Den Haag;Fout;14-03-2023;GM0599;;0;1;0;0;0",
      "SSV;;;14-03-2023;GM0599;;0;1;0;0;0",
      `SSV;;${"t".repeat(201)};14-03-2023;GM0599;;0;1;0;0;0`,
      "SSV;;Fout;14-03-2023;GM0599;;0;1;0;0",
      "SSV;;Fout;14-03-2023;GM0599;;0;1;0;0;0;12",
      "SSV;;Goed;14-03-2023;GM0599;;0;24;0;0;2",
      "ssv;; goed ;14-3-2023;599;;0;24;;0;2",
    );
    expect(await failedCheck("trainings", text)).toEqual([
      "Regel 3: de datum 31-02-2018 bestaat niet.",
      "Regel 4: ‘14 maart 2023’ is geen datum; schrijf dd-mm-jjjj of jjjj-mm-dd.",
      `Regel 5: de datum ${future} ligt in de toekomst.`,
      "Regel 6: de datum 31-12-2009 ligt vóór 2010.",
      "Regel 7: de datum ontbreekt.",
      "Regel 8: de CBS-code ‘GM9999’ hoort bij geen gemeente in Signaal.",
      "Regel 9: de CBS-code van de gemeente ontbreekt.",
      "Regel 10: de BRIN-code ‘99ZZ’ hoort bij geen school in Signaal.",
      "Regel 11: De Regenboog (12AB) ligt niet in de gemeente Rotterdam (GM0599).",
      "Regel 12: het aantal bij vo is negatief (-4).",
      "Regel 13: het aantal bij vo (‘3,5’) is geen heel getal.",
      "Regel 14: het aantal bij vo is groter dan 10.000 (10001).",
      "Regel 15: er zijn geen deelnemers: po, vo, mbo, so en overig zijn samen 0.",
      "Regel 16: de aanbieder ontbreekt; vul SSV, ESS, gemeente of anders in.",
      "Regel 17: de aanbieder ‘politie’ kent Signaal niet; vul SSV, ESS, gemeente of anders in.",
      "Regel 18: bij aanbieder ‘gemeente’ hoort een naam in naam_aanbieder.",
      "Regel 19: bij aanbieder ESS moet naam_aanbieder leeg zijn.",
      "Regel 20: de titel ontbreekt.",
      "Regel 21: de titel is langer dan 200 tekens.",
      "Regel 22: deze regel heeft 10 kolommen, de kopregel 11.",
      "Regel 23: deze regel heeft 12 kolommen, de kopregel 11.",
      "Regel 24: deze regel is gelijk aan regel 2.",
      "Regel 25: deze regel is gelijk aan regel 2.",
    ]);
    expect(await runImport("trainings", text, adminId)).toMatchObject({ ok: false });
    expect(await stored()).toEqual({ trainings: 0, conversations: 0 });
  });

  it("stores nothing when one row among many is bad", async () => {
    const rows = Array.from({ length: 500 }, (_, index) => `SSV;;Training ${index};14-03-2023;GM0599;;0;${index + 1};0;0;0`);
    rows.splice(321, 0, "SSV;;Training x;14-03-2023;GM0599;;0;-1;0;0;0");
    const result = await runImport("trainings", file(TRAINING_HEADER, ...rows), adminId);
    expect(result.ok ? [] : dutch(result.problems)).toEqual(["Regel 323: het aantal bij vo is negatief (-1)."]);
    expect(await stored()).toEqual({ trainings: 0, conversations: 0 });
    // Without the bad row, all 500 are stored at once.
    rows.splice(321, 1);
    expect(await runImport("trainings", file(TRAINING_HEADER, ...rows), adminId)).toMatchObject({ ok: true, summary: { rows: 500 } });
    expect(await stored()).toEqual({ trainings: 500, conversations: 0 });
  });

  it("reports several problems of one row together, in the order of the columns", async () => {
    expect(await failedCheck("trainings", file(TRAINING_HEADER, "x;;;gisteren;GM0000;;a;0;0;0;0"))).toEqual([
      "Regel 2: de aanbieder ‘x’ kent Signaal niet; vul SSV, ESS, gemeente of anders in.",
      "Regel 2: de titel ontbreekt.",
      "Regel 2: ‘gisteren’ is geen datum; schrijf dd-mm-jjjj of jjjj-mm-dd.",
      "Regel 2: de CBS-code ‘GM0000’ hoort bij geen gemeente in Signaal.",
      "Regel 2: het aantal bij po (‘a’) is geen heel getal.",
    ]);
  });

  it("refuses rows that are already stored, so that importing a file twice counts nothing twice", async () => {
    await createTraining(db, { title: "Signalen herkennen", date: "2023-03-14", municipalityId: rotterdam.id, schoolId: rotterdamSchool.id, counts: { vo: 24, other: 2 } });
    expect(await failedCheck("trainings", valid)).toEqual(["Regel 2: deze registratie staat al in Signaal."]);
    await db.classroomTraining.deleteMany();
    expect(await runImport("trainings", valid, adminId)).toMatchObject({ ok: true });
    const again = await runImport("trainings", valid, adminId);
    expect(again.ok ? [] : dutch(again.problems)).toEqual([
      "Regel 2: deze registratie staat al in Signaal.",
      "Regel 3: deze registratie staat al in Signaal.",
      "Regel 4: deze registratie staat al in Signaal.",
    ]);
    expect(await stored()).toEqual({ trainings: 3, conversations: 0 });
  });

  it("checks the header: missing, unknown and repeated columns", async () => {
    expect(await failedCheck("trainings", file("aanbieder;titel;datum;gemeente;po;vo;mbo;so;so", "SSV;x;14-03-2023;GM0599;0;1;0;0;0"))).toEqual([
      "De kolom ‘gemeente’ in de kopregel kent Signaal niet. Gebruik alleen de kolommen die hieronder staan.",
      "De kolom ‘so’ staat twee keer in de kopregel.",
      "De kolom ‘gemeente_cbs’ ontbreekt in de kopregel.",
      "De kolom ‘overig’ ontbreekt in de kopregel.",
    ]);
  });

  it("lets the optional columns be left out, and ignores empty cells at the end of a line", async () => {
    const text = file("titel;datum;aanbieder;gemeente_cbs;po;vo;mbo;so;overig;", "Kort;14-03-2023;SSV;GM0599;1;0;0;0;0;", "Lang;15-03-2023;SSV;GM0599;1;0;0;0;0;;");
    expect(await checkImport("trainings", text)).toMatchObject({ ok: true, summary: { rows: 2 } });
    expect(await failedCheck("trainings", file("titel;datum;aanbieder;gemeente_cbs;po;vo;mbo;so;overig;", "Kort;14-03-2023;SSV;GM0599;1;0;0;0;0;extra"))).toEqual([
      "Regel 2: kolom 10 heeft een waarde, maar geen naam in de kopregel.",
    ]);
  });

  it("refuses an empty file, a file with only a header, and broken quotes", async () => {
    expect(await failedCheck("trainings", "  \n")).toEqual(["Het bestand is leeg."]);
    expect(await failedCheck("trainings", file(TRAINING_HEADER, ";;;;;;;;;;"))).toEqual(["Het bestand heeft alleen een kopregel en geen registraties."]);
    expect(await failedCheck("trainings", file(TRAINING_HEADER, 'SSV;;"Open;14-03-2023;GM0599;;0;1;0;0;0'))).toEqual([
      'Regel 2: een waarde begint met een aanhalingsteken (") dat niet wordt gesloten.',
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const row = "SSV;;T;14-03-2023;GM0599;;0;1;0;0;0";
    const text = [TRAINING_HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row)].join("\n");
    expect(await failedCheck("trainings", text)).toEqual([
      "Het bestand heeft meer dan 20.000 regels. Verdeel het over kleinere bestanden en importeer die een voor een.",
    ]);
  });

  it("shows at most 200 problems and counts the rest", async () => {
    const rows = Array.from({ length: 300 }, (_, index) => `SSV;;T${index};14-03-2023;GM0599;;0;-1;0;0;0`);
    const result = await checkImport("trainings", file(TRAINING_HEADER, ...rows));
    expect(result.ok ? null : [result.problems.length, result.problemCount]).toEqual([200, 300]);
  });
});

describe("importing advisory conversations", () => {
  it("takes each conversation's municipality and its prioritised flag from the school", async () => {
    const text = file(
      CONVERSATION_HEADER,
      "14-03-2023;34CD;Een zorgwekkende uitspraak;SSV;",
      "2024-06-20;12ab;Veiligheidsplan;anders;Politie Oost-Nederland",
    );
    expect(await checkImport("conversations", text)).toEqual({
      ok: true,
      summary: {
        rows: 2,
        participants: null,
        years: [
          { year: 2023, rows: 1, participants: null },
          { year: 2024, rows: 1, participants: null },
        ],
      },
    });
    expect(await runImport("conversations", text, adminId)).toMatchObject({ ok: true });
    const conversations = await db.advisoryConversation.findMany({ orderBy: { date: "asc" } });
    expect(conversations.map((c) => [c.schoolId, c.municipalityId, c.prioritised, c.provider, c.providerName, c.recordedById])).toEqual([
      [rotterdamSchool.id, rotterdam.id, true, "SSV", null, adminId],
      [zwolleSchool.id, zwolle.id, false, "OTHER", "Politie Oost-Nederland", adminId],
    ]);
  });

  it("reports bad rows and stores nothing", async () => {
    await createConversation(db, { schoolId: zwolleSchool.id, date: "2023-01-10", topic: "Al bekend" });
    const text = file(
      CONVERSATION_HEADER,
      "14-03-2023;34CD;Goed;SSV;",
      "14-03-2023;;Geen school;SSV;",
      "14-03-2023;00XX;Onbekende school;SSV;",
      "14-03-2023;34CD;;gemeente;",
      "10-01-2023;12AB;al bekend;SSV;",
      "14-03-2023;34CD;GOED;ssv;",
    );
    expect(await failedCheck("conversations", text)).toEqual([
      "Regel 3: de BRIN-code van de school ontbreekt.",
      "Regel 4: de BRIN-code ‘00XX’ hoort bij geen school in Signaal.",
      "Regel 5: het onderwerp ontbreekt.",
      "Regel 5: bij aanbieder ‘gemeente’ hoort een naam in naam_aanbieder.",
      "Regel 6: deze registratie staat al in Signaal.",
      "Regel 7: deze regel is gelijk aan regel 2.",
    ]);
    expect(await runImport("conversations", text, adminId)).toMatchObject({ ok: false });
    expect(await stored()).toEqual({ trainings: 0, conversations: 1 });
  });
});

describe("decoding an uploaded file", () => {
  it("refuses a file that is not UTF-8 rather than storing garbled letters", () => {
    // "Café" as Windows-1252, which older Excel versions write.
    expect(decodeCsv(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, problem: { line: null, key: "registers.import.error.notUtf8" } });
    // A spreadsheet file (zip) or UTF-16 text is not CSV either.
    expect(decodeCsv(new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toMatchObject({ ok: false });
    expect(decodeCsv(new Uint8Array([]))).toEqual({ ok: false, problem: { line: null, key: "registers.import.error.empty" } });
  });

  it("drops the byte order mark", () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3b, 0x62]))).toEqual({ ok: true, text: "a;b" });
  });
});
