// The course as a statechart, built from a published version's manifest. Lessons follow one
// another (or run side by side when the course allows free order); inside a lesson every
// scenario and quiz is a region of its own, and the lesson is done when all its regions are
// final and the learner has finished reading. The machine only decides; persistence and
// HTTP live elsewhere (the server restores it from a snapshot for every event).
import { type AnyStateMachine, type StateNodeConfig, assign, setup } from "xstate";
import type { CourseMetadata } from "~/content/course-metadata";
import type { CourseManifest, LessonOutline, Scores } from "~/content/manifest";
import { gradeQuiz, walkScenario } from "~/content/grading";

/** Raise when the machine's shape changes in a way old snapshots cannot follow. */
export const MACHINE_SCHEMA_VERSION = 1;

export interface ScenarioProgress {
  path: string[];
  finished: boolean;
  scores: Scores | null;
}

export interface QuizProgress {
  attempts: number;
  bestScore: number;
  passed: boolean;
  lastScore: number | null;
  /** The answers of the latest attempt, so its graded result can be shown again. */
  lastAnswers: Record<string, string[]> | null;
}

export interface ProgressContext {
  scenarios: Record<string, ScenarioProgress>;
  quizzes: Record<string, QuizProgress>;
  completedLessons: string[];
}

export type ProgressEvent =
  /** `step` names the step the learner saw: a choice made in a stale window is refused. */
  | { type: "scenario.choose"; scenario: string; step: string; choice: string }
  | { type: "quiz.submit"; quiz: string; answers: Record<string, string[]> }
  | { type: "lesson.complete"; lesson: string };

export interface CourseDefinition {
  versionId: string;
  metadata: Pick<CourseMetadata, "volgorde" | "pogingen">;
  manifest: CourseManifest;
}

function lessonKey(lesson: LessonOutline): string {
  return `les-${lesson.position}`;
}

export function initialContext(manifest: CourseManifest): ProgressContext {
  return {
    scenarios: Object.fromEntries(Object.keys(manifest.scenarios).map((id) => [id, { path: [], finished: false, scores: null }])),
    quizzes: Object.fromEntries(Object.keys(manifest.quizzes).map((id) => [id, { attempts: 0, bestScore: 0, passed: false, lastScore: null, lastAnswers: null }])),
    completedLessons: [],
  };
}

function blocksDone(lesson: LessonOutline, context: ProgressContext): boolean {
  return lesson.blocks.every((block) => {
    if (block.kind === "scenario") return context.scenarios[block.id]?.finished === true;
    if (block.kind === "quiz") return context.quizzes[block.id]?.passed === true;
    return true;
  });
}

export function buildCourseMachine({ versionId, metadata, manifest }: CourseDefinition): AnyStateMachine {
  const maxAttempts = metadata.pogingen;

  const machineSetup = setup({
    types: {} as { context: ProgressContext; events: ProgressEvent },
  });

  const scenarioRegion = (id: string): StateNodeConfig<ProgressContext, ProgressEvent, never, never, never, never, never, never, never, never> => ({
    initial: "playing",
    states: {
      playing: {
        always: { guard: ({ context }) => context.scenarios[id]!.finished, target: "finished" },
        on: {
          "scenario.choose": {
            guard: ({ context, event }) => {
              if (event.scenario !== id) return false;
              const scenario = manifest.scenarios[id]!;
              const position = walkScenario(scenario, context.scenarios[id]!.path);
              if (position.kind !== "step" || position.step.id !== event.step) return false;
              return position.step.choices.some((choice) => choice.id === event.choice);
            },
            actions: assign(({ context, event }) => {
              const path = [...context.scenarios[id]!.path, (event as { choice: string }).choice];
              const position = walkScenario(manifest.scenarios[id]!, path);
              const finished = position.kind === "ending";
              return {
                scenarios: {
                  ...context.scenarios,
                  [id]: { path, finished, scores: finished ? position.scores : null },
                },
              };
            }),
            target: "playing",
            reenter: true,
          },
        },
      },
      finished: {
        type: "final",
      },
    },
  });

  const quizRegion = (id: string): StateNodeConfig<ProgressContext, ProgressEvent, never, never, never, never, never, never, never, never> => ({
    initial: "open",
    states: {
      open: {
        always: [
          { guard: ({ context }) => context.quizzes[id]!.passed, target: "passed" },
          { guard: ({ context }) => context.quizzes[id]!.attempts >= maxAttempts, target: "exhausted" },
        ],
        on: {
          "quiz.submit": {
            guard: ({ event }) => event.quiz === id,
            actions: assign(({ context, event }) => {
              const answers = (event as { answers: Record<string, string[]> }).answers;
              const result = gradeQuiz(manifest.quizzes[id]!, answers);
              const previous = context.quizzes[id]!;
              return {
                quizzes: {
                  ...context.quizzes,
                  [id]: {
                    attempts: previous.attempts + 1,
                    bestScore: Math.max(previous.bestScore, result.scorePercentage),
                    passed: previous.passed || result.passed,
                    lastScore: result.scorePercentage,
                    lastAnswers: answers,
                  },
                },
              };
            }),
            target: "open",
            reenter: true,
          },
        },
      },
      passed: { type: "final" },
      // No attempts left: the lesson cannot be completed until a coordinator grants more.
      exhausted: {},
    },
  });

  const lessonState = (lesson: LessonOutline, next: string | null) => {
    const regions: Record<string, unknown> = {
      reading: {
        initial: "open",
        states: {
          open: {
            on: {
              "lesson.complete": {
                // Completing is the learner's last step in a lesson: every scenario ended, every quiz passed.
                guard: ({ context, event }: { context: ProgressContext; event: ProgressEvent }) =>
                  event.type === "lesson.complete" && event.lesson === lesson.slug && blocksDone(lesson, context),
                target: "read",
              },
            },
          },
          read: { type: "final" },
        },
      },
    };
    for (const block of lesson.blocks) {
      if (block.kind === "scenario") regions[`scenario-${block.id}`] = scenarioRegion(block.id);
      if (block.kind === "quiz") regions[`quiz-${block.id}`] = quizRegion(block.id);
    }
    return {
      initial: "active",
      states: {
        active: {
          type: "parallel",
          states: regions,
          onDone: {
            target: "done",
            actions: assign(({ context }: { context: ProgressContext }) => ({
              completedLessons: [...context.completedLessons, lesson.slug],
            })),
          },
        },
        done: { type: "final" },
      },
      ...(next ? { onDone: next } : {}),
    };
  };

  const lessons = manifest.lessons;
  const freeOrder = metadata.volgorde === "vrij";
  const lessonStates = Object.fromEntries(
    lessons.map((lesson, index) => {
      const next = freeOrder ? null : index + 1 < lessons.length ? `#course.${lessonKey(lessons[index + 1]!)}` : "#course.completed";
      return [lessonKey(lesson), lessonState(lesson, next)];
    }),
  );

  const states = freeOrder
    ? {
        lessons: { type: "parallel" as const, states: lessonStates, onDone: "completed" },
        completed: { type: "final" as const },
      }
    : { ...lessonStates, completed: { type: "final" as const } };

  return machineSetup.createMachine({
    id: "course",
    // The version is part of the machine's identity: a snapshot only restores into its own version.
    description: `course version ${versionId}, schema ${MACHINE_SCHEMA_VERSION}`,
    context: initialContext(manifest),
    initial: freeOrder ? "lessons" : lessonKey(lessons[0]!),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    states: states as any,
  });
}
