// Assignments and what the coordinator's progress pages read: teachers of a school, groups,
// assignments of a published test course, enrollments (started or completed) without walking
// the course, open or closed invitations, and a teacher's private reflection.
import type { Database } from "../../app/db/create-database.server";
import { publishTestCourse } from "./completion";
import { VALID_METADATA } from "./course";
import { type UserOverrides, createUser } from "./index";

export { createGroup, createInvitation } from "./school";

/** The course under this slug, published once (the standard test course, titled as asked); returns its id. */
export async function publishedCourseId(db: Database, slug = "test-cursus", title?: string): Promise<string> {
  const found = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (found) return found.id;
  await publishTestCourse(db, slug, title ? { "cursus.yml": VALID_METADATA.replace(/^titel: .*$/m, `titel: ${JSON.stringify(title)}`) } : {});
  return (await db.course.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** A teacher at this school (active membership and account unless the overrides say otherwise). */
export async function createTeacher(db: Database, schoolId: string, overrides: UserOverrides & { membershipDeactivatedAt?: Date | null } = {}) {
  const { membershipDeactivatedAt, ...user } = overrides;
  const created = await createUser(db, { ...user, schools: [{ schoolId, role: "TEACHER" }] });
  if (membershipDeactivatedAt) {
    await db.schoolMembership.updateMany({ where: { userId: created.id, schoolId }, data: { deactivatedAt: membershipDeactivatedAt } });
  }
  return created;
}

export function addToGroup(db: Database, groupId: string, userId: string) {
  return db.schoolGroupMember.create({ data: { groupId, userId } });
}

export interface AssignmentOverrides {
  courseId?: string;
  scope?: "SCHOOL" | "GROUP" | "TEACHERS";
  groupId?: string | null;
  teacherIds?: string[];
  dueDate?: Date | null;
  remindDaysBefore?: number | null;
  overdueEveryDays?: number | null;
  createdById?: string | null;
  createdAt?: Date;
  withdrawnAt?: Date | null;
}

/** An assignment of the test course (published if need be) to the whole school, unless told otherwise. */
export async function createAssignment(db: Database, schoolId: string, overrides: AssignmentOverrides = {}) {
  const scope = overrides.scope ?? (overrides.groupId ? "GROUP" : overrides.teacherIds ? "TEACHERS" : "SCHOOL");
  return db.assignment.create({
    data: {
      schoolId,
      courseId: overrides.courseId ?? (await publishedCourseId(db)),
      scope,
      groupId: overrides.groupId ?? null,
      dueDate: overrides.dueDate ?? null,
      remindDaysBefore: overrides.remindDaysBefore ?? null,
      overdueEveryDays: overrides.overdueEveryDays ?? null,
      createdById: overrides.createdById ?? null,
      createdAt: overrides.createdAt,
      withdrawnAt: overrides.withdrawnAt ?? null,
      teachers: overrides.teacherIds ? { create: overrides.teacherIds.map((userId) => ({ userId })) } : undefined,
    },
  });
}

/** An enrollment in the course's latest version: started, and completed when completedAt is given. */
export async function createEnrollment(db: Database, userId: string, courseId: string, options: { startedAt?: Date; completedAt?: Date | null } = {}) {
  const version = await db.courseVersion.findFirstOrThrow({ where: { courseId }, orderBy: { number: "desc" }, select: { id: true } });
  return db.enrollment.create({
    data: { userId, courseId, versionId: version.id, snapshot: "{}", machineVersion: 1, startedAt: options.startedAt, completedAt: options.completedAt ?? null },
  });
}

/** A teacher's private answer to a reflection prompt. */
export function createReflection(db: Database, userId: string, courseId: string, text: string, reflectionId = "eigen-klas") {
  return db.reflection.create({ data: { userId, courseId, reflectionId, text } });
}
