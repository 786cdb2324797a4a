// What a learning record store would receive for a learner's progress: the statements each
// event yields, played through the real course machine on a course published here.
import { createActor } from "xstate";
import { beforeAll, describe, expect, it } from "vitest";
import { publishCourse } from "../../app/content/publish.server";
import { type PublishedVersion, loadVersion } from "../../app/content/published.server";
import { type ProgressContext, type ProgressEvent, buildCourseMachine } from "../../app/progress/course-machine";
import { type XapiStatement, statementsFor, uuidV5 } from "../../app/progress/xapi";
import { MIXED_QUIZ, VALID_METADATA, lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

const PLATFORM = "https://signaal.example.nl";
const USER_ID = "clx-learner-1";
const ADL_VERBS = ["answered", "experienced", "passed", "failed", "completed"].map((verb) => `http://adlnet.gov/expapi/verbs/${verb}`);
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let version: PublishedVersion;

beforeAll(async () => {
  await resetDatabase();
  // Pass mark 50: one of the two questions right is exactly enough.
  const folder = writeCourse({
    "cursus.yml": VALID_METADATA.replace("voldoende: 70", "voldoende: 50"),
    "02-quiz.mdx": lesson(MIXED_QUIZ, "Toets"),
  });
  const result = await publishCourse(db, folder);
  if (result.status === "invalid") throw new Error("fixture course has faults");
  version = (await loadVersion(result.versionId))!;
});

/** A learner working through the course: each event goes through the machine and into statements. */
function learner() {
  const machine = buildCourseMachine({ versionId: version.id, metadata: version.metadata, manifest: version.manifest });
  const actor = createActor(machine).start();
  let count = 0;
  return {
    send(event: ProgressEvent, eventId = `event-${++count}`) {
      const before = actor.getSnapshot().context as ProgressContext;
      const wasDone = actor.getSnapshot().status === "done";
      actor.send(event);
      const snapshot = actor.getSnapshot();
      const rows = statementsFor({
        eventId,
        event,
        userId: USER_ID,
        version,
        before,
        after: snapshot.context as ProgressContext,
        courseCompleted: snapshot.status === "done" && !wasDone,
        timestamp: new Date(Date.UTC(2025, 2, 1, 9, count)),
        platformUrl: PLATFORM,
      });
      return { rows, statements: rows.map((row) => JSON.parse(row.statement) as XapiStatement) };
    },
  };
}

const choose = (step: string, choice: string): ProgressEvent => ({ type: "scenario.choose", scenario: "verhitte-les", step, choice });
const submit = (answers: Record<string, string[]>): ProgressEvent => ({ type: "quiz.submit", quiz: "toets", answers });
const complete = (slug: string): ProgressEvent => ({ type: "lesson.complete", lesson: slug });
const verbs = (statements: XapiStatement[]) => statements.map((statement) => statement.verb.id.split("/").pop());
const extension = (name: string) => `${PLATFORM}/xapi/extensions/${name}`;

const COURSE_IRI = `${PLATFORM}/xapi/activities/courses/test-cursus`;
const ONE_RIGHT = { "een-signaal": ["o2"], stappen: ["o1"] };
const NONE_RIGHT = { "een-signaal": ["o1"], stappen: ["o3"] };

describe("xAPI statements of a scenario", () => {
  it("says answered for a choice, with the choice as response and the step it was made at", () => {
    const { statements } = learner().send(choose("begin", "k1"));
    expect(verbs(statements)).toEqual(["answered"]);
    const [answered] = statements;
    expect(answered!.object).toEqual({
      objectType: "Activity",
      id: `${COURSE_IRI}/scenarios/verhitte-les`,
      definition: { name: { "nl-NL": "Een verhitte les" }, type: "http://adlnet.gov/expapi/activities/simulation" },
    });
    expect(answered!.result?.response).toBe("k1");
    expect(answered!.result?.extensions?.[extension("step")]).toBe("begin");
    expect(answered!.context.contextActivities?.parent?.map((activity) => activity.id)).toEqual([`${COURSE_IRI}/lessons/01-scenario`]);
    expect(answered!.context.contextActivities?.grouping?.map((activity) => activity.id)).toEqual([COURSE_IRI]);
    expect(answered!.context.extensions).toEqual({
      [extension("course-version-id")]: version.id,
      [extension("course-version-number")]: version.number,
    });
  });

  it("also says completed when the choice reaches an ending, with the three scores and their maxima", () => {
    const someone = learner();
    someone.send(choose("begin", "k1"));
    const { statements } = someone.send(choose("gesprek", "k1"));
    expect(verbs(statements)).toEqual(["answered", "completed"]);
    const completed = statements[1]!;
    expect(completed.object.id).toBe(`${COURSE_IRI}/scenarios/verhitte-les`);
    expect(completed.result).toMatchObject({
      completion: true,
      score: { raw: 12, max: 12, scaled: 1 },
      extensions: {
        [extension("scores")]: { signaleren: 4, duiden: 4, handelen: 4 },
        [extension("max-scores")]: { signaleren: 4, duiden: 4, handelen: 4 },
        [extension("ending")]: { id: "einde-goed", outcome: "goed" },
      },
    });
  });

  it("keeps a scaled score within -1 and 1 for a poor ending", () => {
    const { statements } = learner().send(choose("begin", "k2"));
    expect(verbs(statements)).toEqual(["answered", "completed"]);
    expect(statements[1]!.result?.score).toEqual({ raw: -4, max: 12, scaled: -0.3333 });
    expect(statements[1]!.result?.extensions?.[extension("ending")]).toEqual({ id: "melding", outcome: "slecht" });
  });
});

describe("xAPI statements of a quiz", () => {
  // In a free-order course the quiz can be taken first; here the scenario lesson goes first.
  function atTheQuiz() {
    const someone = learner();
    someone.send(choose("begin", "k1"));
    someone.send(choose("gesprek", "k1"));
    someone.send(complete("01-scenario"));
    return someone;
  }

  it("says answered and passed when the attempt reaches the pass mark exactly", () => {
    const { statements } = atTheQuiz().send(submit(ONE_RIGHT));
    expect(verbs(statements)).toEqual(["answered", "passed"]);
    const [answered, passed] = statements;
    expect(answered!.object.definition.type).toBe("http://adlnet.gov/expapi/activities/assessment");
    expect(answered!.result?.score).toEqual({ raw: 1, min: 0, max: 2, scaled: 0.5 });
    expect(answered!.result?.response).toBe("een-signaal=o2; stappen=o1");
    expect(passed!.result).toMatchObject({ success: true, completion: true, score: { raw: 1, max: 2 } });
    expect(passed!.result?.extensions).toMatchObject({ [extension("attempt")]: 1, [extension("pass-mark")]: 50 });
  });

  it("says failed, with success false, below the pass mark, and passed on a later attempt", () => {
    const someone = atTheQuiz();
    const first = someone.send(submit(NONE_RIGHT));
    expect(verbs(first.statements)).toEqual(["answered", "failed"]);
    expect(first.statements[1]!.result).toMatchObject({ success: false, score: { raw: 0, max: 2, scaled: 0 } });

    const second = someone.send(submit({ "een-signaal": ["o2"], stappen: ["o1", "o2"] }));
    expect(verbs(second.statements)).toEqual(["answered", "passed"]);
    expect(second.statements[1]!.result?.extensions?.[extension("attempt")]).toBe(2);
  });

  it("answers only with option ids the quiz offers", () => {
    const { statements } = atTheQuiz().send(submit({ "een-signaal": ["o2", "<script>"], onbekend: ["o1"] }));
    expect(statements[0]!.result?.response).toBe("een-signaal=o2; stappen=");
    expect(JSON.stringify(statements)).not.toContain("<script>");
  });
});

describe("xAPI statements of lessons and the course", () => {
  it("says experienced for a lesson read to the end, and completed when the lesson is done", () => {
    const someone = learner();
    someone.send(choose("begin", "k1"));
    someone.send(choose("gesprek", "k1"));
    const { statements } = someone.send(complete("01-scenario"));
    expect(verbs(statements)).toEqual(["experienced", "completed"]);
    for (const statement of statements) {
      expect(statement.object).toEqual({
        objectType: "Activity",
        id: `${COURSE_IRI}/lessons/01-scenario`,
        definition: { name: { "nl-NL": "Een les" }, type: "http://adlnet.gov/expapi/activities/lesson" },
      });
      expect(statement.context.contextActivities).toEqual({ parent: [expect.objectContaining({ id: COURSE_IRI })] });
    }
  });

  it("completes the scenario with its last choice, and the lesson when the learner then completes it", () => {
    const someone = learner();
    someone.send(choose("begin", "k1"));
    const { statements } = someone.send(choose("gesprek", "k2"));
    expect(verbs(statements)).toEqual(["answered", "completed"]);
    expect(statements.map((statement) => statement.object.id)).toEqual([`${COURSE_IRI}/scenarios/verhitte-les`, `${COURSE_IRI}/scenarios/verhitte-les`]);
    const done = someone.send(complete("01-scenario"));
    expect(verbs(done.statements)).toEqual(["experienced", "completed"]);
    expect(done.statements.map((statement) => statement.object.id)).toEqual([`${COURSE_IRI}/lessons/01-scenario`, `${COURSE_IRI}/lessons/01-scenario`]);
  });

  it("says completed for the course with the event that completes it, and only then", () => {
    const someone = learner();
    const journey = [choose("begin", "k1"), choose("gesprek", "k1"), complete("01-scenario"), submit(ONE_RIGHT)];
    for (const event of journey) {
      expect(someone.send(event).statements.some((statement) => statement.object.id === COURSE_IRI)).toBe(false);
    }
    const { statements } = someone.send(complete("02-quiz"));
    expect(verbs(statements)).toEqual(["experienced", "completed", "completed"]);
    expect(statements[2]!.object).toEqual({
      objectType: "Activity",
      id: COURSE_IRI,
      definition: { name: { "nl-NL": "Signalen in de klas" }, type: "http://adlnet.gov/expapi/activities/course" },
    });
    expect(statements[2]!.result).toEqual({ completion: true });
    expect(statements[2]!.context.contextActivities).toBeUndefined();
  });
});

describe("every statement", () => {
  function wholeJourney() {
    const someone = learner();
    const events = [
      choose("begin", "k1"),
      choose("gesprek", "k1"),
      complete("01-scenario"),
      submit(NONE_RIGHT),
      submit(ONE_RIGHT),
      complete("02-quiz"),
    ];
    return events.map((event) => someone.send(event));
  }

  it("names the learner by a pseudonymous account only, never by e-mail or name", () => {
    for (const { statements } of wholeJourney()) {
      for (const statement of statements) {
        expect(statement.actor).toEqual({ objectType: "Agent", account: { homePage: PLATFORM, name: USER_ID } });
        expect(Object.keys(statement.actor)).not.toEqual(expect.arrayContaining(["mbox", "mbox_sha1sum", "name"]));
      }
    }
  });

  it("has an id, actor, ADL verb with Dutch and English display, activity object, timestamp and valid IRIs", () => {
    const isIri = (value: string) => expect(() => new URL(value), value).not.toThrow();
    const results = wholeJourney();
    expect(results.flatMap(({ statements }) => verbs(statements))).toEqual([
      "answered",
      "answered",
      "completed",
      "experienced",
      "completed",
      "answered",
      "failed",
      "answered",
      "passed",
      "experienced",
      "completed",
      "completed",
    ]);
    for (const { rows, statements } of results) {
      statements.forEach((statement, index) => {
        expect(statement.id).toMatch(UUID_V5);
        expect(rows[index]!.id).toBe(statement.id);
        expect(rows[index]!.verb).toBe(statement.verb.id);
        expect(ADL_VERBS).toContain(statement.verb.id);
        expect(Object.keys(statement.verb.display).sort()).toEqual(["en-US", "nl-NL"]);
        expect(statement.object.objectType).toBe("Activity");
        expect(statement.object.id.startsWith(`${PLATFORM}/xapi/activities/`)).toBe(true);
        expect(statement.object.definition.name["nl-NL"]).toBeTruthy();
        expect(new Date(statement.timestamp).toISOString()).toBe(statement.timestamp);
        expect(rows[index]!.timestamp.toISOString()).toBe(statement.timestamp);
        for (const iri of [
          statement.verb.id,
          statement.object.id,
          statement.object.definition.type,
          ...Object.keys(statement.result?.extensions ?? {}),
          ...Object.keys(statement.context.extensions),
          ...(statement.context.contextActivities?.parent ?? []).map((activity) => activity.id),
          ...(statement.context.contextActivities?.grouping ?? []).map((activity) => activity.id),
        ]) {
          isIri(iri);
        }
      });
    }
  });

  it("gets the same ids for the same event every time, and ids no other statement has", () => {
    const first = wholeJourney().flatMap(({ rows }) => rows.map((row) => row.id));
    const again = wholeJourney().flatMap(({ rows }) => rows.map((row) => row.id));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);

    const elsewhere = learner().send(choose("begin", "k1"), "another-event-id").rows.map((row) => row.id);
    expect(first).not.toContain(elsewhere[0]);
  });

  it("uses RFC 4122 name-based (version 5) UUIDs", () => {
    // The well-known example (Python's uuid documentation): www.example.com in the DNS namespace.
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });
});
