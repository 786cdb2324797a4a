// The published shape of a course version. The manifest (answer keys, scores, feedback)
// never leaves the server; the public views below are what a browser may receive.
import type { ScoreDimension } from "./components";

export type Scores = Record<ScoreDimension, number>;

/** A lesson as it is shown: pre-rendered HTML blocks with interactive blocks between them. */
export type LessonSegment =
  | { kind: "html"; html: string }
  | { kind: "scenario"; id: string }
  | { kind: "quiz"; id: string }
  | { kind: "reflection"; id: string };

export interface ScenarioChoice {
  /** Stable within its step: "k1", "k2", ... in the order the author wrote them. */
  id: string;
  html: string;
  feedbackHtml: string;
  next: string;
  scores: Scores;
  reaction: "passend" | "over" | "onder";
}

export interface ScenarioStep {
  id: string;
  html: string;
  choices: ScenarioChoice[];
}

export interface ScenarioEnding {
  id: string;
  title: string | null;
  outcome: "goed" | "matig" | "slecht";
  html: string;
}

export interface ScenarioManifest {
  id: string;
  lesson: string;
  title: string;
  setting: string;
  sector: string | null;
  start: string;
  steps: Record<string, ScenarioStep>;
  endings: Record<string, ScenarioEnding>;
  /** The best total reachable per dimension, over all paths. */
  maxScores: Scores;
}

export interface QuizOption {
  id: string;
  html: string;
  correct: boolean;
  explanationHtml: string;
}

export interface QuizQuestion {
  id: string;
  type: "een" | "meer";
  html: string;
  options: QuizOption[];
}

export interface QuizManifest {
  id: string;
  lesson: string;
  title: string | null;
  /** Percentage needed to pass. */
  passMark: number;
  questions: QuizQuestion[];
}

export interface ReflectionManifest {
  id: string;
  lesson: string;
  promptHtml: string;
}

export interface LessonOutline {
  slug: string;
  position: number;
  title: string;
  summary: string | null;
  minutes: number | null;
  blocks: Exclude<LessonSegment, { kind: "html" }>[];
}

export interface CourseManifest {
  lessons: LessonOutline[];
  scenarios: Record<string, ScenarioManifest>;
  quizzes: Record<string, QuizManifest>;
  reflections: Record<string, ReflectionManifest>;
}

// ---- what a browser may see ----

export interface PublicScenarioStep {
  id: string;
  html: string;
  choices: { id: string; html: string }[];
}

export interface PublicQuizQuestion {
  id: string;
  type: "een" | "meer";
  html: string;
  options: { id: string; html: string }[];
}

export function publicStep(step: ScenarioStep): PublicScenarioStep {
  return { id: step.id, html: step.html, choices: step.choices.map(({ id, html }) => ({ id, html })) };
}

export function publicQuestion(question: QuizQuestion): PublicQuizQuestion {
  return {
    id: question.id,
    type: question.type,
    html: question.html,
    options: question.options.map(({ id, html }) => ({ id, html })),
  };
}
