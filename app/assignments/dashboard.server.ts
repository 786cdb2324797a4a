// The school's progress on its assigned courses, read for the coordinator's dashboard, the
// per-teacher view, their CSV exports and the weekly digest. Built from a handful of queries
// whatever the number of teachers: the assignments and who they apply to now
// (assignees.server.ts), then the people, groups, enrollments, completion records and open
// invitations in one query each. Reflections are never read here: they are their writer's alone.
import { z } from "zod";
import { loadVersion } from "~/content/published.server";
import type { Database } from "~/db/create-database.server";
import { type CourseStatus, courseStatus } from "~/progress/progress-view";
import { assignmentsWithTeachers } from "./assignees.server";
import { courseTitles } from "./assignments.server";

export interface QuizScore {
  quizId: string;
  title: string;
  /** The best attempt's score, a percentage. */
  bestScore: number;
}

export interface TeacherCourse {
  courseId: string;
  status: CourseStatus;
  /** The earliest due date among the assignments that give the teacher this course. */
  dueDate: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  /** Quiz best scores recorded at completion; empty when the course has no quiz or is not completed. */
  scores: QuizScore[];
}

export interface TeacherProgress {
  userId: string;
  name: string;
  email: string;
  groups: { id: string; name: string }[];
  /** One entry per assigned course, in the order of `SchoolProgress.courses`. */
  courses: TeacherCourse[];
}

export interface AssignedCourse {
  courseId: string;
  slug: string;
  title: string;
  /** The distinct due dates of the course's assignments, earliest first. */
  dueDates: Date[];
  /** Who may still join through an invitation: the whole school, or members-to-be of these groups. */
  invitations: { wholeSchool: boolean; groupIds: string[] };
}

export interface OpenInvitation {
  email: string;
  groupId: string | null;
}

export interface SchoolProgress {
  now: Date;
  courses: AssignedCourse[];
  /** The teachers with at least one assigned course, by name. */
  teachers: TeacherProgress[];
  /** The school's groups, by name, for the filters. */
  groups: { id: string; name: string }[];
  /** Invitations not yet accepted, revoked or expired. */
  invitations: OpenInvitation[];
}

const RecordedQuizzesSchema = z.object({
  quizzes: z.record(z.object({ bestScore: z.number() })).default({}),
});

function recordedQuizzes(json: string): Record<string, { bestScore: number }> {
  try {
    const parsed = RecordedQuizzesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.quizzes : {};
  } catch {
    return {};
  }
}

async function quizScores(record: { versionId: string; scores: string }): Promise<QuizScore[]> {
  const quizzes = recordedQuizzes(record.scores);
  const ids = Object.keys(quizzes);
  if (ids.length === 0) return [];
  const manifest = (await loadVersion(record.versionId))?.manifest;
  const lessonTitle = (slug: string) => manifest?.lessons.find((lesson) => lesson.slug === slug)?.title ?? null;
  return ids.map((quizId) => {
    const quiz = manifest?.quizzes[quizId];
    return { quizId, title: (quiz ? (quiz.title ?? lessonTitle(quiz.lesson)) : null) ?? quizId, bestScore: quizzes[quizId]!.bestScore };
  });
}

const pairKey = (userId: string, courseId: string) => `${userId} ${courseId}`;

