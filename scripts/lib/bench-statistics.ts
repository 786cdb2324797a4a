// The participation statistics figure for `npm run bench`: a national data set generated with
// set-based SQL into a fresh SQLite file and a fresh PostgreSQL database, then the full-year
// report (every breakdown, as the statistics page asks for it) timed on each.
//
// Two data sets, so that nobody is misled by the friendly one:
// - "busiest_year": 1,000,000 completions over 2015–2024, e-learning growing each year, the
//   measured year (2024) the busiest with 25 % of them;
// - "all_in_year": the same 1,000,000 completions all inside the measured year.
// Both hold 300 municipalities (every tenth prioritised), 3,000 schools, 50,000 classroom
// trainings and 5,000 advisory conversations spread over the ten years.
// See docs/decisions/006-statistics-queries.md for the queries, plans and figures.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { type Database, createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { participationReport } from "../../app/statistics/participation.server";
import type { ParticipationReport } from "../../app/statistics/report";
import { type Period, periodInstants, yearPeriod } from "../../app/statistics/period";
import { prepareDatabase } from "./prepare-database";

export const STATISTICS_GOAL_MS = 200;
const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const DEFAULT_RUNS = 30;
const WARMUP_RUNS = 3;

const FIRST_YEAR = 2015;
const MEASURED_YEAR = 2024;
/** What the statistics page asks for by default: cumulative figures since 2015. */
const SINCE = 2015;

const MUNICIPALITIES = 300;
const SCHOOLS = 3_000;
const COMPLETIONS = 1_000_000;
const TRAININGS = 50_000;
const CONVERSATIONS = 5_000;

/** Share of completions per year, 2015–2024, in percent: e-learning grows, 2024 holds a quarter. */
const COMPLETION_SHARES = [1, 2, 3, 4, 6, 9, 12, 17, 21, 25];
/** Classroom trainings stay roughly level, with a dip in 2020. */
const TRAINING_SHARES = [8, 9, 10, 11, 11, 6, 10, 11, 12, 12];
const CONVERSATION_SHARES = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
/** Courses in the order they were introduced, and the year each became available. */
const COURSES = [
  { slug: "signaleren", title: "Radicalisering signaleren", from: 2015 },
  { slug: "schoolaanpak", title: "De aanpak van de school", from: 2017 },
  { slug: "polarisatie-in-de-klas", title: "Polarisatie in de klas", from: 2019 },
  { slug: "online-radicalisering", title: "Online radicalisering", from: 2021 },
] as const;

type Provider = "sqlite" | "postgresql";

export interface DataSet {
  label: "busiest_year" | "all_in_year";
  /** Completions per year, FIRST_YEAR first. */
  completionsPerYear: number[];
}

export interface StatisticsMeasurement {
  name: string;
  value: number;
  unit: "ms";
  baseline: number;
  ratio: number;
  [detail: string]: unknown;
}

export interface StatisticsBenchOptions {
  /** A scratch folder for the SQLite files. */
  directory: string;
  log: (message: string) => void;
  onCleanup: (label: string, run: () => Promise<void>) => void;
  /** JSON lines go here as soon as each is known. */
  print: (line: Record<string, unknown>) => void;
}

// --- the data, as set-based SQL that SQLite and PostgreSQL compute identically ---

/**
 * Deterministic pseudo-random numbers in [0, 1): a Weyl sequence frac(n·α) with α an
 * irrational constant scaled to 2^32, one constant per stream. Integer arithmetic only, so
 * both databases produce the same data (n·α < 2^63 for n up to 2·10^9).
 */
const STREAMS = {
  school: 2_654_435_769, // golden ratio
  municipality: 1_779_033_703, // √2
  sector: 3_144_134_277, // √3
  jitter: 1_013_904_243, // √5
  course: 608_135_817, // π
  withoutSchool: 3_084_996_963, // e
  provider: 2_909_033_693, // ln 2 (scaled; odd)
  participants: 1_360_719_889, // √7
  other: 3_963_252_011, // ∛2
} as const;

