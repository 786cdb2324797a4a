// Publishes a course folder as a new immutable CourseVersion: check, compile each lesson
// once, render it once, store everything (with the text sources as written) in one
// transaction. Content equal to the latest version gives that version back; a course with
// faults is never published and what was published stays as it was.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database, Prisma } from "~/db/create-database.server";
import { checkCourse } from "./check-course.server";
import { compileLesson } from "./compile-lesson.server";
import { courseContentHash, mediaFiles } from "./content-hash.server";
import { mediaContentType } from "./media-types";
import { COURSE_FILE } from "./course-metadata";
import { isUniqueViolation, lockCourse } from "./course-lock.server";
import type { Fault } from "./faults";
import type { CourseManifest, LessonSegment } from "./manifest";
import { renderLesson } from "./render-lesson.server";

export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

export type PublishResult =
  | { status: "invalid"; faults: Fault[] }
  | { status: "unchanged" | "published"; slug: string; versionId: string; number: number };

/** How a version came: "bestanden" (content:publish), "editor" (a reviewed draft), "terugzetten" (a rollback). */
export type VersionOrigin = "bestanden" | "editor" | "terugzetten";

export interface PublishOptions {
  origin?: VersionOrigin;
  publishedById?: string;
  restoredFromVersionId?: string;
  /**
   * "latest" (the default): content equal to the latest version is unchanged, content equal to
   * an older one is published again as a new version (a rollback, or a folder taken back).
   * "any": content equal to any version is unchanged, so that publishing content/ at startup
   * never reverts what authors published in the browser since.
   */
  unchangedWhen?: "latest" | "any";
  /** Runs inside the publish transaction after the version is stored; throwing stores nothing. */
  within?: (tx: Prisma.TransactionClient, version: { id: string; number: number }) => Promise<void>;
}

const ATTEMPTS = 3;

export function mediaUrl(versionId: string, relativePath: string): string {
  return `/media/${versionId}/${relativePath.replace(/^media\//, "")}`;
}

function lessonBody(source: string, frontMatterEndLine: number): string {
  return source.split("\n").slice(frontMatterEndLine).join("\n");
}

export async function publishCourse(db: Database, folder: string, options: PublishOptions = {}): Promise<PublishResult> {
  const course = checkCourse(folder);
  if (course.faults.length > 0 || !course.metadata) return { status: "invalid", faults: course.faults };
  const metadata = course.metadata;
  const root = course.folder;
  const lessonFiles = course.lessons.map((lesson) => lesson.file);
  const contentHash = courseContentHash(root, lessonFiles);
  const unchangedWhen = options.unchangedWhen ?? "latest";

  const sources = [COURSE_FILE, ...lessonFiles].map((file) => ({ path: file, content: fs.readFileSync(path.join(root, file), "utf8") }));

  // A cheap first look before compiling; the answer that counts is read again under the lock.
  const known = await db.course.findUnique({ where: { slug: course.slug }, select: { id: true } });
  const existing = known ? await findUnchanged(db, known.id, contentHash, unchangedWhen) : null;
  if (existing) {
    await keepSources(db, existing.versionId, sources);
    return { status: "unchanged", slug: course.slug, ...existing };
  }

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
    const source = sources[index + 1]!.content;
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

  const store = (tx: Prisma.TransactionClient) => async (courseId: string, number: number) => {
    const version = await tx.courseVersion.create({
      data: {
        id: versionId,
        courseId,
        number,
        contentHash,
        title: metadata.titel,
        summary: metadata.samenvatting,
        metadata: JSON.stringify(metadata),
        manifest: JSON.stringify(manifest),
        origin: options.origin ?? "bestanden",
        publishedById: options.publishedById ?? null,
        restoredFromVersionId: options.restoredFromVersionId ?? null,
        lessons: { create: lessons.map((lesson) => ({ ...lesson, segments: JSON.stringify(lesson.segments) })) },
        media: {
          create: media.map((file) => ({
            path: file.path,
            contentType: mediaContentType(file.path),
            bytes: file.bytes,
          })),
        },
        sources: { create: sources },
      },
      select: { id: true, number: true },
    });
    await options.within?.(tx, version);
    return version;
  };

  for (let attempt = 1; ; attempt += 1) {
    try {
      const outcome = await db.$transaction(
        async (tx) => {
          const stored = await tx.course.upsert({ where: { slug: course.slug }, create: { slug: course.slug }, update: {} });
          await lockCourse(tx, stored.id);
          const unchanged = await findUnchanged(tx, stored.id, contentHash, unchangedWhen);
          if (unchanged) return { status: "unchanged" as const, ...unchanged };
          const latest = await tx.courseVersion.findFirst({ where: { courseId: stored.id }, orderBy: { number: "desc" }, select: { number: true } });
          const version = await store(tx)(stored.id, (latest?.number ?? 0) + 1);
          return { status: "published" as const, versionId: version.id, number: version.number };
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
      if (outcome.status === "unchanged") await keepSources(db, outcome.versionId, sources);
      return { slug: course.slug, ...outcome };
    } catch (error) {
      // Two first publishes of a course at once both insert its row: the second tries again
      // and then waits for the lock like any other.
      if (!isUniqueViolation(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function findUnchanged(
  db: Database | Prisma.TransactionClient,
  courseId: string,
  contentHash: string,
  unchangedWhen: "latest" | "any",
): Promise<{ versionId: string; number: number } | null> {
  const version =
    unchangedWhen === "any"
      ? await db.courseVersion.findFirst({ where: { courseId, contentHash }, orderBy: { number: "desc" }, select: { id: true, number: true } })
      : await db.courseVersion
          .findFirst({ where: { courseId }, orderBy: { number: "desc" }, select: { id: true, number: true, contentHash: true } })
          .then((latest) => (latest?.contentHash === contentHash ? latest : null));
  return version ? { versionId: version.id, number: version.number } : null;
}

/**
 * Versions published before sources were kept get them the next time the same content is
 * published: the text is the same up to whitespace, and history, diffs and drafts need it.
 */
async function keepSources(db: Database, versionId: string, sources: { path: string; content: string }[]): Promise<void> {
  if ((await db.courseVersionSource.count({ where: { versionId } })) > 0) return;
  try {
    await db.courseVersionSource.createMany({ data: sources.map((source) => ({ versionId, ...source })) });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
