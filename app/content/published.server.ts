// Reading published courses for learners. Versions are immutable, so what is read from the
// database is parsed once per version and kept in memory; a lesson page compiles nothing
// and evaluates nothing.
import { db } from "~/db.server";
import type { CourseMetadata } from "./course-metadata";
import {
  type CourseManifest,
  type LessonOutline,
  type LessonSegment,
  type PublicQuizQuestion,
  type PublicScenarioStep,
  publicQuestion,
  publicStep,
} from "./manifest";

export interface PublishedVersion {
  id: string;
  number: number;
  slug: string;
  title: string;
  summary: string;
  metadata: CourseMetadata;
  manifest: CourseManifest;
  lessons: Map<string, { slug: string; position: number; title: string; segments: LessonSegment[] }>;
}

const MAX_CACHED_VERSIONS = 50;
const versions = new Map<string, Promise<PublishedVersion | null>>();

async function readVersion(versionId: string): Promise<PublishedVersion | null> {
  const row = await db.courseVersion.findUnique({
    where: { id: versionId },
    include: { course: { select: { slug: true } }, lessons: { orderBy: { position: "asc" } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    slug: row.course.slug,
    title: row.title,
    summary: row.summary,
    metadata: JSON.parse(row.metadata) as CourseMetadata,
    manifest: JSON.parse(row.manifest) as CourseManifest,
    lessons: new Map(
      row.lessons.map((lesson) => [
        lesson.slug,
        { slug: lesson.slug, position: lesson.position, title: lesson.title, segments: JSON.parse(lesson.segments) as LessonSegment[] },
      ]),
    ),
  };
}

/** A version, parsed once and then served from memory (versions never change). */
export function loadVersion(versionId: string): Promise<PublishedVersion | null> {
  let cached = versions.get(versionId);
  if (!cached) {
    cached = readVersion(versionId);
    versions.set(versionId, cached);
    cached.then((version) => version ?? versions.delete(versionId)).catch(() => versions.delete(versionId));
    if (versions.size > MAX_CACHED_VERSIONS) versions.delete(versions.keys().next().value!);
  }
  return cached;
}

export async function latestVersionId(slug: string): Promise<string | null> {
  const version = await db.courseVersion.findFirst({
    where: { course: { slug } },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  return version?.id ?? null;
}

export interface CourseSummary {
  slug: string;
  versionId: string;
  title: string;
  summary: string;
  minutes: number;
  sectors: string[];
  lessons: number;
}

export async function listPublishedCourses(): Promise<CourseSummary[]> {
  const courses = await db.course.findMany({
    orderBy: { slug: "asc" },
    select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
  });
  const summaries: CourseSummary[] = [];
  for (const course of courses) {
    const versionId = course.versions[0]?.id;
    const version = versionId ? await loadVersion(versionId) : null;
    if (!version) continue;
    summaries.push({
      slug: version.slug,
      versionId: version.id,
      title: version.title,
      summary: version.summary,
      minutes: version.metadata.minuten,
      sectors: version.metadata.doelgroep,
      lessons: version.lessons.size,
    });
  }
  return summaries;
}

export interface LessonPage {
  course: { slug: string; versionId: string; number: number; title: string; lessons: Pick<LessonOutline, "slug" | "title" | "position">[] };
  lesson: { slug: string; position: number; title: string; segments: LessonSegment[] };
  scenarios: Record<string, { id: string; title: string; setting: string; sector: string | null; step: PublicScenarioStep }>;
  quizzes: Record<string, { id: string; title: string | null; passMark: number; questions: PublicQuizQuestion[] }>;
  reflections: Record<string, { id: string; promptHtml: string }>;
}

/** Everything a browser may see of one lesson: no feedback, scores or answer keys. */
export function lessonPage(version: PublishedVersion, lessonSlug: string): LessonPage | null {
  const lesson = version.lessons.get(lessonSlug);
  if (!lesson) return null;
  const page: LessonPage = {
    course: {
      slug: version.slug,
      versionId: version.id,
      number: version.number,
      title: version.title,
      lessons: version.manifest.lessons.map(({ slug, title, position }) => ({ slug, title, position })),
    },
    lesson,
    scenarios: {},
    quizzes: {},
    reflections: {},
  };
  for (const segment of lesson.segments) {
    if (segment.kind === "scenario") {
      const scenario = version.manifest.scenarios[segment.id]!;
      page.scenarios[segment.id] = {
        id: scenario.id,
        title: scenario.title,
        setting: scenario.setting,
        sector: scenario.sector,
        step: publicStep(scenario.steps[scenario.start]!),
      };
    } else if (segment.kind === "quiz") {
      const quiz = version.manifest.quizzes[segment.id]!;
      page.quizzes[segment.id] = { id: quiz.id, title: quiz.title, passMark: quiz.passMark, questions: quiz.questions.map(publicQuestion) };
    } else if (segment.kind === "reflection") {
      const reflection = version.manifest.reflections[segment.id]!;
      page.reflections[segment.id] = { id: reflection.id, promptHtml: reflection.promptHtml };
    }
  }
  return page;
}
