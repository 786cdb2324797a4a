import { beforeEach, describe, expect, it } from "vitest";
import type { QuizManifest, ScenarioManifest } from "../../app/content/manifest";
import { lessonPage, loadVersion } from "../../app/content/published.server";
import { InvalidPathError, gradeQuiz, walkScenario } from "../../app/content/grading";
import { publishCourse } from "../../app/content/publish.server";
import { writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

async function publishedVersion() {
  const result = await publishCourse(db, writeCourse());
  if (result.status === "invalid") throw new Error("fixture course has faults");
  return (await loadVersion(result.versionId))!;
}

describe("walking a scenario", () => {
  let scenario: ScenarioManifest;
  beforeEach(async () => {
    scenario = (await publishedVersion()).manifest.scenarios["verhitte-les"]!;
  });

  it("starts at the first step and offers its choices without feedback or scores", () => {
    const position = walkScenario(scenario, []);
    expect(position.kind).toBe("step");
    if (position.kind !== "step") return;
    expect(position.step.id).toBe("begin");
    expect(position.step.choices).toEqual([
      { id: "k1", html: "<p>Je vraagt de klas wat er achter die woorden zit.</p>" },
      { id: "k2", html: "<p>Je meldt Daan meteen bij de politie.</p>" },
    ]);
  });

  it("shows the feedback of each choice made and, at the end, the scores against the best possible", () => {
    const position = walkScenario(scenario, ["k1", "k1"]);
    expect(position.kind).toBe("ending");
    if (position.kind !== "ending") return;
    expect(position.taken.map((choice) => choice.feedbackHtml)).toEqual(["Goed: je houdt het gesprek open.", "Zo blijf je in gesprek."]);
    expect(position.ending.outcome).toBe("goed");
    expect(position.scores).toEqual({ signaleren: 4, duiden: 4, handelen: 4 });
    expect(position.maxScores).toEqual(position.scores);
  });

  it("costs points for over-reaction and under-reaction", () => {
    const over = walkScenario(scenario, ["k2"]);
    const under = walkScenario(scenario, ["k1", "k2"]);
    for (const position of [over, under]) {
      expect(position.kind).toBe("ending");
      if (position.kind !== "ending") continue;
      expect(position.scores.handelen).toBeLessThan(position.maxScores.handelen);
    }
  });

  it("refuses a path the graph does not offer", () => {
    expect(() => walkScenario(scenario, ["k9"])).toThrow(InvalidPathError);
    expect(() => walkScenario(scenario, ["k2", "k1"])).toThrow(InvalidPathError);
  });
});

describe("grading a quiz", () => {
  let quiz: QuizManifest;
  beforeEach(async () => {
    quiz = (await publishedVersion()).manifest.quizzes.toets!;
  });

  it("passes exactly the correct answer and explains every option", () => {
    const result = gradeQuiz(quiz, { "een-signaal": ["o2"] });
    expect(result).toMatchObject({ scorePercentage: 100, passed: true, passMark: 70 });
    expect(result.questions[0]?.options.map((option) => [option.id, option.correct, option.chosen])).toEqual([
      ["o1", false, false],
      ["o2", true, true],
    ]);
    expect(result.questions[0]?.options[0]?.explanationHtml).toBe("Nee: één signaal is niet alarmerend.");
  });

  it("fails a wrong or missing answer and ignores options that do not exist", () => {
    expect(gradeQuiz(quiz, { "een-signaal": ["o1"] })).toMatchObject({ scorePercentage: 0, passed: false });
    expect(gradeQuiz(quiz, {})).toMatchObject({ scorePercentage: 0, passed: false });
    expect(gradeQuiz(quiz, { "een-signaal": ["o7"] }).questions[0]?.chosen).toEqual([]);
  });
});

describe("a lesson page", () => {
  it("holds the lesson's segments and only public data of its blocks", async () => {
    const version = await publishedVersion();
    const page = lessonPage(version, "01-scenario")!;
    expect(page.lesson.segments.map((segment) => segment.kind)).toEqual(["html", "scenario"]);
    const serialised = JSON.stringify(page);
    expect(serialised).not.toContain("Feedback");
    expect(serialised).not.toContain("Goed: je houdt het gesprek open.");
    expect(serialised).not.toMatch(/"correct"|"scores"|"next"/);
    expect(lessonPage(version, "99-bestaat-niet")).toBeNull();
  });

  it("reads a version from the database once and then from memory", async () => {
    const version = await publishedVersion();
    await db.courseLesson.deleteMany({ where: { versionId: version.id } });
    expect((await loadVersion(version.id))?.lessons.size).toBe(2);
  });
});

describe("the courses in content/", () => {
  it("all pass the check", async () => {
    const { checkCourse } = await import("../../app/content/check-course.server");
    const { courseFolders } = await import("../../scripts/lib/publish-content");
    const folders = courseFolders();
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(checkCourse(folder).faults, folder).toEqual([]);
  });
});
