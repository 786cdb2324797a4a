import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { publishCourse } from "../../app/content/publish.server";
import { applyProgressEvent } from "../../app/progress/progress-store.server";
import { createMunicipality, createSchool, createUserWithRole } from "../factories";
import { lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

let folder: string;
let userId: string;

beforeEach(async () => {
  await resetDatabase();
  folder = writeCourse();
  const result = await publishCourse(db, folder);
  if (result.status === "invalid") throw new Error("fixture course has faults");
  userId = (await createUserWithRole(db, "teacher")).id;
});

const choose = (choice: string, step = "begin") => ({ type: "scenario.choose" as const, scenario: "verhitte-les", step, choice });

function apply(event: Parameters<typeof applyProgressEvent>[1]["event"], eventId = randomUUID(), expectedSequence?: number) {
  return applyProgressEvent(db, { userId, courseSlug: "test-cursus", eventId, event, expectedSequence });
}

describe("applying progress events on the server", () => {
  it("enrols on first use, applies events in order and stores snapshot and event together", async () => {
    const first = await apply(choose("k1"));
    expect(first).toMatchObject({ status: "applied", sequence: 1, completed: false });
    const second = await apply(choose("k1", "gesprek"));
    expect(second).toMatchObject({ status: "applied", sequence: 2 });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId }, include: { events: { orderBy: { sequence: "asc" } } } });
    expect(enrollment.sequence).toBe(2);
    expect(enrollment.events.map((event) => [event.sequence, event.type])).toEqual([
      [1, "scenario.choose"],
      [2, "scenario.choose"],
    ]);
  });

  it("applies a repeated event id once and answers it the same way", async () => {
    const eventId = randomUUID();
    const first = await apply(choose("k1"), eventId);
    const again = await apply(choose("k1"), eventId);
    expect(first.status).toBe("applied");
    expect(again).toEqual({ ...first, status: "replayed" });
    expect(await db.progressEvent.count()).toBe(1);
  });

  it("leaves one effect when twenty copies of an event arrive at once", async () => {
    const eventId = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => apply(choose("k1"), eventId)));
    expect(results.filter((result) => result.status === "applied")).toHaveLength(1);
    expect(results.every((result) => result.status === "applied" || result.status === "replayed")).toBe(true);
    expect(await db.progressEvent.count()).toBe(1);
    expect((await db.enrollment.findFirstOrThrow({ where: { userId } })).sequence).toBe(1);
  });

  it("answers a stale event with a conflict and changes nothing", async () => {
    await apply(choose("k1"));
    expect(await apply(choose("k1", "gesprek"), randomUUID(), 0)).toEqual({ status: "conflict" });
    expect((await db.enrollment.findFirstOrThrow({ where: { userId } })).sequence).toBe(1);
  });

  it("rejects an event the course does not allow, and stores nothing", async () => {
    expect(await apply(choose("k9"))).toEqual({ status: "rejected" });
    expect(await apply({ type: "lesson.complete", lesson: "02-quiz" })).toEqual({ status: "rejected" });
    expect(await db.progressEvent.count()).toBe(0);
  });

  it("keeps a learner on the version they started when a new one is published", async () => {
    await apply(choose("k1"));
    const started = (await db.enrollment.findFirstOrThrow({ where: { userId } })).versionId;
    fs.writeFileSync(path.join(folder, "03-extra.mdx"), lesson("Nieuwe les.", "Extra"));
    const second = await publishCourse(db, folder);
    expect(second.status).toBe("published");
    expect(await apply(choose("k1", "gesprek"))).toMatchObject({ status: "applied" });
    expect((await db.enrollment.findFirstOrThrow({ where: { userId } })).versionId).toBe(started);
  });

  async function completeCourse(finalEventId = randomUUID()) {
    await apply(choose("k1"));
    await apply(choose("k1", "gesprek"));
    await apply({ type: "lesson.complete", lesson: "01-scenario" });
    await apply({ type: "quiz.submit", quiz: "toets", answers: { "een-signaal": ["o2"] } });
    return apply({ type: "lesson.complete", lesson: "02-quiz" }, finalEventId);
  }

  it("completes the course and writes one completion record with the school's facts", async () => {
    const municipality = await createMunicipality(db, { prioritised: true });
    const school = await createSchool(db, { sector: "MBO", municipalityId: municipality.id });
    userId = (await createUserWithRole(db, "teacher", { schoolId: school.id })).id;
    const finalEventId = randomUUID();
    expect(await completeCourse(finalEventId)).toMatchObject({ status: "applied", completed: true });
    expect(await apply({ type: "lesson.complete", lesson: "02-quiz" }, finalEventId)).toMatchObject({ status: "replayed" });

    const records = await db.completionRecord.findMany();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      userId,
      courseSlug: "test-cursus",
      versionNumber: 1,
      schoolId: school.id,
      sector: "MBO",
      municipalityId: municipality.id,
      prioritised: true,
    });
    expect(records[0]!.verificationCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(JSON.parse(records[0]!.scores)).toMatchObject({ scenarios: { "verhitte-les": { signaleren: 4, duiden: 4, handelen: 4 } } });
    expect((await db.enrollment.findFirstOrThrow({ where: { userId } })).completedAt).not.toBeNull();
  });

  it("keeps the completion as an anonymous record when the account is erased", async () => {
    await completeCourse();
    await db.user.delete({ where: { id: userId } });
    const [record] = await db.completionRecord.findMany();
    expect(record).toMatchObject({ userId: null, enrollmentId: null, courseSlug: "test-cursus" });
    expect(await db.enrollment.count()).toBe(0);
  });

  it("refuses an event id that belongs to someone else", async () => {
    const eventId = randomUUID();
    await apply(choose("k1"), eventId);
    const other = (await createUserWithRole(db, "teacher")).id;
    expect(await applyProgressEvent(db, { userId: other, courseSlug: "test-cursus", eventId, event: choose("k1") })).toEqual({
      status: "rejected",
    });
  });
});
