// The lesson API: what a lesson page's blocks post with JavaScript on (a choice, a quiz
// attempt, a reflection draft), answered as JSON outside Remix's request pipeline, which
// cost several times the work of saving the event itself (docs/decisions/008). The forms
// still post to the page's Remix action without JavaScript; both answer alike.
import type { LessonReply } from "~/components/lesson/replies";
import { userFromCookie } from "~/auth/session.server";
import { db } from "~/db.server";
import { isOutage } from "~/db/database-errors.server";
import { invalidRequest } from "./lesson-answers.server";
import { answerLessonPost, unsavedOutcome } from "./lesson-post.server";

export interface LessonApiRequest {
  cookie: string | null;
  courseSlug: string;
  lessonSlug: string;
  /** The form, urlencoded. */
  body: string;
}

export type LessonApiAnswer =
  | { status: number; reply: LessonReply }
  | { status: 200; redirect: string }
  | { status: 401; signedOut: true }
  | { status: 404; notFound: true };

export async function answerLessonApi(request: LessonApiRequest): Promise<LessonApiAnswer> {
  const form = new URLSearchParams(request.body);
  try {
    const user = await userFromCookie(request.cookie);
    if (!user) return { status: 401, signedOut: true };
    if (!request.courseSlug || !request.lessonSlug) return invalidRequest();
    const outcome = await answerLessonPost(db, { userId: user.id, courseSlug: request.courseSlug, lessonSlug: request.lessonSlug, form });
    if ("notFound" in outcome) return { status: 404, notFound: true };
    if ("redirect" in outcome) return { status: 200, redirect: outcome.redirect };
    return outcome;
  } catch (error) {
    if (isOutage(error)) return unsavedOutcome(form);
    throw error;
  }
}
