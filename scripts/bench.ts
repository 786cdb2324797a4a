// `npm run bench`: times publishing, then loads the login page, the teacher's start page and a lesson page of a production Signaal with autocannon on loopback,
// then has one learner per connection save scenario choices and counts the stored events against the acknowledged ones,
// then times the national participation report on generated data (1,000,000 completions) on SQLite and PostgreSQL.
// BENCH_ONLY=statistics runs the last part alone; BENCH_ONLY=progress the pages and the progress events.
// Figures are ratios to a bare node:http server (or another target, or a goal) measured in the same run, because absolute requests/s depend on the machine.
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { type Server, createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { type LoadResult, runLoadTest } from "./lib/bench-autocannon";
import { measurePublishing } from "./lib/bench-publish";
import { burstSameEvent, checkOneChoice, countStoredEvents, loadProgressEvents, prepareProgressBench } from "./lib/bench-progress";
import { measureStatistics } from "./lib/bench-statistics";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./lib/demo-data";
import { type RunningServer, freePort, spawnServer } from "./lib/spawn-server";

const DEFAULT_CONNECTIONS = 50;
const DEFAULT_DURATION_SECONDS = 8;
/** Each target gets this much unmeasured load first, so JIT and first-request work do not count. */
const WARMUP_SECONDS = 1;
/** Building the app (when the build is stale), migrating and seeding happen before /healthz answers. */
const SERVER_START_TIMEOUT_MS = 180_000;
const SERVER_STOP_TIMEOUT_MS = 15_000;
const SESSION_COOKIE_NAME = "signaal_session";
const PUBLISH_BUDGET_MS = 10_000;
/** The goal for saved scenario choices on SQLite with 50 learners; the ratio is to this. */
const PROGRESS_EVENTS_GOAL_PER_SECOND = 500;
/** A lesson of the demo course with a signalling scenario. */
const LESSON_PAGE = "/cursussen/demo-signaleren/02-na-het-nieuws";
const BASELINE_PAGE = "<!doctype html><html lang=\"en\"><head><title>Baseline</title></head><body><p>Hello</p></body></html>";
/** Generating four databases of a million completions and timing the report on each. */
const STATISTICS_BUDGET_MS = 20 * 60_000;
const BENCH_PARTS = ["statistics", "progress"] as const;

interface Settings {
  connections: number;
  durationSeconds: number;
  /** BENCH_ONLY: one part of the bench, or null for all of it. */
  only: (typeof BENCH_PARTS)[number] | null;
}

interface Measurement {
  name: string;
  value: number;
  unit: "requests/s" | "events/s" | "events" | "ms";
  baseline: number;
  ratio: number | null;
  [detail: string]: unknown;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function readPositiveNumber(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? "whole number" : "number"}, got "${raw}"`);
  }
  return value;
}

function readSettings(): Settings {
  const only = process.env.BENCH_ONLY?.trim() || null;
  if (only !== null && !(BENCH_PARTS as readonly string[]).includes(only)) {
    throw new Error(`BENCH_ONLY must be one of ${BENCH_PARTS.join(", ")}, got "${only}"`);
  }
  return {
    connections: readPositiveNumber("BENCH_CONNECTIONS", DEFAULT_CONNECTIONS, true),
    durationSeconds: readPositiveNumber("BENCH_DURATION", DEFAULT_DURATION_SECONDS, false),
    only: only as Settings["only"],
  };
}

// --- clean-up that runs on success, failure, time-out and Ctrl+C alike ---

const cleanupSteps: { label: string; run: () => Promise<void> }[] = [];
let cleanupRun: Promise<void> | undefined;

function onCleanup(label: string, run: () => Promise<void>): void {
  cleanupSteps.push({ label, run });
}

function cleanUp(): Promise<void> {
  cleanupRun ??= (async () => {
    for (const step of cleanupSteps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        log(`clean-up failed (${step.label}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleanupRun;
}

async function finish(exitCode: number): Promise<never> {
  await cleanUp();
  process.exit(exitCode);
}

// --- the pieces being measured ---

async function startBaselineServer(): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const body = Buffer.from(BASELINE_PAGE);
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

async function stopSignaal(server: RunningServer): Promise<void> {
  const timer = setTimeout(() => {
    log("Signaal did not stop in time; killing it");
    void server.stop("SIGKILL");
  }, SERVER_STOP_TIMEOUT_MS);
  await server.stop("SIGTERM");
  clearTimeout(timer);
}

/** Logs in as the demo teacher and returns the `name=value` session cookie. */
async function logInAsTeacher(origin: string): Promise<string> {
  const response = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: origin },
    body: new URLSearchParams({ email: DEMO_ACCOUNTS.teacher, password: DEMO_PASSWORD }),
  });
  if (response.status !== 302) {
    throw new Error(`login as ${DEMO_ACCOUNTS.teacher} answered ${response.status} instead of 302`);
  }
  const sessionCookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]?.trim() ?? "")
    .find((pair) => pair.startsWith(`${SESSION_COOKIE_NAME}=`) && pair.length > SESSION_COOKIE_NAME.length + 1);
  if (!sessionCookie) throw new Error(`login answered 302 but set no ${SESSION_COOKIE_NAME} cookie`);
  return sessionCookie;
}

