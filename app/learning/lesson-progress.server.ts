// A learner's progress in one lesson: what the page shows of it, and what happens to what
// the page sends. Choices, quiz attempts and "les afronden" become events on the learner's
// course machine (progress-store.server); after a scenario ends or a quiz is passed the
// learner may practise again without changing what was saved; reflections are saved as
// private drafts.
import { randomUUID } from "node:crypto";
import type { LessonProgressView } from "~/components/lesson/lesson-progress";
import { EVENT_FIELD, type LessonReply, type ReflectionReply } from "~/components/lesson/replies";
import { gradeQuiz, walkScenario } from "~/content/grading";
import type { Database } from "~/db/create-database.server";
import type { LearnerCourse } from "~/progress/learner-progress.server";
import type { ProgressEvent } from "~/progress/course-machine";
import { applyProgressEvent, earlierEvent } from "~/progress/progress-store.server";
import { lessonStatuses, outstandingBlocks } from "~/progress/progress-view";
import { type LessonForm, answerLessonForm, invalidRequest } from "./lesson-answers.server";

export const MAX_REFLECTION_LENGTH = 10_000;
const EVENT_ID_PATTERN = /^[A-Za-z0-9._:-]{16,200}$/;

type Lesson = NonNullable<ReturnType<LearnerCourse["version"]["lessons"]["get"]>>;

export async function lessonProgressView(
  db: Database,
  input: { userId: string; learner: LearnerCourse; lesson: Lesson; retake: string | null },
): Promise<LessonProgressView> {
  const { learner, lesson } = input;
  const { version, context } = learner;
  const outline = version.manifest.lessons.find((candidate) => candidate.slug === lesson.slug)!;
  const statuses = lessonStatuses(version.manifest, version.metadata.volgorde, context);
  const status = statuses.get(lesson.slug) ?? "not-started";
  const current = status === "locked" ? version.manifest.lessons.find((candidate) => statuses.get(candidate.slug) !== "completed") : undefined;

  const view: LessonProgressView = {
    token: randomUUID(),
    status,
    outstanding: outstandingBlocks(outline, context, version.metadata.pogingen).map((block) => ({
      ...block,
      title: (block.kind === "scenario" ? version.manifest.scenarios[block.id]?.title : version.manifest.quizzes[block.id]?.title) ?? null,
    })),
    scenarios: {},
    quizzes: {},
    reflections: {},
    currentLesson: current ? { slug: current.slug, title: current.title } : null,
    retake: input.retake,
  };
  for (const block of outline.blocks) {
    if (block.kind === "scenario") {
      const saved = context.scenarios[block.id]!;
      view.scenarios[block.id] = { path: saved.path, finished: saved.finished, position: walkScenario(version.manifest.scenarios[block.id]!, saved.path) };
    } else if (block.kind === "quiz") {
      const saved = context.quizzes[block.id]!;
      view.quizzes[block.id] = {
        attempts: saved.attempts,
        maxAttempts: version.metadata.pogingen,
        passed: saved.passed,
        bestScore: saved.bestScore,
        lastResult: saved.lastAnswers ? gradeQuiz(version.manifest.quizzes[block.id]!, saved.lastAnswers) : null,
      };
    }
  }
  const reflectionIds = outline.blocks.filter((block) => block.kind === "reflection").map((block) => block.id);
  if (reflectionIds.length > 0) {
    const course = await db.course.findUniqueOrThrow({ where: { slug: version.slug }, select: { id: true } });
    const saved = await db.reflection.findMany({
      where: { userId: input.userId, courseId: course.id, reflectionId: { in: reflectionIds } },
      select: { reflectionId: true, text: true, updatedAt: true },
    });
    for (const id of reflectionIds) {
      const row = saved.find((candidate) => candidate.reflectionId === id);
      view.reflections[id] = { text: row?.text ?? "", updatedAt: row?.updatedAt.toISOString() ?? null };
    }
  }
  return view;
}

export type LessonActionOutcome = { status: number; reply: LessonReply } | { redirect: string };

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

function inLesson(lesson: Lesson, kind: "scenario" | "quiz" | "reflection", id: string): boolean {
  return lesson.segments.some((segment) => segment.kind === kind && segment.id === id);
}

