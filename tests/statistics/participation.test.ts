// The participation report on a small hand-made database: what counts in a period, every
// breakdown, suppression of small counts (on the page and in the exports), the prioritised
// snapshot, and cumulative figures since a year.
import { beforeAll, describe, expect, it } from "vitest";
import { reportCsv, reportJson } from "../../app/statistics/export";
import { participationReport } from "../../app/statistics/participation.server";
import { PeriodError, yearPeriod } from "../../app/statistics/period";
import type { MunicipalityRow, ParticipationReport } from "../../app/statistics/report";
import { createMunicipality, createSchool, createUser } from "../factories";
import { createCompletionRecord, createConversation, createTraining } from "../factories/statistics";
import { db, resetDatabase } from "../support/database";

const ids = { a: "", b: "", c: "" };
let report: ParticipationReport;

beforeAll(async () => {
  await resetDatabase();
  const a = await createMunicipality(db, { cbsCode: "GM9001", name: "Aastad", prioritised: true });
  const b = await createMunicipality(db, { cbsCode: "GM9002", name: "Beedorp", prioritised: false });
  // Prioritised today, but not yet when its training was recorded.
  const c = await createMunicipality(db, { cbsCode: "GM9003", name: "Ceeveen", prioritised: false });
  Object.assign(ids, { a: a.id, b: b.id, c: c.id });
  const aPo = await createSchool(db, { sector: "PO", municipalityId: a.id });
  const aVo = await createSchool(db, { sector: "VO", municipalityId: a.id });
  const bMbo = await createSchool(db, { sector: "MBO", municipalityId: b.id });

  // 2018: four trainings, the last on the year's last day.
  await createTraining(db, { provider: "SSV", municipalityId: a.id, schoolId: aPo.id, date: "2018-03-01", participants: { PO: 12, VO: 8 } });
  await createTraining(db, { provider: "SSV", municipalityId: b.id, schoolId: bMbo.id, date: "2018-12-31", participants: { MBO: 3 } });
  await createTraining(db, { provider: "ESS", municipalityId: a.id, date: "2018-06-15", participants: { VO: 15, OTHER: 2 } });
  await createTraining(db, { provider: "MUNICIPALITY", providerName: "Gemeente Ceeveen", municipalityId: c.id, date: "2018-09-10", participants: { SO: 6 } });
  await db.municipality.update({ where: { id: c.id }, data: { prioritised: true } });
  // Outside 2018; the 2017 one is inside "since 2017".
  await createTraining(db, { provider: "SSV", municipalityId: a.id, date: "2019-01-01", participants: { VO: 30 } });
  await createTraining(db, { provider: "SSV", municipalityId: a.id, date: "2017-12-31", participants: { VO: 10 } });

  await createConversation(db, { provider: "SSV", schoolId: aPo.id, date: "2018-02-01" });
  await createConversation(db, { provider: "SSV", schoolId: aVo.id, date: "2018-11-30" });
  await createConversation(db, { provider: "ESS", schoolId: bMbo.id, date: "2018-05-05" });
  await createConversation(db, { provider: "SSV", schoolId: aVo.id, date: "2019-01-01" });

  // Completions: an erased learner's record stays and counts.
  const erased = await createUser(db);
  await createCompletionRecord(db, { userId: erased.id, schoolId: aVo.id, courseSlug: "signaleren", completedAt: "2018-05-01T10:00:00Z" });
  await db.user.delete({ where: { id: erased.id } });
  const learner = await createUser(db);
  await createCompletionRecord(db, { userId: learner.id, schoolId: aVo.id, courseSlug: "signaleren", completedAt: "2018-05-02T10:00:00Z" });
  for (const day of ["01", "02", "03", "04"]) {
    await createCompletionRecord(db, { schoolId: aPo.id, courseSlug: "schoolaanpak", completedAt: `2018-10-${day}T09:00:00Z` });
  }
  // 00:30 on 1 January 2018 in the Netherlands belongs to 2018; 00:30 on 1 January 2019 does not.
  await createCompletionRecord(db, { schoolId: bMbo.id, courseSlug: "signaleren", completedAt: "2017-12-31T23:30:00Z" });
  await createCompletionRecord(db, { schoolId: bMbo.id, courseSlug: "signaleren", completedAt: "2018-12-31T23:30:00Z" });
  // Someone without a school.
  await createCompletionRecord(db, { courseSlug: "signaleren", completedAt: "2018-07-01T12:00:00Z" });
  // Only in "since 2017".
  await createCompletionRecord(db, { schoolId: aVo.id, courseSlug: "signaleren", completedAt: "2017-06-01T12:00:00Z" });

  report = await participationReport(db, yearPeriod(2018), { since: 2017, now: new Date("2026-11-28T12:00:00Z") });
});