export async function schoolProgress(db: Database, schoolId: string, options: { now?: Date } = {}): Promise<SchoolProgress> {
  const now = options.now ?? new Date();
  const assignments = await assignmentsWithTeachers(db, schoolId);

  // Per course: each teacher it applies to, with the earliest due date (as assignedCourses does).
  const dueByCourse = new Map<string, Map<string, Date | null>>();
  const invitationScopes = new Map<string, { wholeSchool: boolean; groupIds: Set<string> }>();
  for (const { assignment, teacherIds } of assignments) {
    const teachers = dueByCourse.get(assignment.courseId) ?? new Map<string, Date | null>();
    dueByCourse.set(assignment.courseId, teachers);
    for (const userId of teacherIds) {
      const earlier = teachers.get(userId);
      const due = assignment.dueDate;
      if (!teachers.has(userId) || (due && (!earlier || due < earlier))) teachers.set(userId, due);
    }
    const scope = invitationScopes.get(assignment.courseId) ?? { wholeSchool: false, groupIds: new Set<string>() };
    invitationScopes.set(assignment.courseId, scope);
    if (assignment.scope === "SCHOOL") scope.wholeSchool = true;
    if (assignment.scope === "GROUP" && assignment.groupId) scope.groupIds.add(assignment.groupId);
  }
  const courseIds = [...dueByCourse.keys()];
  const userIds = [...new Set([...dueByCourse.values()].flatMap((teachers) => [...teachers.keys()]))];

  const [titles, users, groups, memberships, enrollments, records, invitations] = await Promise.all([
    courseTitles(db, courseIds),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.schoolGroup.findMany({ where: { schoolId }, select: { id: true, name: true } }),
    db.schoolGroupMember.findMany({ where: { userId: { in: userIds }, group: { schoolId } }, select: { groupId: true, userId: true } }),
    db.enrollment.findMany({
      where: { userId: { in: userIds }, courseId: { in: courseIds } },
      select: { userId: true, courseId: true, startedAt: true, completedAt: true },
    }),
    db.completionRecord.findMany({
      where: { userId: { in: userIds }, courseId: { in: courseIds } },
      orderBy: { completedAt: "desc" },
      select: { userId: true, courseId: true, versionId: true, completedAt: true, scores: true },
    }),
    db.invitation.findMany({
      where: { schoolId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { email: true, groupId: true },
    }),
  ]);

  const sortedGroups = groups.sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const groupName = new Map(sortedGroups.map((group) => [group.id, group.name]));
  const groupsOf = new Map<string, { id: string; name: string }[]>();
  for (const { groupId, userId } of memberships) {
    groupsOf.set(userId, [...(groupsOf.get(userId) ?? []), { id: groupId, name: groupName.get(groupId) ?? "" }]);
  }
  const enrollmentOf = new Map(enrollments.map((enrollment) => [pairKey(enrollment.userId, enrollment.courseId), enrollment]));
  // The latest record per person and course: its date and scores, as on the certificate.
  const recordOf = new Map<string, (typeof records)[number]>();
  for (const record of records) {
    const key = pairKey(record.userId!, record.courseId);
    if (!recordOf.has(key)) recordOf.set(key, record);
  }

  const courses: AssignedCourse[] = courseIds
    .map((courseId) => {
      const course = titles.get(courseId) ?? { id: courseId, slug: "", title: "" };
      const dueDates = assignments
        .map(({ assignment }) => (assignment.courseId === courseId ? assignment.dueDate : null))
        .filter((date): date is Date => date !== null)
        .map((date) => date.getTime());
      const scope = invitationScopes.get(courseId)!;
      return {
        courseId,
        slug: course.slug,
        title: course.title,
        dueDates: [...new Set(dueDates)].sort((a, b) => a - b).map((time) => new Date(time)),
        invitations: { wholeSchool: scope.wholeSchool, groupIds: [...scope.groupIds] },
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, "nl"));

  const teachers: TeacherProgress[] = [];
  for (const user of users) {
    const teacherCourses: TeacherCourse[] = [];
    for (const course of courses) {
      const assigned = dueByCourse.get(course.courseId)!;
      if (!assigned.has(user.id)) continue;
      const dueDate = assigned.get(user.id) ?? null;
      const enrollment = enrollmentOf.get(pairKey(user.id, course.courseId));
      const record = recordOf.get(pairKey(user.id, course.courseId));
      const completedAt = enrollment?.completedAt ?? record?.completedAt ?? null;
      teacherCourses.push({
        courseId: course.courseId,
        status: courseStatus({ started: enrollment !== undefined, completedAt, dueDate, now }),
        dueDate,
        startedAt: enrollment?.startedAt ?? null,
        completedAt,
        scores: record ? await quizScores(record) : [],
      });
    }
    teachers.push({
      userId: user.id,
      name: user.name,
      email: user.email,
      groups: (groupsOf.get(user.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, "nl")),
      courses: teacherCourses,
    });
  }
  teachers.sort((a, b) => a.name.localeCompare(b.name, "nl") || a.email.localeCompare(b.email));

  return {
    now,
    courses,
    teachers,
    groups: sortedGroups,
    invitations: invitations.map((invitation) => ({ email: invitation.email.toLowerCase(), groupId: invitation.groupId })),
  };
}