interface Dialect {
  provider: Provider;
  /** A FROM source with one column n = 1..count, with its alias. */
  numbers(count: number): string;
  /** Zero-padded decimal text. */
  pad(expression: string, width: number): string;
  /** Truncates a non-negative number to an integer. */
  trunc(expression: string): string;
  /** A DateTime column value from seconds since 1970 (UTC). */
  instant(epochSeconds: string): string;
  enumValue(expression: string, type: "Sector" | "Provider"): string;
  bool(expression: string): string;
  bigint(expression: string): string;
  /** As a double, so that both databases round alike (PostgreSQL would otherwise use numeric). */
  double(expression: string): string;
}

const sqliteDialect: Dialect = {
  provider: "sqlite",
  numbers: (count) => `(WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count}) SELECT n FROM seq) AS g`,
  pad: (expression, width) => `printf('%0${width}d', ${expression})`,
  trunc: (expression) => `CAST(${expression} AS INTEGER)`,
  // The format Prisma's better-sqlite3 adapter writes (iso8601), so text comparisons order correctly.
  instant: (seconds) => `(strftime('%Y-%m-%dT%H:%M:%S', ${seconds}, 'unixepoch') || '.000+00:00')`,
  enumValue: (expression) => expression,
  bool: (expression) => `(CASE WHEN ${expression} THEN 1 ELSE 0 END)`,
  bigint: (expression) => `(${expression})`,
  double: (expression) => `(${expression})`,
};

const postgresqlDialect: Dialect = {
  provider: "postgresql",
  numbers: (count) => `generate_series(1, ${count}) AS g(n)`,
  pad: (expression, width) => `lpad((${expression})::text, ${width}, '0')`,
  trunc: (expression) => `trunc(${expression})::int`,
  instant: (seconds) => `(to_timestamp(${seconds}) AT TIME ZONE 'UTC')`,
  enumValue: (expression, type) => `(${expression})::"${type}"`,
  bool: (expression) => `(${expression})`,
  bigint: (expression) => `(${expression})::bigint`,
  double: (expression) => `(${expression})::float8`,
};

function random(dialect: Dialect, n: string, stream: keyof typeof STREAMS): string {
  return `(${dialect.double(`(${dialect.bigint(n)} * ${STREAMS[stream]}) % 4294967296`)} / 4294967296.0)`;
}

/** Big municipalities have more schools: municipality index = ⌊300·u²⌋. */
function municipalityOfSchool(dialect: Dialect, k: string): string {
  const u = random(dialect, k, "municipality");
  return dialect.trunc(`${MUNICIPALITIES} * (${u}) * (${u})`);
}

/** PO 55 %, VO 30 %, MBO 7 %, SO 8 % of schools. */
function sectorOfSchool(dialect: Dialect, k: string): string {
  const u = random(dialect, k, "sector");
  return `(CASE WHEN ${u} < 0.55 THEN 'PO' WHEN ${u} < 0.85 THEN 'VO' WHEN ${u} < 0.92 THEN 'MBO' ELSE 'SO' END)`;
}

const municipalityId = (dialect: Dialect, m: string) => `('bm-' || ${dialect.pad(m, 3)})`;
const schoolId = (dialect: Dialect, k: string) => `('bs-' || ${dialect.pad(k, 4)})`;
const isPrioritised = (m: string) => `((${m}) % 10 = 0)`;

function epochSeconds(year: number): number {
  return Date.UTC(year, 0, 1) / 1000;
}

function yearSeconds(year: number): number {
  return epochSeconds(year + 1) - epochSeconds(year);
}

/** Split `total` over the years by `shares`, the rounding remainder going to the last year. */
function spread(total: number, shares: readonly number[]): number[] {
  const whole = shares.reduce((sum, share) => sum + share, 0);
  const counts = shares.map((share) => Math.floor((total * share) / whole));
  counts[counts.length - 1]! += total - counts.reduce((sum, count) => sum + count, 0);
  return counts;
}

/**
 * For row n of `counts` rows laid out year after year: the year's index, and the moment in
 * seconds, rows in order of time within their year (records are written as they happen).
 */
function timeline(counts: readonly number[], n: string, jitter: string): { yearIndex: string; moment: string } {
  let first = 1;
  const blocks = counts.map((count, index) => {
    const block = { index, first, count, year: FIRST_YEAR + index };
    first += count;
    return block;
  });
  const nonEmpty = blocks.filter((block) => block.count > 0);
  const yearIndex = `(CASE ${nonEmpty.map((block) => `WHEN ${n} < ${block.first + block.count} THEN ${block.index}`).join(" ")} END)`;
  const moment = `(CASE ${nonEmpty
    .map(
      (block) =>
        `WHEN ${n} < ${block.first + block.count} THEN ${epochSeconds(block.year)} + ((${n} - ${block.first}) + ${jitter}) * ${yearSeconds(block.year) / block.count}`,
    )
    .join(" ")} END)`;
  return { yearIndex, moment };
}

