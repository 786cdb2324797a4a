// Progress events for `npm run bench`: many learners each walking scenarios choice by choice,
// posted the way the lesson page's scenario block posts them, then the database counted against what was acknowledged.
//
// The bench course has one lesson with SCENARIOS scenarios of STEPS steps; every step offers
// two choices that both lead on, so a learner always has a valid next choice. Short scenarios
// (rather than one long chain) keep the reply the size of a real one: a reply lists every
// choice taken so far in its scenario.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generateIdFromEntropySize } from "lucia";
import { createSessionAdapter } from "../../app/auth/session-adapter.server";
import type { CourseManifest } from "../../app/content/manifest";
import { publishCourse } from "../../app/content/publish.server";
import { lessonApiPath } from "../../app/learning/lesson-api-path";
import { type Database, createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { createSchool, createUser } from "../../tests/factories";
import { VALID_METADATA, lesson } from "../../tests/factories/course";
import { type ConnectionContext, type LoadResult, type ScriptedRequest, runLoadTest } from "./bench-autocannon";

const COURSE_SLUG = "bench-voortgang";
const SCENARIOS = 20;
const STEPS = 10;
/** Learners per connection: a learner who finished every scenario, or whose last request went unanswered, is replaced by a fresh one. */
const LEARNERS_PER_CONNECTION = 4;
const BURST_CONNECTIONS = 20;
/** lucia extends a session (a write) once less than half of its 12 hours is left; a fresh one is never extended during the bench. */
const SESSION_VALID_FOR_MS = 12 * 60 * 60 * 1000;
const SESSION_COOKIE_NAME = "signaal_session";
/** After the load stops, requests still in flight may yet be stored; wait until the count holds still. */
const SETTLE_POLL_MS = 250;
const SETTLE_TIMEOUT_MS = 15_000;

export interface ProgressBench {
  db: Database;
  origin: string;
  /** Where the lesson page's blocks post a choice with JavaScript on: the lesson API. */
  actionPath: string;
  versionId: string;
  /** Every choice a learner makes, in order: the scenario, the step and the choices it offers. */
  walk: { scenario: string; step: string; choices: string[] }[];
  learners: Learner[];
  burstLearner: Learner;
  /** Event ids the bench has sent, and those answered with 2xx. */
  sent: Set<string>;
  acknowledged: Set<string>;
}

interface Learner {
  userId: string;
  cookie: string;
  /** Index into `walk` of the next choice. */
  position: number;
  /** The event id of a request still waiting for its answer. */
  pending: string | null;
  busy: boolean;
  /** Out of use: finished, or its position is uncertain (an unanswered or refused request). */
  retired: boolean;
}

export interface ProgressLoad {
  result: LoadResult;
  /** Learners that got a refusal and were replaced; each refusal is also in result.statusCounts. */
  refusedLearners: number;
  poolExhausted: boolean;
}

export interface StoredCount {
  acknowledged: number;
  stored: number;
  /** Acknowledged but not in the database. */
  lost: number;
  /** Stored more than once, or stored under an id the bench never sent. */
  duplicated: number;
  /** Stored but never acknowledged: sent while the load stopped, answered after autocannon hung up. */
  unacknowledgedStored: number;
  /** Learners whose enrollment sequence or walked path does not match their stored events. */
  mismatchedLearners: number;
}

export interface BurstOutcome {
  posted: number;
  statusCounts: Record<string, number>;
  storedRows: number;
  sequence: number;
  choicesApplied: number;
  xapiStatements: number;
}

function scenarioSource(index: number): string {
  const steps = Array.from({ length: STEPS }, (_, step) => {
    const next = step + 1 < STEPS ? `stap-${step + 2}` : "einde";
    return `<Stap id="stap-${step + 1}">
Situatie ${step + 1} van scenario ${index}: een leerling zegt iets dat je raakt.

<Keuze volgende="${next}" signaleren="1" duiden="1" handelen="1">
Je vraagt door.

<Feedback>Zo blijf je in gesprek.</Feedback>
</Keuze>

<Keuze volgende="${next}" signaleren="0" duiden="0" handelen="-1" reactie="onder">
Je laat het erbij.

<Feedback>Je mist een kans.</Feedback>
</Keuze>
</Stap>`;
  });
  return `<Scenario id="keten-${index}" titel="Keten ${index}" omgeving="klas" sector="VO">
${steps.join("\n\n")}

<Einde id="einde" uitkomst="goed">
Het gesprek is rond.
</Einde>
</Scenario>`;
}

function writeBenchCourse(directory: string): string {
  const folder = path.join(directory, COURSE_SLUG);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "cursus.yml"), VALID_METADATA);
  const scenarios = Array.from({ length: SCENARIOS }, (_, index) => scenarioSource(index + 1)).join("\n\n");
  fs.writeFileSync(path.join(folder, "01-keuzes.mdx"), lesson(`# Keuzes\n\nVeel korte scenario's achter elkaar.\n\n${scenarios}`, "Keuzes"));
  return folder;
}

