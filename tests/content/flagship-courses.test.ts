// The flagship course "Signaleren en handelen" and the short course for school coordinators:
// both pass the checker, and the flagship, once published, meets the order's demands. Every
// path through every scenario is walked: each reaches an ending, the best path scores the
// maximum on all three dimensions, and over- and under-reacting paths lose points.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCourse } from "../../app/content/check-course.server";
import { SCORE_DIMENSIONS } from "../../app/content/components";
import type { ScenarioManifest, Scores } from "../../app/content/manifest";
import { publishCourse } from "../../app/content/publish.server";
import { type PublishedVersion, loadVersion } from "../../app/content/published.server";
import { walkScenario } from "../../app/content/grading";
import { db, resetDatabase } from "../support/database";
import { type ScenarioPath, allPaths, total } from "../support/scenario-paths";

const CONTENT = fileURLToPath(new URL("../../content/", import.meta.url));
const FLAGSHIP = path.join(CONTENT, "signaleren-en-handelen");
const COORDINATORS = path.join(CONTENT, "schoolaanpak-coordinatoren");

function bestPath(paths: ScenarioPath[]): ScenarioPath {
  return paths.reduce((best, candidate) => (total(candidate.scores) > total(best.scores) ? candidate : best));
}

async function publishAndLoad(folder: string): Promise<PublishedVersion> {
  const result = await publishCourse(db, folder);
  if (result.status === "invalid") throw new Error(`${folder} has faults: ${JSON.stringify(result.faults)}`);
  return (await loadVersion(result.versionId))!;
}

/** Every path reaches its ending with the scores it adds up to; the best path scores the maximum. */
function expectEveryPathWalks(scenario: ScenarioManifest): void {
  const paths = allPaths(scenario);
  const reached = new Set<string>();
  for (const route of paths) {
    const position = walkScenario(scenario, route.choices);
    expect(position.kind, `${scenario.id}: ${route.choices.join(" > ")}`).toBe("ending");
    if (position.kind !== "ending") continue;
    expect(position.ending.id).toBe(route.ending);
    expect(position.scores).toEqual(route.scores);
    expect(position.maxScores).toEqual(scenario.maxScores);
    expect(position.taken.every((taken) => taken.feedbackHtml.trim().length > 0), scenario.id).toBe(true);
    reached.add(route.ending);
  }
  expect([...reached].sort(), scenario.id).toEqual(Object.keys(scenario.endings).sort());
  // Branches at least twice: some path makes two or more choices.
  expect(Math.max(...paths.map((route) => route.steps)), scenario.id).toBeGreaterThanOrEqual(2);
}

function expectBestPathScoresMaximum(scenario: ScenarioManifest): void {
  const paths = allPaths(scenario);
  const best = bestPath(paths);
  expect(best.scores, scenario.id).toEqual(scenario.maxScores);
  for (const route of paths) {
    for (const dimension of SCORE_DIMENSIONS) {
      expect(route.scores[dimension], `${scenario.id} ${dimension}: ${route.choices.join(" > ")}`).toBeLessThanOrEqual(best.scores[dimension]);
    }
  }
  expect(scenario.endings[best.ending]?.outcome, scenario.id).toBe("goed");
  expect(best.reactions.every((reaction) => reaction === "passend"), scenario.id).toBe(true);
}

/** A scenario offers an over- and an under-reaction, and every path that takes one loses points. */
function expectReactionsCostPoints(scenario: ScenarioManifest): void {
  const paths = allPaths(scenario);
  const maxTotal = total(scenario.maxScores);
  for (const reaction of ["over", "onder"] as const) {
    const offered = Object.values(scenario.steps).some((step) => step.choices.some((choice) => choice.reaction === reaction));
    expect(offered, `${scenario.id} offers a choice with reactie="${reaction}"`).toBe(true);
    const reacting = paths.filter((route) => route.reactions.includes(reaction));
    expect(reacting.length, `${scenario.id}: a path with reactie="${reaction}"`).toBeGreaterThan(0);
    for (const route of reacting) {
      const label = `${scenario.id} (${reaction}): ${route.choices.join(" > ")}`;
      expect(
        SCORE_DIMENSIONS.some((dimension) => route.scores[dimension] < scenario.maxScores[dimension]),
        label,
      ).toBe(true);
      expect(total(route.scores), label).toBeLessThan(maxTotal);
    }
  }
}

describe("the new courses pass the check", () => {
  it.each([
    ["signaleren-en-handelen", FLAGSHIP],
    ["schoolaanpak-coordinatoren", COORDINATORS],
  ])("%s has no faults", (_name, folder) => {
    const course = checkCourse(folder);
    expect(course.faults).toEqual([]);
    expect(course.metadata).not.toBeNull();
  });

  it("the coordinators' course is short: 2 to 3 lessons, about 20 minutes", () => {
    const course = checkCourse(COORDINATORS);
    expect(course.lessons.length).toBeGreaterThanOrEqual(2);
    expect(course.lessons.length).toBeLessThanOrEqual(3);
    const minutes = course.lessons.map((lesson) => lesson.frontMatter?.minuten ?? 0);
    expect(minutes.reduce((sum, value) => sum + value, 0)).toBe(course.metadata!.minuten);
    expect(course.metadata!.minuten).toBeGreaterThanOrEqual(15);
    expect(course.metadata!.minuten).toBeLessThanOrEqual(25);
  });
});

