// The learner's pages of published courses, through their real loaders and actions: who may
// read them, what reaches the browser (never an answer key before answering), scenarios
// walked and quizzes graded on the server, and bad input answered with 400 or 404. The
// course here may be taken in any order; order, resuming and completion are in progress.test.ts.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LessonReply, QuizReply, ScenarioReply } from "../../app/components/lesson/replies";
import { publishCourse } from "../../app/content/publish.server";
import { translator } from "../../app/i18n/translate";
import * as lessonRoute from "../../app/routes/cursussen.$slug.$les";
import * as courseRoute from "../../app/routes/cursussen.$slug._index";
import * as coursesRoute from "../../app/routes/cursussen._index";
import { createUserWithRole } from "../factories";
import { MIXED_QUIZ, VALID_METADATA, VALID_SCENARIO, lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";
import { type RequestOptions, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

// Lesson code is compiled and run only while a course is published. The gate is open during
// publishCourse alone; a call at any other moment (a learner's request) is counted and throws.
const gate = vi.hoisted(() => ({ open: false, compiles: 0, renders: 0, refused: [] as string[] }));

vi.mock("../../app/content/compile-lesson.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/content/compile-lesson.server")>();
  return {
    ...actual,
    compileLesson: (body: string) => {
      if (!gate.open) {
        gate.refused.push("compileLesson");
        throw new Error("compileLesson was called outside publishing");
      }
      gate.compiles += 1;
      return actual.compileLesson(body);
    },
  };
});

vi.mock("../../app/content/render-lesson.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/content/render-lesson.server")>();
  return {
    ...actual,
    renderLesson: (...args: Parameters<typeof actual.renderLesson>) => {
      if (!gate.open) {
        gate.refused.push("renderLesson");
        throw new Error("renderLesson was called outside publishing");
      }
      gate.renders += 1;
      return actual.renderLesson(...args);
    },
  };
});


const REFLECTION = `<Reflectie id="eigen-klas">
Wat zou jij doen in jouw klas?
</Reflectie>`;

/** Feedback, explanations and endings of the test course: none may reach a page before it is earned. */
const SECRETS = [
  "Goed: je houdt het gesprek open.",
  "Eén uitspraak is geen reden voor een melding.",
  "Zo blijf je in gesprek.",
  "Je mist een kans.",
  "Daan voelt zich gehoord.",
  "Daan voelt zich gestigmatiseerd.",
  "Het onderwerp blijft liggen.",
  "Nee: één signaal is niet alarmerend.",
  "Klopt, het gaat om verandering.",
  "Zo check je of je gevoel klopt.",
  "Er bestaat geen checklist voor radicalisering.",
];
const SECRET_KEYS = [
  "correct",
  "feedbackHtml",
  "explanationHtml",
  "scores",
  "maxScores",
  "endings",
  "manifest",
  "reaction",
  "signaleren",
  "einde-goed",
];

function writeTestCourse(slug = "test-cursus") {
  return writeCourse(
    {
      "cursus.yml": VALID_METADATA.replace("volgorde: vast", "volgorde: vrij"),
      "01-scenario.mdx": lesson(`## Inleiding\n\nEen les met een scenario.\n\n${VALID_SCENARIO}\n${REFLECTION}\n`, "Een verhitte les"),
      "02-quiz.mdx": lesson(MIXED_QUIZ, "Toets"),
    },
    slug
  );
}

async function publish(folder = writeTestCourse()) {
  gate.open = true;
  try {
    const result = await publishCourse(db, folder);
    if (result.status === "invalid") throw new Error(`unexpected faults: ${JSON.stringify(result.faults)}`);
    return result;
  } finally {
    gate.open = false;
  }
}

let cookie = "";

beforeEach(async () => {
  await resetDatabase();
  gate.refused = [];
  await publish();
  cookie = await sessionCookieFor((await createUserWithRole(db, "teacher")).id);
});

const LESSON = { slug: "test-cursus", les: "01-scenario" };
const QUIZ_LESSON = { slug: "test-cursus", les: "02-quiz" };

function lessonUrl(params: { slug: string; les: string }) {
  return `/cursussen/${params.slug}/${params.les}`;
}

function loadLesson(params = LESSON, options: RequestOptions = { cookie }) {
  return callRoute(lessonRoute.loader as never, makeRequest(lessonUrl(params), options), params);
}