async function createLearner(db: Database, schoolId: string, number: number): Promise<Learner> {
  // No password: the bench signs learners in by giving each a session, as login would.
  const user = await createUser(db, { name: `Bench-docent ${number}`, password: null, schools: [{ schoolId, role: "TEACHER" }] });
  const sessionId = generateIdFromEntropySize(25);
  await createSessionAdapter(db).setSession({
    id: sessionId,
    userId: user.id,
    expiresAt: new Date(Date.now() + SESSION_VALID_FOR_MS),
    attributes: { createdAt: new Date() },
  });
  return { userId: user.id, cookie: `${SESSION_COOKIE_NAME}=${sessionId}`, position: 0, pending: null, busy: false, retired: false };
}

/** Publishes the bench course into Signaal's database and creates the learners with their sessions. */
export async function prepareProgressBench(options: {
  databaseUrl: string;
  directory: string;
  origin: string;
  connections: number;
}): Promise<ProgressBench> {
  const db = createDatabase(readDatabaseConfig(options.databaseUrl));
  const published = await publishCourse(db, writeBenchCourse(options.directory));
  if (published.status === "invalid") {
    throw new Error(`the bench course did not publish: ${published.faults.map((fault) => fault.message).join("; ")}`);
  }
  const version = await db.courseVersion.findUniqueOrThrow({ where: { id: published.versionId }, select: { manifest: true } });
  const manifest = JSON.parse(version.manifest) as CourseManifest;
  const lessonOutline = manifest.lessons[0]!;
  const walk: ProgressBench["walk"] = [];
  for (const block of lessonOutline.blocks) {
    if (block.kind !== "scenario") continue;
    const scenario = manifest.scenarios[block.id]!;
    // Both choices of a step lead to the same next step, so the first one's is the way on.
    for (let step = scenario.steps[scenario.start]; step; step = scenario.steps[step.choices[0]?.next ?? ""]) {
      walk.push({ scenario: block.id, step: step.id, choices: step.choices.map((choice) => choice.id) });
    }
  }
  if (walk.length !== SCENARIOS * STEPS) throw new Error(`the bench course offers ${walk.length} choices, expected ${SCENARIOS * STEPS}`);

  const school = await createSchool(db, { name: "Bench College" });
  const learners: Learner[] = [];
  for (let number = 1; number <= options.connections * LEARNERS_PER_CONNECTION; number++) {
    learners.push(await createLearner(db, school.id, number));
  }
  return {
    db,
    origin: options.origin,
    actionPath: lessonApiPath(COURSE_SLUG, lessonOutline.slug),
    versionId: published.versionId,
    walk,
    learners,
    burstLearner: await createLearner(db, school.id, learners.length + 1),
    sent: new Set(),
    acknowledged: new Set(),
  };
}

/** The form the lesson page's scenario block sends for a saved choice. */
function choiceForm(bench: ProgressBench, choice: ProgressBench["walk"][number], choiceId: string, eventId: string): string {
  return new URLSearchParams({
    intent: "scenario",
    scenario: choice.scenario,
    versie: bench.versionId,
    stap: choice.step,
    keuze: choiceId,
    gebeurtenis: eventId,
  }).toString();
}

function postHeaders(bench: ProgressBench, cookie: string): Record<string, string> {
  // The lesson page's blocks post their forms urlencoded to the lesson API.
  return { Cookie: cookie, Origin: bench.origin, "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" };
}

/** One request before the load, so a wrong request fails fast with a clear message (and it is a counted event like the others). */
export async function checkOneChoice(bench: ProgressBench): Promise<void> {
  const learner = bench.learners.find((candidate) => !candidate.retired)!;
  const choice = bench.walk[learner.position]!;
  const eventId = randomUUID();
  bench.sent.add(eventId);
  const response = await fetch(`${bench.origin}${bench.actionPath}`, {
    method: "POST",
    headers: postHeaders(bench, learner.cookie),
    body: choiceForm(bench, choice, choice.choices[0]!, eventId),
    redirect: "manual",
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`POST ${bench.actionPath} answered ${response.status} instead of 200: ${body.slice(0, 300)}`);
  }
  bench.acknowledged.add(eventId);
  learner.position++;
}

function claimLearner(bench: ProgressBench): Learner | null {
  const learner = bench.learners.find((candidate) => !candidate.busy && !candidate.retired && candidate.position < bench.walk.length);
  if (learner) learner.busy = true;
  return learner ?? null;
}

/**
 * Each connection is one learner at a time: it posts that learner's next choice with a fresh
 * event id and moves the learner on only after a 2xx answer.
 */
