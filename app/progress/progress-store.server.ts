// Applies a learner's event to their course machine, on the server: restore the actor from
// the persisted snapshot, send the event, store the new snapshot and the event in one
// transaction. An event id is applied once; a stale or racing write is detected by the
// enrollment's sequence and retried or reported as a conflict. The event's xAPI statements
// are written in the same transaction.
import { type AnyStateMachine, createActor } from "xstate";
import type { Database } from "~/db/create-database.server";
import { type PublishedVersion, latestVersionId, loadVersion } from "~/content/published.server";
import { getEnv } from "~/env.server";
import { recordCompletion } from "./completion.server";
import { findEnrollmentBySlug } from "./learner-progress.server";
import { statementsFor } from "./xapi";
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
  return (error as { code?: string }).code === "P2002";
}

/** A first event enrols the learner in the version their page showed (or else the latest). */
async function findOrCreateEnrollment(db: Database, userId: string, courseSlug: string, shownVersionId: string | undefined) {
  const found = await findEnrollmentBySlug(db, courseSlug, (courseId) => db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } } }));
  if (!found) return null;
  if (found.enrollment) return found.enrollment;
  const course = { id: found.courseId };
  const shown = shownVersionId ? await loadVersion(shownVersionId) : null;
  const versionId = shown?.slug === courseSlug ? shown.id : await latestVersionId(courseSlug);
  const version = versionId ? await loadVersion(versionId) : null;
  if (!version) return null;
  const actor = restore(machineFor(version), null);
  const snapshot = JSON.stringify(actor.getPersistedSnapshot());
  actor.stop();
  try {
    return await db.enrollment.create({
      data: { userId, courseId: course.id, versionId: version.id, snapshot, machineVersion: MACHINE_SCHEMA_VERSION },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId: course.id } } });
  }
}

/** Whose an event id already is. Runs before every event, so one joined read rather than two ORM reads. */
async function findEarlierEvent(db: Database, eventId: string): Promise<{ enrollmentId: string; userId: string } | null> {
  const rows = await db.$queryRaw<{ enrollmentId: string; userId: string }[]>`
    SELECT p."enrollmentId", e."userId"
    FROM "ProgressEvent" p JOIN "Enrollment" e ON e."id" = p."enrollmentId"
    WHERE p."id" = ${eventId}`;
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
  const earlier = await db.progressEvent.findUnique({ where: { id: eventId }, select: { enrollment: { select: { userId: true } } } });
  if (!earlier) return null;
  return earlier.enrollment.userId === userId ? "applied" : "foreign";
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
  },
): Promise<ApplyResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const earlier = await findEarlierEvent(db, input.eventId);
    if (earlier) {
      if (earlier.userId !== input.userId) return { status: "rejected" };
      return { status: "replayed", ...(await currentState(db, earlier.enrollmentId)) };
    }

    const enrollment = await findOrCreateEnrollment(db, input.userId, input.courseSlug, input.versionId);
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
    const completesNow = completed && !enrollment.completedAt;
    const now = new Date();
    const sequence = enrollment.sequence + 1;
    try {
      await db.$transaction(async (tx) => {
        const moved = await tx.enrollment.updateMany({
          where: { id: enrollment.id, sequence: enrollment.sequence },
          data: {
            snapshot: persisted,
            sequence,
            machineVersion: MACHINE_SCHEMA_VERSION,
            completedAt: completesNow ? now : enrollment.completedAt,
          },
        });
        if (moved.count !== 1) throw new SequenceMoved();
        await tx.progressEvent.create({
          data: { id: input.eventId, enrollmentId: enrollment.id, sequence, type: input.event.type, payload: JSON.stringify(input.event) },
        });
        const statements = statementsFor({
          eventId: input.eventId,
          event: input.event,
          userId: input.userId,
          version,
          before,
          after: snapshot.context as ProgressContext,
          courseCompleted: completesNow,
          timestamp: now,
          platformUrl: getEnv().appUrl,
        });
        await tx.xapiStatement.createMany({ data: statements.map((row) => ({ ...row, progressEventId: input.eventId })) });
        if (completesNow) {
          await recordCompletion(tx, {
            userId: input.userId,
            enrollmentId: enrollment.id,
            version,
            context: snapshot.context as ProgressContext,
            completedAt: now,
          });
        }
      });
      return { status: "applied", sequence, context: snapshot.context as ProgressContext, completed };
    } catch (error) {
      // Someone else wrote first (another event, or this same one from a retried request).
      if (!(error instanceof SequenceMoved) && !isUniqueViolation(error)) throw error;
      if (input.expectedSequence !== undefined) {
        const replay = await db.progressEvent.findUnique({ where: { id: input.eventId } });
        if (!replay) return { status: "conflict" };
      }
    }
  }
  return { status: "conflict" };
}
