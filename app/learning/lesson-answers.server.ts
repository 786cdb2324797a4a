// Answers what a learner sends from a lesson page: the next position in a scenario, or a
// graded quiz. Every id is checked against the lesson the form came from, so a forged or
// stale form gets a message and status 400, never an exception and never an answer key.
import { ANSWER_FIELD_PREFIX, type InvalidReply, type LessonReply, type QuizReply, type ScenarioReply } from "~/components/lesson/replies";
import type { LessonSegment } from "~/content/manifest";
import { type PublishedVersion } from "~/content/published.server";
import { InvalidPathError, gradeQuiz, walkScenario } from "~/content/grading";
import type { MessageKey } from "~/i18n/translate";

export interface Answer {
  status: number;
  reply: LessonReply;
}

type Lesson = { segments: LessonSegment[] };

/** A lesson form as Remix's FormData or as the lesson API's URLSearchParams. */
export type LessonForm = Pick<FormData, "get" | "has" | "entries">;

export function answerLessonForm(version: PublishedVersion, lesson: Lesson, form: LessonForm): Answer {
  const intent = form.get("intent");
  if (intent === "scenario") return answerScenario(version, lesson, form);
  if (intent === "quiz") return answerQuiz(version, lesson, form);
  return invalidRequest();
}

export function invalidRequest(): { status: 400; reply: InvalidReply } {
  return { status: 400, reply: { intent: null, block: null, error: "lesson.invalidRequest" } };
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

function inLesson(lesson: Lesson, kind: "scenario" | "quiz", id: string): boolean {
  return lesson.segments.some((segment) => segment.kind === kind && segment.id === id);
}

function answerScenario(version: PublishedVersion, lesson: Lesson, form: LessonForm): Answer {
  const id = text(form.get("scenario"));
  const scenario = inLesson(lesson, "scenario", id) ? version.manifest.scenarios[id] : undefined;
  if (!scenario) return invalidRequest();
  const scenarioReply = (status: 200 | 400, reply: Omit<ScenarioReply, "intent" | "block" | "practice">): Answer => ({
    status,
    reply: { intent: "scenario", block: id, practice: false, ...reply },
  });
  const restart = form.has("opnieuw");
  const taken = restart ? [] : text(form.get("pad")).split(",").filter(Boolean);
  const choice = text(form.get("keuze"));
  const path = restart || !choice ? taken : [...taken, choice];
  // The graph has no loops, so no honest path is longer than the number of steps.
  if (path.length > Object.keys(scenario.steps).length)
    return scenarioReply(400, { path: [], position: null, error: "scenario.invalidPath" });
  try {
    const position = walkScenario(scenario, path);
    if (!restart && !choice) return scenarioReply(400, { path, position, error: "scenario.chooseFirst" });
    return scenarioReply(200, { path, position, error: null });
  } catch (error) {
    if (error instanceof InvalidPathError) return scenarioReply(400, { path: [], position: null, error: "scenario.invalidPath" });
    throw error;
  }
}

function answerQuiz(version: PublishedVersion, lesson: Lesson, form: LessonForm): Answer {
  const id = text(form.get("quiz"));
  const quiz = inLesson(lesson, "quiz", id) ? version.manifest.quizzes[id] : undefined;
  if (!quiz) return invalidRequest();
  const quizReply = (status: 200 | 400, reply: Omit<QuizReply, "intent" | "block" | "practice">): Answer => ({
    status,
    reply: { intent: "quiz", block: id, practice: false, ...reply },
  });
  const refused = (error: MessageKey) => quizReply(400, { answers: {}, result: null, errors: {}, error });

  const questions = new Map(quiz.questions.map((question) => [question.id, question]));
  const answers: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(ANSWER_FIELD_PREFIX)) continue;
    const question = questions.get(name.slice(ANSWER_FIELD_PREFIX.length));
    if (!question || typeof value !== "string" || !question.options.some((option) => option.id === value)) {
      return refused("quiz.invalidAnswer");
    }
    const chosen = (answers[question.id] ??= []);
    if (!chosen.includes(value)) chosen.push(value);
  }
  if (quiz.questions.some((question) => question.type === "een" && (answers[question.id]?.length ?? 0) > 1)) {
    return refused("quiz.invalidAnswer");
  }

  const errors: Record<string, MessageKey> = {};
  for (const question of quiz.questions) if (!answers[question.id]?.length) errors[question.id] = "quiz.unanswered";
  if (Object.keys(errors).length > 0) return quizReply(400, { answers, result: null, errors, error: null });
  return quizReply(200, { answers, result: gradeQuiz(quiz, answers), errors: {}, error: null });
}