function referenceSql(dialect: Dialect): string[] {
  const now = dialect.instant(String(epochSeconds(2025)));
  const m = "n - 1";
  const k = "n - 1";
  const courseValues = COURSES.map(
    (course) => `('course-${course.slug}', '${course.slug}', ${dialect.instant(String(epochSeconds(course.from)))})`,
  ).join(", ");
  const versionValues = COURSES.map(
    (course) =>
      `('version-${course.slug}-1', 'course-${course.slug}', 1, 'bench-${course.slug}', '${course.title}', '', '{}', '{}', ${dialect.instant(String(epochSeconds(course.from)))})`,
  ).join(", ");
  return [
    `INSERT INTO "Municipality" ("id", "cbsCode", "name", "prioritised", "createdAt", "updatedAt")
     SELECT ${municipalityId(dialect, m)}, 'GM' || ${dialect.pad(m, 4)}, 'Gemeente ' || ${dialect.pad(m, 3)}, ${dialect.bool(isPrioritised(m))}, ${now}, ${now}
     FROM ${dialect.numbers(MUNICIPALITIES)}`,
    `INSERT INTO "School" ("id", "brinCode", "name", "sector", "municipalityId", "createdAt", "updatedAt")
     SELECT ${schoolId(dialect, k)}, 'B' || ${dialect.pad(k, 4)}, 'School ' || ${dialect.pad(k, 4)}, ${dialect.enumValue(sectorOfSchool(dialect, k), "Sector")},
            ${municipalityId(dialect, municipalityOfSchool(dialect, k))}, ${now}, ${now}
     FROM ${dialect.numbers(SCHOOLS)}`,
    `INSERT INTO "Course" ("id", "slug", "createdAt") VALUES ${courseValues}`,
    `INSERT INTO "CourseVersion" ("id", "courseId", "number", "contentHash", "title", "summary", "metadata", "manifest", "publishedAt") VALUES ${versionValues}`,
  ];
}

function completionSql(dialect: Dialect, perYear: readonly number[]): string {
  const total = perYear.reduce((sum, count) => sum + count, 0);
  const { yearIndex, moment } = timeline(perYear, "n", random(dialect, "n", "jitter"));
  // Courses available in a year: one in 2015–16, two from 2017, three from 2019, four from 2021.
  const available = `(CASE ${COURSES.map((course, index) => `WHEN ${FIRST_YEAR} + y < ${COURSES[index + 1]?.from ?? 9999} THEN ${index + 1}`).join(" ")} END)`;
  const slug = `(CASE c ${COURSES.map((course, index) => `WHEN ${index} THEN '${course.slug}'`).join(" ")} END)`;
  const m = municipalityOfSchool(dialect, "k");
  const scores = `'{"scenarios":{"signaal":{"begrip":3,"handelen":2}},"quizzes":{"toets":{"passed":true,"attempts":1}}}'`;
  const source = dialect.numbers(total);
  return `INSERT INTO "CompletionRecord" ("id", "courseId", "courseSlug", "versionId", "versionNumber", "schoolId", "sector", "municipalityId", "prioritised", "scores", "completedAt", "verificationCode")
    SELECT 'cr' || ${dialect.pad("n", 8)}, 'course-' || ${slug}, ${slug}, 'version-' || ${slug} || '-1', 1,
           CASE WHEN school THEN ${schoolId(dialect, "k")} END,
           CASE WHEN school THEN ${dialect.enumValue(sectorOfSchool(dialect, "k"), "Sector")} END,
           CASE WHEN school THEN ${municipalityId(dialect, m)} END,
           CASE WHEN school THEN ${dialect.bool(isPrioritised(m))} END,
           ${scores}, ${dialect.instant(dialect.trunc("t"))}, 'V' || ${dialect.pad("n", 8)}
    FROM (
      SELECT n, y, t, ${dialect.trunc(`${available} * (${random(dialect, "n", "course")})`)} AS c,
             ${dialect.trunc(`${SCHOOLS} * (${random(dialect, "n", "school")})`)} AS k,
             ${random(dialect, "n", "withoutSchool")} >= 0.03 AS school
      FROM (SELECT n, ${yearIndex} AS y, ${moment} AS t FROM ${source}) AS timed
    ) AS chosen`;
}