export async function loadProgressEvents(
  bench: ProgressBench,
  options: { connections: number; durationSeconds: number },
): Promise<ProgressLoad> {
  let refusedLearners = 0;
  let poolExhausted = false;
  const learnerOf = (context: ConnectionContext): Learner | null => {
    let learner = context.learner as Learner | undefined;
    if (!learner || learner.retired || learner.position >= bench.walk.length) {
      if (learner) learner.busy = false;
      const next = claimLearner(bench);
      if (!next) {
        // Keep the connection on its learner; its refusals make the run invalid, with the reason.
        poolExhausted = true;
        return learner ?? null;
      }
      learner = next;
      context.learner = learner;
    }
    return learner;
  };

  const request: ScriptedRequest = {
    method: "POST",
    path: bench.actionPath,
    setupRequest: (base, context) => {
      const learner = learnerOf(context);
      if (!learner) throw new Error("no bench learner is left to claim");
      const choice = bench.walk[Math.min(learner.position, bench.walk.length - 1)]!;
      const eventId = randomUUID();
      bench.sent.add(eventId);
      learner.pending = eventId;
      const choiceId = choice.choices[Math.floor(Math.random() * choice.choices.length)]!;
      return { ...base, headers: { ...base.headers, ...postHeaders(bench, learner.cookie) }, body: choiceForm(bench, choice, choiceId, eventId) };
    },
    onResponse: (status, _body, context) => {
      const learner = context.learner as Learner | undefined;
      if (!learner?.pending) return;
      if (status >= 200 && status < 300) {
        bench.acknowledged.add(learner.pending);
        learner.position++;
      } else {
        // The learner's position is no longer certain; a fresh learner takes over the connection.
        learner.retired = true;
        refusedLearners++;
      }
      learner.pending = null;
    },
  };
  // autocannon clears a connection's context after the last entry of `requests`: one entry per
  // choice of a learner, so a learner is handed over only when finished (or refused).
  const requests = Array.from({ length: bench.walk.length }, () => request);
  const result = await runLoadTest({
    url: `${bench.origin}${bench.actionPath}`,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests,
  });
  for (const learner of bench.learners) {
    // A request cut off when the load stopped may or may not have been stored.
    if (learner.pending) learner.retired = true;
    learner.pending = null;
    learner.busy = false;
  }
  return { result, refusedLearners, poolExhausted };
}

async function storedEventIds(bench: ProgressBench, userIds: string[]): Promise<string[]> {
  const rows = await bench.db.progressEvent.findMany({ where: { enrollment: { userId: { in: userIds } } }, select: { id: true } });
  return rows.map((row) => row.id);
}

function choicesIn(snapshot: string): number {
  const scenarios = (JSON.parse(snapshot) as { context?: { scenarios?: Record<string, { path?: unknown[] }> } }).context?.scenarios ?? {};
  return Object.values(scenarios).reduce((sum, scenario) => sum + (scenario.path?.length ?? 0), 0);
}

/** Counts what the database holds for the bench learners against what the bench saw acknowledged. */
export async function countStoredEvents(bench: ProgressBench): Promise<StoredCount> {
  const userIds = bench.learners.map((learner) => learner.userId);
  // Requests in flight when the load stopped finish on the server after autocannon hung up.
  let ids = await storedEventIds(bench, userIds);
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const again = await storedEventIds(bench, userIds);
    const settled = again.length === ids.length;
    ids = again;
    if (settled || Date.now() > deadline) break;
  }
  const stored = new Set(ids);
  const enrollments = await bench.db.enrollment.findMany({
    where: { userId: { in: userIds } },
    select: { sequence: true, snapshot: true, _count: { select: { events: true } } },
  });
  let lost = 0;
  for (const id of bench.acknowledged) if (!stored.has(id)) lost++;
  let unknown = 0;
  let unacknowledgedStored = 0;
  for (const id of stored) {
    if (!bench.sent.has(id)) unknown++;
    else if (!bench.acknowledged.has(id)) unacknowledgedStored++;
  }
  return {
    acknowledged: bench.acknowledged.size,
    stored: ids.length,
    lost,
    duplicated: ids.length - stored.size + unknown,
    unacknowledgedStored,
    mismatchedLearners: enrollments.filter((row) => row.sequence !== row._count.events || choicesIn(row.snapshot) !== row._count.events).length,
  };
}

/** The same event posted by BURST_CONNECTIONS connections at once, for a learner not yet enrolled. */
export async function burstSameEvent(bench: ProgressBench): Promise<BurstOutcome> {
  const learner = bench.burstLearner;
  const choice = bench.walk[0]!;
  const eventId = randomUUID();
  const result = await runLoadTest({
    url: `${bench.origin}${bench.actionPath}`,
    method: "POST",
    headers: postHeaders(bench, learner.cookie),
    body: choiceForm(bench, choice, choice.choices[0]!, eventId),
    connections: BURST_CONNECTIONS,
    amount: BURST_CONNECTIONS,
  });
  const storedRows = await bench.db.progressEvent.count({ where: { id: eventId } });
  const enrollment = await bench.db.enrollment.findFirst({ where: { userId: learner.userId }, select: { sequence: true, snapshot: true } });
  return {
    posted: result.completedRequests,
    statusCounts: result.statusCounts,
    storedRows,
    sequence: enrollment?.sequence ?? 0,
    choicesApplied: enrollment ? choicesIn(enrollment.snapshot) : 0,
    xapiStatements: await bench.db.xapiStatement.count({ where: { progressEventId: eventId } }),
  };
}
