// Reads a learner's saved progress for the pages: the version they are on (the one they
// started, or the latest for someone who has not started) and the machine's context from
// the persisted snapshot. Reading needs no actor; only applying an event does.
import type { Database } from "~/db/create-database.server";
import { selectRows } from "~/db/direct-sql.server";
import { type PublishedVersion, latestVersionId, listPublishedCourses, loadVersion } from "~/content/published.server";
import { type ProgressContext, initialContext } from "./course-machine";

export interface LearnerCourse {
  version: PublishedVersion;
  /** Server-side only: `snapshot` is the machine's persisted state, which a browser never gets. */
  enrollment: EnrollmentRow | null;
  context: ProgressContext;
}

export interface EnrollmentRow {
  id: string;
  versionId: string;
  snapshot: string;
  sequence: number;
  startedAt: Date;
  completedAt: Date | null;
}

export function contextOf(snapshot: string, version: PublishedVersion): ProgressContext {
  const saved = (JSON.parse(snapshot) as { context?: Partial<ProgressContext> }).context ?? {};
  const initial = initialContext(version.manifest);
  return {
    scenarios: { ...initial.scenarios, ...saved.scenarios },
    quizzes: { ...initial.quizzes, ...saved.quizzes },
    completedLessons: saved.completedLessons ?? [],
  };
}

const ENROLLMENT_FIELDS = { id: true, versionId: true, snapshot: true, sequence: true, startedAt: true, completedAt: true } as const;

// Read on every saved choice, so written by hand (see direct-sql.server.ts).
const ENROLLMENT_SQL = `
  SELECT "id", "versionId", "snapshot", "sequence", "startedAt", "completedAt"
  FROM "Enrollment" WHERE "userId" = ? AND "courseId" = ?`;

type StoredDate = Date | string;

/** The learner's enrollment in a course, or null. */
export async function findEnrollment(db: Database, userId: string, courseId: string): Promise<EnrollmentRow | null> {
  const [row] = await selectRows<Omit<EnrollmentRow, "startedAt" | "completedAt"> & { startedAt: StoredDate; completedAt: StoredDate | null }>(
    db,
    ENROLLMENT_SQL,
    [userId, courseId],
  );
  if (!row) return null;
  return { ...row, sequence: Number(row.sequence), startedAt: new Date(row.startedAt), completedAt: row.completedAt === null ? null : new Date(row.completedAt) };
}

// A slug names one course for good, so its id is read once per process: saving a choice
// otherwise reads it twice. The remembered id is trusted only where it finds the learner's
// enrollment; where it finds none the id is read again, so a database emptied and refilled
// under a running process (as tests do) never gets a stale answer.
const courseIds = new Map<string, string>();

/** The learner's enrollment row in a course, found by the course's slug; null when there is no such course. */
export async function findEnrollmentBySlug<Row>(
  db: Database,
  slug: string,
  find: (courseId: string) => Promise<Row | null>,
): Promise<{ courseId: string; enrollment: Row | null } | null> {
  const remembered = courseIds.get(slug);
  if (remembered) {
    const enrollment = await find(remembered);
    if (enrollment) return { courseId: remembered, enrollment };
  }
  const course = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!course) {
    courseIds.delete(slug);
    return null;
  }
  courseIds.set(slug, course.id);
  return { courseId: course.id, enrollment: course.id === remembered ? null : await find(course.id) };
}

async function learnerCourseOf(enrollment: EnrollmentRow | null, latestId: string | null): Promise<LearnerCourse | null> {
  const version = await loadVersion(enrollment?.versionId ?? latestId ?? "");
  if (!version) return null;
  if (!enrollment) return { version, enrollment: null, context: initialContext(version.manifest) };
  return { version, enrollment, context: contextOf(enrollment.snapshot, version) };
}

export async function loadLearnerCourse(db: Database, userId: string, slug: string): Promise<LearnerCourse | null> {
  const found = await findEnrollmentBySlug(db, slug, (courseId) => findEnrollment(db, userId, courseId));
  if (!found) return null;
  return learnerCourseOf(found.enrollment, found.enrollment ? null : await latestVersionId(slug));
}

/** Every course a learner can take, with their progress in it, in catalogue order. */
export async function loadLearnerCourses(db: Database, userId: string): Promise<LearnerCourse[]> {
  const [published, enrollments] = await Promise.all([
    listPublishedCourses(),
    db.enrollment.findMany({ where: { userId }, select: { ...ENROLLMENT_FIELDS, courseId: true } }),
  ]);
  const courseIds = await db.course.findMany({ where: { id: { in: enrollments.map((row) => row.courseId) } }, select: { id: true, slug: true } });
  const slugOf = new Map(courseIds.map((course) => [course.id, course.slug]));
  const bySlug = new Map(enrollments.map((enrollment) => [slugOf.get(enrollment.courseId), enrollment]));
  const courses: LearnerCourse[] = [];
  for (const summary of published) {
    const course = await learnerCourseOf(bySlug.get(summary.slug) ?? null, summary.versionId);
    if (course) courses.push(course);
  }
  return courses;
}

/**
 * The course as a form from the learner's page saw it. Someone not yet enrolled is enrolled
 * in the version their page showed; for someone enrolled, a form from another version is stale.
 */
export async function learnerCourseForForm(learner: LearnerCourse, shownVersionId: string): Promise<LearnerCourse | null> {
  if (!shownVersionId || shownVersionId === learner.version.id) return learner;
  if (learner.enrollment) return null;
  const shown = await loadVersion(shownVersionId);
  if (!shown || shown.slug !== learner.version.slug) return null;
  return { version: shown, enrollment: null, context: initialContext(shown.manifest) };
}