function trainingSql(dialect: Dialect, perYear: readonly number[]): string {
  const total = perYear.reduce((sum, count) => sum + count, 0);
  const { moment } = timeline(perYear, "n", random(dialect, "n", "jitter"));
  const source = dialect.numbers(total);
  // Seven in ten trainings are for one school (its sector); the rest municipal sessions for one sector.
  const schoolMunicipality = municipalityOfSchool(dialect, "k");
  const ownMunicipality = dialect.trunc(`${MUNICIPALITIES} * (${random(dialect, "n", "municipality")}) * (${random(dialect, "n", "municipality")})`);
  const count = (sector: string) => `CASE WHEN s = '${sector}' THEN main ELSE 0 END`;
  return `INSERT INTO "ClassroomTraining" ("id", "provider", "providerName", "title", "date", "municipalityId", "prioritised", "schoolId",
      "participantsPo", "participantsVo", "participantsMbo", "participantsSo", "participantsOther", "participants", "createdAt", "updatedAt")
    SELECT 'ct' || ${dialect.pad("n", 6)}, ${dialect.enumValue("p", "Provider")},
           CASE p WHEN 'MUNICIPALITY' THEN 'Gemeente ' || ${dialect.pad("m", 3)} WHEN 'OTHER' THEN 'Stichting Voorbeeld' END,
           'Radicalisering signaleren', ${dialect.instant("day * 86400")}, ${municipalityId(dialect, "m")}, ${dialect.bool(isPrioritised("m"))},
           CASE WHEN school THEN ${schoolId(dialect, "k")} END,
           ${count("PO")}, ${count("VO")}, ${count("MBO")}, ${count("SO")}, other, main + other,
           ${dialect.instant("day * 86400")}, ${dialect.instant("day * 86400")}
    FROM (
      SELECT n, k, school, day, main, other,
             CASE WHEN school THEN ${schoolMunicipality} ELSE ${ownMunicipality} END AS m,
             CASE WHEN school THEN ${sectorOfSchool(dialect, "k")} ELSE ${sectorOfSchool(dialect, "n")} END AS s,
             CASE WHEN pu < 0.35 THEN 'SSV' WHEN pu < 0.65 THEN 'ESS' WHEN pu < 0.9 THEN 'MUNICIPALITY' ELSE 'OTHER' END AS p
      FROM (
        SELECT n, ${dialect.trunc(`${SCHOOLS} * (${random(dialect, "n", "school")})`)} AS k,
               ${random(dialect, "n", "withoutSchool")} < 0.7 AS school,
               ${dialect.trunc(`${moment} / 86400`)} AS day,
               8 + ${dialect.trunc(`23 * (${random(dialect, "n", "participants")})`)} AS main,
               ${dialect.trunc(`4 * (${random(dialect, "n", "other")})`)} AS other,
               ${random(dialect, "n", "provider")} AS pu
        FROM ${source}
      ) AS drawn
    ) AS chosen`;
}

function conversationSql(dialect: Dialect, perYear: readonly number[]): string {
  const total = perYear.reduce((sum, count) => sum + count, 0);
  const { moment } = timeline(perYear, "n", random(dialect, "n", "jitter"));
  const source = dialect.numbers(total);
  return `INSERT INTO "AdvisoryConversation" ("id", "date", "schoolId", "municipalityId", "prioritised", "topic", "provider", "createdAt", "updatedAt")
    SELECT 'ac' || ${dialect.pad("n", 5)}, ${dialect.instant("day * 86400")}, ${schoolId(dialect, "k")}, ${municipalityId(dialect, "m")},
           ${dialect.bool(isPrioritised("m"))}, 'Schoolveiligheidsbeleid',
           ${dialect.enumValue("CASE WHEN pu < 0.6 THEN 'SSV' WHEN pu < 0.85 THEN 'ESS' ELSE 'MUNICIPALITY' END", "Provider")},
           ${dialect.instant("day * 86400")}, ${dialect.instant("day * 86400")}
    FROM (
      SELECT n, k, day, pu, ${municipalityOfSchool(dialect, "k")} AS m
      FROM (
        SELECT n, ${dialect.trunc(`${SCHOOLS} * (${random(dialect, "n", "school")})`)} AS k, ${dialect.trunc(`${moment} / 86400`)} AS day,
               ${random(dialect, "n", "provider")} AS pu
        FROM ${source}
      ) AS drawn
    ) AS chosen`;
}

