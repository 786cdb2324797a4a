// History and diffs: every version with who wrote, approved and published it, and what
// changed against the version before, line by line.
import { beforeEach, describe, expect, it } from "vitest";
import { type FileDiff, diffCourseFiles } from "../../app/authoring/diff";
import { moveLesson } from "../../app/authoring/drafts.server";
import { courseHistory, draftDiff, versionDiff } from "../../app/authoring/history.server";
import { approve, publishDraft, rollbackToVersion, submitForReview } from "../../app/authoring/workflow.server";
import { createAuthor, createDraft, draftText, writeDraftFile } from "../factories/authoring";
import { lesson } from "../factories/course";
import { db, resetDatabase } from "../support/database";

function summary(files: FileDiff[] | null) {
  return files?.map((file) => [file.path, file.change, file.added, file.removed]);
}

describe("a diff between two sets of course files", () => {
  it("names added, removed, changed and unchanged files in reading order", () => {
    const before = [
      { path: "cursus.yml", content: "titel: A\n" },
      { path: "01-a.mdx", content: "een\ntwee\ndrie\n" },
      { path: "02-weg.mdx", content: "weg\n" },
    ];
    const after = [
      { path: "01-a.mdx", content: "een\n2\ndrie\n" },
      { path: "03-nieuw.mdx", content: "nieuw\n" },
      { path: "cursus.yml", content: "titel: A   \r\n" },
    ];
    const diff = diffCourseFiles(before, after);
    expect(summary(diff)).toEqual([
      ["cursus.yml", "unchanged", 0, 0],
      ["01-a.mdx", "changed", 1, 1],
      ["02-weg.mdx", "removed", 0, 1],
      ["03-nieuw.mdx", "added", 1, 0],
    ]);
    expect(diff[1]!.hunks[0]!.lines).toEqual([
      { kind: "context", text: "een", oldNumber: 1, newNumber: 1 },
      { kind: "removed", text: "twee", oldNumber: 2, newNumber: null },
      { kind: "added", text: "2", oldNumber: null, newNumber: 2 },
      { kind: "context", text: "drie", oldNumber: 3, newNumber: 3 },
    ]);
  });

  it("shows a lesson whose number changed as moved, and compares media as bytes", () => {
    const before = [
      { path: "01-a.mdx", content: "a\n" },
      { path: "02-b.mdx", content: "b\n" },
      { path: "media/foto.png", bytes: new Uint8Array([1, 2, 3]) },
    ];
    const after = [
      { path: "01-b.mdx", content: "b\n" },
      { path: "02-a.mdx", content: "a\n" },
      { path: "media/foto.png", bytes: new Uint8Array([1, 2, 4]) },
    ];
    const diff = diffCourseFiles(before, after);
    expect(diff.map((file) => [file.path, file.change, file.previousPath])).toEqual([
      ["01-b.mdx", "moved", "02-b.mdx"],
      ["02-a.mdx", "moved", "01-a.mdx"],
      ["media/foto.png", "changed", null],
    ]);
    expect(diff[2]!.binary).toBe(true);
  });
});

describe("a course's history", () => {
  let writer = { id: "", name: "" };
  let reviewer = { id: "", name: "" };
  let draftId = "";

  beforeEach(async () => {
    await resetDatabase();
    writer = await createAuthor(db, { name: "Wendy Schrijver" });
    reviewer = await createAuthor(db, { name: "Rob Beoordelaar" });
    draftId = await createDraft(db, writer.id);
    const quiz = (await draftText(db, draftId, "02-quiz.mdx"))!;
    await writeDraftFile(db, draftId, "02-quiz.mdx", quiz.replace("Is één signaal genoeg om te melden?", "Is één signaal genoeg voor een melding?"), writer.id);
    await writeDraftFile(db, draftId, "03-extra.mdx", lesson("Een extra les.", "Extra"), writer.id);
  });

  async function publishTheDraft() {
    await submitForReview(db, { draftId, actorId: writer.id, comment: "Vraag anders gesteld." });
    await approve(db, { draftId, actorId: reviewer.id, comment: "Prima." });
    return publishDraft(db, { draftId, actorId: reviewer.id });
  }

  it("diffs a draft against the version it started from", async () => {
    const diff = await draftDiff(db, draftId);
    expect(diff?.previousNumber).toBe(1);
    expect(summary(diff!.files)).toEqual([
      ["cursus.yml", "unchanged", 0, 0],
      ["01-scenario.mdx", "unchanged", 0, 0],
      ["02-quiz.mdx", "changed", 1, 1],
      ["03-extra.mdx", "added", 5, 0],
    ]);
    const quiz = diff!.files!.find((file) => file.path === "02-quiz.mdx")!;
    expect(quiz.hunks.flatMap((hunk) => hunk.lines).filter((line) => line.kind !== "context")).toEqual([
      { kind: "removed", text: "Is één signaal genoeg om te melden?", oldNumber: 7, newNumber: null },
      { kind: "added", text: "Is één signaal genoeg voor een melding?", oldNumber: null, newNumber: 7 },
    ]);
  });

  it("lists versions newest first with publisher, writers, reviewer, origin and steps", async () => {
    await publishTheDraft();
    await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 1, actorId: writer.id });
    const history = await courseHistory(db, "test-cursus");
    expect(history?.versions.map((version) => [version.number, version.origin, version.restoredFromNumber, version.publishedBy])).toEqual([
      [3, "terugzetten", 1, "Wendy Schrijver"],
      [2, "editor", null, "Rob Beoordelaar"],
      [1, "bestanden", null, null],
    ]);
    const v2 = history!.versions[1]!;
    expect(v2).toMatchObject({ authors: ["Wendy Schrijver"], reviewer: "Rob Beoordelaar", note: "Eerste versie.", title: "Signalen in de klas" });
    expect(v2.steps.map((step) => [step.action, step.actor, step.comment])).toEqual([
      ["ingediend", "Wendy Schrijver", "Vraag anders gesteld."],
      ["goedgekeurd", "Rob Beoordelaar", "Prima."],
      ["gepubliceerd", "Rob Beoordelaar", null],
    ]);
    expect(await courseHistory(db, "bestaat-niet")).toBeNull();
  });

  it("diffs each version against the one before it", async () => {
    await publishTheDraft();
    expect(summary((await versionDiff(db, "test-cursus", 2))!.files)).toEqual(summary((await draftDiff(db, draftId))!.files));
    const first = await versionDiff(db, "test-cursus", 1);
    expect(first?.previousNumber).toBeNull();
    expect(first?.files?.every((file) => file.change === "added")).toBe(true);
    expect(await versionDiff(db, "test-cursus", 7)).toBeNull();
  });

  it("shows a moved lesson as moved", async () => {
    await moveLesson(db, { draftId, path: "03-extra.mdx", direction: "up", actorId: writer.id });
    const diff = await draftDiff(db, draftId);
    expect(diff!.files!.map((file) => [file.path, file.change, file.previousPath])).toContainEqual(["03-quiz.mdx", "moved", "02-quiz.mdx"]);
  });

  it("says there is nothing to compare when a version has no sources", async () => {
    await db.courseVersionSource.deleteMany({});
    expect((await draftDiff(db, draftId))?.files).toBeNull();
  });
});