async function answer(form: RequestOptions["form"], params = LESSON, as = cookie) {
  const result = await callRoute(lessonRoute.action as never, makeRequest(lessonUrl(params), { form, cookie: as }), params);
  return { status: result.status, reply: result.data as LessonReply };
}

let events = 0;
/** A fresh event id, as a new form on the page would carry. */
function eventId() {
  events += 1;
  return `test-event-${String(events).padStart(8, "0")}`;
}

/** A saved choice at a step of the scenario. */
async function choose(keuze: string | null, stap = "begin") {
  const form: Record<string, string> = { intent: "scenario", scenario: "verhitte-les", stap, gebeurtenis: eventId() };
  if (keuze !== null) form.keuze = keuze;
  const { status, reply } = await answer(form);
  return { status, reply: reply as ScenarioReply };
}

/** A practice round, which walks the path the form carries and saves nothing. */
async function practise(keuze: string | null, pad: string[] = []) {
  const form: Record<string, string> = { intent: "scenario", scenario: "verhitte-les", oefenen: "1", pad: pad.join(",") };
  if (keuze !== null) form.keuze = keuze;
  const { status, reply } = await answer(form);
  return { status, reply: reply as ScenarioReply };
}

async function takeQuiz(answers: [string, string][]) {
  const { status, reply } = await answer([["intent", "quiz"], ["quiz", "toets"], ["gebeurtenis", eventId()], ...answers], QUIZ_LESSON);
  return { status, reply: reply as QuizReply };
}

describe("who may read published courses", () => {
  it("sends an anonymous visitor to the login page, from every page and the action", async () => {
    const calls = [
      callRoute(coursesRoute.loader as never, makeRequest("/cursussen")),
      callRoute(courseRoute.loader as never, makeRequest("/cursussen/test-cursus"), { slug: "test-cursus" }),
      loadLesson(LESSON, {}),
      callRoute(
        lessonRoute.action as never,
        makeRequest(lessonUrl(LESSON), { form: { intent: "scenario", scenario: "verhitte-les", stap: "begin", keuze: "k1", gebeurtenis: eventId() } }),
        LESSON
      ),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=%2Fcursussen/);
    }
  });

  it.each(["teacher", "coordinator", "author", "admin"] as const)("lets a %s read a lesson", async (role) => {
    const roleCookie = await sessionCookieFor((await createUserWithRole(db, role)).id);
    expect((await loadLesson(LESSON, { cookie: roleCookie })).status).toBe(200);
  });
});

describe("the course list and overview", () => {
  it("lists each published course with its title, summary, length, sectors and number of lessons", async () => {
    const result = await callRoute(coursesRoute.loader as never, makeRequest("/cursussen", { cookie }));
    expect(result.data).toEqual({
      courses: [
        {
          slug: "test-cursus",
          title: "Signalen in de klas",
          summary: "Een korte cursus over signalen van radicalisering en polarisatie in de klas.",
          minutes: 20,
          sectors: ["PO", "VO", "MBO"],
          lessons: 2,
          status: "not-started",
        },
      ],
    });
  });

  it("shows a course with its lessons in order", async () => {
    const result = await callRoute(courseRoute.loader as never, makeRequest("/cursussen/test-cursus", { cookie }), { slug: "test-cursus" });
    expect(result.data).toMatchObject({
      course: {
        slug: "test-cursus",
        title: "Signalen in de klas",
        lessons: [
          { slug: "01-scenario", position: 1, title: "Een verhitte les" },
          { slug: "02-quiz", position: 2, title: "Toets" },
        ],
      },
    });
  });

  it("answers 404 for a course that does not exist", async () => {
    const result = await callRoute(courseRoute.loader as never, makeRequest("/cursussen/bestaat-niet", { cookie }), {
      slug: "bestaat-niet",
    });
    expect(result.status).toBe(404);
  });
});

