// Who an assignment applies to, worked out when asked rather than stored: the school's
// active teachers, a group's members as the group is now (so a teacher who joins a group
// later has its assignments too), or the teachers the coordinator chose who still teach
// there. A withdrawn assignment applies to no one; the progress made under it stays.
import type { Database } from "~/db/create-database.server";

export interface ActiveAssignment {
  id: string;
  schoolId: string;
  courseId: string;
  scope: "SCHOOL" | "GROUP" | "TEACHERS";
  groupId: string | null;
  dueDate: Date | null;
  remindDaysBefore: number | null;
  overdueEveryDays: number | null;
  createdAt: Date;
}

const ASSIGNMENT_FIELDS = {
  id: true,
  schoolId: true,
  courseId: true,
  scope: true,
  groupId: true,
  dueDate: true,
  remindDaysBefore: true,
  overdueEveryDays: true,
  createdAt: true,
} as const;

/** The ids of the school's teachers who may be assigned work: active membership, active account. */
export async function activeTeacherIds(db: Database, schoolId: string): Promise<string[]> {
  const memberships = await db.schoolMembership.findMany({
    where: { schoolId, role: "TEACHER", deactivatedAt: null, user: { deactivatedAt: null } },
    select: { userId: true },
  });
  return memberships.map((membership) => membership.userId);
}

/** The school's assignments that are not withdrawn, each with the teachers it applies to now. */
export async function assignmentsWithTeachers(
  db: Database,
  schoolId: string,
): Promise<{ assignment: ActiveAssignment; teacherIds: string[] }[]> {
  const [assignments, teachers] = await Promise.all([
    db.assignment.findMany({
      where: { schoolId, withdrawnAt: null },
      orderBy: { createdAt: "asc" },
      select: { ...ASSIGNMENT_FIELDS, teachers: { select: { userId: true } } },
    }),
    activeTeacherIds(db, schoolId),
  ]);
  const active = new Set(teachers);
  const groupIds = [...new Set(assignments.map((assignment) => assignment.groupId).filter((id): id is string => id !== null))];
  const members = await db.schoolGroupMember.findMany({ where: { groupId: { in: groupIds } }, select: { groupId: true, userId: true } });
  return assignments.map(({ teachers: chosen, ...assignment }) => {
    let teacherIds: string[];
    if (assignment.scope === "SCHOOL") teacherIds = teachers;
    else if (assignment.scope === "GROUP") teacherIds = members.filter((member) => member.groupId === assignment.groupId).map((member) => member.userId);
    else teacherIds = chosen.map((teacher) => teacher.userId);
    return { assignment, teacherIds: teacherIds.filter((id) => active.has(id)) };
  });
}

/**
 * The courses assigned to one teacher at any of their schools, with the earliest due date
 * among the assignments (null when none of them has one).
 */
export async function assignedCourses(db: Database, userId: string): Promise<Map<string, Date | null>> {
  const memberships = await db.schoolMembership.findMany({
    where: { userId, role: "TEACHER", deactivatedAt: null },
    select: { schoolId: true },
  });
  const courses = new Map<string, Date | null>();
  for (const { schoolId } of memberships) {
    for (const { assignment, teacherIds } of await assignmentsWithTeachers(db, schoolId)) {
      if (!teacherIds.includes(userId)) continue;
      const earlier = courses.get(assignment.courseId);
      const due = assignment.dueDate;
      if (!courses.has(assignment.courseId)) courses.set(assignment.courseId, due);
      else if (due && (!earlier || due < earlier)) courses.set(assignment.courseId, due);
    }
  }
  return courses;
}
