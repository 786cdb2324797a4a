// A teacher's progress through the lesson pages' real loaders and actions: lessons in order,
// resuming where they stopped, completing lessons and the course, quiz attempts, repeated
// and stale forms, private reflections, and a database outage that saves nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LessonProgressView } from "../../app/components/lesson/lesson-progress";
import type { LessonReply, QuizReply, ScenarioReply } from "../../app/components/lesson/replies";
import { publishCourse } from "../../app/content/publish.server";
import { databaseUnavailableResponse } from "../../app/db/database-errors.server";
import * as lessonRoute from "../../app/routes/cursussen.$slug.$les";
import * as courseRoute from "../../app/routes/cursussen.$slug._index";
import * as coursesRoute from "../../app/routes/cursussen._index";
import * as teacherRoute from "../../app/routes/docent._index";
import { createSchool, createUser } from "../factories";
import { createAssignment } from "../factories/assignments";
import { MIXED_QUIZ, VALID_SCENARIO, lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";
import { type RequestOptions, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

// Lets a test make the progress store meet an unreachable database, as the app's client
// reports it (a 503 response), without stopping the database of the other tests.
const outage = vi.hoisted(() => ({ on: false }));
vi.mock("../../app/progress/progress-store.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/progress/progress-store.server")>();
  return {
    ...actual,
    applyProgressEvent: (...args: Parameters<typeof actual.applyProgressEvent>) => {
      if (outage.on) throw databaseUnavailableResponse();
      return actual.applyProgressEvent(...args);
    },
  };
});

const REFLECTION = `<Reflectie id="eigen-klas">
Wat zou jij doen in jouw klas?
</Reflectie>`;

const SCENARIO_LESSON = { slug: "test-cursus", les: "01-scenario" };
const QUIZ_LESSON = { slug: "test-cursus", les: "02-quiz" };
const RIGHT_ANSWERS: [string, string][] = [
  ["antwoord:een-signaal", "o2"],
  ["antwoord:stappen", "o1"],
  ["antwoord:stappen", "o2"],
];
const WRONG_ANSWERS: [string, string][] = [
  ["antwoord:een-signaal", "o1"],
  ["antwoord:stappen", "o3"],
];

type LessonPage = Awaited<ReturnType<typeof lessonRoute.loader>>;

let cookie = "";
let userId = "";
let events = 0;

beforeEach(async () => {
  await resetDatabase();
  outage.on = false;
  const folder = writeCourse({
    "01-scenario.mdx": lesson(`Een les met een scenario.\n\n${VALID_SCENARIO}\n${REFLECTION}\n`, "Een verhitte les"),
    "02-quiz.mdx": lesson(MIXED_QUIZ, "Toets"),
  });
  const result = await publishCourse(db, folder);
  if (result.status === "invalid") throw new Error("fixture course has faults");
  const school = await createSchool(db);
  userId = (await createUser(db, { schools: [{ schoolId: school.id, role: "TEACHER" }] })).id;
  cookie = await sessionCookieFor(userId);
});

function lessonUrl(params: { slug: string; les: string }) {
  return `/cursussen/${params.slug}/${params.les}`;
}

async function loadLesson(params = SCENARIO_LESSON, as = cookie, query = "") {
  const result = await callRoute(lessonRoute.loader as never, makeRequest(`${lessonUrl(params)}${query}`, { cookie: as }), params);
  expect(result.status).toBe(200);
  return result.data as LessonPage;
}

async function post(form: RequestOptions["form"], params = SCENARIO_LESSON, as = cookie) {
  const result = await callRoute(lessonRoute.action as never, makeRequest(lessonUrl(params), { form, cookie: as }), params);
  return { status: result.status, reply: result.data as LessonReply, location: result.headers.get("Location") };
}

function newEventId() {
  events += 1;
  return `progress-test-${String(events).padStart(6, "0")}`;
}

async function choose(keuze: string, stap: string, gebeurtenis = newEventId()) {
  const { status, reply } = await post({ intent: "scenario", scenario: "verhitte-les", stap, keuze, gebeurtenis });
  return { status, reply: reply as ScenarioReply };
}

