// What the coordinator's progress pages show of a school's progress: counts per course and
// one row per teacher and assigned course, filtered and sorted as the address asks. Pure
// functions of the read model (dashboard.server.ts), shared by the pages and the CSV files, so
// a download holds exactly the rows on the screen.
import type { CourseStatus } from "~/progress/progress-view";
import type { QuizScore, SchoolProgress } from "./dashboard.server";

/** Most in need of attention first: the order of "sort by status". */
export const STATUS_ORDER: readonly CourseStatus[] = ["overdue", "not-started", "in-progress", "completed"];

/** Statuses as they appear in the address (?status=te-laat). */
export const STATUS_PARAMS: Record<CourseStatus, string> = {
  overdue: "te-laat",
  "not-started": "niet-gestart",
  "in-progress": "bezig",
  completed: "afgerond",
};

export const TEACHER_SORTS = ["naam", "status", "deadline", "afgerond"] as const;
export const COURSE_SORTS = ["cursus", "deadline", "afgerond", "te-laat"] as const;
export type TeacherSort = (typeof TEACHER_SORTS)[number];
export type CourseSort = (typeof COURSE_SORTS)[number];
export type Direction = "op" | "af";

export interface ProgressQuery<Sort extends string> {
  /** A course id, or null for every course. */
  course: string | null;
  status: CourseStatus | null;
  /** A group id, or null for everyone. */
  group: string | null;
  sort: Sort;
  direction: Direction;
}

/** The filters and sort in the address; anything unknown is left out rather than refused. */
export function readQuery<Sort extends string>(
  params: URLSearchParams,
  progress: Pick<SchoolProgress, "courses" | "groups">,
  sorts: readonly Sort[],
): ProgressQuery<Sort> {
  const course = params.get("cursus");
  const group = params.get("groep");
  const statusParam = params.get("status");
  const sort = params.get("sorteer");
  const status = (Object.keys(STATUS_PARAMS) as CourseStatus[]).find((key) => STATUS_PARAMS[key] === statusParam) ?? null;
  return {
    course: progress.courses.some((known) => known.courseId === course) ? course : null,
    status,
    group: progress.groups.some((known) => known.id === group) ? group : null,
    sort: sorts.find((known) => known === sort) ?? sorts[0]!,
    direction: params.get("richting") === "af" ? "af" : "op",
  };
}

/** The query string for a query ("?cursus=…&sorteer=…"), leaving defaults out; "" when all are defaults. */
export function queryString<Sort extends string>(query: ProgressQuery<Sort>, defaultSort: Sort): string {
  const params = new URLSearchParams();
  if (query.course) params.set("cursus", query.course);
  if (query.status) params.set("status", STATUS_PARAMS[query.status]);
  if (query.group) params.set("groep", query.group);
  if (query.sort !== defaultSort) params.set("sorteer", query.sort);
  if (query.direction === "af") params.set("richting", "af");
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The query a column header's link asks for: that column, the other way round when it is the current one. */
export function sortedBy<Sort extends string>(query: ProgressQuery<Sort>, sort: Sort): ProgressQuery<Sort> {
  return { ...query, sort, direction: query.sort === sort && query.direction === "op" ? "af" : "op" };
}

export function ariaSort<Sort extends string>(query: ProgressQuery<Sort>, sort: Sort): "ascending" | "descending" | undefined {
  if (query.sort !== sort) return undefined;
  return query.direction === "op" ? "ascending" : "descending";
}

export interface CourseCounts {
  /** Teachers the course is assigned to now. */
  assigned: number;
  /** Open invitations of people who will have the course once they join. */
  invited: number;
  notStarted: number;
  inProgress: number;
  completed: number;
  overdue: number;
}

export interface CourseRow {
  courseId: string;
  slug: string;
  title: string;
  dueDates: string[];
  counts: CourseCounts;
}

const byText = (a: string, b: string) => a.localeCompare(b, "nl");

/** Nulls last, whichever the direction. */
function compareNullable(a: number | null, b: number | null, direction: Direction): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction === "op" ? a - b : b - a;
}

/**
 * Counts per assigned course. Teachers have exactly one status each (overdue wins over
 * in progress and not started). Invited counts open invitations whose invitee will be
 * given the course on joining: every open invitation for a course assigned to the whole
 * school, those for a group for a course assigned to that group, none for a course assigned
 * to chosen teachers (only people with an account can be chosen). An address counts once,
 * and not at all when it already belongs to a teacher counted for the course.
 */
