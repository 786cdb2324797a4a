// The statistics read completions per month from counts that database triggers keep. Those
// counts must follow every change to the records: an insert, a record moved to another
// municipality, month, course or sector, an erasure (the record stays, anonymous) and a
// deletion. After each change the report must equal a plain count of the records.
import { beforeEach, describe, expect, it } from "vitest";
import { participationReport } from "../../app/statistics/participation.server";
import { yearPeriod } from "../../app/statistics/period";
import { createMunicipality, createSchool, createUser } from "../factories";
import { createCompletionRecord } from "../factories/statistics";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

async function reported(year: number) {
  const report = await participationReport(db, yearPeriod(year));
    const byMunicipality = Object.fromEntries(
    report.byMunicipality.filter((row) => row.completions.value).map((row) => [row.name ?? "(geen school)", row.completions.value]),
  );
  const byCourse = Object.fromEntries(report.byCourse.filter((row) => row.completions > 0).map((row) => [row.courseSlug, row.completions]));
  return { total: report.totals.completions, byMunicipality, byCourse, bySector: report.totals.completionsBySector };
}

async function counted(year: number) {
  const from = new Date(`${year - 1}-12-31T23:00:00Z`);
  const to = new Date(`${year}-12-31T23:00:00Z`);
  const records = await db.completionRecord.findMany({
    where: { completedAt: { gte: from, lt: to } },
    select: { courseSlug: true, sector: true, municipalityId: true },
  });
  const names = new Map((await db.municipality.findMany()).map((row) => [row.id, row.name]));
  const tally = (key: (record: (typeof records)[number]) => string) =>
    records.reduce<Record<string, number>>((counts, record) => ({ ...counts, [key(record)]: (counts[key(record)] ?? 0) + 1 }), {});
  return {
    total: records.length,
    byMunicipality: tally((record) => (record.municipalityId ? names.get(record.municipalityId)! : "(geen school)")),
    byCourse: tally((record) => record.courseSlug),
  };
}

async function expectReportMatchesRecords(year: number) {
  const report = await reported(year);
  const plain = await counted(year);
  expect(report.total).toBe(plain.total);
  // A municipality with fewer than 5 shows no number, so only the others can be compared.
  expect(report.byMunicipality).toEqual(Object.fromEntries(Object.entries(plain.byMunicipality).filter(([, count]) => count >= 5)));
  expect(report.byCourse).toEqual(plain.byCourse);
}

describe("the monthly completion counts behind the statistics", () => {
  it("follow inserts, moves between municipality, month, course and sector, erasure and deletion", async () => {
    const rotterdam = await createMunicipality(db, { name: "Rotterdam", prioritised: true });
    const zwolle = await createMunicipality(db, { name: "Zwolle" });
    const inRotterdam = await createSchool(db, { municipalityId: rotterdam.id, sector: "VO" });
    const inZwolle = await createSchool(db, { municipalityId: zwolle.id, sector: "PO" });
    const teacher = await createUser(db);

    const records = [];
    for (let index = 0; index < 8; index++) {
      records.push(await createCompletionRecord(db, { schoolId: inRotterdam.id, userId: teacher.id, completedAt: `2024-0${(index % 3) + 1}-15T10:00:00Z` }));
    }
    for (let index = 0; index < 6; index++) records.push(await createCompletionRecord(db, { schoolId: inZwolle.id, completedAt: "2024-05-20T10:00:00Z" }));
    await expectReportMatchesRecords(2024);
    expect((await reported(2024)).byMunicipality).toEqual({ Rotterdam: 8, Zwolle: 6 });

    // A record moved to another municipality and sector, another to another month and year, a third to another course.
    await db.completionRecord.update({ where: { id: records[0]!.id }, data: { municipalityId: zwolle.id, sector: "PO", prioritised: false } });
    await db.completionRecord.update({ where: { id: records[1]!.id }, data: { completedAt: new Date("2023-12-01T10:00:00Z") } });
    await db.completionRecord.update({ where: { id: records[2]!.id }, data: { courseSlug: "andere-cursus" } });
    await expectReportMatchesRecords(2024);
    await expectReportMatchesRecords(2023);

    // Erasure keeps the record (anonymous); deletion removes it.
    await db.user.delete({ where: { id: teacher.id } });
    await db.completionRecord.deleteMany({ where: { id: { in: [records[8]!.id, records[9]!.id] } } });
    await expectReportMatchesRecords(2024);
    expect(await reported(2024)).toMatchObject({ total: 11, byMunicipality: { Rotterdam: 6, Zwolle: 5 } });
  });

  it("counts a record at the turn of a month in the month of the Netherlands' calendar", async () => {
    const school = await createSchool(db);
    // 31 December 23:30 in Amsterdam is already 2024 there, and still 2023 in UTC.
    await createCompletionRecord(db, { schoolId: school.id, completedAt: "2023-12-31T23:30:00Z" });
    await createCompletionRecord(db, { schoolId: school.id, completedAt: "2023-12-31T22:30:00Z" });
    expect((await reported(2024)).total).toBe(1);
    expect((await reported(2023)).total).toBe(1);
  });
});
