// What the learner's pages read of published courses: the catalogue, the latest version of a
// course, a pinned version, and the outline of one lesson among its neighbours. Nothing here
// compiles or evaluates lesson code; versions come parsed and memoised from published.server.
import { type LessonPage, type PublishedVersion, latestVersionId, lessonPage, loadVersion } from "~/content/published.server";
import type { Database } from "~/db/create-database.server";
import { type LearnerCourse, loadLearnerCourses } from "~/progress/learner-progress.server";

/**
 * The courses a learner sees, with their progress: every published course except those
 * withdrawn from new enrolments that this learner has not started. Who started goes on.
 */
export async function catalogueFor(db: Database, userId: string): Promise<LearnerCourse[]> {
  const [courses, withdrawn] = await Promise.all([
    loadLearnerCourses(db, userId),
    db.course.findMany({ where: { withdrawnAt: { not: null } }, select: { slug: true } }),
  ]);
  const hidden = new Set(withdrawn.map((course) => course.slug));
  return courses.filter((course) => course.enrollment !== null || !hidden.has(course.version.slug));
}

/** Whether a course is closed to people who have not started it. */
export async function isWithdrawn(db: Database, slug: string): Promise<boolean> {
  const course = await db.course.findUnique({ where: { slug }, select: { withdrawnAt: true } });
  return course?.withdrawnAt != null;
}

export async function latestVersion(slug: string): Promise<PublishedVersion | null> {
  const versionId = await latestVersionId(slug);
  return versionId ? loadVersion(versionId) : null;
}

/** A version named by a form, when it is one of this course's versions. */
export async function versionOfCourse(slug: string, versionId: string): Promise<PublishedVersion | null> {
  const version = await loadVersion(versionId);
  return version && version.slug === slug ? version : null;
}

export interface CourseOverview {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  sectors: string[];
  lessons: { slug: string; position: number; title: string; summary: string | null; minutes: number | null }[];
}

export function courseOverview(version: PublishedVersion): CourseOverview {
  return {
    slug: version.slug,
    title: version.title,
    summary: version.summary,
    minutes: version.metadata.minuten,
    sectors: version.metadata.doelgroep,
    lessons: version.manifest.lessons.map(({ slug, position, title, summary, minutes }) => ({ slug, position, title, summary, minutes })),
  };
}

type LessonLink = { slug: string; title: string };

export interface LessonView extends LessonPage {
  total: number;
  previous: LessonLink | null;
  next: LessonLink | null;
}

/** The public view of one lesson (see lessonPage) with its place in the course. */
export function lessonView(version: PublishedVersion, lessonSlug: string): LessonView | null {
  const page = lessonPage(version, lessonSlug);
  if (!page) return null;
  const lessons = page.course.lessons;
  const index = lessons.findIndex((lesson) => lesson.slug === lessonSlug);
  const link = (lesson: (typeof lessons)[number] | undefined) => (lesson ? { slug: lesson.slug, title: lesson.title } : null);
  return { ...page, total: lessons.length, previous: link(lessons[index - 1]), next: link(lessons[index + 1]) };
}