/** One request before the load, so a wrong status fails fast with a clear message. */
async function expectOk(url: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { headers, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new Error(`GET ${url} answered ${response.status}${location ? ` (to ${location})` : ""} instead of 200`);
  }
}

async function measure(
  label: string,
  url: string,
  settings: Settings,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  log(`${label}: warming up ${WARMUP_SECONDS} s, then ${settings.durationSeconds} s with ${settings.connections} connections (${url})`);
  await runLoadTest({ url, headers, connections: settings.connections, durationSeconds: WARMUP_SECONDS });
  const result = await runLoadTest({ url, headers, connections: settings.connections, durationSeconds: settings.durationSeconds });
  const statuses = Object.entries(result.statusCounts).map(([status, count]) => `${status}: ${count}`).join(", ");
  log(`${label}: ${result.requestsPerSecond.toFixed(1)} requests/s, p99 ${result.latencyP99Ms} ms (${statuses || "no responses"})`);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.completedRequests === 0) {
    throw new Error(
      `${label}: the measurement is not valid: ${result.non2xx} non-2xx responses, ${result.errors} errors, ` +
        `${result.timeouts} time-outs, ${result.completedRequests} completed requests (statuses ${statuses || "none"})`,
    );
  }
  return result;
}

function ratio(value: number, baseline: number): number | null {
  return baseline > 0 ? Math.round((value / baseline) * 10_000) / 10_000 : null;
}

function compare(name: string, page: LoadResult, baseline: LoadResult): Measurement[] {
  return [
    {
      name,
      value: Math.round(page.requestsPerSecond * 10) / 10,
      unit: "requests/s",
      baseline: Math.round(baseline.requestsPerSecond * 10) / 10,
      ratio: ratio(page.requestsPerSecond, baseline.requestsPerSecond),
    },
    {
      name: `${name}_p99`,
      value: page.latencyP99Ms,
      unit: "ms",
      baseline: baseline.latencyP99Ms,
      ratio: ratio(page.latencyP99Ms, baseline.latencyP99Ms),
    },
  ];
}

