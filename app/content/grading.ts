// The rules of scenarios and quizzes, shared by the lesson pages, the course machine and the
// xAPI statements: walking a path of choices through a scenario's graph, and grading a quiz.
// Pure functions of a manifest; nothing here reads a database.
import { type QuizManifest, type ScenarioEnding, type ScenarioManifest, type Scores, type PublicScenarioStep, publicStep } from "./manifest";

// ---- scenarios ----

export type ScenarioPosition =
  | { kind: "step"; step: PublicScenarioStep; taken: TakenChoice[] }
  | { kind: "ending"; ending: ScenarioEnding; taken: TakenChoice[]; scores: Scores; maxScores: Scores };

export interface TakenChoice {
  stepId: string;
  choiceId: string;
  choiceHtml: string;
  feedbackHtml: string;
}

export class InvalidPathError extends Error {
  name = "InvalidPathError";
}

/**
 * Replays a path of choices from the start of a scenario. Every choice is checked against
 * the graph, so a made-up path is refused rather than revealing anything.
 */
export function walkScenario(scenario: ScenarioManifest, path: readonly string[]): ScenarioPosition {
  let stepId = scenario.start;
  const taken: TakenChoice[] = [];
  const scores: Scores = { signaleren: 0, duiden: 0, handelen: 0 };
  for (const choiceId of path) {
    const step = scenario.steps[stepId];
    const choice = step?.choices.find((candidate) => candidate.id === choiceId);
    if (!step || !choice) throw new InvalidPathError(`choice ${choiceId} is not offered at ${stepId}`);
    taken.push({ stepId, choiceId, choiceHtml: choice.html, feedbackHtml: choice.feedbackHtml });
    for (const dimension of Object.keys(scores) as (keyof Scores)[]) scores[dimension] += choice.scores[dimension];
    stepId = choice.next;
  }
  const ending = scenario.endings[stepId];
  if (ending) {
    return {
      kind: "ending",
      ending: { id: ending.id, title: ending.title, outcome: ending.outcome, html: ending.html },
      taken,
      scores,
      maxScores: scenario.maxScores,
    };
  }
  return { kind: "step", step: publicStep(scenario.steps[stepId]!), taken };
}

// ---- quizzes ----

export interface QuizResult {
  scorePercentage: number;
  passed: boolean;
  passMark: number;
  questions: {
    id: string;
    correct: boolean;
    chosen: string[];
    options: { id: string; html: string; correct: boolean; chosen: boolean; explanationHtml: string }[];
  }[];
}

/** Grades answers on the server: a question counts when exactly its correct options are chosen. */
export function gradeQuiz(quiz: QuizManifest, answers: Record<string, readonly string[]>): QuizResult {
  const questions = quiz.questions.map((question) => {
    const known = new Set(question.options.map((option) => option.id));
    const chosen = [...new Set((answers[question.id] ?? []).filter((id) => known.has(id)))];
    const picked = question.type === "een" ? chosen.slice(0, 1) : chosen;
    const correctIds = question.options.filter((option) => option.correct).map((option) => option.id);
    const correct = picked.length === correctIds.length && correctIds.every((id) => picked.includes(id));
    return {
      id: question.id,
      correct,
      chosen: picked,
      options: question.options.map((option) => ({
        id: option.id,
        html: option.html,
        correct: option.correct,
        chosen: picked.includes(option.id),
        explanationHtml: option.explanationHtml,
      })),
    };
  });
  const right = questions.filter((question) => question.correct).length;
  const scorePercentage = questions.length === 0 ? 0 : Math.round((right / questions.length) * 100);
  return { scorePercentage, passed: scorePercentage >= quiz.passMark, passMark: quiz.passMark, questions };
}
