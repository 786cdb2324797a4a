// What a learner's saved progress means on the page: the status of each lesson and of the
// course, what still stands between a lesson and its completion, and where to resume.
// Pure functions of the manifest and the machine's context; the machine itself decides.
import type { CourseManifest, LessonOutline } from "~/content/manifest";
import type { ProgressContext } from "./course-machine";

export type LessonStatus = "completed" | "in-progress" | "not-started" | "locked";
export type CourseStatus = "not-started" | "in-progress" | "completed" | "overdue";
export type Outstanding = { kind: "scenario" | "quiz"; id: string; exhausted: boolean };
type Order = "vast" | "vrij";

function blockTouched(context: ProgressContext, block: LessonOutline["blocks"][number]): boolean {
  if (block.kind === "scenario") return (context.scenarios[block.id]?.path.length ?? 0) > 0;
  if (block.kind === "quiz") return (context.quizzes[block.id]?.attempts ?? 0) > 0;
  return false;
}

/** The scenarios still to be played to an ending and the quizzes still to be passed. */
export function outstandingBlocks(lesson: LessonOutline, context: ProgressContext, maxAttempts: number): Outstanding[] {
  const outstanding: Outstanding[] = [];
  for (const block of lesson.blocks) {
    if (block.kind === "scenario" && !context.scenarios[block.id]?.finished) {
      outstanding.push({ kind: "scenario", id: block.id, exhausted: false });
    }
    if (block.kind === "quiz" && !context.quizzes[block.id]?.passed) {
      outstanding.push({ kind: "quiz", id: block.id, exhausted: (context.quizzes[block.id]?.attempts ?? 0) >= maxAttempts });
    }
  }
  return outstanding;
}

export function lessonStatuses(manifest: CourseManifest, order: Order, context: ProgressContext): Map<string, LessonStatus> {
  const statuses = new Map<string, LessonStatus>();
  const completed = new Set(context.completedLessons);
  let reachedCurrent = false;
  for (const lesson of manifest.lessons) {
    if (completed.has(lesson.slug)) {
      statuses.set(lesson.slug, "completed");
      continue;
    }
    // In a course taken in order, only the first unfinished lesson can be worked on.
    if (order === "vast" && reachedCurrent) {
      statuses.set(lesson.slug, "locked");
      continue;
    }
    reachedCurrent = true;
    statuses.set(lesson.slug, lesson.blocks.some((block) => blockTouched(context, block)) ? "in-progress" : "not-started");
  }
  return statuses;
}

/** The lesson to continue with, and the first block in it that still needs the learner. */
export function resumePoint(manifest: CourseManifest, order: Order, context: ProgressContext): { lesson: string; block: string | null } | null {
  const statuses = lessonStatuses(manifest, order, context);
  const lesson =
    manifest.lessons.find((candidate) => statuses.get(candidate.slug) === "in-progress") ??
    manifest.lessons.find((candidate) => statuses.get(candidate.slug) === "not-started");
  if (!lesson) return null;
  const block = outstandingBlocks(lesson, context, Number.POSITIVE_INFINITY)[0];
  return { lesson: lesson.slug, block: block ? `${block.kind}-${block.id}` : null };
}

export function courseStatus(input: { started: boolean; completedAt: Date | null; dueDate?: Date | null; now?: Date }): CourseStatus {
  if (input.completedAt) return "completed";
  if (input.dueDate && (input.now ?? new Date()) > input.dueDate) return "overdue";
  return input.started ? "in-progress" : "not-started";
}

/** Share of lessons completed, as a whole percentage for a progress bar. */
export function completedShare(manifest: CourseManifest, context: ProgressContext): { completed: number; total: number; percentage: number } {
  const total = manifest.lessons.length;
  const completed = manifest.lessons.filter((lesson) => context.completedLessons.includes(lesson.slug)).length;
  return { completed, total, percentage: total === 0 ? 0 : Math.round((completed / total) * 100) };
}