describe("the flagship course, published", () => {
  let version: PublishedVersion;
  let scenarios: ScenarioManifest[];

  beforeAll(async () => {
    await resetDatabase();
    version = await publishAndLoad(FLAGSHIP);
    scenarios = Object.values(version.manifest.scenarios);
  });

  it("has 6 to 8 lessons and takes 45 to 75 minutes, the lessons adding up to the course", () => {
    const lessons = version.manifest.lessons;
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    expect(lessons.length).toBeLessThanOrEqual(8);
    for (const lesson of lessons) expect(lesson.minutes, lesson.slug).not.toBeNull();
    const sum = lessons.reduce((minutes, lesson) => minutes + (lesson.minutes ?? 0), 0);
    expect(sum).toBe(version.metadata.minuten);
    expect(version.metadata.minuten).toBeGreaterThanOrEqual(45);
    expect(version.metadata.minuten).toBeLessThanOrEqual(75);
    expect(version.metadata.doelgroep).toEqual(expect.arrayContaining(["PO", "VO", "MBO"]));
  });

  it("has at least 8 scenarios, set in PO, VO and MBO, each with good, middling and bad endings", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    const sectors = new Set(scenarios.map((scenario) => scenario.sector));
    for (const sector of ["PO", "VO", "MBO"]) expect(sectors.has(sector), sector).toBe(true);
    for (const scenario of scenarios) {
      const endings = Object.values(scenario.endings);
      expect(endings.length, scenario.id).toBeGreaterThanOrEqual(3);
      expect(new Set(endings.map((ending) => ending.outcome)), scenario.id).toEqual(new Set(["goed", "matig", "slecht"]));
    }
  });

  it("walks every path of every scenario to an ending, with the scores the path adds up to", () => {
    for (const scenario of scenarios) expectEveryPathWalks(scenario);
  });

  it("scores the best path highest on all three dimensions, equal to the maximum", () => {
    for (const scenario of scenarios) expectBestPathScoresMaximum(scenario);
  });

  it("costs points for over-reaction and for under-reaction, in every scenario", () => {
    for (const scenario of scenarios) expectReactionsCostPoints(scenario);
  });

  it("has a scenario that calls for acting at once: the best path goes straight to the municipality and/or the wijkagent", () => {
    const urgent = scenarios.filter((scenario) => {
      const best = bestPath(allPaths(scenario));
      const position = walkScenario(scenario, best.choices);
      const last = position.taken.at(-1);
      const underLast = allPaths(scenario).some((route) => route.reactions.at(-1) === "onder");
      return last !== undefined && /wijkagent/.test(last.choiceHtml) && /direct/.test(last.feedbackHtml) && underLast;
    });
    expect(urgent.map((scenario) => scenario.id).length).toBeGreaterThanOrEqual(1);
  });

  it("has a quiz in every lesson but the sources, every option explained, and a final quiz of at least 15 questions at 70%", () => {
    const quizzes = Object.values(version.manifest.quizzes);
    for (const lesson of version.manifest.lessons) {
      if (/Bronnen/.test(lesson.title)) continue;
      expect(lesson.blocks.some((block) => block.kind === "quiz"), lesson.slug).toBe(true);
    }
    for (const quiz of quizzes) {
      for (const question of quiz.questions) {
        const correct = question.options.filter((option) => option.correct).length;
        expect(correct, question.id).toBeGreaterThanOrEqual(1);
        if (question.type === "een") expect(correct, question.id).toBe(1);
        expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
        for (const option of question.options) expect(option.explanationHtml.trim(), `${question.id} ${option.id}`).not.toBe("");
      }
    }
    const final = quizzes.reduce((largest, quiz) => (quiz.questions.length > largest.questions.length ? quiz : largest));
    expect(final.questions.length).toBeGreaterThanOrEqual(15);
    expect(final.passMark).toBe(70);
  });

  it("has reflections after the core lessons and a lesson of sources with links", () => {
    const reflections = Object.values(version.manifest.reflections);
    expect(reflections.length).toBeGreaterThanOrEqual(1);
    for (const reflection of reflections) expect(reflection.promptHtml).toMatch(/alleen jij/);
    const sources = version.manifest.lessons.find((lesson) => /Bronnen/.test(lesson.title));
    expect(sources).toBeDefined();
    const html = version.lessons
      .get(sources!.slug)!
      .segments.map((segment) => (segment.kind === "html" ? segment.html : ""))
      .join("");
    expect(html.match(/href="https:\/\//g)?.length ?? 0).toBeGreaterThanOrEqual(8);
    for (const host of ["schoolenveiligheid.nl", "socialestabiliteit.nl", "rijksoverheid.nl", "officielebekendmakingen.nl", "nos.nl"]) {
      expect(html, host).toContain(host);
    }
  });
});

describe("the coordinators' course, published", () => {
  it("walks every path of its scenarios, scores the best path highest and costs points for over- and under-reaction", async () => {
    await resetDatabase();
    const version = await publishAndLoad(COORDINATORS);
    const scenarios = Object.values(version.manifest.scenarios);
    expect(scenarios.length).toBeGreaterThanOrEqual(1);
    for (const scenario of scenarios) {
      expectEveryPathWalks(scenario);
      expectBestPathScoresMaximum(scenario);
      expectReactionsCostPoints(scenario);
    }
    for (const quiz of Object.values(version.manifest.quizzes)) {
      for (const question of quiz.questions) {
        for (const option of question.options) expect(option.explanationHtml.trim(), `${question.id} ${option.id}`).not.toBe("");
      }
    }
  });
});
