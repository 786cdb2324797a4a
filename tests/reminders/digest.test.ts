// The weekly digest and the recurring schedule that queues it: counts per course and the names
// of overdue teachers, once per coordinator and week, only for schools with assignments.
import { beforeEach, describe, expect, it } from "vitest";
import { jobHandlers } from "../../app/jobs/handlers.server";
import { hourlySchedule, queueRecurringJobs } from "../../app/jobs/recurring.server";
import { createJobRunner } from "../../app/jobs/runner.server";
import { sendWeeklyDigest } from "../../app/reminders/digest.server";
import { createSchool, createUser } from "../factories";
import { createAssignment, createEnrollment, testCourseId } from "../factories/reminders";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

const MONDAY_MORNING = new Date("2026-03-09T06:30:00.000Z"); // 07:30 in Amsterdam, week 11
const TUESDAY = new Date("2026-03-10T06:30:00.000Z");

async function schoolWithProgress() {
  const school = await createSchool(db, { name: "Het Baken" });
  const coordinator = await createUser(db, { name: "Coördinator Cor", schools: [{ schoolId: school.id, role: "COORDINATOR" }] });
  const teacher = (name: string) => createUser(db, { name, schools: [{ schoolId: school.id, role: "TEACHER" }] });
  const [anna, bram, chris, dewi] = [await teacher("Anna Achter"), await teacher("Bram Bakker"), await teacher("Chris Claes"), await teacher("Dewi Dekker")];
  const upcoming = await testCourseId(db, "signalen");
  const passed = await testCourseId(db, "handelen", "Goed handelen");
  // Everyone has "signalen", due later; Chris and Dewi also "handelen", due last week.
  await createAssignment(db, school.id, { courseId: upcoming, dueDate: new Date("2026-04-01T22:00:00.000Z") });
  await createAssignment(db, school.id, { courseId: passed, dueDate: new Date("2026-03-02T23:00:00.000Z"), teacherIds: [chris!.id, dewi!.id] });
  await createEnrollment(db, anna!.id, upcoming, { completedAt: new Date("2026-03-05T10:00:00.000Z") });
  await createEnrollment(db, bram!.id, upcoming);
  await createEnrollment(db, dewi!.id, passed);
  return { school, coordinator };
}

describe("the weekly digest", () => {
  it("gives the coordinator the counts per course and who is overdue, once per week", async () => {
    const { coordinator } = await schoolWithProgress();
    expect(await sendWeeklyDigest(db, coordinator.id, "2026-W11", MONDAY_MORNING)).toBe("sent");
    expect(await sendWeeklyDigest(db, coordinator.id, "2026-W11", MONDAY_MORNING)).toBe("duplicate");

    const [mail, ...others] = await db.outboxMessage.findMany({ where: { recipient: coordinator.email } });
    expect(others).toHaveLength(0);
    expect(mail!.subject).toBe("Signaal: weekoverzicht van de toegewezen cursussen (week 11)");
    expect(mail!.dedupeKey).toBe(`digest:${coordinator.id}:2026-W11`);
    expect(mail!.text).toContain("Beste Coördinator Cor");
    expect(mail!.text).toContain("Het Baken");
    expect(mail!.text).toContain("- Signalen in de klas: 2 niet begonnen, 1 bezig, 1 afgerond, 0 te laat");
    expect(mail!.text).toContain("- Goed handelen: 0 niet begonnen, 0 bezig, 0 afgerond, 2 te laat\n  Te laat: Chris Claes en Dewi Dekker\n- Signalen in de klas: 2 niet begonnen, 1 bezig, 1 afgerond, 0 te laat");
    expect(mail!.text).toContain("http://localhost:3000/coordinator\n");
  });

  it("sends nothing to a coordinator whose school has no assignments, or only withdrawn ones", async () => {
    const school = await createSchool(db);
    const coordinator = await createUser(db, { schools: [{ schoolId: school.id, role: "COORDINATOR" }] });
    expect(await sendWeeklyDigest(db, coordinator.id, "2026-W11", MONDAY_MORNING)).toBe("nothing");
    await createAssignment(db, school.id, { withdrawnAt: new Date("2026-03-01T10:00:00.000Z") });
    expect(await sendWeeklyDigest(db, coordinator.id, "2026-W11", MONDAY_MORNING)).toBe("nothing");
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("the recurring schedule", () => {
  it("queues the hourly scan once per hour and on Monday morning a digest per coordinator with assignments", async () => {
    const { coordinator } = await schoolWithProgress();
    const idle = await createSchool(db);
    await createUser(db, { schools: [{ schoolId: idle.id, role: "COORDINATOR" }] });

    await queueRecurringJobs(db, MONDAY_MORNING);
    await queueRecurringJobs(db, new Date(MONDAY_MORNING.getTime() + 20 * 60_000));
    const jobs = await db.job.findMany({ orderBy: { kind: "asc" } });
    expect(jobs.map((job) => [job.kind, job.uniqueKey])).toEqual([
      ["digest.weekly", `digest.weekly:${coordinator.id}:2026-W11`],
      ["reminders.scan", "reminders.scan:2026-03-09T06"],
    ]);

    await queueRecurringJobs(db, TUESDAY);
    expect(await db.job.count({ where: { kind: "digest.weekly" } }), "no digest on other days").toBe(1);
    expect(await db.job.count({ where: { kind: "reminders.scan" } })).toBe(2);
  });

  it("runs the digest job once, even when two runners queue and run on the same Monday", async () => {
    const { coordinator } = await schoolWithProgress();
    const runners = ["a", "b"].map((owner) => createJobRunner({ db, owner, handlers: jobHandlers, schedule: hourlySchedule(), now: () => MONDAY_MORNING }));
    await Promise.all(runners.map((runner) => runner.round()));
    await Promise.all(runners.map((runner) => runner.round()));
    expect(await db.outboxMessage.count({ where: { recipient: coordinator.email } })).toBe(1);
    expect(await db.job.count({ where: { doneAt: null } })).toBe(0);
  });

  it("removes finished jobs after 30 days", async () => {
    await queueRecurringJobs(db, MONDAY_MORNING);
    await db.job.updateMany({ data: { doneAt: MONDAY_MORNING } });
    await queueRecurringJobs(db, new Date(MONDAY_MORNING.getTime() + 29 * 86_400_000));
    expect(await db.job.count({ where: { uniqueKey: "reminders.scan:2026-03-09T06" } })).toBe(1);
    await queueRecurringJobs(db, new Date(MONDAY_MORNING.getTime() + 31 * 86_400_000));
    expect(await db.job.count({ where: { uniqueKey: "reminders.scan:2026-03-09T06" } })).toBe(0);
  });
});
