// Says what a progress event means in xAPI 1.0.3: one event becomes one or more statements
// (answered and passed, say), written with the event so a learning record store can get them
// later. Pure: the caller stores the rows in the progress transaction.
//
// Choices made here:
// - The actor is pseudonymous (the user id under the platform's home page), never an e-mail
//   address or a name: an LRS outside Signaal must not learn who a teacher is.
// - Activity ids name the course, lesson, scenario or quiz by slug and id, not by version, so
//   statements from different versions of a course gather on one activity; the version is in
//   context.extensions.
// - Statement ids are name-based UUIDs (version 5) from the event id and the statement's place:
//   the same event always says the same thing under the same ids, so a replay cannot duplicate.
// - Statements follow from what the machine accepted (the context before and after the event),
//   not from what the browser claimed: the step is found by replaying the stored path, a quiz is
//   graded again, a lesson counts as completed only when the machine added it.
import { createHash } from "node:crypto";
import type { CourseManifest, QuizManifest, ScenarioManifest, Scores } from "~/content/manifest";
import { type PublishedVersion } from "~/content/published.server";
import { gradeQuiz, walkScenario } from "~/content/grading";
import type { ProgressContext, ProgressEvent } from "./course-machine";

export interface StatementInput {
  eventId: string;
  event: ProgressEvent;
  userId: string;
  version: Pick<PublishedVersion, "id" | "slug" | "number" | "title" | "manifest" | "metadata">;
  /** The learner's context before the event. */
  before: ProgressContext;
  /** The learner's context after the event. */
  after: ProgressContext;
  /** True only for the event that completed the course. */
  courseCompleted: boolean;
  timestamp: Date;
  /** The platform's public base URL, e.g. https://signaal.example.nl. */
  platformUrl: string;
}

export interface XapiStatementRow {
  id: string;
  /** The verb's IRI. */
  verb: string;
  /** The complete statement as JSON. */
  statement: string;
  timestamp: Date;
}

type LanguageMap = Record<string, string>;

export interface XapiActivity {
  objectType: "Activity";
  id: string;
  definition: { name: LanguageMap; type: string };
}