async function takeQuiz(answers: [string, string][], gebeurtenis = newEventId()) {
  const { status, reply } = await post([["intent", "quiz"], ["quiz", "toets"], ["gebeurtenis", gebeurtenis], ...answers], QUIZ_LESSON);
  return { status, reply: reply as QuizReply };
}

function completeLesson(params: { slug: string; les: string }) {
  return post({ intent: "afronden", gebeurtenis: newEventId() }, params);
}

async function finishScenarioLesson() {
  await choose("k1", "begin");
  await choose("k1", "gesprek");
  return completeLesson(SCENARIO_LESSON);
}

describe("lessons in order", () => {
  it("keeps a later lesson closed, with a link to the lesson to finish first, and refuses its quiz", async () => {
    const page = await loadLesson(QUIZ_LESSON);
    expect(page.progress).toMatchObject({ status: "locked", currentLesson: { slug: "01-scenario", title: "Een verhitte les" } });

    const { status, reply } = await takeQuiz(RIGHT_ANSWERS);
    expect(status).toBe(409);
    expect(reply).toMatchObject({ error: "lesson.locked", result: null });
    expect(await db.progressEvent.count()).toBe(0);
  });

  it("refuses to complete a lesson with an open scenario, and says what is still open", async () => {
    await choose("k1", "begin");
    const page = await loadLesson();
    expect(page.progress.outstanding).toEqual([{ kind: "scenario", id: "verhitte-les", exhausted: false, title: "Een verhitte les" }]);
    const { status, reply } = await completeLesson(SCENARIO_LESSON);
    expect(status).toBe(409);
    expect(reply.error).toBe("lesson.notReady");
  });

  it("moves on to the next lesson once a lesson is completed, and opens it", async () => {
    const { status, location } = await finishScenarioLesson();
    expect(status).toBe(302);
    expect(location).toBe("/cursussen/test-cursus/02-quiz");
    expect((await loadLesson()).progress.status).toBe("completed");
    expect((await loadLesson(QUIZ_LESSON)).progress).toMatchObject({ status: "not-started", currentLesson: null });
  });
});

describe("resuming", () => {
  it("shows the scenario at the step where the teacher stopped, with the feedback on the last choice", async () => {
    await choose("k1", "begin");
    const { scenarios } = (await loadLesson()).progress;
    expect(scenarios["verhitte-les"]).toMatchObject({ path: ["k1"], finished: false, position: { kind: "step", step: { id: "gesprek" } } });
    const position = scenarios["verhitte-les"]!.position;
    expect(position.taken[0]!.feedbackHtml).toContain("Goed: je houdt het gesprek open.");
  });

  it("points the course overview and Mijn cursussen at the open scenario, and the catalogue says 'bezig'", async () => {
    await choose("k1", "begin");
    const overview = await callRoute(courseRoute.loader as never, makeRequest("/cursussen/test-cursus", { cookie }), { slug: "test-cursus" });
    expect(overview.data).toMatchObject({
      started: true,
      resume: { lesson: "01-scenario", block: "scenario-verhitte-les" },
      statuses: { "01-scenario": "in-progress", "02-quiz": "locked" },
      share: { completed: 0, total: 2 },
    });

    const home = await callRoute(teacherRoute.loader as never, makeRequest("/docent", { cookie }));
    expect(home.data).toMatchObject({
      courses: [{ slug: "test-cursus", status: "in-progress", continueUrl: "/cursussen/test-cursus/01-scenario#scenario-verhitte-les" }],
    });
    const catalogue = await callRoute(coursesRoute.loader as never, makeRequest("/cursussen", { cookie }));
    expect(catalogue.data).toMatchObject({ courses: [{ slug: "test-cursus", status: "in-progress" }] });
  });

  it("answers a stale form (a step already left) with 409 and the current position, and saves nothing", async () => {
    await choose("k1", "begin");
    const { status, reply } = await choose("k2", "begin");
    expect(status).toBe(409);
    expect(reply).toMatchObject({ error: "scenario.stale", path: ["k1"], position: { kind: "step", step: { id: "gesprek" } } });
    expect(await db.progressEvent.count()).toBe(1);
  });

  it("applies a form sent twice (a retry) once, and answers both the same", async () => {
    const gebeurtenis = newEventId();
    const first = await choose("k1", "begin", gebeurtenis);
    const again = await choose("k1", "begin", gebeurtenis);
    expect(again).toEqual(first);
    expect(await db.progressEvent.count()).toBe(1);
  });
});

