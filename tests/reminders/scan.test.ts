// The reminder scan on a real database: one mail per reminder however often it runs, none for
// teachers who completed the course, none for withdrawn assignments, and a group's new member
// reminded like the others.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { scanReminders } from "../../app/reminders/scan.server";
import { createSchool, createUser } from "../factories";
import { createCompletion } from "../factories/completion";
import { createAssignment, createEnrollment, createGroup, testCourseId } from "../factories/reminders";
import { db, resetDatabase } from "../support/database";

// See tests/jobs/queue.test.ts: on SQLite the "other instance" shares the one connection.
const config = readDatabaseConfig();
const otherInstance = config.provider === "postgresql" ? createDatabase(config) : db;
afterAll(() => (otherInstance === db ? undefined : otherInstance.$disconnect()));

beforeEach(resetDatabase);

// Due "vóór 17 maart 2026" (00:00 Amsterdam); reminders from 7 days before, then weekly.
const DUE = new Date("2026-03-16T23:00:00.000Z");
const TUESDAY_BEFORE = new Date("2026-03-10T09:00:00.000Z"); // 10:00 in Amsterdam
const DAY_AFTER = new Date("2026-03-17T08:00:00.000Z"); // 09:00 on the due day: late
const WEEK_AFTER = new Date("2026-03-24T08:00:00.000Z");

async function schoolWithTeachers(count: number, options: { locale?: "nl" | "en" } = {}) {
  const school = await createSchool(db, { name: "Het Baken" });
  const teachers = [];
  for (let n = 1; n <= count; n += 1) {
    teachers.push(await createUser(db, { name: `Docent ${n}`, locale: options.locale, schools: [{ schoolId: school.id, role: "TEACHER" }] }));
  }
  return { school, teachers };
}

const reminderMails = () => db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "reminder:" } }, orderBy: { recipient: "asc" } });

describe("reminders before the due date", () => {
  it("sends each teacher one reminder, however often the scan runs, on however many instances", async () => {
    const { school, teachers } = await schoolWithTeachers(2);
    await createAssignment(db, school.id, { dueDate: DUE });

    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 2, duplicates: 0 });
    expect(await scanReminders(db, new Date(TUESDAY_BEFORE.getTime() + 3_600_000))).toEqual({ sent: 0, duplicates: 2 });
    const results = await Promise.all([scanReminders(db, TUESDAY_BEFORE), scanReminders(otherInstance, TUESDAY_BEFORE)]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(0);

    const mails = await reminderMails();
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(teachers.map((teacher) => teacher.email).sort());
    const mail = mails[0]!;
    expect(mail.subject).toBe('Herinnering: rond de cursus "Signalen in de klas" af vóór 17 maart 2026');
    expect(mail.text).toContain("Beste Docent");
    expect(mail.text).toContain("http://localhost:3000/cursussen/test-cursus");
    expect(mail.transport).toBe("outbox");
  });

  it("sends two instances scanning at the same moment one mail per reminder between them", async () => {
    const { school } = await schoolWithTeachers(4);
    await createAssignment(db, school.id, { dueDate: DUE });
    const results = await Promise.all([scanReminders(db, TUESDAY_BEFORE), scanReminders(otherInstance, TUESDAY_BEFORE)]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(4);
    expect(await reminderMails()).toHaveLength(4);
  });

  it("sends nothing before the reminder period, at night, or when the coordinator chose no reminder", async () => {
    const { school } = await schoolWithTeachers(1);
    await createAssignment(db, school.id, { dueDate: DUE });
    await createAssignment(db, school.id, { dueDate: DUE, courseId: await testCourseId(db, "tweede-cursus"), remindDaysBefore: null });
    expect(await scanReminders(db, new Date("2026-03-09T09:00:00.000Z"))).toEqual({ sent: 0, duplicates: 0 });
    expect(await scanReminders(db, new Date("2026-03-11T02:00:00.000Z")), "03:00 in Amsterdam").toEqual({ sent: 0, duplicates: 0 });
    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 1, duplicates: 0 });
  });

  it("writes to a teacher in their own language", async () => {
    const { school } = await schoolWithTeachers(1, { locale: "en" });
    await createAssignment(db, school.id, { dueDate: DUE });
    await scanReminders(db, TUESDAY_BEFORE);
    const [mail] = await reminderMails();
    expect(mail?.subject).toBe('Reminder: complete the course "Signalen in de klas" before 17 March 2026');
    expect(mail?.text).toContain("Dear Docent 1");
  });
});

