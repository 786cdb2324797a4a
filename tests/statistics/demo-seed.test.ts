// The demo seed's history matches the letter to parliament (Kamerstuk 29 754, nr. 522): the
// 2018 paragraph generated from it is the letter's sentence.
import { beforeAll, describe, expect, it } from "vitest";
import { providerParagraph, reportParagraphs } from "../../app/statistics/paragraph";
import { participationReport } from "../../app/statistics/participation.server";
import { periodBetween, yearPeriod } from "../../app/statistics/period";
import { DEMO_MUNICIPALITIES } from "../../scripts/lib/demo-statistics";
import { seedDemo } from "../../scripts/lib/demo-data";
import { db, resetDatabase } from "../support/database";

const PRIORITISED = [
  "GM0518", "GM0363", "GM0344", "GM0599", "GM0503", "GM0202", "GM0637", "GM0513",
  "GM0406", "GM0268", "GM0855", "GM0034", "GM0606", "GM0394", "GM0307", "GM0546",
];

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db);
});

describe("the demo's participation history", () => {
  it("generates the letter's 2018 paragraph", async () => {
    const report = await participationReport(db, yearPeriod(2018), { since: 2015 });
    const ssv = report.byProvider[0];
    expect(ssv).toMatchObject({ provider: "SSV", trainings: 38, participants: 680, participantsBySector: { SO: 0, OTHER: 0 } });
    expect(ssv?.conversations).toBeGreaterThanOrEqual(45);
    expect(ssv?.conversations).toBeLessThan(55);
    expect(reportParagraphs(report, "nl")[0]).toBe(
      "Sinds 2015 zijn er circa 4700 onderwijsprofessionals door SSV getraind. " +
        "In 2018 zijn 38 trainingen met 680 deelnemers vanuit PO, VO en MBO gegeven en circa 50 adviesgesprekken met scholen gevoerd.",
    );
  });

  it("has about 5000 trained by SSV since 2015, 14 trainings for about 280 in early 2019, and ESS above 2000", async () => {
    const report = await participationReport(db, periodBetween("2019-01-01", "2019-04-30"), { since: 2015 });
    expect(providerParagraph(report, "SSV", "nl")).toMatch(
      /^Sinds 2015 zijn er circa 5000 onderwijsprofessionals door SSV getraind\. Van 1 januari tot en met 30 april 2019 zijn 14 trainingen met circa 280 deelnemers vanuit PO, VO en MBO gegeven en /,
    );
    const midYear = await participationReport(db, periodBetween("2019-01-01", "2019-07-24"), { since: 2015 });
    expect(midYear.cumulative?.byProvider[0]?.participants).toBe(4980);
    expect(midYear.cumulative?.byProvider[1]).toMatchObject({ provider: "ESS" });
    expect(midYear.cumulative?.byProvider[1]?.participants).toBeGreaterThan(2000);
    expect(providerParagraph(midYear, "ESS", "nl")).toMatch(/^Sinds 2015 zijn er circa 2000 onderwijsprofessionals door ESS getraind\./);
  });

  it("uses real municipalities, the NCTV's list prioritised, and keeps the base demo's rows", async () => {
    const municipalities = await db.municipality.findMany({ select: { cbsCode: true, prioritised: true } });
    expect(municipalities).toHaveLength(DEMO_MUNICIPALITIES.length);
    expect(municipalities.filter((row) => row.prioritised).map((row) => row.cbsCode).sort()).toEqual([...PRIORITISED].sort());
    expect(await db.school.count({ where: { brinCode: { in: ["99DE", "99DF"] } } })).toBe(2);
    // Trainings go mostly to prioritised municipalities, as the cabinet asks.
    const report = await participationReport(db, periodBetween("2015-01-01", "2019-12-31"));
    const [yes, no] = report.byPrioritised;
    expect(yes?.trainings).toBeGreaterThan(no?.trainings ?? 0);
  });
});