export interface XapiStatement {
  id: string;
  actor: { objectType: "Agent"; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    score?: { raw: number; min?: number; max?: number; scaled?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context: {
    platform: string;
    language: string;
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
}

// ---- vocabulary ----

const VERBS = {
  answered: { id: "http://adlnet.gov/expapi/verbs/answered", display: { "nl-NL": "beantwoordde", "en-US": "answered" } },
  experienced: { id: "http://adlnet.gov/expapi/verbs/experienced", display: { "nl-NL": "heeft doorgenomen", "en-US": "experienced" } },
  passed: { id: "http://adlnet.gov/expapi/verbs/passed", display: { "nl-NL": "is geslaagd voor", "en-US": "passed" } },
  failed: { id: "http://adlnet.gov/expapi/verbs/failed", display: { "nl-NL": "is niet geslaagd voor", "en-US": "failed" } },
  completed: { id: "http://adlnet.gov/expapi/verbs/completed", display: { "nl-NL": "heeft afgerond", "en-US": "completed" } },
} as const;

type XapiVerb = keyof typeof VERBS;

// From the ADL activity-type vocabulary. A lesson is "lesson" (cmi5 would say "module", but
// Signaal is not a cmi5 package); a scenario is a branching simulation; a quiz an assessment.
const ACTIVITY_TYPES = {
  course: "http://adlnet.gov/expapi/activities/course",
  lesson: "http://adlnet.gov/expapi/activities/lesson",
  scenario: "http://adlnet.gov/expapi/activities/simulation",
  quiz: "http://adlnet.gov/expapi/activities/assessment",
} as const;

// Any fixed UUID works as the namespace; this one is Signaal's and must never change, or the
// same event would get new statement ids.
const STATEMENT_NAMESPACE = "fa52d4de-84a4-4ef2-a0b7-2c16d2f2825c";

/** A name-based UUID (RFC 4122 version 5: SHA-1 of namespace and name). */
export function uuidV5(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (namespaceBytes.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash("sha1").update(namespaceBytes).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// ---- the statements of one event ----

type Draft = Omit<XapiStatement, "id" | "actor" | "timestamp" | "context" | "verb"> & {
  verb: XapiVerb;
  parents: XapiActivity[];
};

export function statementsFor(input: StatementInput): XapiStatementRow[] {
  const vocabulary = activities(input);
  const drafts: Draft[] = [...eventDrafts(input, vocabulary)];

  // A lesson completes when its last open part is done, and that need not be lesson.complete:
  // finishing the scenario after reading to the end completes it too.
  const before = new Set(input.before.completedLessons);
  for (const slug of input.after.completedLessons) {
    if (before.has(slug)) continue;
    drafts.push({ verb: "completed", object: vocabulary.lesson(slug), result: { completion: true }, parents: [vocabulary.course] });
  }

  if (input.courseCompleted) {
    drafts.push({ verb: "completed", object: vocabulary.course, result: { completion: true }, parents: [] });
  }

  const timestamp = input.timestamp.toISOString();
  const platformUrl = baseUrl(input.platformUrl);
  return drafts.map((draft, index) => {
    const { verb, parents, ...rest } = draft;
    const statement: XapiStatement = {
      id: uuidV5(`${input.eventId}/${index}`, STATEMENT_NAMESPACE),
      actor: { objectType: "Agent", account: { homePage: platformUrl, name: input.userId } },
      verb: { id: VERBS[verb].id, display: { ...VERBS[verb].display } },
      ...rest,
      context: {
        platform: "Signaal",
        language: "nl-NL",
        ...contextActivities(parents),
        extensions: {
          [vocabulary.extension("course-version-id")]: input.version.id,
          [vocabulary.extension("course-version-number")]: input.version.number,
        },
      },
      timestamp,
    };
    return { id: statement.id, verb: statement.verb.id, statement: JSON.stringify(statement), timestamp: input.timestamp };
  });
}

function eventDrafts(input: StatementInput, vocabulary: Vocabulary): Draft[] {
  const { event, version } = input;
  switch (event.type) {
    case "scenario.choose": {
      const scenario = version.manifest.scenarios[event.scenario];
      if (!scenario) return [];
      return scenarioDrafts(input, vocabulary, scenario, event.step, event.choice);
    }
    case "quiz.submit": {
      const quiz = version.manifest.quizzes[event.quiz];
      if (!quiz) return [];
      return quizDrafts(input, vocabulary, quiz, event.answers);
    }
    case "lesson.complete": {
      if (!version.manifest.lessons.some((lesson) => lesson.slug === event.lesson)) return [];
      return [{ verb: "experienced", object: vocabulary.lesson(event.lesson), parents: [vocabulary.course] }];
    }
  }
}

function scenarioDrafts(input: StatementInput, vocabulary: Vocabulary, scenario: ScenarioManifest, sentStep: string, choice: string): Draft[] {
  const path = input.before.scenarios[scenario.id]?.path ?? [];
  const after = input.after.scenarios[scenario.id];
  // The machine did not take the choice: nothing happened to say anything about.
  if (!after || after.path.length !== path.length + 1 || after.path[after.path.length - 1] !== choice) return [];

  // The step the choice was made at, by replaying the stored path (the machine has checked
  // that the browser's step is this one; its word is only the fallback).
  const position = safeWalk(scenario, path);
  const stepId = position?.kind === "step" ? position.step.id : sentStep;
  const offered = scenario.steps[stepId]?.choices.find((candidate) => candidate.id === choice);

  const object = vocabulary.scenario(scenario);
  const parents = [vocabulary.lesson(scenario.lesson), vocabulary.course];
  const drafts: Draft[] = [
    {
      verb: "answered",
      object,
      result: {
        response: choice,
        extensions: {
          [vocabulary.extension("step")]: stepId,
          ...(offered ? { [vocabulary.extension("reaction")]: offered.reaction } : {}),
        },
      },
      parents,
    },
  ];

  if (after.finished && !input.before.scenarios[scenario.id]?.finished) {
    const scores: Scores = after.scores ?? { signaleren: 0, duiden: 0, handelen: 0 };
    const ending = safeWalk(scenario, after.path);
    drafts.push({
      verb: "completed",
      object,
      result: {
        completion: true,
        score: scenarioScore(scores, scenario.maxScores),
        extensions: {
          [vocabulary.extension("scores")]: { ...scores },
          [vocabulary.extension("max-scores")]: { ...scenario.maxScores },
          ...(ending?.kind === "ending"
            ? { [vocabulary.extension("ending")]: { id: ending.ending.id, outcome: ending.ending.outcome } }
            : {}),
        },
      },
      parents,
    });
  }
  return drafts;
}

/** The three dimensions added up; scaled against the best reachable total, kept within [-1, 1]. */
function scenarioScore(scores: Scores, maxScores: Scores) {
  const raw = scores.signaleren + scores.duiden + scores.handelen;
  const max = maxScores.signaleren + maxScores.duiden + maxScores.handelen;
  if (max <= 0) return { raw };
  return { raw, max, scaled: round(Math.max(-1, Math.min(1, raw / max))) };
}

function quizDrafts(input: StatementInput, vocabulary: Vocabulary, quiz: QuizManifest, answers: Record<string, string[]>): Draft[] {
  const before = input.before.quizzes[quiz.id];
  const after = input.after.quizzes[quiz.id];
  // Not counted as an attempt (no attempts left, or already passed): nothing to say.
  if (!after || after.attempts <= (before?.attempts ?? 0)) return [];

  // Graded again from the manifest: this attempt against the quiz's own pass mark.
  const result = gradeQuiz(quiz, answers);
  const right = result.questions.filter((question) => question.correct).length;
  const total = result.questions.length;
  const score = total === 0 ? { raw: 0, min: 0, max: 0 } : { raw: right, min: 0, max: total, scaled: round(right / total) };
  const object = vocabulary.quiz(quiz);
  const parents = [vocabulary.lesson(quiz.lesson), vocabulary.course];
  const attempt = { [vocabulary.extension("attempt")]: after.attempts, [vocabulary.extension("pass-mark")]: quiz.passMark };
  return [
    {
      verb: "answered",
      object,
      result: {
        score,
        // Only ids the quiz offers (the grader drops the rest), one question after another.
        response: result.questions.map((question) => `${question.id}=${question.chosen.join(",")}`).join("; "),
        extensions: {
          ...attempt,
          [vocabulary.extension("answers")]: result.questions.map((question) => ({
            question: question.id,
            chosen: question.chosen,
            correct: question.correct,
          })),
        },
      },
      parents,
    },
    {
      verb: result.passed ? "passed" : "failed",
      object,
      result: { score, success: result.passed, ...(result.passed ? { completion: true } : {}), extensions: attempt },
      parents,
    },
  ];
}

// ---- activities ----

/** The nearest activity around the object is its parent; the rest (the course) group it. */
function contextActivities([parent, ...grouping]: XapiActivity[]): Pick<XapiStatement["context"], "contextActivities"> {
  if (!parent) return {};
  return { contextActivities: grouping.length > 0 ? { parent: [parent], grouping } : { parent: [parent] } };
}

type Vocabulary = ReturnType<typeof activities>;

function activities(input: StatementInput) {
  const base = `${baseUrl(input.platformUrl)}/xapi`;
  const courseIri = `${base}/activities/courses/${segment(input.version.slug)}`;
  const manifest: CourseManifest = input.version.manifest;
  const lessonTitle = (slug: string) => manifest.lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  const activity = (id: string, name: string, type: string): XapiActivity => ({
    objectType: "Activity",
    id,
    definition: { name: { "nl-NL": name }, type },
  });
  return {
    course: activity(courseIri, input.version.title, ACTIVITY_TYPES.course),
    lesson: (slug: string) => activity(`${courseIri}/lessons/${segment(slug)}`, lessonTitle(slug), ACTIVITY_TYPES.lesson),
    scenario: (scenario: ScenarioManifest) =>
      activity(`${courseIri}/scenarios/${segment(scenario.id)}`, scenario.title, ACTIVITY_TYPES.scenario),
    quiz: (quiz: QuizManifest) =>
      activity(`${courseIri}/quizzes/${segment(quiz.id)}`, quiz.title ?? `Toets bij ${lessonTitle(quiz.lesson)}`, ACTIVITY_TYPES.quiz),
    extension: (name: string) => `${base}/extensions/${name}`,
  };
}

function baseUrl(platformUrl: string): string {
  return platformUrl.replace(/\/+$/, "");
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

function safeWalk(scenario: ScenarioManifest, path: readonly string[]) {
  try {
    return walkScenario(scenario, path);
  } catch {
    return null;
  }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
