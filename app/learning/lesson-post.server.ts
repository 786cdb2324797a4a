// What happens to a form from a lesson page, whichever way it came: as a Remix action (a
// browser without JavaScript, or "les afronden") or through the lesson API that the blocks'
// scripts post to (app/server/lesson-api.ts). Both give the same answers.
import type { LessonReply } from "~/components/lesson/replies";
import type { Database } from "~/db/create-database.server";
import { isOutage } from "~/db/database-errors.server";
import { learnerCourseForForm, loadLearnerCourse } from "~/progress/learner-progress.server";
import { type LessonForm, invalidRequest } from "./lesson-answers.server";
import { type LessonActionOutcome, handleLessonForm } from "./lesson-progress.server";

export type LessonPostOutcome = LessonActionOutcome | { notFound: true };

function blockOf(form: LessonForm): string | null {
  const block = form.get("scenario") ?? form.get("quiz") ?? form.get("reflectie") ?? null;
  return typeof block === "string" ? block : null;
}

/** Nothing was saved because the database could not be reached. */
export function unsavedOutcome(form: LessonForm): { status: 503; reply: LessonReply } {
  return { status: 503, reply: { intent: "unsaved", block: blockOf(form), error: "progress.notSaved" } };
}

/** A choice, a quiz attempt, "les afronden" or a reflection, in the version the page showed. */
export async function answerLessonPost(
  db: Database,
  input: { userId: string; courseSlug: string; lessonSlug: string; form: LessonForm },
): Promise<LessonPostOutcome> {
  const { form } = input;
  try {
    const enrolled = await loadLearnerCourse(db, input.userId, input.courseSlug);
    if (!enrolled) return { notFound: true };
    const learner = await learnerCourseForForm(enrolled, String(form.get("versie") ?? ""));
    if (!learner) return invalidRequest();
    const lesson = learner.version.lessons.get(input.lessonSlug);
    if (!lesson) return { notFound: true };
    return await handleLessonForm(db, { userId: input.userId, learner, lesson, form });
  } catch (error) {
    // Nothing was saved; the page says so and sends the same event again (same id).
    if (isOutage(error)) return unsavedOutcome(form);
    throw error;
  }
}