async function main(settings: Settings): Promise<void> {
  const tempDirectory = await fs.mkdtemp(path.join(os.tmpdir(), "signaal-bench-"));
  onCleanup("temp directory", () => fs.rm(tempDirectory, { recursive: true, force: true }));
  if (settings.only === "statistics") {
    await measureStatisticsReport(tempDirectory);
    return;
  }

  if (settings.only === null) {
    log("publishing the demo course and a ten-lesson course from scratch ...");
    const publishing = await measurePublishing(tempDirectory);
    for (const [name, value] of [
      ["publish_demo_course", publishing.demoMs],
      ["publish_10_lessons", publishing.tenLessonsMs],
    ] as const) {
      // The goal: a ten-lesson course publishes in under ten seconds; the ratio is to that budget.
      process.stdout.write(`${JSON.stringify({ name, value, unit: "ms", baseline: PUBLISH_BUDGET_MS, ratio: ratio(value, PUBLISH_BUDGET_MS) })}\n`);
    }
  }

  const baseline = await startBaselineServer();
  onCleanup("baseline server", () => new Promise<void>((resolve) => baseline.server.close(() => resolve())));
  // autocannon keeps its connections alive; let close() finish without waiting for their idle time-out.
  onCleanup("baseline connections", async () => baseline.server.closeAllConnections());

  log("starting Signaal (production build, fresh SQLite database) ...");
  const databaseUrl = `file:${path.join(tempDirectory, "bench.db")}`;
  const signaal = await spawnServer({
    databaseUrl,
    timeoutMs: SERVER_START_TIMEOUT_MS,
    // The background jobs would compete with the load for the same two cores.
    env: { JOBS: "off" },
  });
  onCleanup("Signaal", () => stopSignaal(signaal));
  const origin = `http://127.0.0.1:${signaal.port}`; // loopback, without depending on how localhost resolves

  const cookie = await logInAsTeacher(origin);
  const authenticated = { Cookie: cookie };
  await expectOk(baseline.url);
  await expectOk(`${origin}/login`);
  await expectOk(`${origin}/docent`, authenticated);
  await expectOk(`${origin}${LESSON_PAGE}`, authenticated);
  log(`logged in as ${DEMO_ACCOUNTS.teacher}`);

  const bare = await measure("bare node:http", baseline.url, settings);
  const loginPage = await measure("GET /login", `${origin}/login`, settings);
  const teacherPage = await measure("GET /docent (teacher)", `${origin}/docent`, settings, authenticated);
  const lessonPage = await measure(`GET ${LESSON_PAGE} (teacher)`, `${origin}${LESSON_PAGE}`, settings, authenticated);

  const measurements = [
    ...compare("login_page", loginPage, bare),
    ...compare("authenticated_page", teacherPage, bare),
    // A lesson with a scenario against a plain authenticated route of the same build (goal: ratio >= 0.5).
    ...compare("lesson_page_vs_plain_route", lessonPage, teacherPage),
  ];
  for (const measurement of measurements) {
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
  }

  await measureProgress(settings, { origin, pid: signaal.process.pid }, databaseUrl, tempDirectory, { teacherPage, lessonPage });

  if (settings.only === null) await measureStatisticsReport(tempDirectory);
}

/** The full-year national report on generated data, on SQLite and PostgreSQL: p50 and p95 against the 200 ms goal. */
async function measureStatisticsReport(tempDirectory: string): Promise<void> {
  await measureStatistics({
    directory: tempDirectory,
    log,
    onCleanup,
    print: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
  });
}

/** Saved scenario choices per second, their p99, and whether every acknowledged one was stored exactly once. */
/**
 * CPU time a process has used so far (Linux only; null elsewhere). On a shared machine the
 * server's CPU per request says more than requests per second, which other work pulls down.
 */
