// Publishes a course folder as a new immutable CourseVersion: check, compile each lesson
// once, render it once, store everything in one transaction. The same content twice gives
// the existing version; a course with faults is never published and what was published
// stays as it was.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "~/db/create-database.server";
import { checkCourse } from "./check-course.server";
import { compileLesson } from "./compile-lesson.server";
import { courseContentHash, mediaFiles } from "./content-hash.server";
import type { Fault } from "./faults";
import type { CourseManifest, LessonSegment } from "./manifest";
import { renderLesson } from "./render-lesson.server";

export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  mp4: "video/mp4",
  webm: "video/webm",
  vtt: "text/vtt; charset=utf-8",
};

export type PublishResult =
  | { status: "invalid"; faults: Fault[] }
  | { status: "unchanged" | "published"; slug: string; versionId: string; number: number };

export function mediaUrl(versionId: string, relativePath: string): string {
  return `/media/${versionId}/${relativePath.replace(/^media\//, "")}`;
}

function lessonBody(source: string, frontMatterEndLine: number): string {
  return source.split("\n").slice(frontMatterEndLine).join("\n");
}

export async function publishCourse(db: Database, folder: string): Promise<PublishResult> {
  const course = checkCourse(folder);
  if (course.faults.length > 0 || !course.metadata) return { status: "invalid", faults: course.faults };
  const metadata = course.metadata;
  const root = course.folder;
  const lessonFiles = course.lessons.map((lesson) => lesson.file);
  const contentHash = courseContentHash(root, lessonFiles);

  const existing = await findVersion(db, course.slug, contentHash);
  if (existing) return { status: "unchanged", slug: course.slug, ...existing };

  const media = mediaFiles(root).map((file) => ({ path: file, bytes: fs.readFileSync(path.join(root, file)) }));
  const tooLarge = media.find((file) => file.bytes.length > MAX_MEDIA_BYTES);
  if (tooLarge) {
    return {
      status: "invalid",
      faults: [{ file: tooLarge.path, line: 1, column: 1, message: `Dit bestand is groter dan ${MAX_MEDIA_BYTES / 1024 / 1024} MB.` }],
    };
  }

  const versionId = randomUUID();
  const manifest: CourseManifest = { lessons: [], scenarios: {}, quizzes: {}, reflections: {} };
  const lessons: { position: number; slug: string; title: string; code: string; segments: LessonSegment[] }[] = [];
  for (const [index, lesson] of course.lessons.entries()) {
    const source = fs.readFileSync(path.join(root, lesson.file), "utf8");
    const frontMatterEnd = lesson.tree?.children[0]?.position?.end.line ?? 0;
    const code = await compileLesson(lessonBody(source, frontMatterEnd));
    const slug = lesson.file.replace(/\.mdx$/, "");
    const rendered = renderLesson(code, { lesson: slug, passMark: metadata.voldoende, mediaUrl: (file) => mediaUrl(versionId, file) });
    for (const scenario of rendered.scenarios) manifest.scenarios[scenario.id] = scenario;
    for (const quiz of rendered.quizzes) manifest.quizzes[quiz.id] = quiz;
    for (const reflection of rendered.reflections) manifest.reflections[reflection.id] = reflection;
    const title = lesson.frontMatter?.titel ?? slug;
    manifest.lessons.push({
      slug,
      position: index + 1,
      title,
      summary: lesson.frontMatter?.samenvatting ?? null,
      minutes: lesson.frontMatter?.minuten ?? null,
      blocks: rendered.segments.filter((segment): segment is Exclude<LessonSegment, { kind: "html" }> => segment.kind !== "html"),
    });
    lessons.push({ position: index + 1, slug, title, code, segments: rendered.segments });
  }

  try {
    const version = await db.$transaction(async (tx) => {
      const stored = await tx.course.upsert({ where: { slug: course.slug }, create: { slug: course.slug }, update: {} });
      const latest = await tx.courseVersion.findFirst({ where: { courseId: stored.id }, orderBy: { number: "desc" }, select: { number: true } });
      return tx.courseVersion.create({
        data: {
          id: versionId,
          courseId: stored.id,
          number: (latest?.number ?? 0) + 1,
          contentHash,
          title: metadata.titel,
          summary: metadata.samenvatting,
          metadata: JSON.stringify(metadata),
          manifest: JSON.stringify(manifest),
          lessons: { create: lessons.map((lesson) => ({ ...lesson, segments: JSON.stringify(lesson.segments) })) },
          media: {
            create: media.map((file) => ({
              path: file.path,
              contentType: CONTENT_TYPES[file.path.split(".").pop()!.toLowerCase()] ?? "application/octet-stream",
              bytes: file.bytes,
            })),
          },
        },
        select: { id: true, number: true },
      });
    });
    return { status: "published", slug: course.slug, versionId: version.id, number: version.number };
  } catch (error) {
    // Another publish of the same content won the race: that version is ours too.
    const raced = (error as { code?: string }).code === "P2002" ? await findVersion(db, course.slug, contentHash) : null;
    if (raced) return { status: "unchanged", slug: course.slug, ...raced };
    throw error;
  }
}

async function findVersion(db: Database, slug: string, contentHash: string) {
  const version = await db.courseVersion.findFirst({ where: { course: { slug }, contentHash }, select: { id: true, number: true } });
  return version ? { versionId: version.id, number: version.number } : null;
}
