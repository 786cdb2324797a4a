// Reads a learner's saved progress for the pages: the version they are on (the one they
// started, or the latest for someone who has not started) and the machine's context from
// the persisted snapshot. Reading needs no actor; only applying an event does.
import type { Database } from "~/db/create-database.server";
import { type PublishedVersion, latestVersionId, listPublishedCourses, loadVersion } from "~/content/published.server";
import { type ProgressContext, initialContext } from "./course-machine";

export interface LearnerCourse {
  version: PublishedVersion;
  enrollment: { sequence: number; startedAt: Date; completedAt: Date | null } | null;
  context: ProgressContext;
}

interface EnrollmentRow {
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

const ENROLLMENT_FIELDS = { versionId: true, snapshot: true, sequence: true, startedAt: true, completedAt: true } as const;

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
  const { sequence, startedAt, completedAt } = enrollment;
  return { version, enrollment: { sequence, startedAt, completedAt }, context: contextOf(enrollment.snapshot, version) };
}

export async function loadLearnerCourse(db: Database, userId: string, slug: string): Promise<LearnerCourse | null> {
  const found = await findEnrollmentBySlug(db, slug, (courseId) =>
    db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: ENROLLMENT_FIELDS }),
  );
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