function processCpuMs(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name in parentheses: user and system time in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

async function measureProgress(
  settings: Settings,
  { origin, pid }: { origin: string; pid: number | undefined },
  databaseUrl: string,
  tempDirectory: string,
  { teacherPage, lessonPage }: { teacherPage: LoadResult; lessonPage: LoadResult },
): Promise<void> {
  const learners = settings.connections;
  log(`progress: publishing the bench course and creating ${learners} learners per round ...`);
  const bench = await prepareProgressBench({ databaseUrl, directory: tempDirectory, origin, connections: learners });
  onCleanup("bench database client", () => bench.db.$disconnect());
  await checkOneChoice(bench);

  const label = `POST ${bench.actionPath} (scenario choices)`;
  log(`${label}: warming up ${WARMUP_SECONDS} s, then ${settings.durationSeconds} s with ${learners} learners, one connection each`);
  const warmup = await loadProgressEvents(bench, { connections: learners, durationSeconds: WARMUP_SECONDS });
  const cpuBefore = processCpuMs(pid);
  const load = await loadProgressEvents(bench, { connections: learners, durationSeconds: settings.durationSeconds });
  const cpuAfter = processCpuMs(pid);
  const { result } = load;
  const serverCpuMsPerEvent =
    cpuBefore !== null && cpuAfter !== null && result.completedRequests > 0 ? Math.round(((cpuAfter - cpuBefore) / result.completedRequests) * 100) / 100 : null;
  const eventsPerSecond = result.ok / result.elapsedSeconds;
  const statuses = Object.entries(result.statusCounts).map(([status, count]) => `${status}: ${count}`).join(", ");
  log(
    `${label}: ${eventsPerSecond.toFixed(1)} saved choices/s, p99 ${result.latencyP99Ms} ms (${statuses || "no responses"}), ` +
      `server CPU ${serverCpuMsPerEvent ?? "unknown"} ms per choice`,
  );
  const stored = await countStoredEvents(bench);
  log(
    `progress: ${stored.acknowledged} acknowledged, ${stored.stored} stored, ${stored.lost} lost, ${stored.duplicated} duplicated, ` +
      `${stored.unacknowledgedStored} stored without acknowledgement (in flight when the load stopped)`,
  );
  log(`progress: the same event id from 20 connections at once ...`);
  const burst = await burstSameEvent(bench);

  const measurements: Measurement[] = [
    {
      name: "progress_events_per_second",
      value: Math.round(eventsPerSecond * 10) / 10,
      unit: "events/s",
      baseline: PROGRESS_EVENTS_GOAL_PER_SECOND,
      ratio: ratio(eventsPerSecond, PROGRESS_EVENTS_GOAL_PER_SECOND),
      learners,
      // Against reading the teacher's start page in the same run: holds better than the absolute figure on a busy machine.
      vs_authenticated_page: ratio(eventsPerSecond, teacherPage.requestsPerSecond),
      // One core's ceiling is 1000 / this, whatever else the machine is doing.
      server_cpu_ms_per_event: serverCpuMsPerEvent,
    },
    // Saving a choice against reading the same lesson page (GET, same connections, same run).
    {
      name: "progress_events_p99",
      value: result.latencyP99Ms,
      unit: "ms",
      baseline: lessonPage.latencyP99Ms,
      ratio: ratio(result.latencyP99Ms, lessonPage.latencyP99Ms),
    },
    {
      name: "progress_events_acknowledged_vs_stored",
      value: stored.acknowledged - stored.lost,
      unit: "events",
      baseline: stored.acknowledged,
      ratio: ratio(stored.acknowledged - stored.lost, stored.acknowledged),
      stored: stored.stored,
      lost: stored.lost,
      duplicated: stored.duplicated,
      unacknowledged_stored: stored.unacknowledgedStored,
      mismatched_learners: stored.mismatchedLearners,
    },
    {
      name: "progress_same_event_burst",
      value: burst.storedRows,
      unit: "events",
      baseline: 1,
      ratio: ratio(burst.storedRows, 1),
      posted: burst.posted,
      statuses: burst.statusCounts,
      sequence: burst.sequence,
      choices_applied: burst.choicesApplied,
      xapi_statements: burst.xapiStatements,
    },
  ];
  for (const measurement of measurements) {
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
  }

  const invalid = [
    ...[warmup, load].flatMap(({ result: run, poolExhausted }, index) => [
      run.non2xx > 0 ? `${run.non2xx} refused choices in the ${index === 0 ? "warm-up" : "measurement"} (${JSON.stringify(run.statusCounts)})` : "",
      run.errors > 0 || run.timeouts > 0 ? `${run.errors} errors and ${run.timeouts} time-outs` : "",
      poolExhausted ? "the bench ran out of learners; raise LEARNERS_PER_CONNECTION" : "",
    ]),
    stored.lost > 0 ? `${stored.lost} acknowledged choices were not stored` : "",
    stored.duplicated > 0 ? `${stored.duplicated} choices were stored twice or unasked` : "",
    stored.mismatchedLearners > 0 ? `${stored.mismatchedLearners} learners' progress does not match their stored events` : "",
    burst.storedRows !== 1 || burst.sequence !== 1 || burst.choicesApplied !== 1 ? "the repeated event id was not applied exactly once" : "",
  ].filter(Boolean);
  if (invalid.length > 0) throw new Error(`progress: ${invalid.join("; ")}`);
}

let settings: Settings;
try {
  settings = readSettings();
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// Publishing, then four targets and the progress load, each warm-up plus measurement, after a start that may include a build; then the statistics.
const budgetMs =
  (settings.only === "statistics" ? 0 : 2 * SERVER_START_TIMEOUT_MS + 6 * (WARMUP_SECONDS + settings.durationSeconds + 30) * 1000) +
  (settings.only === "progress" ? 0 : STATISTICS_BUDGET_MS);
const watchdog = setTimeout(() => {
  log(`gave up after ${Math.round(budgetMs / 1000)} s`);
  void finish(1);
}, budgetMs);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal} received; stopping`);
    void finish(1);
  });
}

try {
  await main(settings);
  clearTimeout(watchdog);
  log("done");
  await finish(0);
} catch (error) {
  clearTimeout(watchdog);
  log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  await finish(1);
}
