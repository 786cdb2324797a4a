// Finished courses for tests: a small course published once per slug, and the completion
// record that finishing it leaves, with full marks unless the test says otherwise.
import { publishCourse } from "../../app/content/publish.server";
import type { CourseManifest } from "../../app/content/manifest";
import type { Database } from "../../app/db/create-database.server";
import { verificationCode } from "../../app/progress/completion.server";
import { writeCourse } from "./course";

/** Publishes the standard test course (one scenario, one quiz) under this slug, or finds it. */
export async function publishTestCourse(db: Database, slug = "test-cursus", files: Record<string, string | null> = {}) {
  const result = await publishCourse(db, writeCourse(files, slug));
  if (result.status === "invalid") throw new Error(`test course has faults: ${JSON.stringify(result.faults)}`);
  return result;
}

export interface CompletionOverrides {
  slug?: string;
  /** A version of the course; the latest (published now if need be) by default. */
  versionId?: string;
  completedAt?: Date;
  verificationCode?: string;
  /** The scores JSON as recordCompletion writes it; full marks on everything by default. */
  scores?: { scenarios: Record<string, Record<string, number> | null>; quizzes: Record<string, { bestScore: number; attempts: number }> };
}

export async function createCompletion(db: Database, userId: string | null, overrides: CompletionOverrides = {}) {
  const slug = overrides.slug ?? "test-cursus";
  let course = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!course) {
    await publishTestCourse(db, slug);
    course = await db.course.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  }
  const version = await db.courseVersion.findFirstOrThrow({
    where: overrides.versionId ? { id: overrides.versionId } : { courseId: course.id },
    orderBy: { number: "desc" },
    select: { id: true, number: true, manifest: true },
  });
  const manifest = JSON.parse(version.manifest) as CourseManifest;
  const scores = overrides.scores ?? {
    scenarios: Object.fromEntries(Object.values(manifest.scenarios).map((scenario) => [scenario.id, scenario.maxScores])),
    quizzes: Object.fromEntries(Object.keys(manifest.quizzes).map((id) => [id, { bestScore: 100, attempts: 1 }])),
  };
  return db.completionRecord.create({
    data: {
      userId,
      courseId: course.id,
      courseSlug: slug,
      versionId: version.id,
      versionNumber: version.number,
      scores: JSON.stringify(scores),
      completedAt: overrides.completedAt ?? new Date(),
      verificationCode: overrides.verificationCode ?? verificationCode(),
    },
  });
}