export function courseRows(progress: SchoolProgress, query: ProgressQuery<CourseSort>): CourseRow[] {
  const teachers = progress.teachers.filter((teacher) => !query.group || teacher.groups.some((group) => group.id === query.group));
  const rows = progress.courses
    .filter((course) => !query.course || course.courseId === query.course)
    .map((course): CourseRow => {
      const counts: CourseCounts = { assigned: 0, invited: 0, notStarted: 0, inProgress: 0, completed: 0, overdue: 0 };
      const emails = new Set<string>();
      for (const teacher of teachers) {
        const assigned = teacher.courses.find((entry) => entry.courseId === course.courseId);
        if (!assigned) continue;
        emails.add(teacher.email.toLowerCase());
        counts.assigned += 1;
        if (assigned.status === "not-started") counts.notStarted += 1;
        else if (assigned.status === "in-progress") counts.inProgress += 1;
        else if (assigned.status === "completed") counts.completed += 1;
        else counts.overdue += 1;
      }
      const invited = new Set<string>();
      for (const invitation of progress.invitations) {
        if (query.group && invitation.groupId !== query.group) continue;
        const inScope = course.invitations.wholeSchool || (invitation.groupId !== null && course.invitations.groupIds.includes(invitation.groupId));
        if (inScope && !emails.has(invitation.email)) invited.add(invitation.email);
      }
      counts.invited = invited.size;
      return { courseId: course.courseId, slug: course.slug, title: course.title, dueDates: course.dueDates.map((date) => date.toISOString()), counts };
    });
  const primary = (a: CourseRow, b: CourseRow): number => {
    switch (query.sort) {
      case "deadline":
        return compareNullable(a.dueDates[0] ? Date.parse(a.dueDates[0]) : null, b.dueDates[0] ? Date.parse(b.dueDates[0]) : null, query.direction);
      case "afgerond":
        return compareNullable(a.counts.completed, b.counts.completed, query.direction);
      case "te-laat":
        return compareNullable(a.counts.overdue, b.counts.overdue, query.direction);
      default:
        return query.direction === "op" ? byText(a.title, b.title) : byText(b.title, a.title);
    }
  };
  return rows.sort((a, b) => primary(a, b) || byText(a.title, b.title));
}

export interface TeacherRow {
  userId: string;
  name: string;
  email: string;
  groups: string[];
  courseId: string;
  courseSlug: string;
  courseTitle: string;
  status: CourseStatus;
  dueDate: string | null;
  completedAt: string | null;
  scores: QuizScore[];
}

/** One row per teacher and assigned course, filtered by course, status and group. */
export function teacherRows(progress: SchoolProgress, query: ProgressQuery<TeacherSort>): TeacherRow[] {
  const courses = new Map(progress.courses.map((course) => [course.courseId, course]));
  const rows: TeacherRow[] = [];
  for (const teacher of progress.teachers) {
    if (query.group && !teacher.groups.some((group) => group.id === query.group)) continue;
    for (const entry of teacher.courses) {
      if (query.course && entry.courseId !== query.course) continue;
      if (query.status && entry.status !== query.status) continue;
      const course = courses.get(entry.courseId);
      rows.push({
        userId: teacher.userId,
        name: teacher.name,
        email: teacher.email,
        groups: teacher.groups.map((group) => group.name),
        courseId: entry.courseId,
        courseSlug: course?.slug ?? "",
        courseTitle: course?.title ?? "",
        status: entry.status,
        dueDate: entry.dueDate?.toISOString() ?? null,
        completedAt: entry.completedAt?.toISOString() ?? null,
        scores: entry.scores,
      });
    }
  }
  const time = (value: string | null) => (value ? Date.parse(value) : null);
  const primary = (a: TeacherRow, b: TeacherRow): number => {
    switch (query.sort) {
      case "status":
        return compareNullable(STATUS_ORDER.indexOf(a.status), STATUS_ORDER.indexOf(b.status), query.direction);
      case "deadline":
        return compareNullable(time(a.dueDate), time(b.dueDate), query.direction);
      case "afgerond":
        return compareNullable(time(a.completedAt), time(b.completedAt), query.direction);
      default:
        return query.direction === "op" ? byText(a.name, b.name) : byText(b.name, a.name);
    }
  };
  return rows.sort((a, b) => primary(a, b) || byText(a.name, b.name) || byText(a.email, b.email) || byText(a.courseTitle, b.courseTitle));
}

/** "Toets: 100%; Eindtoets: 80%", or "" for none. */
export function scoresText(scores: readonly QuizScore[]): string {
  return scores.map((score) => `${score.title}: ${score.bestScore}%`).join("; ");
}