function municipality(id: string | null): MunicipalityRow {
  const row = report.byMunicipality.find((candidate) => candidate.municipalityId === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

describe("the participation report", () => {
  it("counts trainings, participants, completions and conversations in the period", () => {
    expect(report.period).toEqual(yearPeriod(2018));
    expect(report.totals).toEqual({
      trainings: 4,
      participants: 46,
      participantsBySector: { PO: 12, VO: 23, MBO: 3, SO: 6, OTHER: 2 },
      // The erased learner's record counts; the one completed at 00:30 on 1 January 2019 does not.
      completions: 8,
      completionsBySector: { PO: 4, VO: 2, MBO: 1, SO: 0, OTHER: 1 },
      reached: 54,
      conversations: 3,
    });
  });

  it("breaks down by provider, with the e-learning as its own line", () => {
    expect(report.byProvider.map((row) => row.provider)).toEqual(["SSV", "ESS", "MUNICIPALITY", "OTHER", "ELEARNING"]);
    const [ssv, ess, municipal, other, elearning] = report.byProvider;
    expect(ssv).toEqual({
      provider: "SSV",
      trainings: 2,
      participants: 23,
      participantsBySector: { PO: 12, VO: 8, MBO: 3, SO: 0, OTHER: 0 },
      conversations: 2,
      inPrioritised: { trainings: 1, participants: 20, conversations: 2 },
    });
    expect(ess).toMatchObject({ trainings: 1, participants: 17, conversations: 1, inPrioritised: { trainings: 1, participants: 17, conversations: 0 } });
    // Ceeveen was not prioritised when its training was recorded.
    expect(municipal).toMatchObject({ trainings: 1, participants: 6, inPrioritised: { trainings: 0, participants: 0 } });
    expect(other).toMatchObject({ trainings: 0, participants: 0, conversations: 0 });
    expect(elearning).toEqual({
      provider: "ELEARNING",
      trainings: null,
      participants: 8,
      participantsBySector: { PO: 4, VO: 2, MBO: 1, SO: 0, OTHER: 1 },
      conversations: null,
      inPrioritised: { trainings: null, participants: 6, conversations: null },
    });
  });

  it("breaks down by sector, by prioritised snapshot and by course", () => {
    expect(report.bySector).toEqual([
      { sector: "PO", participants: 12, completions: 4, reached: 16 },
      { sector: "VO", participants: 23, completions: 2, reached: 25 },
      { sector: "MBO", participants: 3, completions: 1, reached: 4 },
      { sector: "SO", participants: 6, completions: 0, reached: 6 },
      { sector: "OTHER", participants: 2, completions: 1, reached: 3 },
    ]);
    expect(report.byPrioritised).toEqual([
      { prioritised: "yes", trainings: 2, participants: 37, completions: 6, reached: 43, conversations: 2 },
      { prioritised: "no", trainings: 2, participants: 9, completions: 1, reached: 10, conversations: 1 },
      { prioritised: "unknown", trainings: 0, participants: 0, completions: 1, reached: 1, conversations: 0 },
    ]);
    expect(report.byCourse).toEqual([
      { courseSlug: "schoolaanpak", title: null, completions: 4, completionsBySector: { PO: 4, VO: 0, MBO: 0, SO: 0, OTHER: 0 } },
      { courseSlug: "signaleren", title: null, completions: 4, completionsBySector: { PO: 0, VO: 2, MBO: 1, SO: 0, OTHER: 1 } },
    ]);
  });

  it("lists every municipality and shows fewer than 5 people as suppressed, with no value", () => {
    expect(report.byMunicipality.map((row) => row.name)).toEqual(["Aastad", "Beedorp", "Ceeveen", null]);
    expect(municipality(ids.a)).toEqual({
      municipalityId: ids.a,
      cbsCode: "GM9001",
      name: "Aastad",
      prioritised: true,
      trainings: 2,
      participants: { value: 37, suppressed: false },
      completions: { value: 6, suppressed: false },
      conversations: 2,
    });
    expect(municipality(ids.b)).toMatchObject({
      trainings: 1,
      participants: { value: null, suppressed: true },
      completions: { value: null, suppressed: true },
      conversations: 1,
    });
    // Zero identifies nobody; the municipality's current status is shown.
    expect(municipality(ids.c)).toMatchObject({ prioritised: true, participants: { value: 6, suppressed: false }, completions: { value: 0, suppressed: false } });
    expect(municipality(null)).toMatchObject({ cbsCode: null, completions: { value: null, suppressed: true }, participants: { value: 0 } });
  });

  it("leaves suppressed counts out of the exports", () => {
    const csv = reportCsv(report, "nl");
    const beedorp = csv.split("\r\n").find((line) => line.startsWith("municipality,") && line.includes("GM9002"));
    expect(beedorp).toBe("municipality,2018-01-01,2018-12-31,GM9002,Beedorp,no,1,<5,,,,,,<5,,,,,,,1");
    const json = JSON.parse(reportJson(report)) as ParticipationReport;
    const row = json.byMunicipality.find((candidate) => candidate.cbsCode === "GM9002");
    expect(row?.participants).toEqual({ value: null, suppressed: true });
    expect(JSON.stringify(row)).not.toMatch(/:3\b|:1,"suppressed"/);
  });

  it("counts cumulatively from 1 January of the start year to the end of the period", () => {
    expect(report.cumulative?.since).toBe(2017);
    expect(report.cumulative?.period).toEqual({ kind: "range", from: "2017-01-01", to: "2018-12-31" });
    expect(report.cumulative).toMatchObject({ trainings: 5, participants: 56, completions: 9, conversations: 3 });
    expect(report.cumulative?.byProvider).toEqual([
      { provider: "SSV", trainings: 3, participants: 33, conversations: 2 },
      { provider: "ESS", trainings: 1, participants: 17, conversations: 1 },
      { provider: "MUNICIPALITY", trainings: 1, participants: 6, conversations: 0 },
      { provider: "OTHER", trainings: 0, participants: 0, conversations: 0 },
      { provider: "ELEARNING", trainings: null, participants: 9, conversations: null },
    ]);
  });

  it("takes the cumulative figures of a period that starts the start year from the period itself", async () => {
    const sameYear = await participationReport(db, yearPeriod(2018), { since: 2018 });
    expect(sameYear.cumulative).toMatchObject({ trainings: 4, participants: 46, completions: 8, conversations: 3 });
    expect(sameYear.cumulative?.byProvider[0]).toEqual({ provider: "SSV", trainings: 2, participants: 23, conversations: 2 });
  });

  it("has no cumulative figures unless asked, and refuses a start year after the period", async () => {
    const plain = await participationReport(db, yearPeriod(2018));
    expect(plain.cumulative).toBeNull();
    expect(plain.totals).toEqual(report.totals);
    await expect(participationReport(db, yearPeriod(2018), { since: 2019 })).rejects.toThrow(PeriodError);
  });

  it("counts nothing in a period without records, and still lists the municipalities", async () => {
    const empty = await participationReport(db, yearPeriod(2010));
    expect(empty.totals).toMatchObject({ trainings: 0, participants: 0, completions: 0, conversations: 0 });
    expect(empty.byMunicipality.map((row) => row.name)).toEqual(["Aastad", "Beedorp", "Ceeveen"]);
  });
});
