import { createActor } from "xstate";
import { beforeAll, describe, expect, it } from "vitest";
import { type PublishedVersion, loadVersion } from "../../app/content/published.server";
import { publishCourse } from "../../app/content/publish.server";
import { buildCourseMachine } from "../../app/progress/course-machine";
import { writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

let version: PublishedVersion;

beforeAll(async () => {
  await resetDatabase();
  const result = await publishCourse(db, writeCourse());
  if (result.status === "invalid") throw new Error("fixture course has faults");
  version = (await loadVersion(result.versionId))!;
});

function start(order: "vast" | "vrij" = "vast", snapshot?: unknown) {
  const machine = buildCourseMachine({
    versionId: version.id,
    metadata: { volgorde: order, pogingen: version.metadata.pogingen },
    manifest: version.manifest,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createActor(machine, snapshot ? { snapshot: snapshot as any } : undefined).start();
}

const GOOD_PATH = [
  { step: "begin", choice: "k1" },
  { step: "gesprek", choice: "k1" },
];
const choose = (step: string, choice: string) => ({ type: "scenario.choose" as const, scenario: "verhitte-les", step, choice });
const RIGHT_ANSWERS = { "een-signaal": ["o2"] };
const WRONG_ANSWERS = { "een-signaal": ["o1"] };

describe("the course machine", () => {
  it("takes the lessons in order and completes after the last one", () => {
    const actor = start();
    actor.send({ type: "lesson.complete", lesson: "02-quiz" });
    expect(actor.getSnapshot().context.completedLessons).toEqual([]);

    for (const { step, choice } of GOOD_PATH) actor.send(choose(step, choice));
    actor.send({ type: "lesson.complete", lesson: "01-scenario" });
    expect(actor.getSnapshot().context.completedLessons).toEqual(["01-scenario"]);

    actor.send({ type: "quiz.submit", quiz: "toets", answers: RIGHT_ANSWERS });
    actor.send({ type: "lesson.complete", lesson: "02-quiz" });
    expect(actor.getSnapshot().status).toBe("done");
    expect(actor.getSnapshot().value).toBe("completed");
  });

  it("does not complete a lesson whose scenario has not reached an ending", () => {
    const actor = start();
    actor.send(choose("begin", "k1"));
    actor.send({ type: "lesson.complete", lesson: "01-scenario" });
    expect(actor.getSnapshot().context.completedLessons).toEqual([]);
  });

  it("does not complete a lesson early: 'les afronden' before the scenario ends counts for nothing later", () => {
    const actor = start();
    actor.send({ type: "lesson.complete", lesson: "01-scenario" });
    for (const { step, choice } of GOOD_PATH) actor.send(choose(step, choice));
    expect(actor.getSnapshot().context.completedLessons).toEqual([]);
    actor.send({ type: "lesson.complete", lesson: "01-scenario" });
    expect(actor.getSnapshot().context.completedLessons).toEqual(["01-scenario"]);
  });

  it("records the path and the scores of a scenario, and ignores a choice the step does not offer", () => {
    const actor = start();
    actor.send(choose("begin", "k9"));
    expect(actor.getSnapshot().context.scenarios["verhitte-les"]?.path).toEqual([]);
    actor.send(choose("begin", "k2"));
    expect(actor.getSnapshot().context.scenarios["verhitte-les"]).toEqual({
      path: ["k2"],
      finished: true,
      scores: { signaleren: 1, duiden: -2, handelen: -3 },
    });
  });

  it("refuses a choice made at a step the learner has already left", () => {
    const actor = start();
    actor.send(choose("begin", "k1"));
    // "k1" is also a choice at the next step, so only the step id tells a stale form apart.
    actor.send(choose("begin", "k1"));
    expect(actor.getSnapshot().context.scenarios["verhitte-les"]?.path).toEqual(["k1"]);
  });

  it("allows quiz attempts up to the course's limit and keeps the best score", () => {
    const actor = start("vrij");
    for (let attempt = 0; attempt < version.metadata.pogingen + 2; attempt++) {
      actor.send({ type: "quiz.submit", quiz: "toets", answers: WRONG_ANSWERS });
    }
    expect(actor.getSnapshot().context.quizzes.toets).toMatchObject({ attempts: version.metadata.pogingen, passed: false });
    actor.send({ type: "lesson.complete", lesson: "02-quiz" });
    expect(actor.getSnapshot().context.completedLessons).toEqual([]);
  });

  it("lets lessons be taken in any order when the course says so", () => {
    const actor = start("vrij");
    actor.send({ type: "quiz.submit", quiz: "toets", answers: RIGHT_ANSWERS });
    actor.send({ type: "lesson.complete", lesson: "02-quiz" });
    expect(actor.getSnapshot().context.completedLessons).toEqual(["02-quiz"]);
    for (const { step, choice } of GOOD_PATH) actor.send(choose(step, choice));
    actor.send({ type: "lesson.complete", lesson: "01-scenario" });
    expect(actor.getSnapshot().status).toBe("done");
  });

  it("continues from a persisted snapshot exactly where it stopped", () => {
    const first = start();
    first.send(choose("begin", "k1"));
    const persisted = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    first.stop();

    const resumed = start("vast", persisted);
    expect(resumed.getSnapshot().context.scenarios["verhitte-les"]?.path).toEqual(["k1"]);
    resumed.send(choose("gesprek", "k1"));
    resumed.send({ type: "lesson.complete", lesson: "01-scenario" });
    expect(resumed.getSnapshot().context.completedLessons).toEqual(["01-scenario"]);
  });
});
