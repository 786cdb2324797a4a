// The editor's live preview: one lesson checked, and only when it has no faults compiled and
// rendered by the publishing pipeline itself (same sandbox, time limit and one-at-a-time
// queue), so that the author sees what teachers will see. The checker refuses every import
// and expression before anything is compiled, so no lesson code of the author's choosing runs.
import { parse } from "yaml";
import { checkLesson } from "~/content/check-lesson.server";
import { CompileError, compileLesson } from "~/content/compile-lesson.server";
import { COURSE_FILE, CourseMetadataSchema, MEDIA_FOLDER } from "~/content/course-metadata";
import type { Fault } from "~/content/faults";
import { type LessonSegment, publicQuestion, publicStep } from "~/content/manifest";
import type { LessonPage } from "~/content/published.server";
import { renderLesson } from "~/content/render-lesson.server";
import type { Database } from "~/db/create-database.server";

export interface PreviewOptions {
  courseSlug: string;
  /** The lesson's file name, e.g. 02-gesprek.mdx; faults name it. */
  file?: string;
  /** Default pass mark of the course (cursus.yml), for quizzes that set none. */
  passMark: number;
  /** Where the browser finds a media file; the draft's media route by default. */
  mediaUrl?: (relativePath: string) => string;
  /** Whether the draft has this file (for Afbeelding and Video); none by default. */
  fileExists?: (relativePath: string) => boolean;
}

/** What a lesson page shows of the lesson, as the teacher receives it: no feedback, scores or answer keys. */
export type PreviewPage = Pick<LessonPage, "scenarios" | "quizzes" | "reflections"> & { title: string; segments: LessonSegment[] };

export interface LessonPreview {
  faults: Fault[];
  /** Null while the lesson has faults. */
  page: PreviewPage | null;
}

const PREVIEW_FILE = "voorbeeld.mdx";

export function draftMediaUrl(courseSlug: string, relativePath: string): string {
  return `/auteur/cursussen/${encodeURIComponent(courseSlug)}/concept/${relativePath.split("/").map(encodeURIComponent).join("/")}`;
}

export async function previewLesson(source: string, options: PreviewOptions): Promise<LessonPreview> {
  const file = options.file ?? PREVIEW_FILE;
  const checked = checkLesson(file, source, { fileExists: options.fileExists ?? (() => false) });
  if (checked.faults.length > 0 || !checked.tree) return { faults: checked.faults, page: null };

  const frontMatterEnd = checked.tree.children[0]?.position?.end.line ?? 0;
  const lessonSlug = file.replace(/\.mdx$/, "");
  try {
    const code = await compileLesson(source.split("\n").slice(frontMatterEnd).join("\n"));
    const rendered = renderLesson(code, {
      lesson: lessonSlug,
      passMark: options.passMark,
      mediaUrl: options.mediaUrl ?? ((relativePath) => draftMediaUrl(options.courseSlug, relativePath)),
    });
    const page: PreviewPage = { title: checked.frontMatter?.titel ?? lessonSlug, segments: rendered.segments, scenarios: {}, quizzes: {}, reflections: {} };
    for (const scenario of rendered.scenarios) {
      const step = scenario.steps[scenario.start];
      if (!step) continue;
      page.scenarios[scenario.id] = { id: scenario.id, title: scenario.title, setting: scenario.setting, sector: scenario.sector, step: publicStep(step) };
    }
    for (const quiz of rendered.quizzes) {
      page.quizzes[quiz.id] = { id: quiz.id, title: quiz.title, passMark: quiz.passMark, questions: quiz.questions.map(publicQuestion) };
    }
    for (const reflection of rendered.reflections) page.reflections[reflection.id] = { id: reflection.id, promptHtml: reflection.promptHtml };
    return { faults: [], page };
  } catch (error) {
    const message =
      error instanceof CompileError && /longer than/.test(error.message)
        ? "Het voorbeeld kon niet op tijd worden gemaakt. Maak de les kleiner of probeer het zo nog eens."
        : "Het voorbeeld kon niet worden gemaakt. Controleer de les; publiceren lukt zo ook niet.";
    if (!(error instanceof CompileError)) console.warn(`preview of ${options.courseSlug}/${file} failed: ${String(error)}`);
    return { faults: [{ file, line: 1, column: 1, message }], page: null };
  }
}

/** What a preview needs from the rest of the draft: the course's quiz settings and which media files exist. */
export async function draftPreviewSettings(db: Database, draftId: string): Promise<{ passMark: number; maxAttempts: number; mediaPaths: Set<string> }> {
  const [course, media] = await Promise.all([
    db.draftFile.findUnique({ where: { draftId_path: { draftId, path: COURSE_FILE } }, select: { content: true } }),
    db.draftFile.findMany({ where: { draftId, path: { startsWith: `${MEDIA_FOLDER}/` } }, select: { path: true } }),
  ]);
  return { ...quizSettings(course?.content ?? ""), mediaPaths: new Set(media.map((file) => file.path)) };
}

// A cursus.yml with faults still gets a preview, with the usual values.
const DEFAULT_PASS_MARK = 70;
const DEFAULT_ATTEMPTS = 3;

function quizSettings(courseYaml: string): { passMark: number; maxAttempts: number } {
  let values: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(courseYaml);
    if (parsed && typeof parsed === "object") values = parsed as Record<string, unknown>;
  } catch {
    // Broken YAML: the checker reports it in cursus.yml.
  }
  const passMark = CourseMetadataSchema.shape.voldoende.safeParse(values.voldoende);
  const attempts = CourseMetadataSchema.shape.pogingen.safeParse(values.pogingen);
  return { passMark: passMark.success ? passMark.data : DEFAULT_PASS_MARK, maxAttempts: attempts.success ? attempts.data : DEFAULT_ATTEMPTS };
}
