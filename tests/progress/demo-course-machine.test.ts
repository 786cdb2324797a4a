// The course machine on its own, over the published demo course: every path through its
// scenario leads, with "les afronden" and a passed quiz, to the final state; a quiz failed
// as often as the course allows keeps the course from completing.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createActor } from "xstate";
import { beforeAll, describe, expect, it } from "vitest";
import type { QuizManifest } from "../../app/content/manifest";
import { publishCourse } from "../../app/content/publish.server";
import { type PublishedVersion, loadVersion } from "../../app/content/published.server";
import { gradeQuiz } from "../../app/content/grading";
import { type ProgressEvent, buildCourseMachine } from "../../app/progress/course-machine";
import { db, resetDatabase } from "../support/database";
import { allPaths } from "../support/scenario-paths";

const DEMO = fileURLToPath(new URL("../../content/demo-signaleren", import.meta.url));

let version: PublishedVersion;

beforeAll(async () => {
  await resetDatabase();
  const result = await publishCourse(db, path.resolve(DEMO));
  if (result.status === "invalid") throw new Error(`the demo course has faults: ${JSON.stringify(result.faults)}`);
  version = (await loadVersion(result.versionId))!;
});

function learner() {
  const actor = createActor(buildCourseMachine({ versionId: version.id, metadata: version.metadata, manifest: version.manifest })).start();
  return {
    send: (event: ProgressEvent) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
  };
}

/** Answers that get every question right, or every question wrong. */
function answers(quiz: QuizManifest, right: boolean): Record<string, string[]> {
  return Object.fromEntries(
    quiz.questions.map((question) => {
      const options = question.options.filter((option) => option.correct === right).map((option) => option.id);
      return [question.id, question.type === "een" ? options.slice(0, 1) : options];
    }),
  );
}

describe("the demo course's machine", () => {
  it("has the shape the paths below rely on: a reading lesson, a scenario lesson and a quiz lesson, in order", () => {
    expect(version.metadata.volgorde).toBe("vast");
    expect(version.manifest.lessons.map((lesson) => lesson.blocks.map((block) => block.kind))).toEqual([[], ["scenario", "reflection"], ["quiz"]]);
  });

  it("reaches completed along every path through the scenario", () => {
    const [reading, scenarioLesson, quizLesson] = version.manifest.lessons;
    const scenarioId = scenarioLesson!.blocks.find((block) => block.kind === "scenario")!.id;
    const quizId = quizLesson!.blocks.find((block) => block.kind === "quiz")!.id;
    const paths = allPaths(version.manifest.scenarios[scenarioId]!);
    expect(paths.length).toBeGreaterThanOrEqual(3);

    for (const route of paths) {
      const someone = learner();
      someone.send({ type: "lesson.complete", lesson: reading!.slug });
      route.choices.forEach((choice, index) => someone.send({ type: "scenario.choose", scenario: scenarioId, step: route.stepIds[index]!, choice }));
      const scenario = someone.snapshot().context.scenarios[scenarioId]!;
      expect(scenario, route.choices.join(" → ")).toMatchObject({ path: route.choices, finished: true, scores: route.scores });
      someone.send({ type: "lesson.complete", lesson: scenarioLesson!.slug });
      someone.send({ type: "quiz.submit", quiz: quizId, answers: answers(version.manifest.quizzes[quizId]!, true) });
      someone.send({ type: "lesson.complete", lesson: quizLesson!.slug });
      expect(someone.snapshot().status, route.choices.join(" → ")).toBe("done");
      expect(someone.snapshot().context.completedLessons).toEqual(version.manifest.lessons.map((lesson) => lesson.slug));
    }
  });

  it("does not complete when the quiz is failed as often as the course allows, however it continues", () => {
    const [reading, scenarioLesson, quizLesson] = version.manifest.lessons;
    const scenarioId = scenarioLesson!.blocks.find((block) => block.kind === "scenario")!.id;
    const quiz = version.manifest.quizzes[quizLesson!.blocks.find((block) => block.kind === "quiz")!.id]!;
    const best = allPaths(version.manifest.scenarios[scenarioId]!)[0]!;
    expect(gradeQuiz(quiz, answers(quiz, false)).passed).toBe(false);

    const someone = learner();
    someone.send({ type: "lesson.complete", lesson: reading!.slug });
    best.choices.forEach((choice, index) => someone.send({ type: "scenario.choose", scenario: scenarioId, step: best.stepIds[index]!, choice }));
    someone.send({ type: "lesson.complete", lesson: scenarioLesson!.slug });
    for (let attempt = 0; attempt < version.metadata.pogingen; attempt++) {
      someone.send({ type: "quiz.submit", quiz: quiz.id, answers: answers(quiz, false) });
    }
    someone.send({ type: "quiz.submit", quiz: quiz.id, answers: answers(quiz, true) });
    someone.send({ type: "lesson.complete", lesson: quizLesson!.slug });
    expect(someone.snapshot().context.quizzes[quiz.id]).toMatchObject({ attempts: version.metadata.pogingen, passed: false });
    expect(someone.snapshot().status).toBe("active");
  });
});
