// The learner's saved progress in one lesson, as the lesson page receives it. Everything
// here is public: positions and results the learner reached, never what they did not.
import type { QuizResult, ScenarioPosition } from "~/content/grading";
import type { LessonStatus, Outstanding } from "~/progress/progress-view";

export interface ScenarioProgressView {
  path: string[];
  position: ScenarioPosition;
  finished: boolean;
}

export interface QuizProgressView {
  attempts: number;
  maxAttempts: number;
  passed: boolean;
  bestScore: number;
  /** The graded latest attempt, so the learner sees it again after a reload. */
  lastResult: QuizResult | null;
}

export interface ReflectionView {
  text: string;
  updatedAt: string | null;
}

export interface LessonProgressView {
  /** Prefix of the event ids this page's forms send; new for every page load. */
  token: string;
  status: LessonStatus;
  outstanding: (Outstanding & { title: string | null })[];
  scenarios: Record<string, ScenarioProgressView>;
  quizzes: Record<string, QuizProgressView>;
  reflections: Record<string, ReflectionView>;
  /** The lesson to finish first, when this one is locked. */
  currentLesson: { slug: string; title: string } | null;
  /** Which quiz the learner asked to take again (no-JavaScript "Opnieuw maken"). */
  retake: string | null;
}

/** The id of a progress event from this page: the same form yields the same id on a retry. */
export function eventId(token: string, ...parts: (string | number)[]): string {
  return [token, ...parts].join(".");
}