describe("quiz attempts", () => {
  beforeEach(async () => {
    await finishScenarioLesson();
  });

  it("keeps the last graded attempt and counts attempts up to the course's limit", async () => {
    expect((await takeQuiz(WRONG_ANSWERS)).reply.result).toMatchObject({ passed: false, scorePercentage: 0 });
    const page = await loadLesson(QUIZ_LESSON);
    expect(page.progress.quizzes.toets).toMatchObject({ attempts: 1, maxAttempts: 3, passed: false, lastResult: { scorePercentage: 0 } });

    await takeQuiz(WRONG_ANSWERS);
    await takeQuiz(WRONG_ANSWERS);
    const refused = await takeQuiz(RIGHT_ANSWERS);
    expect(refused.status).toBe(409);
    expect(refused.reply).toMatchObject({ error: "quiz.noAttemptsLeft", result: null });
    expect((await loadLesson(QUIZ_LESSON)).progress.outstanding).toEqual([{ kind: "quiz", id: "toets", exhausted: true, title: null }]);
  });

  it("lets a passed quiz be practised without changing the saved result", async () => {
    await takeQuiz(RIGHT_ANSWERS);
    const practice = await post([["intent", "quiz"], ["quiz", "toets"], ["oefenen", "1"], ...WRONG_ANSWERS], QUIZ_LESSON);
    expect(practice.status).toBe(200);
    expect(practice.reply).toMatchObject({ practice: true, result: { passed: false } });
    expect((await loadLesson(QUIZ_LESSON)).progress.quizzes.toets).toMatchObject({ attempts: 1, passed: true, bestScore: 100 });
    const again = await takeQuiz(WRONG_ANSWERS);
    expect(again.reply.error).toBe("quiz.alreadyPassed");
  });

  it("completes the course with the last lesson and goes to the completion page, which is recorded once", async () => {
    await takeQuiz(RIGHT_ANSWERS);
    const { status, location } = await completeLesson(QUIZ_LESSON);
    expect(status).toBe(302);
    expect(location).toBe("/cursussen/test-cursus/afgerond");
    const records = await db.completionRecord.findMany({ where: { userId } });
    expect(records).toHaveLength(1);
    expect(JSON.parse(records[0]!.scores)).toMatchObject({ quizzes: { toets: { bestScore: 100, attempts: 1 } } });

    const home = await callRoute(teacherRoute.loader as never, makeRequest("/docent", { cookie }));
    expect(home.data).toMatchObject({
      courses: [{ status: "completed", share: { completed: 2, total: 2, percentage: 100 }, continueUrl: "/cursussen/test-cursus/afgerond" }],
    });
  });
});

describe("reflections", () => {
  const write = (tekst: string, as = cookie) => post({ intent: "reflectie", reflectie: "eigen-klas", tekst }, SCENARIO_LESSON, as);

  it("are saved as the teacher's own draft and shown again to them only", async () => {
    const saved = await write("Ik zou eerst met de klas praten.");
    expect(saved.status).toBe(200);
    expect(saved.reply).toMatchObject({ intent: "reflection", block: "eigen-klas", error: null, savedAt: expect.any(String) });
    await write("Ik zou eerst met de klas praten, en dan met Daan.");
    expect((await loadLesson()).progress.reflections["eigen-klas"]).toMatchObject({ text: "Ik zou eerst met de klas praten, en dan met Daan." });

    const colleague = await sessionCookieFor((await createUser(db)).id);
    const theirs = await loadLesson(SCENARIO_LESSON, colleague);
    expect(theirs.progress.reflections["eigen-klas"]).toEqual({ text: "", updatedAt: null });
    expect(JSON.stringify(theirs)).not.toContain("met Daan");
    expect(await db.reflection.count()).toBe(1);
  });

  it("refuses an answer over the limit with a message, keeping the saved one", async () => {
    await write("Kort.");
    const { status, reply } = await write("x".repeat(10_001));
    expect(status).toBe(400);
    expect(reply).toMatchObject({ error: "reflection.tooLong", savedAt: null });
    expect((await loadLesson()).progress.reflections["eigen-klas"]!.text).toBe("Kort.");
  });
});