describe("who is reminded", () => {
  it("leaves out teachers who completed the course, by enrollment or completion record, but not those still busy", async () => {
    const { school, teachers } = await schoolWithTeachers(4);
    const courseId = await testCourseId(db);
    await createAssignment(db, school.id, { courseId, dueDate: DUE });
    const [completed, recorded, busy, untouched] = teachers;
    await createEnrollment(db, completed!.id, courseId, { completedAt: new Date("2026-03-01T10:00:00.000Z") });
    await createCompletion(db, recorded!.id);
    await createEnrollment(db, busy!.id, courseId);

    await scanReminders(db, TUESDAY_BEFORE);
    expect((await reminderMails()).map((mail) => mail.recipient).sort()).toEqual([busy!.email, untouched!.email].sort());
  });

  it("reminds no one of a withdrawn assignment, nor a teacher who left the school", async () => {
    const { school, teachers } = await schoolWithTeachers(2);
    await createAssignment(db, school.id, { dueDate: DUE, withdrawnAt: new Date("2026-03-05T10:00:00.000Z") });
    const current = await createAssignment(db, school.id, { dueDate: DUE, courseId: await testCourseId(db, "tweede-cursus"), teacherIds: teachers.map((t) => t.id) });
    await db.schoolMembership.updateMany({ where: { userId: teachers[1]!.id }, data: { deactivatedAt: new Date("2026-03-06T10:00:00.000Z") } });

    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 1, duplicates: 0 });
    const [mail] = await reminderMails();
    expect(mail?.recipient).toBe(teachers[0]!.email);
    expect(mail?.dedupeKey).toContain(current.id);
  });

  it("reminds a teacher who joins a group after the first scan, once, and the others not again", async () => {
    const { school, teachers } = await schoolWithTeachers(2);
    const [first, joiner] = teachers;
    const group = await createGroup(db, school.id, [first!.id]);
    await createAssignment(db, school.id, { groupId: group.id, dueDate: DUE });

    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 1, duplicates: 0 });
    await db.schoolGroupMember.create({ data: { groupId: group.id, userId: joiner!.id } });
    expect(await scanReminders(db, new Date(TUESDAY_BEFORE.getTime() + 3_600_000))).toEqual({ sent: 1, duplicates: 1 });
    expect((await reminderMails()).map((mail) => mail.recipient).sort()).toEqual([first!.email, joiner!.email].sort());
  });

  it("sends one reminder per course when two assignments give a teacher the same course", async () => {
    const { school, teachers } = await schoolWithTeachers(1);
    const group = await createGroup(db, school.id, [teachers[0]!.id]);
    await createAssignment(db, school.id, { dueDate: new Date("2026-03-20T23:00:00.000Z") });
    const earliest = await createAssignment(db, school.id, { groupId: group.id, dueDate: DUE });
    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 1, duplicates: 0 });
    expect((await reminderMails())[0]?.dedupeKey).toContain(earliest.id);
  });
});

describe("overdue reminders", () => {
  it("come once per period after the due date", async () => {
    const { school, teachers } = await schoolWithTeachers(1);
    await createAssignment(db, school.id, { dueDate: DUE, overdueEveryDays: 7 });
    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 1, duplicates: 0 });
    expect(await scanReminders(db, DAY_AFTER)).toEqual({ sent: 1, duplicates: 0 });
    expect(await scanReminders(db, new Date(DAY_AFTER.getTime() + 2 * 86_400_000))).toEqual({ sent: 0, duplicates: 1 });
    expect(await scanReminders(db, WEEK_AFTER)).toEqual({ sent: 1, duplicates: 0 });

    const mails = await db.outboxMessage.findMany({ where: { recipient: teachers[0]!.email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((mail) => mail.dedupeKey?.split(":").slice(0, 2).join(":"))).toEqual(["reminder:before", "reminder:overdue", "reminder:overdue"]);
    expect(mails[1]?.subject).toBe('Herinnering: de cursus "Signalen in de klas" had vóór 17 maart 2026 af moeten zijn');
    expect(mails[2]?.dedupeKey).toMatch(/:2$/);
  });

  it("stop once the teacher completes the course", async () => {
    const { school, teachers } = await schoolWithTeachers(1);
    const courseId = await testCourseId(db);
    await createAssignment(db, school.id, { courseId, dueDate: DUE });
    expect((await scanReminders(db, DAY_AFTER)).sent).toBe(1);
    await createEnrollment(db, teachers[0]!.id, courseId, { completedAt: new Date("2026-03-20T10:00:00.000Z") });
    expect(await scanReminders(db, WEEK_AFTER)).toEqual({ sent: 0, duplicates: 0 });
  });
});
