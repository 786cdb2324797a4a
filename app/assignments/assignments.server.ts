// A school's assignments as its coordinator manages them: the choices for a new one, creating,
// changing the due date and reminders, withdrawing, and the list. Who an assignment applies
// to is worked out in assignees.server.ts; withdrawing only marks the assignment, so the
// progress teachers made under it stays theirs.
import type { FieldErrors, FormResult } from "~/components/form-validation";
import type { Database } from "~/db/create-database.server";
import type { NewAssignmentInput, Scope, ScheduleInput } from "./assignment-form";
import { assignmentsWithTeachers } from "./assignees.server";

export interface CourseChoice {
  id: string;
  slug: string;
  title: string;
}

export interface AssignmentChoices {
  courses: CourseChoice[];
  groups: { id: string; name: string; members: number }[];
  teachers: { id: string; name: string; email: string }[];
}

/** Published courses (those with a version), with the title of their latest version. */
export async function publishedCourses(db: Database): Promise<CourseChoice[]> {
  const courses = await db.course.findMany({
    where: { versions: { some: {} } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } },
  });
  return courses.map((course) => ({ id: course.id, slug: course.slug, title: course.versions[0]!.title }));
}

/** Slug and latest title of each course, for courses named by id. */
export async function courseTitles(db: Database, courseIds: readonly string[]): Promise<Map<string, CourseChoice>> {
  const courses = await db.course.findMany({
    where: { id: { in: [...new Set(courseIds)] } },
    select: { id: true, slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } },
  });
  return new Map(courses.map((course) => [course.id, { id: course.id, slug: course.slug, title: course.versions[0]?.title ?? course.slug }]));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl");

