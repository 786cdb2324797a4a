// Managing a school's assignments without HTTP: the choices a coordinator gets, creating one
// for each scope with the school's own groups and teachers only, changing the date and
// reminders, withdrawing, and the list.
import { beforeEach, describe, expect, it } from "vitest";
import {
  assignmentChoices,
  createAssignment as create,
  findAssignment,
  listAssignments,
  updateSchedule,
  withdrawAssignment,
} from "../../app/assignments/assignments.server";
import { assignmentsWithTeachers } from "../../app/assignments/assignees.server";
import { createSchool, createUserWithRole } from "../factories";
import { createAssignment, createEnrollment, createGroup, createTeacher, publishedCourseId } from "../factories/assignments";
import { db, resetDatabase } from "../support/database";

let school = { id: "" };
let other = { id: "" };
let courseId = "";
let coordinatorId = "";

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db);
  other = await createSchool(db);
  courseId = await publishedCourseId(db, "test-cursus", "Signalen in de klas");
  coordinatorId = (await createUserWithRole(db, "coordinator", { schoolId: school.id, name: "Coördinator Cora" })).id;
});

const input = (overrides: Partial<Parameters<typeof create>[1]["assignment"]> = {}) => ({
  schoolId: school.id,
  createdById: coordinatorId,
  assignment: { courseId, scope: "SCHOOL" as const, groupId: null, teacherIds: [], dueDate: null, remindDaysBefore: null, overdueEveryDays: null, ...overrides },
});

describe("the choices for a new assignment", () => {
  it("are the published courses, the school's groups with their size, and its active teachers", async () => {
    const anna = await createTeacher(db, school.id, { name: "Anna", email: "anna@school.test" });
    await createTeacher(db, school.id, { name: "Vertrokken", membershipDeactivatedAt: new Date() });
    await createTeacher(db, other.id, { name: "Elders" });
    await createGroup(db, school.id, { name: "Onderbouw", memberIds: [anna.id] });
    await createGroup(db, other.id, { name: "Andere school" });
    await db.course.create({ data: { slug: "zonder-versie" } });

    expect(await assignmentChoices(db, school.id)).toEqual({
      courses: [{ id: courseId, slug: "test-cursus", title: "Signalen in de klas" }],
      groups: [{ id: expect.any(String), name: "Onderbouw", members: 1 }],
      teachers: [{ id: anna.id, name: "Anna", email: "anna@school.test" }],
    });
  });
});

describe("creating an assignment", () => {
  it("stores each scope, with the chosen teachers, the date, the reminders and who made it", async () => {
    const anna = await createTeacher(db, school.id);
    const group = await createGroup(db, school.id, { memberIds: [anna.id] });
    const dueDate = new Date("2027-01-30T23:00:00.000Z");

    const whole = await create(db, input({ dueDate, remindDaysBefore: 7, overdueEveryDays: 7 }));
    const grouped = await create(db, input({ scope: "GROUP", groupId: group.id }));
    const chosen = await create(db, input({ scope: "TEACHERS", teacherIds: [anna.id] }));
    expect([whole.ok, grouped.ok, chosen.ok]).toEqual([true, true, true]);

    const stored = await db.assignment.findMany({ orderBy: { createdAt: "asc" }, include: { teachers: true } });
    expect(stored).toEqual([
      expect.objectContaining({ scope: "SCHOOL", dueDate, remindDaysBefore: 7, overdueEveryDays: 7, createdById: coordinatorId, withdrawnAt: null }),
      expect.objectContaining({ scope: "GROUP", groupId: group.id, dueDate: null }),
      expect.objectContaining({ scope: "TEACHERS", teachers: [expect.objectContaining({ userId: anna.id })] }),
    ]);
    const applies = await assignmentsWithTeachers(db, school.id);
    expect(applies.map(({ teacherIds }) => teacherIds)).toEqual([[anna.id], [anna.id], [anna.id]]);
  });

  it("refuses another school's group, another school's teachers and an unpublished course", async () => {
    const theirGroup = await createGroup(db, other.id);
    const theirTeacher = await createTeacher(db, other.id);
    const unpublished = await db.course.create({ data: { slug: "concept" } });
    expect(await create(db, input({ scope: "GROUP", groupId: theirGroup.id }))).toEqual({ ok: false, errors: { groupId: "assignments.error.groupUnknown" } });
    expect(await create(db, input({ scope: "TEACHERS", teacherIds: [theirTeacher.id] }))).toEqual({
      ok: false,
      errors: { teacherIds: "assignments.error.teachersUnknown" },
    });
    expect(await create(db, input({ courseId: unpublished.id }))).toEqual({ ok: false, errors: { courseId: "assignments.error.courseUnknown" } });
    expect(await db.assignment.count()).toBe(0);
  });
});

describe("changing and withdrawing", () => {
  it("changes the date and reminders of the school's own current assignment only", async () => {
    const mine = await createAssignment(db, school.id, { courseId });
    const theirs = await createAssignment(db, other.id, { courseId });
    const schedule = { dueDate: new Date("2027-03-31T22:00:00.000Z"), remindDaysBefore: 3, overdueEveryDays: 14 };
    expect(await updateSchedule(db, school.id, mine.id, schedule)).toBe(true);
    expect(await updateSchedule(db, school.id, theirs.id, schedule)).toBe(false);
    expect(await db.assignment.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject(schedule);
    expect(await db.assignment.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ dueDate: null, remindDaysBefore: null });

    await withdrawAssignment(db, school.id, mine.id);
    expect(await updateSchedule(db, school.id, mine.id, { ...schedule, remindDaysBefore: 1 })).toBe(false);
  });

  it("withdraws without touching enrollments, and lists the assignment among the withdrawn ones", async () => {
    const anna = await createTeacher(db, school.id, { name: "Anna" });
    const assignment = await createAssignment(db, school.id, { courseId, createdById: coordinatorId });
    await createEnrollment(db, anna.id, courseId);
    expect((await listAssignments(db, school.id)).current).toEqual([
      expect.objectContaining({ id: assignment.id, scope: "SCHOOL", teachers: 1, createdBy: "Coördinator Cora", course: expect.objectContaining({ title: "Signalen in de klas" }) }),
    ]);

    const at = new Date("2027-02-01T12:00:00.000Z");
    expect(await withdrawAssignment(db, other.id, assignment.id, at)).toBe(false);
    expect(await withdrawAssignment(db, school.id, assignment.id, at)).toBe(true);
    const list = await listAssignments(db, school.id);
    expect(list.current).toEqual([]);
    expect(list.withdrawn).toEqual([expect.objectContaining({ id: assignment.id, withdrawnAt: at, teachers: 0 })]);
    expect(await db.enrollment.count({ where: { userId: anna.id, courseId } })).toBe(1);
    expect(await findAssignment(db, other.id, assignment.id)).toBeNull();
  });
});
