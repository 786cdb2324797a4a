// What the lesson page's action answers, shared by the route (which sends it) and the
// blocks (which show it). Everything here is public: the feedback of choices taken, scores
// at an ending, answer keys only after grading.
import type { QuizResult, ScenarioPosition } from "~/content/grading";
import type { MessageKey } from "~/i18n/translate";

export interface ScenarioReply {
  intent: "scenario";
  block: string;
  /** The choices taken so far, sent back with the next choice. */
  path: string[];
  /** Null when the path could not be followed: the block starts again. */
  position: ScenarioPosition | null;
  /** A practice round after the scenario was finished: nothing is saved. */
  practice: boolean;
  error: MessageKey | null;
}

export interface QuizReply {
  intent: "quiz";
  block: string;
  /** What was chosen per question, so a form with a missing answer keeps the others. */
  answers: Record<string, string[]>;
  result: QuizResult | null;
  /** A practice round after the quiz was passed: nothing is saved. */
  practice: boolean;
  /** Per question id, e.g. an unanswered question. */
  errors: Record<string, MessageKey>;
  error: MessageKey | null;
}

export interface ReflectionReply {
  intent: "reflection";
  block: string;
  /** When the text was saved (ISO), or null when it was not. */
  savedAt: string | null;
  error: MessageKey | null;
}

/** The database could not be reached: nothing was saved, and the page tries again. */
export interface UnsavedReply {
  intent: "unsaved";
  block: string | null;
  error: "progress.notSaved";
}

/** A form that names no block of this lesson, or none at all. */
export interface InvalidReply {
  intent: null;
  block: null;
  error: MessageKey;
}

export type LessonReply = ScenarioReply | QuizReply | ReflectionReply | UnsavedReply | InvalidReply;

/** The hidden field that carries the id of a progress event, the same on every retry. */
export const EVENT_FIELD = "gebeurtenis";

export const ANSWER_FIELD_PREFIX = "antwoord:";

/** The form field that carries the chosen options of one quiz question. */
export function answerField(questionId: string): string {
  return `${ANSWER_FIELD_PREFIX}${questionId}`;
}
