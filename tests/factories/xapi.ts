// Stored xAPI statements with the rows they hang from (a user's enrollment and one progress
// event), for tests of the administrator's download.
import { randomUUID } from "node:crypto";
import type { Database } from "../../app/db/create-database.server";
import { createUser } from "./index";

/** A learner's progress event in a course that need not exist: statements only need a parent. */
export async function createProgressEvent(db: Database, overrides: { userId?: string } = {}) {
  const userId = overrides.userId ?? (await createUser(db)).id;
  const enrollment = await db.enrollment.create({
    data: { userId, courseId: `course-${randomUUID()}`, versionId: `version-${randomUUID()}`, snapshot: "{}", machineVersion: 1 },
  });
  return db.progressEvent.create({
    data: { id: randomUUID(), enrollmentId: enrollment.id, sequence: 1, type: "lesson.complete", payload: '{"type":"lesson.complete","lesson":"01-les"}' },
  });
}

/** One "experienced" statement at a moment, under a new progress event unless one is given. */
export async function createXapiStatement(db: Database, input: { timestamp: Date; progressEventId?: string; id?: string }) {
  const progressEventId = input.progressEventId ?? (await createProgressEvent(db)).id;
  const id = input.id ?? randomUUID();
  const statement = {
    id,
    actor: { objectType: "Agent", account: { homePage: "http://localhost:3000", name: "learner" } },
    verb: { id: "http://adlnet.gov/expapi/verbs/experienced", display: { "nl-NL": "heeft doorgenomen", "en-US": "experienced" } },
    object: {
      objectType: "Activity",
      id: "http://localhost:3000/xapi/activities/courses/test-cursus/lessons/01-les",
      definition: { name: { "nl-NL": "Een les" }, type: "http://adlnet.gov/expapi/activities/lesson" },
    },
    timestamp: input.timestamp.toISOString(),
  };
  return db.xapiStatement.create({
    data: { id, progressEventId, verb: statement.verb.id, statement: JSON.stringify(statement), timestamp: input.timestamp },
  });
}
