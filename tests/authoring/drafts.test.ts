// Drafts: a new course, a draft from the latest version or from imported files, one open
// draft per course, and the lesson operations that keep the order 01..N.
import { beforeEach, describe, expect, it } from "vitest";
import { addLesson, createCourse, deleteLesson, findOpenDraft, moveLesson, renameLesson, startDraft } from "../../app/authoring/drafts.server";
import { draftFiles } from "../../app/authoring/stored-files.server";
import { submitForReview } from "../../app/authoring/workflow.server";
import { createAuthor, createDraft, draftText } from "../factories/authoring";
import { publishTestCourse } from "../factories/completion";
import { VALID_METADATA, lesson } from "../factories/course";
import { db, resetDatabase } from "../support/database";

let authorId = "";

beforeEach(async () => {
  await resetDatabase();
  authorId = (await createAuthor(db)).id;
});

async function paths(draftId: string) {
  return (await draftFiles(db, draftId)).map((file) => file.path);
}

async function auditActions() {
  return (await db.auditEntry.findMany({ orderBy: { createdAt: "asc" } })).map((entry) => entry.action);
}

describe("a new course", () => {
  it("gets a draft with course details and a first lesson that pass the checker", async () => {
    const result = await createCourse(db, { slug: "mbo-signalen", title: "Signalen in het mbo", actorId: authorId });
    expect(result.status).toBe("created");
    const draftId = (result as { draftId: string }).draftId;
    expect(await paths(draftId)).toEqual(["01-inleiding.mdx", "cursus.yml"]);
    expect(await db.courseVersion.count()).toBe(0);
    expect(await findOpenDraft(db, "mbo-signalen")).toMatchObject({ id: draftId, status: "DRAFT", baseVersionId: null });
    // The checker finds nothing, and a new course is never "unchanged".
    expect(await submitForReview(db, { draftId, actorId: authorId })).toEqual({ status: "submitted" });
    expect(await db.auditEntry.findFirst({ where: { action: "cursus.aangemaakt" } })).toMatchObject({ courseSlug: "mbo-signalen", actorId: authorId });
  });

  it("refuses a bad short name or title with a message per field", async () => {
    expect(await createCourse(db, { slug: "Mijn Cursus", title: "ab", actorId: authorId })).toEqual({
      status: "invalid",
      errors: { slug: "authoring.error.slugInvalid", titel: "authoring.error.titleLength" },
    });
    expect(await createCourse(db, { slug: "", title: "", actorId: authorId })).toEqual({
      status: "invalid",
      errors: { slug: "authoring.error.slugRequired", titel: "authoring.error.titleRequired" },
    });
    expect(await db.course.count()).toBe(0);
  });

  it("refuses a short name that is taken", async () => {
    await publishTestCourse(db, "test-cursus");
    expect(await createCourse(db, { slug: "test-cursus", title: "Nog een", actorId: authorId })).toEqual({ status: "exists" });
  });
});

describe("starting a draft", () => {
  it("copies the latest version's files and starts from that version", async () => {
    const version = await publishTestCourse(db, "test-cursus");
    const result = await startDraft(db, { courseSlug: "test-cursus", actorId: authorId });
    expect(result.status).toBe("started");
    const draftId = (result as { draftId: string }).draftId;
    const files = await draftFiles(db, draftId);
    const sources = await db.courseVersionSource.findMany({ where: { versionId: version.versionId }, orderBy: { path: "asc" } });
    expect(files).toEqual(sources.map((source) => ({ path: source.path, content: source.content })));
    expect(await findOpenDraft(db, "test-cursus")).toMatchObject({ id: draftId, baseVersionId: version.versionId });
    // Copying is no one's work yet: whoever started it may still approve it.
    expect(await db.draftContributor.count()).toBe(0);
    expect(await auditActions()).toEqual(["concept.gestart"]);
  });

  it("keeps to one open draft per course, also when two start at once", async () => {
    await publishTestCourse(db, "test-cursus");
    const results = await Promise.all([startDraft(db, { courseSlug: "test-cursus", actorId: authorId }), startDraft(db, { courseSlug: "test-cursus", actorId: authorId })]);
    expect(results.map((result) => result.status).sort()).toEqual(["open-draft-exists", "started"]);
    expect(new Set(results.map((result) => (result as { draftId: string }).draftId)).size).toBe(1);
    expect(await db.courseDraft.count()).toBe(1);
  });

  it("starts from imported files, counting the importer as a writer", async () => {
    await publishTestCourse(db, "test-cursus");
    const files = [
      { path: "cursus.yml", content: VALID_METADATA },
      { path: "01-alleen.mdx", content: lesson("Een les.") },
    ];
    const result = await startDraft(db, { courseSlug: "test-cursus", actorId: authorId, files });
    const draftId = (result as { draftId: string }).draftId;
    expect(await paths(draftId)).toEqual(["01-alleen.mdx", "cursus.yml"]);
    expect(await db.draftContributor.findMany({ select: { userId: true } })).toEqual([{ userId: authorId }]);
  });

  it("creates the course for imported files when asked to, and only then", async () => {
    const files = [
      { path: "cursus.yml", content: VALID_METADATA },
      { path: "01-les.mdx", content: lesson("Een les.") },
    ];
    expect(await startDraft(db, { courseSlug: "nieuwe-cursus", actorId: authorId, files })).toEqual({ status: "unknown-course" });
    expect(await startDraft(db, { courseSlug: "nieuwe-cursus", actorId: authorId, files, allowNewCourse: true })).toMatchObject({ status: "started" });
    expect(await auditActions()).toEqual(["cursus.aangemaakt", "concept.gestart"]);
  });

  it("says so when the latest version has no sources, or the course is unknown", async () => {
    await publishTestCourse(db, "test-cursus");
    await db.courseVersionSource.deleteMany({});
    expect(await startDraft(db, { courseSlug: "test-cursus", actorId: authorId })).toEqual({ status: "no-sources" });
    expect(await startDraft(db, { courseSlug: "bestaat-niet", actorId: authorId })).toEqual({ status: "unknown-course" });
    expect(await db.courseDraft.count()).toBe(0);
  });
});