function generationSql(dialect: Dialect, data: DataSet): { label: string; sql: string }[] {
  return [
    ...referenceSql(dialect).map((sql) => ({ label: "municipalities, schools, courses", sql })),
    { label: "completion records", sql: completionSql(dialect, data.completionsPerYear) },
    { label: "classroom trainings", sql: trainingSql(dialect, spread(TRAININGS, TRAINING_SHARES)) },
    { label: "advisory conversations", sql: conversationSql(dialect, spread(CONVERSATIONS, CONVERSATION_SHARES)) },
  ];
}

// --- the databases ---

export interface Target {
  provider: Provider;
  data: DataSet;
  /** DATABASE_URL of the fresh database. */
  url: string;
  /** Seconds spent inserting (the month-count triggers included), and on VACUUM ANALYZE (PostgreSQL only). */
  generateSeconds: number;
  analyseSeconds: number;
}

export async function generateSqlite(file: string, data: DataSet, log: (message: string) => void): Promise<Target> {
  const url = `file:${file}`;
  await prepareDatabase(readDatabaseConfig(url));
  const database = new Sqlite(file);
  try {
    // Only for loading: a large page cache keeps the six indexes of CompletionRecord in memory while they grow.
    database.pragma("cache_size = -262144");
    const started = performance.now();
    for (const step of generationSql(sqliteDialect, data)) {
      database.exec(step.sql);
    }
    const generated = performance.now();
    // No ANALYZE: the app never runs it on SQLite, and the report's plans do not need statistics
    // (docs/decisions/006), so the bench measures the database as the app has it.
    log(`statistics: sqlite ${data.label}: generated in ${seconds(generated - started)} s`);
    return { provider: "sqlite", data, url, generateSeconds: seconds(generated - started), analyseSeconds: 0 };
  } finally {
    database.close();
  }
}

export async function generatePostgresql(url: string, data: DataSet, log: (message: string) => void): Promise<Target> {
  await prepareDatabase(readDatabaseConfig(url));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    for (const step of generationSql(postgresqlDialect, data)) {
      await client.query(step.sql);
    }
    const generated = performance.now();
    // Autovacuum does this on its own after a load this size (it also runs on inserts since
    // PostgreSQL 13); here it runs at once, so index-only scans find the visibility map set.
    await client.query("VACUUM ANALYZE");
    const analysed = performance.now();
    log(`statistics: postgresql ${data.label}: generated in ${seconds(generated - started)} s, VACUUM ANALYZE ${seconds(analysed - generated)} s`);
    return { provider: "postgresql", data, url, generateSeconds: seconds(generated - started), analyseSeconds: seconds(analysed - generated) };
  } finally {
    await client.end();
  }
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** The admin connection, or why no PostgreSQL answers. */
async function reachPostgresql(adminUrl: string): Promise<pg.Client | string> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    return error instanceof Error ? error.message : String(error);
  }
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// --- the measurement ---

