// `npm run stats` as an operator runs it: scripts/stats.ts in a child process, on this worker's
// test database.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ParticipationReport } from "../../app/statistics/report";
import { projectRoot } from "../../scripts/lib/prisma-cli";
import { createMunicipality, createSchool } from "../factories";
import { createCompletionRecord, createConversation, createTraining } from "../factories/statistics";
import { db, resetDatabase } from "../support/database";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function stats(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "scripts", "stats.ts"), ...args],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  await resetDatabase();
  const gouda = await createMunicipality(db, { cbsCode: "GM0513", name: "Gouda", prioritised: true });
  const school = await createSchool(db, { sector: "VO", municipalityId: gouda.id });
  await createTraining(db, { municipalityId: gouda.id, date: "2016-05-01", participants: { VO: 120 } });
  await createTraining(db, { municipalityId: gouda.id, date: "2018-04-10", participants: { PO: 14, VO: 9 } });
  await createTraining(db, { municipalityId: gouda.id, date: "2018-10-02", participants: { MBO: 21 } });
  await createConversation(db, { schoolId: school.id, date: "2018-06-01" });
  for (let index = 0; index < 6; index++) {
    await createCompletionRecord(db, { schoolId: school.id, courseSlug: "signaleren", completedAt: `2018-09-0${index + 1}T10:00:00Z` });
  }
});

describe("npm run stats", () => {
  it("prints the paragraph and a table as text, in Dutch or English", async () => {
    const [dutch, english] = await Promise.all([
      stats("--from", "2018-01-01", "--to", "2018-12-31", "--since", "2015"),
      stats("--from", "2018-01-01", "--to", "2018-12-31", "--lang", "en"),
    ]);
    expect(dutch.stderr).not.toMatch(/error/i);
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toContain(
      "Sinds 2015 zijn er circa 160 onderwijsprofessionals door SSV getraind. In 2018 zijn 2 trainingen met circa 40 deelnemers vanuit PO, VO en MBO gegeven en is 1 adviesgesprek met een school gevoerd.",
    );
    expect(dutch.stdout).toContain("In 2018 zijn er 6 e-learnings van Signaal afgerond door onderwijsprofessionals vanuit VO.");
    expect(dutch.stdout).toMatch(/^SSV\s+2\s+44\s+1$/m);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain("In 2018, SSV gave 2 trainings with about 40 participants from PO, VO and MBO and held 1 advisory conversation with a school.");
  });

  it("prints every table as one CSV, and the report as JSON", async () => {
    const [csv, json] = await Promise.all([
      stats("--from", "2018-01-01", "--to", "2018-12-31", "--format", "csv", "--since", "2016"),
      stats("--from", "2018-01-01", "--to", "2018-12-31", "--format", "json"),
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^table,from,to,key,name,prioritised,trainings,participants,/);
    const tables = new Set(lines.slice(1).map((line) => line.split(",")[0]));
    expect([...tables]).toEqual(["totals", "provider", "provider_in_prioritised", "sector", "prioritised", "municipality", "course", "cumulative_totals", "cumulative_provider"]);
    expect(lines).toContain("municipality,2018-01-01,2018-12-31,GM0513,Gouda,yes,2,44,,,,,,6,,,,,,,1");
    expect(lines).toContain("cumulative_totals,2016-01-01,2018-12-31,,,,3,164,,,,,,6,,,,,,170,1");

    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as ParticipationReport;
    expect(report.period).toEqual({ kind: "year", from: "2018-01-01", to: "2018-12-31" });
    expect(report.totals).toMatchObject({ trainings: 2, participants: 44, completions: 6, conversations: 1 });
    expect(report.cumulative).toBeNull();
  });

  it("writes to a file with --output", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "signaal-stats-")), "2018.csv");
    const run = await stats("--from", "2018-01-01", "--to", "2018-12-31", "--format", "csv", "--output", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(fs.readFileSync(file, "utf8")).toMatch(/^table,from,to,/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("refuses bad arguments with exit code 2 and says why", async () => {
    const cases: [string[], RegExp][] = [
      [["--to", "2018-12-31"], /--from is missing/],
      [["--from", "2018-01-01"], /--to is missing/],
      [["--from", "2018-02-30", "--to", "2018-12-31"], /'2018-02-30' is not a date/],
      [["--from", "2018-12-31", "--to", "2018-01-01"], /ends \(2018-01-01\) before it starts/],
      [["--from", "2018-01-01", "--to", "2018-12-31", "--format", "xml"], /--format must be text, csv or json/],
      [["--from", "2018-01-01", "--to", "2018-12-31", "--since", "2019"], /start year 2019 lies after/],
      [["--from", "2018-01-01", "--to", "2018-12-31", "--since", "vijftien"], /--since must be a year/],
      [["--from", "2018-01-01", "--to", "2018-12-31", "--lang", "de"], /--lang must be nl or en/],
      [["--from", "2018-01-01", "--to", "2018-12-31", "--year", "2018"], /Unknown option '--year'/],
    ];
    const runs = await Promise.all(cases.map(([args]) => stats(...args)));
    runs.forEach((run, index) => {
      const [args, message] = cases[index]!;
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.stderr).toContain("usage: npm run stats");
      expect(run.stdout).toBe("");
    });
  });
});
