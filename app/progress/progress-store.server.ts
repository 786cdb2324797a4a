// Applies a learner's event to their course machine, on the server: restore the actor from
// the persisted snapshot, send the event, store the new snapshot and the event in one
// transaction. An event id is applied once; a stale or racing write is detected by the
// enrollment's sequence and retried or reported as a conflict. The event's xAPI statements
// are written in the same transaction.
import type BetterSqlite3 from "better-sqlite3";
import { type AnyStateMachine, createActor } from "xstate";
import { type Database, sqliteConnection } from "~/db/create-database.server";
import { selectRows, sqliteDateTime, statement } from "~/db/direct-sql.server";
import { type PublishedVersion, latestVersionId, loadVersion } from "~/content/published.server";
import { getEnv } from "~/env.server";
import { recordCompletion } from "./completion.server";
import { type EnrollmentRow, findEnrollment, findEnrollmentBySlug } from "./learner-progress.server";
import { type XapiStatementRow, statementsFor } from "./xapi";
import { MACHINE_SCHEMA_VERSION, type ProgressContext, type ProgressEvent, buildCourseMachine } from "./course-machine";

export type ApplyResult =
  | { status: "applied" | "replayed"; sequence: number; context: ProgressContext; completed: boolean }
  | { status: "rejected" | "conflict" | "unknown-course" };

const MAX_ATTEMPTS = 5;
const machines = new Map<string, AnyStateMachine>();

function machineFor(version: PublishedVersion): AnyStateMachine {
  let machine = machines.get(version.id);
  if (!machine) {
    machine = buildCourseMachine({ versionId: version.id, metadata: version.metadata, manifest: version.manifest });
    machines.set(version.id, machine);
  }
  return machine;
}

function restore(machine: AnyStateMachine, snapshot: string | null) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const actor = createActor(machine, snapshot ? { snapshot: JSON.parse(snapshot) as any } : undefined);
  return actor.start();
}

class SequenceMoved extends Error {}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "P2002" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** A first event enrols the learner in the version their page showed (or else the latest). */
async function findOrCreateEnrollment(db: Database, userId: string, courseSlug: string, shownVersionId: string | undefined) {
  const found = await findEnrollmentBySlug(db, courseSlug, (courseId) => findEnrollment(db, userId, courseId));
  if (!found) return null;
  if (found.enrollment) return found.enrollment;
  const course = await db.course.findUnique({ where: { id: found.courseId }, select: { id: true, withdrawnAt: true } });
  // A course withdrawn from new enrolments takes no one new; who started goes on.
  if (!course || course.withdrawnAt) return null;
  const shown = shownVersionId ? await loadVersion(shownVersionId) : null;
  const versionId = shown?.slug === courseSlug ? shown.id : await latestVersionId(courseSlug);
  const version = versionId ? await loadVersion(versionId) : null;
  if (!version) return null;
  const actor = restore(machineFor(version), null);
  const snapshot = JSON.stringify(actor.getPersistedSnapshot());
  actor.stop();
  try {
    await db.enrollment.create({
      data: { userId, courseId: course.id, versionId: version.id, snapshot, machineVersion: MACHINE_SCHEMA_VERSION },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return findEnrollment(db, userId, course.id);
}

const EARLIER_EVENT_SQL = `
  SELECT p."enrollmentId", e."userId"
  FROM "ProgressEvent" p JOIN "Enrollment" e ON e."id" = p."enrollmentId"
  WHERE p."id" = ?`;

/** Whose an event id already is. Runs before every event, so one joined read, written by hand. */
async function findEarlierEvent(db: Database, eventId: string): Promise<{ enrollmentId: string; userId: string } | null> {
  const rows = await selectRows<{ enrollmentId: string; userId: string }>(db, EARLIER_EVENT_SQL, [eventId]);
  return rows[0] ?? null;
}

async function currentState(db: Database, enrollmentId: string) {
  const enrollment = await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } });
  const version = (await loadVersion(enrollment.versionId))!;
  const actor = restore(machineFor(version), enrollment.snapshot);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { sequence: enrollment.sequence, context: snapshot.context as ProgressContext, completed: snapshot.status === "done" };
}

/** Whether this learner's event id was applied before ("foreign" when another learner used it). */
export async function earlierEvent(db: Database, userId: string, eventId: string): Promise<"applied" | "foreign" | null> {
  const earlier = await findEarlierEvent(db, eventId);
  if (!earlier) return null;
  return earlier.userId === userId ? "applied" : "foreign";
}