interface Timing {
  p50: number;
  p95: number;
  max: number;
  /** CPU per report of this process (for SQLite the database work too) and, for PostgreSQL, of its server backends. */
  clientCpuMs: number;
  serverCpuMs: number | null;
  /** Queries the client logged as slow (200 ms or more) during the measured runs. */
  slowQueries: number;
  completions: number;
  cumulativeCompletions: number | null;
  trainings: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  // Nearest rank: the smallest value with at least `fraction` of the runs at or below it.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** CPU time (ms) a process has used so far, from /proc (Linux); null elsewhere or when it is gone. */
function processCpuMs(pid: number): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name: user and system time in clock ticks (100 per second).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** The PostgreSQL backends serving the bench database (the pool's connections; parallel workers come and go and are not counted). */
async function backendCpuMs(admin: pg.Client | null, database: string | null): Promise<Map<number, number> | null> {
  if (!admin || !database) return null;
  const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'", [database]);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = processCpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

async function timeReport(db: Database, since: number | null, runs: number, server: { admin: pg.Client | null; database: string | null }): Promise<Timing> {
  const period = yearPeriod(MEASURED_YEAR);
  // The client logs every query of 200 ms or more; here that is part of the figure: counted
  // during the measured runs, and not printed (the warm-up's cold caches included).
  const warn = console.warn;
  let measuring = false;
  let slowQueries = 0;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] !== "string" || !args[0].startsWith("slow query")) warn(...args);
    else if (measuring) slowQueries++;
  };
  let report: ParticipationReport;
  const durations: number[] = [];
  let client: NodeJS.CpuUsage;
  let serverBefore: Map<number, number> | null;
  try {
    report = await participationReport(db, period, { since });
    for (let run = 1; run < WARMUP_RUNS; run++) report = await participationReport(db, period, { since });
    serverBefore = await backendCpuMs(server.admin, server.database);
    const clientBefore = process.cpuUsage();
    measuring = true;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await participationReport(db, period, { since });
      durations.push(performance.now() - started);
    }
    measuring = false;
    client = process.cpuUsage(clientBefore);
  } finally {
    console.warn = warn;
  }
  const serverAfter = await backendCpuMs(server.admin, server.database);
  let serverCpu: number | null = null;
  if (serverBefore && serverAfter) {
    serverCpu = 0;
    for (const [pid, ms] of serverAfter) serverCpu += ms - (serverBefore.get(pid) ?? 0);
  }
  durations.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50: round(percentile(durations, 0.5)),
    p95: round(percentile(durations, 0.95)),
    max: round(durations[durations.length - 1] ?? Number.NaN),
    clientCpuMs: round((client.user + client.system) / 1000 / runs),
    serverCpuMs: serverCpu === null ? null : round(serverCpu / runs),
    slowQueries,
    completions: report.totals.completions,
    cumulativeCompletions: report.cumulative?.completions ?? null,
    trainings: report.totals.trainings,
  };
}

/**
 * The month counts against the records themselves: the report's completions must equal a
 * plain COUNT over the same instants, or the figure measures a wrong answer.
 */
async function checkCompletions(db: Database, timing: Timing, since: number | null): Promise<void> {
  const period = yearPeriod(MEASURED_YEAR);
  // Counting a million records may take over 200 ms; the client's slow-query log would say so on every run.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] !== "string" || !args[0].startsWith("slow query")) warn(...args);
  };
  try {
    await compareCounts(db, timing, since, period);
  } finally {
    console.warn = warn;
  }
}

async function compareCounts(db: Database, timing: Timing, since: number | null, period: Period): Promise<void> {
  // COUNT(*) from the covering index on completedAt (Prisma's count() reads the table for the id).
  const count = async (from: Date, to: Date) => {
    const rows = await db.$queryRaw<{ count: bigint | number }[]>`
      SELECT COUNT(*) AS "count" FROM "CompletionRecord" WHERE "completedAt" >= ${from} AND "completedAt" < ${to}`;
    return Number(rows[0]?.count ?? 0);
  };
  const instants = periodInstants(period);
  const expected = await count(instants.start, instants.end);
  const expectedCumulative = since === null ? null : await count(periodInstants(yearPeriod(since)).start, instants.end);
  if (expected !== timing.completions || expectedCumulative !== timing.cumulativeCompletions) {
    throw new Error(
      `statistics: the report counted ${timing.completions} completions (cumulative ${timing.cumulativeCompletions}) ` +
        `where the records hold ${expected} (cumulative ${expectedCumulative})`,
    );
  }
}

