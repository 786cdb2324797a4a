// Assignments, progress and jobs for the reminder and job-queue tests: an assignment of a
// published test course, an enrollment (started or completed) without walking the course, a
// group with members, and jobs in any state.
import type { Database } from "../../app/db/create-database.server";
import { type AssignmentOverrides, createAssignment as createPlainAssignment } from "./assignments";
import { createGroup as createSchoolGroup } from "./school";

export { createEnrollment, publishedCourseId as testCourseId } from "./assignments";

/** An assignment with a due date (17 March 2026) and weekly reminders, unless told otherwise. */
export function createAssignment(db: Database, schoolId: string, overrides: AssignmentOverrides = {}) {
  return createPlainAssignment(db, schoolId, {
    dueDate: new Date("2026-03-16T23:00:00.000Z"),
    remindDaysBefore: 7,
    overdueEveryDays: 7,
    ...overrides,
  });
}

/** A group of the school with these members. */
export function createGroup(db: Database, schoolId: string, memberIds: string[] = [], name?: string) {
  return createSchoolGroup(db, schoolId, { memberIds, name });
}

export async function createJob(
  db: Database,
  overrides: Partial<{ kind: string; payload: unknown; runAt: Date; uniqueKey: string | null; lockedAt: Date | null; lockedBy: string | null; attempts: number; doneAt: Date | null }> = {},
) {
  return db.job.create({
    data: {
      kind: overrides.kind ?? "test.job",
      payload: JSON.stringify(overrides.payload ?? {}),
      runAt: overrides.runAt ?? new Date(),
      uniqueKey: overrides.uniqueKey ?? null,
      lockedAt: overrides.lockedAt ?? null,
      lockedBy: overrides.lockedBy ?? null,
      attempts: overrides.attempts ?? 0,
      doneAt: overrides.doneAt ?? null,
    },
  });
}