describe("lessons in a draft", () => {
  let draftId = "";
  beforeEach(async () => {
    draftId = await createDraft(db, authorId);
  });

  it("adds a lesson at the end, named after its title, with the title in its front matter", async () => {
    expect(await addLesson(db, { draftId, title: "Het gesprek: één stap verder", actorId: authorId })).toEqual({
      status: "added",
      path: "03-het-gesprek-een-stap-verder.mdx",
    });
    expect(await draftText(db, draftId, "03-het-gesprek-een-stap-verder.mdx")).toMatch(/^---\ntitel: "Het gesprek: één stap verder"\n---\n/);
    expect(await db.draftContributor.findMany({ select: { userId: true } })).toEqual([{ userId: authorId }]);
    expect(await db.auditEntry.findFirst({ where: { action: "les.toegevoegd" } })).toMatchObject({
      actorId: authorId,
      detail: JSON.stringify({ bestand: "03-het-gesprek-een-stap-verder.mdx" }),
    });
  });

  it("refuses a title that is too short", async () => {
    expect(await addLesson(db, { draftId, title: " a ", actorId: authorId })).toEqual({ status: "invalid", errors: { titel: "authoring.error.lessonTitleLength" } });
    expect(await paths(draftId)).toHaveLength(3);
  });

  it("moves a lesson and numbers the lessons 01..N again, keeping their text", async () => {
    const quiz = await draftText(db, draftId, "02-quiz.mdx");
    expect(await moveLesson(db, { draftId, path: "02-quiz.mdx", direction: "up", actorId: authorId })).toEqual({ status: "moved", path: "01-quiz.mdx" });
    expect(await paths(draftId)).toEqual(["01-quiz.mdx", "02-scenario.mdx", "cursus.yml"]);
    expect(await draftText(db, draftId, "01-quiz.mdx")).toBe(quiz);
    const moved = await db.draftFile.findUniqueOrThrow({ where: { draftId_path: { draftId, path: "01-quiz.mdx" } } });
    expect(moved.revision).toBe(2);
    expect(await moveLesson(db, { draftId, path: "01-quiz.mdx", direction: "up", actorId: authorId })).toEqual({ status: "at-edge" });
    expect(await moveLesson(db, { draftId, path: "09-nope.mdx", direction: "down", actorId: authorId })).toEqual({ status: "no-lesson" });
  });

  it("swaps two lessons with the same name after the number", async () => {
    await addLesson(db, { draftId, title: "Quiz", actorId: authorId });
    expect(await moveLesson(db, { draftId, path: "03-quiz.mdx", direction: "up", actorId: authorId })).toEqual({ status: "moved", path: "02-quiz.mdx" });
    expect(await paths(draftId)).toEqual(["01-scenario.mdx", "02-quiz.mdx", "03-quiz.mdx", "cursus.yml"]);
    expect(await draftText(db, draftId, "03-quiz.mdx")).toContain('<Quiz id="toets"');
  });

  it("deletes a lesson and closes the gap, but never the last lesson", async () => {
    expect(await deleteLesson(db, { draftId, path: "01-scenario.mdx", actorId: authorId })).toEqual({ status: "deleted" });
    expect(await paths(draftId)).toEqual(["01-quiz.mdx", "cursus.yml"]);
    expect(await deleteLesson(db, { draftId, path: "01-quiz.mdx", actorId: authorId })).toEqual({ status: "last-lesson" });
    expect(await paths(draftId)).toEqual(["01-quiz.mdx", "cursus.yml"]);
  });

  it("renames a lesson: its file and its titel", async () => {
    expect(await renameLesson(db, { draftId, path: "02-quiz.mdx", title: "Eindtoets", actorId: authorId })).toEqual({ status: "renamed", path: "02-eindtoets.mdx" });
    expect(await draftText(db, draftId, "02-eindtoets.mdx")).toMatch(/^---\ntitel: Eindtoets\n---/);
    expect(await renameLesson(db, { draftId, path: "02-eindtoets.mdx", title: "Scenario", actorId: authorId })).toEqual({ status: "renamed", path: "02-scenario.mdx" });
  });

  it("changes nothing while the draft is in review", async () => {
    await writeAndSubmit(draftId);
    expect(await addLesson(db, { draftId, title: "Te laat", actorId: authorId })).toEqual({ status: "not-editable", draftStatus: "IN_REVIEW" });
    expect(await moveLesson(db, { draftId, path: "02-quiz.mdx", direction: "up", actorId: authorId })).toEqual({ status: "not-editable", draftStatus: "IN_REVIEW" });
    expect(await deleteLesson(db, { draftId, path: "02-quiz.mdx", actorId: authorId })).toEqual({ status: "not-editable", draftStatus: "IN_REVIEW" });
    expect(await paths(draftId)).toEqual(["01-scenario.mdx", "02-quiz.mdx", "03-nieuw.mdx", "cursus.yml"]);
    expect(await addLesson(db, { draftId: "nope", title: "Nergens", actorId: authorId })).toEqual({ status: "not-found" });
  });

  async function writeAndSubmit(id: string) {
    await addLesson(db, { draftId: id, title: "Nieuw", actorId: authorId });
    expect(await submitForReview(db, { draftId: id, actorId: authorId })).toEqual({ status: "submitted" });
  }
});