function readRuns(): number {
  const raw = process.env.BENCH_STATISTICS_RUNS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_RUNS;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_STATISTICS_RUNS must be a positive whole number, got "${raw}"`);
  return runs;
}

function loadAverage(): number[] {
  return os.loadavg().map((value) => Math.round(value * 100) / 100);
}

async function measureTarget(
  target: Target,
  runs: number,
  options: StatisticsBenchOptions,
  server: { admin: pg.Client | null; database: string | null } = { admin: null, database: null },
): Promise<void> {
  const db = createDatabase(readDatabaseConfig(target.url));
  try {
    for (const since of [SINCE, null]) {
      const timing = await timeReport(db, since, runs, server);
      await checkCompletions(db, timing, since);
      const name = `statistics_report_${target.provider}_${target.data.label}${since === null ? "" : `_since_${since}`}`;
      options.log(
        `statistics: ${name}: p50 ${timing.p50} ms, p95 ${timing.p95} ms, max ${timing.max} ms over ${runs} runs; ` +
          `CPU per report ${timing.clientCpuMs} ms here${timing.serverCpuMs === null ? "" : ` + ${timing.serverCpuMs} ms in PostgreSQL`}`,
      );
      options.print({
        name,
        value: timing.p95,
        unit: "ms",
        baseline: STATISTICS_GOAL_MS,
        ratio: Math.round((timing.p95 / STATISTICS_GOAL_MS) * 10_000) / 10_000,
        p50: timing.p50,
        max: timing.max,
        runs,
        period: String(MEASURED_YEAR),
        since,
        client_cpu_ms_per_report: timing.clientCpuMs,
        server_cpu_ms_per_report: timing.serverCpuMs,
        slow_query_warnings: timing.slowQueries,
        completions_in_period: timing.completions,
        completions_cumulative: timing.cumulativeCompletions,
        trainings_in_period: timing.trainings,
        completions_total: target.data.completionsPerYear.reduce((sum, count) => sum + count, 0),
        trainings_total: TRAININGS,
        conversations_total: CONVERSATIONS,
        municipalities: MUNICIPALITIES,
        schools: SCHOOLS,
        generate_seconds: target.generateSeconds,
        analyse_seconds: target.analyseSeconds,
        load_average: loadAverage(),
        cpus: os.cpus().length,
      } satisfies StatisticsMeasurement);
    }
  } finally {
    await db.$disconnect();
  }
}

export const DATA_SETS: DataSet[] = [
  { label: "busiest_year", completionsPerYear: spread(COMPLETIONS, COMPLETION_SHARES) },
  {
    label: "all_in_year",
    completionsPerYear: COMPLETION_SHARES.map((_share, index) => (FIRST_YEAR + index === MEASURED_YEAR ? COMPLETIONS : 0)),
  },
];

/** Generates both data sets on both databases in turn and prints one JSON line per database, data set and `since`. */
export async function measureStatistics(options: StatisticsBenchOptions): Promise<void> {
  const runs = readRuns();
  const byYear = (counts: number[]) => Object.fromEntries(counts.map((count, index) => [FIRST_YEAR + index, count]));
  options.print({
    name: "statistics_generated_data",
    value: COMPLETIONS,
    unit: "completions",
    municipalities: MUNICIPALITIES,
    prioritised_municipalities: MUNICIPALITIES / 10,
    schools: SCHOOLS,
    school_sectors: { PO: 0.55, VO: 0.3, MBO: 0.07, SO: 0.08 },
    completions_without_school: 0.03,
    trainings_per_year: byYear(spread(TRAININGS, TRAINING_SHARES)),
    conversations_per_year: byYear(spread(CONVERSATIONS, CONVERSATION_SHARES)),
    completions_per_year: Object.fromEntries(DATA_SETS.map((data) => [data.label, byYear(data.completionsPerYear)])),
    courses: COURSES.map((course) => `${course.slug} from ${course.from}`),
  });

  for (const data of DATA_SETS) {
    const file = path.join(options.directory, `statistics-${data.label}.db`);
    options.log(`statistics: generating ${data.label} in SQLite (${file}) ...`);
    const target = await generateSqlite(file, data, options.log);
    await measureTarget(target, runs, options);
    // Each file is about half a gigabyte; keep the temp folder small.
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }

  const adminUrl = process.env.BENCH_POSTGRESQL_URL || DEFAULT_ADMIN_URL;
  const admin = await reachPostgresql(adminUrl);
  if (typeof admin === "string") {
    options.log(`statistics: PostgreSQL at ${new URL(adminUrl).host} is not reachable (${admin}); skipping its figures (set BENCH_POSTGRESQL_URL)`);
    return;
  }
  options.onCleanup("statistics admin connection", () => admin.end());
  for (const data of DATA_SETS) {
    const database = `signaal_bench_statistics_${process.pid}_${data.label}`;
    const drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    await drop();
    await admin.query(`CREATE DATABASE "${database}"`);
    options.onCleanup(`database ${database}`, drop);
    options.log(`statistics: generating ${data.label} in PostgreSQL (${database}) ...`);
    const target = await generatePostgresql(databaseUrl(adminUrl, database), data, options.log);
    await measureTarget(target, runs, options, { admin, database });
    await drop();
  }
}