/** The school's active teachers (active membership, active account), by name. */
async function activeTeachers(db: Database, schoolId: string) {
  const memberships = await db.schoolMembership.findMany({
    where: { schoolId, role: "TEACHER", deactivatedAt: null, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return memberships.map((membership) => membership.user).sort(byName);
}

export async function assignmentChoices(db: Database, schoolId: string): Promise<AssignmentChoices> {
  const [courses, groups, teachers] = await Promise.all([
    publishedCourses(db),
    db.schoolGroup.findMany({ where: { schoolId }, select: { id: true, name: true, _count: { select: { members: true } } } }),
    activeTeachers(db, schoolId),
  ]);
  return {
    courses,
    groups: groups.map((group) => ({ id: group.id, name: group.name, members: group._count.members })).sort(byName),
    teachers,
  };
}

export async function createAssignment(
  db: Database,
  input: { schoolId: string; createdById: string; assignment: NewAssignmentInput },
): Promise<FormResult<{ id: string }>> {
  const { schoolId, assignment } = input;
  const [course, group, teachers] = await Promise.all([
    db.course.findFirst({ where: { id: assignment.courseId, versions: { some: {} } }, select: { id: true } }),
    assignment.groupId ? db.schoolGroup.findFirst({ where: { id: assignment.groupId, schoolId }, select: { id: true } }) : null,
    assignment.teacherIds.length > 0
      ? db.schoolMembership.findMany({
          where: { schoolId, role: "TEACHER", deactivatedAt: null, user: { deactivatedAt: null }, userId: { in: assignment.teacherIds } },
          select: { userId: true },
        })
      : [],
  ]);
  const errors: FieldErrors = {};
  if (!course) errors.courseId = "assignments.error.courseUnknown";
  if (assignment.scope === "GROUP" && !group) errors.groupId = "assignments.error.groupUnknown";
  if (assignment.scope === "TEACHERS" && teachers.length !== assignment.teacherIds.length) errors.teacherIds = "assignments.error.teachersUnknown";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const created = await db.assignment.create({
    data: {
      schoolId,
      courseId: assignment.courseId,
      scope: assignment.scope,
      groupId: assignment.groupId,
      dueDate: assignment.dueDate,
      remindDaysBefore: assignment.remindDaysBefore,
      overdueEveryDays: assignment.overdueEveryDays,
      createdById: input.createdById,
      teachers: assignment.scope === "TEACHERS" ? { create: assignment.teacherIds.map((userId) => ({ userId })) } : undefined,
    },
    select: { id: true },
  });
  return { ok: true, data: created };
}

export interface AssignmentSummary {
  id: string;
  course: CourseChoice;
  scope: Scope;
  group: string | null;
  /** The chosen teachers' names, for an assignment to chosen teachers. */
  chosen: string[];
  /** How many teachers it applies to now (0 once withdrawn). */
  teachers: number;
  dueDate: Date | null;
  remindDaysBefore: number | null;
  overdueEveryDays: number | null;
  createdAt: Date;
  createdBy: string | null;
  withdrawnAt: Date | null;
}

const SUMMARY_SELECT = {
  id: true,
  courseId: true,
  scope: true,
  dueDate: true,
  remindDaysBefore: true,
  overdueEveryDays: true,
  createdAt: true,
  createdById: true,
  withdrawnAt: true,
  group: { select: { name: true } },
  teachers: { select: { user: { select: { name: true } } } },
} as const;

type SummaryRow = {
  id: string;
  courseId: string;
  scope: Scope;
  dueDate: Date | null;
  remindDaysBefore: number | null;
  overdueEveryDays: number | null;
  createdAt: Date;
  createdById: string | null;
  withdrawnAt: Date | null;
  group: { name: string } | null;
  teachers: { user: { name: string } }[];
};

async function summaries(db: Database, schoolId: string, rows: SummaryRow[]): Promise<AssignmentSummary[]> {
  const creatorIds = [...new Set(rows.map((row) => row.createdById).filter((id): id is string => id !== null))];
  const [titles, active, creators] = await Promise.all([
    courseTitles(db, rows.map((row) => row.courseId)),
    rows.some((row) => !row.withdrawnAt) ? assignmentsWithTeachers(db, schoolId) : [],
    db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } }),
  ]);
  const counts = new Map(active.map(({ assignment, teacherIds }) => [assignment.id, teacherIds.length]));
  const creatorNames = new Map(creators.map((creator) => [creator.id, creator.name]));
  return rows.map((row) => ({
    id: row.id,
    course: titles.get(row.courseId) ?? { id: row.courseId, slug: "", title: "" },
    scope: row.scope,
    group: row.group?.name ?? null,
    chosen: row.teachers.map((teacher) => teacher.user.name).sort((a, b) => a.localeCompare(b, "nl")),
    teachers: counts.get(row.id) ?? 0,
    dueDate: row.dueDate,
    remindDaysBefore: row.remindDaysBefore,
    overdueEveryDays: row.overdueEveryDays,
    createdAt: row.createdAt,
    createdBy: row.createdById ? (creatorNames.get(row.createdById) ?? null) : null,
    withdrawnAt: row.withdrawnAt,
  }));
}

/** The school's assignments: current ones first (newest first), then the withdrawn ones. */
export async function listAssignments(db: Database, schoolId: string): Promise<{ current: AssignmentSummary[]; withdrawn: AssignmentSummary[] }> {
  const rows = await db.assignment.findMany({ where: { schoolId }, orderBy: { createdAt: "desc" }, select: SUMMARY_SELECT });
  const all = await summaries(db, schoolId, rows);
  return { current: all.filter((row) => !row.withdrawnAt), withdrawn: all.filter((row) => row.withdrawnAt) };
}

/** One of the school's assignments; null for an unknown id or another school's assignment. */
export async function findAssignment(db: Database, schoolId: string, id: string): Promise<AssignmentSummary | null> {
  const row = await db.assignment.findFirst({ where: { id, schoolId }, select: SUMMARY_SELECT });
  if (!row) return null;
  return (await summaries(db, schoolId, [row]))[0]!;
}

/** Changes due date and reminders of a current assignment; false when there is none to change. */
export async function updateSchedule(db: Database, schoolId: string, id: string, schedule: ScheduleInput): Promise<boolean> {
  const { count } = await db.assignment.updateMany({ where: { id, schoolId, withdrawnAt: null }, data: schedule });
  return count === 1;
}

/**
 * Withdraws an assignment: from now on it applies to no one. Enrollments, progress and
 * completions are not touched. False when there is no current assignment with this id.
 */
export async function withdrawAssignment(db: Database, schoolId: string, id: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.assignment.updateMany({ where: { id, schoolId, withdrawnAt: null }, data: { withdrawnAt: now } });
  return count === 1;
}