describe("a lesson page", () => {
  it("has the lesson, its place in the course, its segments in order and the blocks' public data", async () => {
    const result = await loadLesson();
    expect(result.status).toBe(200);
    const page = result.data as Awaited<ReturnType<typeof lessonRoute.loader>>;
    expect(page.lesson).toMatchObject({ slug: "01-scenario", position: 1, title: "Een verhitte les" });
    expect(page.course).toMatchObject({ slug: "test-cursus", title: "Signalen in de klas" });
    expect(page).toMatchObject({ total: 2, previous: null, next: { slug: "02-quiz", title: "Toets" } });
    expect(page.lesson.segments.map((segment) => segment.kind)).toEqual(["html", "scenario", "reflection"]);
    expect(page.lesson.segments[0]).toMatchObject({ kind: "html", html: expect.stringContaining("Inleiding") });
    expect(page.scenarios["verhitte-les"]).toMatchObject({
      title: "Een verhitte les",
      setting: "klas",
      sector: "VO",
      step: { id: "begin", choices: [{ id: "k1" }, { id: "k2" }] },
    });
    expect(page.scenarios["verhitte-les"]!.step.html).toContain("Die mensen horen hier niet.");
    expect(page.reflections["eigen-klas"]!.promptHtml).toContain("Wat zou jij doen in jouw klas?");

    const quizPage = (await loadLesson(QUIZ_LESSON)).data as typeof page;
    expect(quizPage).toMatchObject({ previous: { slug: "01-scenario" }, next: null, lesson: { position: 2 } });
    expect(quizPage.quizzes.toets!.questions.map((question) => [question.id, question.type, question.options.length])).toEqual([
      ["een-signaal", "een", 2],
      ["stappen", "meer", 3],
    ]);
  });

  it("sends no feedback, scores, endings or answer keys to the browser", async () => {
    for (const params of [LESSON, QUIZ_LESSON]) {
      const result = await loadLesson(params);
      expect(result.status).toBe(200);
      const sent = JSON.stringify(result.data);
      for (const secret of SECRETS) expect(sent, `${params.les} leaks "${secret}"`).not.toContain(secret);
      for (const key of SECRET_KEYS) expect(sent, `${params.les} leaks "${key}"`).not.toContain(key);
    }
  });

  it("answers 404 for an unknown lesson or course", async () => {
    expect((await loadLesson({ slug: "test-cursus", les: "99-bestaat-niet" })).status).toBe(404);
    expect((await loadLesson({ slug: "bestaat-niet", les: "01-scenario" })).status).toBe(404);
  });
});

describe("playing a scenario", () => {
  it("answers a choice with its own feedback and the next step, and nothing of the other choices", async () => {
    const { status, reply } = await choose("k1");
    expect(status).toBe(200);
    expect(reply).toMatchObject({ intent: "scenario", block: "verhitte-les", path: ["k1"], error: null, position: { kind: "step" } });
    if (reply.position?.kind !== "step") throw new Error("expected a step");
    expect(reply.position.step.id).toBe("gesprek");
    expect(reply.position.taken).toEqual([
      expect.objectContaining({ choiceId: "k1", feedbackHtml: expect.stringContaining("Goed: je houdt het gesprek open.") }),
    ]);
    const sent = JSON.stringify(reply);
    for (const secret of SECRETS.filter((text) => text !== "Goed: je houdt het gesprek open.")) expect(sent).not.toContain(secret);
    expect(sent).not.toMatch(/scores|correct|next/);
  });

  it("reaches an ending with the outcome and the three scores against their maximum", async () => {
    await choose("k1");
    const { status, reply } = await choose("k1", "gesprek");
    expect(status).toBe(200);
    expect(reply.path).toEqual(["k1", "k1"]);
    expect(reply.position).toMatchObject({
      kind: "ending",
      ending: { id: "einde-goed", outcome: "goed", html: expect.stringContaining("Daan voelt zich gehoord.") },
      scores: { signaleren: 4, duiden: 4, handelen: 4 },
      maxScores: { signaleren: 4, duiden: 4, handelen: 4 },
    });

    const quick = await practise("k2");
    expect(quick.reply).toMatchObject({ practice: true });
    expect(quick.reply.position).toMatchObject({
      kind: "ending",
      ending: { id: "melding", outcome: "slecht" },
      scores: { signaleren: 1, duiden: -2, handelen: -3 },
    });
  });

  it("starts a practice round again on request", async () => {
    const { status, reply } = await answer({ intent: "scenario", scenario: "verhitte-les", oefenen: "1", pad: "k1,k1", opnieuw: "1" });
    expect(status).toBe(200);
    expect(reply).toMatchObject({ practice: true, path: [], position: { kind: "step", step: { id: "begin" }, taken: [] } });
  });

  it("asks for a choice when none was made, and stays where it was", async () => {
    await choose("k1");
    const { status, reply } = await choose(null, "gesprek");
    expect(status).toBe(400);
    expect(reply).toMatchObject({ error: "scenario.chooseFirst", path: ["k1"], position: { kind: "step", step: { id: "gesprek" } } });
  });

  it("refuses a choice the step does not offer with 400, and saves nothing", async () => {
    const { status, reply } = await choose("k9");
    expect(status).toBe(400);
    expect(reply).toMatchObject({ error: "scenario.invalidPath", path: [], position: { kind: "step", step: { id: "begin" } } });
    expect(await db.progressEvent.count()).toBe(0);
  });

  it("refuses a made-up practice path with 400 and a Dutch message, revealing nothing", async () => {
    for (const [keuze, pad] of [
      ["k9", []],
      ["k1", ["k7"]],
      ["k1", ["k2"]], // beyond an ending
      ["k1", ["k1", "k1", "k1", "k1"]],
    ] as [string, string[]][]) {
      const { status, reply } = await practise(keuze, pad);
      expect(status, `${pad.join(",")} + ${keuze}`).toBe(400);
      expect(reply).toEqual({ intent: "scenario", block: "verhitte-les", path: [], position: null, practice: true, error: "scenario.invalidPath" });
    }
    expect(translator("nl")("scenario.invalidPath")).toMatch(/^Deze keuze past niet bij dit scenario/);
  });
});