/** Handles a form from a lesson page of a learner's course version. */
export async function handleLessonForm(
  db: Database,
  input: { userId: string; learner: LearnerCourse; lesson: Lesson; form: LessonForm },
): Promise<LessonActionOutcome> {
  const { learner, lesson, form } = input;
  const { version } = learner;
  const intent = text(form.get("intent"));
  const practice = form.has("oefenen");
  if ((intent === "scenario" || intent === "quiz") && practice) {
    const answer = answerLessonForm(version, lesson, form);
    if (answer.reply.intent === "scenario" || answer.reply.intent === "quiz") answer.reply.practice = true;
    return answer;
  }

  const eventId = text(form.get(EVENT_FIELD));
  if (intent === "reflectie") return saveReflection(db, input);
  if (!EVENT_ID_PATTERN.test(eventId)) return invalidRequest();
  // A retried form (same event id) gets its answer again; the checks below are for new events.
  const earlier = await earlierEvent(db, input.userId, eventId);
  if (earlier === "foreign") return invalidRequest();
  const retry = earlier === "applied";
  const known = !retry && learner.enrollment ? { enrollment: learner.enrollment, eventIsNew: true as const } : undefined;
  const apply = (event: ProgressEvent) =>
    applyProgressEvent(db, { userId: input.userId, courseSlug: version.slug, eventId, event, versionId: version.id, known });

  if (intent === "scenario") return chooseInScenario(input, apply, retry);
  if (intent === "quiz") return submitQuiz(input, apply, retry);
  if (intent === "afronden") {
    const outline = version.manifest.lessons.find((candidate) => candidate.slug === lesson.slug)!;
    if (!retry && outstandingBlocks(outline, learner.context, version.metadata.pogingen).length > 0) {
      return { status: 409, reply: { intent: null, block: null, error: "lesson.notReady" } };
    }
    const result = await apply({ type: "lesson.complete", lesson: lesson.slug });
    if (result.status === "applied" || result.status === "replayed") {
      if (result.completed) return { redirect: `/cursussen/${version.slug}/afgerond` };
      const next = version.manifest.lessons.find((candidate) => candidate.position === lesson.position + 1);
      return { redirect: next ? `/cursussen/${version.slug}/${next.slug}` : `/cursussen/${version.slug}` };
    }
    return { status: 409, reply: { intent: null, block: null, error: learnerMayAct(learner, lesson) ? "lesson.notReady" : "lesson.locked" } };
  }
  return invalidRequest();
}

type Apply = (event: ProgressEvent) => ReturnType<typeof applyProgressEvent>;

async function chooseInScenario(
  input: { learner: LearnerCourse; lesson: Lesson; form: LessonForm },
  apply: Apply,
  retry: boolean,
): Promise<LessonActionOutcome> {
  const { learner, lesson, form } = input;
  const id = text(form.get("scenario"));
  const scenario = inLesson(lesson, "scenario", id) ? learner.version.manifest.scenarios[id] : undefined;
  if (!scenario) return invalidRequest();
  const reply = (status: number, path: string[], error: LessonReply["error"]) => ({
    status,
    reply: { intent: "scenario" as const, block: id, path, position: walkScenario(scenario, path), practice: false, error },
  });
  const savedPath = learner.context.scenarios[id]?.path ?? [];
  const step = text(form.get("stap"));
  const choice = text(form.get("keuze"));
  if (!retry) {
    if (!learnerMayAct(learner, lesson)) return reply(409, savedPath, "lesson.locked");
    const position = walkScenario(scenario, savedPath);
    // The page was behind: another window went on, or the scenario has ended.
    if (position.kind !== "step" || position.step.id !== step) return reply(409, savedPath, "scenario.stale");
    if (!choice) return reply(400, savedPath, "scenario.chooseFirst");
    if (!position.step.choices.some((candidate) => candidate.id === choice)) return reply(400, savedPath, "scenario.invalidPath");
  }

  const result = await apply({ type: "scenario.choose", scenario: id, step, choice });
  if (result.status === "applied" || result.status === "replayed") return reply(200, result.context.scenarios[id]!.path, null);
  if (result.status === "unknown-course") return invalidRequest();
  return reply(409, savedPath, "scenario.stale");
}

async function submitQuiz(input: { learner: LearnerCourse; lesson: Lesson; form: LessonForm }, apply: Apply, retry: boolean): Promise<LessonActionOutcome> {
  const { learner, lesson, form } = input;
  const checked = answerLessonForm(learner.version, lesson, form);
  if (checked.status !== 200 || checked.reply.intent !== "quiz" || !checked.reply.result) return checked;
  const id = checked.reply.block;
  if (!retry && !learnerMayAct(learner, lesson)) return { status: 409, reply: { ...checked.reply, result: null, error: "lesson.locked" } };
  const result = await apply({ type: "quiz.submit", quiz: id, answers: checked.reply.answers });
  if (result.status === "applied" || result.status === "replayed") return checked;
  const saved = learner.context.quizzes[id];
  const error = saved?.passed
      ? "quiz.alreadyPassed"
      : (saved?.attempts ?? 0) >= learner.version.metadata.pogingen
        ? "quiz.noAttemptsLeft"
        : "quiz.stale";
  return { status: 409, reply: { ...checked.reply, result: null, error } };
}

function learnerMayAct(learner: LearnerCourse, lesson: Lesson): boolean {
  const status = lessonStatuses(learner.version.manifest, learner.version.metadata.volgorde, learner.context).get(lesson.slug);
  return status !== "locked" && status !== "completed";
}

async function saveReflection(db: Database, input: { userId: string; learner: LearnerCourse; lesson: Lesson; form: LessonForm }): Promise<LessonActionOutcome> {
  const id = text(input.form.get("reflectie"));
  if (!inLesson(input.lesson, "reflection", id)) return invalidRequest();
  const reply = (status: number, savedAt: string | null, error: ReflectionReply["error"]) => ({
    status,
    reply: { intent: "reflection" as const, block: id, savedAt, error },
  });
  const body = text(input.form.get("tekst"));
  if (body.length > MAX_REFLECTION_LENGTH) return reply(400, null, "reflection.tooLong");
  const course = await db.course.findUniqueOrThrow({ where: { slug: input.learner.version.slug }, select: { id: true } });
  const key = { userId: input.userId, courseId: course.id, reflectionId: id };
  const saved = await db.reflection.upsert({
    where: { userId_courseId_reflectionId: key },
    create: { ...key, text: body },
    update: { text: body },
    select: { updatedAt: true },
  });
  return reply(200, saved.updatedAt.toISOString(), null);
}