export async function applyProgressEvent(
  db: Database,
  input: {
    userId: string;
    courseSlug: string;
    eventId: string;
    event: ProgressEvent;
    expectedSequence?: number;
    /** The version the learner's page showed; used only when this event enrols them. */
    versionId?: string;
    /**
     * What the caller read just before: the learner's enrollment, and that the event id was
     * not applied yet. Saves the first attempt two reads; later attempts read afresh.
     */
    known?: { enrollment: EnrollmentRow; eventIsNew: true };
  },
): Promise<ApplyResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const known = attempt === 1 ? input.known : undefined;
    if (!known) {
      const earlier = await findEarlierEvent(db, input.eventId);
      if (earlier) {
        if (earlier.userId !== input.userId) return { status: "rejected" };
        return { status: "replayed", ...(await currentState(db, earlier.enrollmentId)) };
      }
    }

    const enrollment = known?.enrollment ?? (await findOrCreateEnrollment(db, input.userId, input.courseSlug, input.versionId));
    if (!enrollment) return { status: "unknown-course" };
    if (input.expectedSequence !== undefined && input.expectedSequence !== enrollment.sequence) return { status: "conflict" };

    const version = (await loadVersion(enrollment.versionId))!;
    const actor = restore(machineFor(version), enrollment.snapshot);
    const before = actor.getSnapshot().context as ProgressContext;
    actor.send(input.event);
    const snapshot = actor.getSnapshot();
    const persisted = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
    if (persisted === enrollment.snapshot) {
      // Not applicable now; perhaps because this very event was applied in the meantime.
      const meanwhile = await findEarlierEvent(db, input.eventId);
      if (meanwhile?.userId === input.userId) return { status: "replayed", ...(await currentState(db, meanwhile.enrollmentId)) };
      return { status: "rejected" };
    }

    const completed = snapshot.status === "done";
    const after = snapshot.context as ProgressContext;
    const now = new Date();
    const write: EventWrite = {
      enrollment,
      sequence: enrollment.sequence + 1,
      snapshot: persisted,
      completesNow: completed && !enrollment.completedAt,
      now,
      event: { id: input.eventId, type: input.event.type, payload: JSON.stringify(input.event) },
      statements: [],
    };
    write.statements = statementsFor({
      eventId: input.eventId,
      event: input.event,
      userId: input.userId,
      version,
      before,
      after,
      courseCompleted: write.completesNow,
      timestamp: now,
      platformUrl: getEnv().appUrl,
    });
    try {
      const sqlite = write.completesNow ? null : await sqliteConnection(db);
      if (sqlite) await sqlite.run((client) => storeEventDirectly(client, write));
      else await storeEventWithPrisma(db, write, { userId: input.userId, version, context: after });
      return { status: "applied", sequence: write.sequence, context: after, completed };
    } catch (error) {
      // Someone else wrote first (another event, or this same one from a retried request).
      if (!(error instanceof SequenceMoved) && !isUniqueViolation(error)) throw error;
      if (input.expectedSequence !== undefined) {
        const replay = await findEarlierEvent(db, input.eventId);
        if (!replay) return { status: "conflict" };
      }
    }
  }
  return { status: "conflict" };
}

interface EventWrite {
  enrollment: EnrollmentRow;
  sequence: number;
  snapshot: string;
  completesNow: boolean;
  now: Date;
  event: { id: string; type: string; payload: string };
  statements: XapiStatementRow[];
}

/** The event, the enrollment's new snapshot and the xAPI statements, in one transaction, only if no one else wrote first. */
async function storeEventWithPrisma(db: Database, write: EventWrite, completion: { userId: string; version: PublishedVersion; context: ProgressContext }) {
  await db.$transaction(async (tx) => {
    const moved = await tx.enrollment.updateMany({
      where: { id: write.enrollment.id, sequence: write.enrollment.sequence },
      data: {
        snapshot: write.snapshot,
        sequence: write.sequence,
        machineVersion: MACHINE_SCHEMA_VERSION,
        completedAt: write.completesNow ? write.now : write.enrollment.completedAt,
      },
    });
    if (moved.count !== 1) throw new SequenceMoved();
    await tx.progressEvent.create({ data: { ...write.event, enrollmentId: write.enrollment.id, sequence: write.sequence } });
    await tx.xapiStatement.createMany({ data: write.statements.map((row) => ({ ...row, progressEventId: write.event.id })) });
    if (write.completesNow) {
      await recordCompletion(tx, { ...completion, enrollmentId: write.enrollment.id, completedAt: write.now });
    }
  });
}

// The same writes as storeEventWithPrisma (less the completion, which goes through Prisma),
// as SQL on SQLite's connection: a saved choice is the platform's most frequent write, and
// Prisma's per-query work was most of its cost (docs/decisions/008).
const UPDATE_ENROLLMENT_SQL = `
  UPDATE "Enrollment" SET "snapshot" = ?, "sequence" = ?, "machineVersion" = ?, "updatedAt" = ?
  WHERE "id" = ? AND "sequence" = ?`;
const INSERT_EVENT_SQL = `
  INSERT INTO "ProgressEvent" ("id", "enrollmentId", "sequence", "type", "payload", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`;
const INSERT_STATEMENT_SQL = `
  INSERT INTO "XapiStatement" ("id", "progressEventId", "verb", "statement", "timestamp", "storedAt") VALUES (?, ?, ?, ?, ?, ?)`;

function storeEventDirectly(client: BetterSqlite3.Database, write: EventWrite): void {
  const now = sqliteDateTime(write.now);
  client.transaction(() => {
    const moved = statement(client, UPDATE_ENROLLMENT_SQL).run(write.snapshot, write.sequence, MACHINE_SCHEMA_VERSION, now, write.enrollment.id, write.enrollment.sequence);
    if (moved.changes !== 1) throw new SequenceMoved();
    statement(client, INSERT_EVENT_SQL).run(write.event.id, write.enrollment.id, write.sequence, write.event.type, write.event.payload, now);
    const insertStatement = statement(client, INSERT_STATEMENT_SQL);
    for (const row of write.statements) insertStatement.run(row.id, write.event.id, row.verb, row.statement, sqliteDateTime(row.timestamp), now);
  })();
}