describe("taking a quiz", () => {
  it("grades right answers as passed, with every option's key and explanation", async () => {
    const { status, reply } = await takeQuiz([
      ["antwoord:een-signaal", "o2"],
      ["antwoord:stappen", "o1"],
      ["antwoord:stappen", "o2"],
    ]);
    expect(status).toBe(200);
    expect(reply.result).toMatchObject({ scorePercentage: 100, passed: true, passMark: 70 });
    expect(reply.result!.questions.map((question) => question.correct)).toEqual([true, true]);
    expect(reply.result!.questions[1]!.options).toEqual([
      expect.objectContaining({
        id: "o1",
        correct: true,
        chosen: true,
        explanationHtml: expect.stringContaining("Zo check je of je gevoel klopt."),
      }),
      expect.objectContaining({ id: "o2", correct: true, chosen: true }),
      expect.objectContaining({
        id: "o3",
        correct: false,
        chosen: false,
        explanationHtml: expect.stringContaining("Er bestaat geen checklist"),
      }),
    ]);
  });

  it("grades a wrong or incomplete answer as wrong, and fails below the pass mark", async () => {
    const { status, reply } = await takeQuiz([
      ["antwoord:een-signaal", "o2"],
      ["antwoord:stappen", "o1"], // one of the two right options is missing
    ]);
    expect(status).toBe(200);
    expect(reply.result).toMatchObject({ scorePercentage: 50, passed: false, passMark: 70 });
    expect(reply.result!.questions.map((question) => question.correct)).toEqual([true, false]);

    const allWrong = await takeQuiz([
      ["antwoord:een-signaal", "o1"],
      ["antwoord:stappen", "o3"],
    ]);
    expect(allWrong.reply.result).toMatchObject({ scorePercentage: 0, passed: false });
  });

  it("asks for every question to be answered, keeping the answers given", async () => {
    const { status, reply } = await takeQuiz([["antwoord:stappen", "o2"]]);
    expect(status).toBe(400);
    expect(reply).toMatchObject({ result: null, errors: { "een-signaal": "quiz.unanswered" }, answers: { stappen: ["o2"] } });
  });

  it("refuses an unknown option or question, or two answers to a one-answer question, with 400", async () => {
    const forged: [string, string][][] = [
      [
        ["antwoord:een-signaal", "o9"],
        ["antwoord:stappen", "o1"],
      ],
      [
        ["antwoord:een-signaal", "o1"],
        ["antwoord:stappen", "o1"],
        ["antwoord:bestaat-niet", "o1"],
      ],
      [
        ["antwoord:een-signaal", "o1"],
        ["antwoord:een-signaal", "o2"],
        ["antwoord:stappen", "o1"],
      ],
    ];
    for (const answers of forged) {
      const { status, reply } = await takeQuiz(answers);
      expect(status, JSON.stringify(answers)).toBe(400);
      expect(reply).toMatchObject({ result: null, error: "quiz.invalidAnswer" });
      expect(JSON.stringify(reply)).not.toMatch(/correct|explanation/);
    }
    expect(translator("nl")("quiz.invalidAnswer")).toMatch(/^Dit antwoord hoort niet bij deze toets/);
  });
});

