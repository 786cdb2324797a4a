// What the learner's pages read of published courses: the latest version of a course, a
// pinned version, and the outline of one lesson among its neighbours. Nothing here compiles
// or evaluates lesson code; versions come parsed and memoised from published.server.
import { type LessonPage, type PublishedVersion, latestVersionId, lessonPage, loadVersion } from "~/content/published.server";

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