describe("when the database cannot be reached", () => {
  it("answers 503 'niet opgeslagen' for the block, stores nothing, and the same form succeeds once it is back", async () => {
    const gebeurtenis = newEventId();
    outage.on = true;
    const failed = await choose("k1", "begin", gebeurtenis);
    expect(failed.status).toBe(503);
    expect(failed.reply).toEqual({ intent: "unsaved", block: "verhitte-les", error: "progress.notSaved" });
    expect(await db.progressEvent.count()).toBe(0);

    outage.on = false;
    const retried = await choose("k1", "begin", gebeurtenis);
    expect(retried.status).toBe(200);
    expect(retried.reply.path).toEqual(["k1"]);
    expect(await db.progressEvent.count()).toBe(1);
  });
});

describe("the lesson page's progress", () => {
  it("gives each page load its own event-id prefix, and asks for the quiz form again on ?opnieuw", async () => {
    const first: LessonProgressView = (await loadLesson()).progress;
    const second = (await loadLesson()).progress;
    expect(first.token).not.toBe(second.token);
    await finishScenarioLesson();
    expect((await loadLesson(QUIZ_LESSON, cookie, "?opnieuw=toets")).progress.retake).toBe("toets");
  });
});

describe("assigned courses on Mijn cursussen", () => {
  const DAY = 24 * 60 * 60 * 1000;

  async function assign(dueDate: Date | null) {
    const { schoolId } = await db.schoolMembership.findFirstOrThrow({ where: { userId }, select: { schoolId: true } });
    const courseId = (await db.course.findUniqueOrThrow({ where: { slug: "test-cursus" }, select: { id: true } })).id;
    return createAssignment(db, schoolId, { courseId, dueDate });
  }

  async function myCourses() {
    const home = await callRoute(teacherRoute.loader as never, makeRequest("/docent", { cookie }));
    return (home.data as { courses: { slug: string; status: string; assigned: boolean; dueDate: string | null }[] }).courses;
  }

  it("puts assigned courses first, with the due date", async () => {
    await publishCourse(db, writeCourse({}, "andere-cursus"));
    expect((await myCourses()).map((course) => course.slug)).toEqual(["andere-cursus", "test-cursus"]);
    const dueDate = new Date(Date.now() + 7 * DAY);
    await assign(dueDate);
    expect(await myCourses()).toMatchObject([
      { slug: "test-cursus", assigned: true, status: "not-started", dueDate: dueDate.toISOString() },
      { slug: "andere-cursus", assigned: false, dueDate: null },
    ]);
  });

  it("says 'te laat' once the due date has passed, and no longer once the course is completed", async () => {
    await assign(new Date(Date.now() - DAY));
    expect(await myCourses()).toMatchObject([{ slug: "test-cursus", status: "overdue" }]);
    await choose("k1", "begin");
    expect(await myCourses()).toMatchObject([{ slug: "test-cursus", status: "overdue" }]);
    await db.enrollment.updateMany({ where: { userId }, data: { completedAt: new Date() } });
    expect(await myCourses()).toMatchObject([{ slug: "test-cursus", status: "completed" }]);
  });

  it("follows a withdrawn assignment: no due date and no 'te laat' any more", async () => {
    const assignment = await assign(new Date(Date.now() - DAY));
    await db.assignment.update({ where: { id: assignment.id }, data: { withdrawnAt: new Date() } });
    expect(await myCourses()).toMatchObject([{ slug: "test-cursus", assigned: false, status: "not-started", dueDate: null }]);
  });
});