describe("forms that do not fit the lesson", () => {
  it("answers 400 with a message for an unknown block, a block of another lesson or an unknown intent", async () => {
    const forms: RequestOptions["form"][] = [
      { intent: "scenario", scenario: "bestaat-niet", stap: "begin", keuze: "k1", gebeurtenis: eventId() },
      { intent: "quiz", quiz: "bestaat-niet", gebeurtenis: eventId() },
      { intent: "quiz", quiz: "toets", "antwoord:een-signaal": "o2", gebeurtenis: eventId() }, // the quiz is in lesson 2
      { intent: "scenario", scenario: "verhitte-les", stap: "begin", keuze: "k1", gebeurtenis: "kort" }, // not an event id
      { intent: "reflectie", reflectie: "bestaat-niet", tekst: "x" },
      { intent: "verwijderen", gebeurtenis: eventId() },
      {},
    ];
    for (const form of forms) {
      const { status, reply } = await answer(form);
      expect(status, JSON.stringify(form)).toBe(400);
      expect(reply).toEqual({ intent: null, block: null, error: "lesson.invalidRequest" });
    }
  });

  it("answers 404 for an unknown course or lesson", async () => {
    const form = { intent: "scenario", scenario: "verhitte-les", stap: "begin", keuze: "k1", gebeurtenis: eventId() };
    expect((await answer(form, { slug: "bestaat-niet", les: "01-scenario" })).status).toBe(404);
    expect((await answer(form, { slug: "test-cursus", les: "99-bestaat-niet" })).status).toBe(404);
  });

  it("keeps a learner on the version their page showed when a new one is published", async () => {
    const first = (await loadLesson()).data as Awaited<ReturnType<typeof lessonRoute.loader>>;
    // Version 2 words the first choice differently, so the two versions tell apart.
    const folder = writeTestCourse();
    const file = path.join(folder, "01-scenario.mdx");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("Je vraagt de klas wat er achter die woorden zit.", "Je vraagt de klas wat ze ervan vinden.")
    );
    expect((await publish(folder)).number).toBe(2);

    const form = { intent: "scenario", scenario: "verhitte-les", stap: "begin", keuze: "k1" };
    const onFirst = await answer({ ...form, gebeurtenis: eventId(), versie: first.course.versionId });
    expect(onFirst.status).toBe(200);
    expect((onFirst.reply as ScenarioReply).position!.taken[0]!.choiceHtml).toContain("wat er achter die woorden zit");
    // Enrolled now: the learner stays on version 1, also on a page loaded after version 2.
    const again = (await loadLesson()).data as typeof first;
    expect(again.course.versionId).toBe(first.course.versionId);

    const newcomer = await sessionCookieFor((await createUserWithRole(db, "teacher")).id);
    const latest = await answer({ ...form, gebeurtenis: eventId() }, LESSON, newcomer);
    expect((latest.reply as ScenarioReply).position!.taken[0]!.choiceHtml).toContain("wat ze ervan vinden");
  });

  it("refuses a version of another course, or one that does not exist", async () => {
    const other = await publish(writeTestCourse("andere-cursus"));
    for (const versie of [other.versionId, "bestaat-niet"]) {
      const { status, reply } = await answer({ intent: "scenario", scenario: "verhitte-les", stap: "begin", keuze: "k1", gebeurtenis: eventId(), versie });
      expect(status).toBe(400);
      expect(reply.error).toBe("lesson.invalidRequest");
    }
  });
});

describe("a learner's request", () => {
  it("compiles and evaluates no lesson code: that happened once, at publishing", async () => {
    // Publishing went through the gated compiler and renderer, so the mocks are the modules in use.
    expect(gate.compiles).toBeGreaterThan(0);
    expect(gate.renders).toBeGreaterThan(0);
    const compiles = gate.compiles;
    const renders = gate.renders;

    expect((await loadLesson()).status).toBe(200);
    expect((await loadLesson(QUIZ_LESSON)).status).toBe(200);
    expect((await choose("k1")).status).toBe(200);
    expect((await choose("k1", "gesprek")).reply.position?.kind).toBe("ending");
    expect(
      (
        await takeQuiz([
          ["antwoord:een-signaal", "o2"],
          ["antwoord:stappen", "o1"],
          ["antwoord:stappen", "o2"],
        ])
      ).reply.result?.passed
    ).toBe(true);
    expect((await callRoute(coursesRoute.loader as never, makeRequest("/cursussen", { cookie }))).status).toBe(200);

    expect(gate.refused).toEqual([]);
    expect(gate.compiles).toBe(compiles);
    expect(gate.renders).toBe(renders);
  });
});
