// The way from draft to published version: review by someone else, steps with who and when,
// publishing through the content pipeline, teachers staying on their version, withdrawn
// courses, and rollback.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { addLesson, findOpenDraft, startDraft } from "../../app/authoring/drafts.server";
import {
  approve,
  discardDraft,
  publishDraft,
  reinstateCourse,
  requestChanges,
  rollbackToVersion,
  submitForReview,
  withdrawCourse,
  withdrawFromReview,
} from "../../app/authoring/workflow.server";
import { catalogueFor } from "../../app/learning/courses.server";
import { loadLearnerCourse } from "../../app/progress/learner-progress.server";
import { applyProgressEvent } from "../../app/progress/progress-store.server";
import { createUserWithRole } from "../factories";
import { createAuthor, createDraft, draftText, writeDraftFile } from "../factories/authoring";
import { publishTestCourse } from "../factories/completion";
import { lesson } from "../factories/course";
import { db, resetDatabase } from "../support/database";

let writer = "";
let reviewer = "";
let draftId = "";

beforeEach(async () => {
  await resetDatabase();
  writer = (await createAuthor(db, { name: "Wendy Schrijver" })).id;
  reviewer = (await createAuthor(db, { name: "Rob Beoordelaar" })).id;
  draftId = await createDraft(db, writer);
});

async function status() {
  return (await db.courseDraft.findUniqueOrThrow({ where: { id: draftId } })).status;
}

async function steps() {
  return (await db.draftStep.findMany({ where: { draftId }, orderBy: { createdAt: "asc" } })).map((step) => [step.action, step.actorId, step.comment]);
}

async function addThirdLesson() {
  await writeDraftFile(db, draftId, "03-extra.mdx", lesson("Een nieuwe les over het gesprek.", "Extra"), writer);
}

async function approved() {
  await addThirdLesson();
  expect(await submitForReview(db, { draftId, actorId: writer, comment: "Les 3 is nieuw." })).toEqual({ status: "submitted" });
  expect(await approve(db, { draftId, actorId: reviewer })).toEqual({ status: "approved" });
}

describe("sending a draft for review", () => {
  it("reports the checker's faults at their file, line and column, and changes nothing", async () => {
    await writeDraftFile(db, draftId, "02-quiz.mdx", lesson('<Quiz id="toets">\n<Vraag id="v">\nVraag?\n\n<Optie>\nJa\n</Optie>\n</Vraag>\n</Quiz>\n'), writer);
    const result = await submitForReview(db, { draftId, actorId: writer });
    expect(result.status).toBe("faults");
    const faults = (result as { faults: { file: string; line: number; column: number; message: string }[] }).faults;
    expect(faults.length).toBeGreaterThan(0);
    expect(faults[0]).toMatchObject({ file: "02-quiz.mdx", line: expect.any(Number), column: expect.any(Number) });
    expect(faults[0]!.line).toBeGreaterThan(3);
    expect(await status()).toBe("DRAFT");
    expect(await steps()).toEqual([]);
  });

  it("refuses a draft that is the same as its version, up to whitespace", async () => {
    const quiz = (await draftText(db, draftId, "02-quiz.mdx"))!;
    await writeDraftFile(db, draftId, "02-quiz.mdx", quiz.replace(/\n/g, "  \r\n"), writer);
    expect(await submitForReview(db, { draftId, actorId: writer })).toEqual({ status: "unchanged" });
    expect(await status()).toBe("DRAFT");
  });

  it("moves it to review with a step and an audit entry", async () => {
    await addThirdLesson();
    expect(await submitForReview(db, { draftId, actorId: writer, comment: "  Graag kijken naar les 3.  " })).toEqual({ status: "submitted" });
    expect(await status()).toBe("IN_REVIEW");
    expect(await steps()).toEqual([["ingediend", writer, "Graag kijken naar les 3."]]);
    expect(await db.auditEntry.findFirst({ where: { action: "concept.ingediend" } })).toMatchObject({ actorId: writer, courseSlug: "test-cursus" });
    expect(await submitForReview(db, { draftId, actorId: writer })).toEqual({ status: "wrong-status", draftStatus: "IN_REVIEW" });
  });
});

describe("reviewing", () => {
  beforeEach(async () => {
    await addThirdLesson();
    await submitForReview(db, { draftId, actorId: writer });
  });

  it("refuses approval by someone who wrote the change", async () => {
    expect(await approve(db, { draftId, actorId: writer })).toEqual({ status: "own-work" });
    expect(await status()).toBe("IN_REVIEW");
  });

  it("refuses approval by the one who sent it for review, even without writing", async () => {
    await withdrawFromReview(db, { draftId, actorId: writer });
    await submitForReview(db, { draftId, actorId: reviewer });
    expect(await approve(db, { draftId, actorId: reviewer })).toEqual({ status: "own-work" });
  });

  it("lets another author approve, with a comment", async () => {
    expect(await approve(db, { draftId, actorId: reviewer, comment: "Helder." })).toEqual({ status: "approved" });
    expect(await status()).toBe("APPROVED");
    expect((await steps()).at(-1)).toEqual(["goedgekeurd", reviewer, "Helder."]);
    expect(await approve(db, { draftId, actorId: reviewer })).toEqual({ status: "wrong-status", draftStatus: "APPROVED" });
  });

  it("sends it back only with a comment that says what to change", async () => {
    expect(await requestChanges(db, { draftId, actorId: reviewer, comment: "   " })).toEqual({ status: "comment-required" });
    expect(await status()).toBe("IN_REVIEW");
    expect(await requestChanges(db, { draftId, actorId: reviewer, comment: "Les 3 mist een bron." })).toEqual({ status: "changes-requested" });
    expect(await status()).toBe("DRAFT");
    expect((await steps()).at(-1)).toEqual(["wijzigingen-gevraagd", reviewer, "Les 3 mist een bron."]);
  });

  it("lets an author take it back from review to change it", async () => {
    expect(await withdrawFromReview(db, { draftId, actorId: writer })).toEqual({ status: "withdrawn" });
    expect(await status()).toBe("DRAFT");
    expect(await addLesson(db, { draftId, title: "Nog een les", actorId: writer })).toMatchObject({ status: "added" });
  });

  it("lets two reviewers at once decide only once", async () => {
    const third = (await createAuthor(db)).id;
    const results = await Promise.all([approve(db, { draftId, actorId: reviewer }), requestChanges(db, { draftId, actorId: third, comment: "Nee." })]);
    expect(results.filter((result) => result.status === "wrong-status")).toHaveLength(1);
    expect(await db.draftStep.count({ where: { draftId, action: { in: ["goedgekeurd", "wijzigingen-gevraagd"] } } })).toBe(1);
  });
});

describe("publishing a draft", () => {
  it("publishes only an approved draft", async () => {
    expect(await publishDraft(db, { draftId, actorId: writer })).toEqual({ status: "wrong-status", draftStatus: "DRAFT" });
    expect(await db.courseVersion.count()).toBe(1);
  });

  it("makes a new version from the editor, marks the draft published and records it, in one go", async () => {
    await approved();
    const result = await publishDraft(db, { draftId, actorId: reviewer });
    expect(result).toMatchObject({ status: "published", number: 2 });
    const version = await db.courseVersion.findFirstOrThrow({ where: { number: 2 }, include: { sources: true, lessons: true } });
    expect(version).toMatchObject({ origin: "editor", publishedById: reviewer });
    expect(version.lessons.map((item) => item.slug)).toEqual(["01-scenario", "02-quiz", "03-extra"]);
    expect(await db.courseDraft.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ status: "PUBLISHED", publishedVersionId: version.id });
    expect((await steps()).at(-1)).toEqual(["gepubliceerd", reviewer, null]);
    expect(await db.auditEntry.findFirst({ where: { action: "versie.gepubliceerd" } })).toMatchObject({ detail: JSON.stringify({ versie: 2 }) });
    expect(await findOpenDraft(db, "test-cursus")).toBeNull();
  });

  it("keeps a teacher who started on their version while a new teacher gets the new one", async () => {
    const early = (await createUserWithRole(db, "teacher")).id;
    const started = await applyProgressEvent(db, {
      userId: early,
      courseSlug: "test-cursus",
      eventId: randomUUID(),
      event: { type: "scenario.choose", scenario: "verhitte-les", step: "begin", choice: "k1" },
    });
    expect(started.status).toBe("applied");
    await approved();
    await publishDraft(db, { draftId, actorId: reviewer });
    const late = (await createUserWithRole(db, "teacher")).id;
    expect((await loadLearnerCourse(db, early, "test-cursus"))?.version.number).toBe(1);
    expect((await loadLearnerCourse(db, late, "test-cursus"))?.version.number).toBe(2);
  });

  it("asks before replacing a version published after the draft started", async () => {
    const other = await startOtherVersion();
    await approved();
    expect(await publishDraft(db, { draftId, actorId: reviewer })).toEqual({ status: "newer-version", number: other });
    expect(await publishDraft(db, { draftId, actorId: reviewer, replaceNewer: true })).toMatchObject({ status: "published", number: other + 1 });
  });

  async function startOtherVersion(): Promise<number> {
    // A rollback to version 1 while this draft is still being written gives version 2.
    await publishTestCourse(db, "test-cursus", { "02-quiz.mdx": lesson("Geen toets meer.", "Toets") });
    const result = await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 1, actorId: writer });
    expect(result).toMatchObject({ status: "rolled-back", number: 3 });
    return 3;
  }
});

describe("discarding", () => {
  it("discards an open draft and lets a new one start", async () => {
    expect(await discardDraft(db, { draftId, actorId: writer })).toEqual({ status: "discarded" });
    expect(await status()).toBe("DISCARDED");
    expect(await discardDraft(db, { draftId, actorId: writer })).toEqual({ status: "wrong-status", draftStatus: "DISCARDED" });
    expect(await startDraft(db, { courseSlug: "test-cursus", actorId: writer })).toMatchObject({ status: "started" });
  });
});

describe("withdrawing a course", () => {
  it("hides it from teachers who have not started, and keeps it for those who have", async () => {
    const early = (await createUserWithRole(db, "teacher")).id;
    await applyProgressEvent(db, {
      userId: early,
      courseSlug: "test-cursus",
      eventId: randomUUID(),
      event: { type: "scenario.choose", scenario: "verhitte-les", step: "begin", choice: "k1" },
    });
    const late = (await createUserWithRole(db, "teacher")).id;
    expect(await withdrawCourse(db, { courseSlug: "test-cursus", actorId: writer })).toEqual({ status: "done" });
    expect(await withdrawCourse(db, { courseSlug: "test-cursus", actorId: writer })).toEqual({ status: "already" });
    expect((await catalogueFor(db, early)).map((course) => course.version.slug)).toEqual(["test-cursus"]);
    expect(await catalogueFor(db, late)).toEqual([]);
    expect(await db.course.findUniqueOrThrow({ where: { slug: "test-cursus" } })).toMatchObject({ withdrawnById: writer });

    expect(await reinstateCourse(db, { courseSlug: "test-cursus", actorId: writer })).toEqual({ status: "done" });
    expect((await catalogueFor(db, late)).map((course) => course.version.slug)).toEqual(["test-cursus"]);
    expect((await db.auditEntry.findMany({ orderBy: { createdAt: "asc" } })).map((entry) => entry.action).slice(-2)).toEqual([
      "cursus.teruggetrokken",
      "cursus.weer-beschikbaar",
    ]);
    expect(await withdrawCourse(db, { courseSlug: "bestaat-niet", actorId: writer })).toEqual({ status: "unknown-course" });
  });
});

describe("rolling back", () => {
  beforeEach(async () => {
    await approved();
    await publishDraft(db, { draftId, actorId: reviewer });
  });

  it("publishes an earlier version's content as a new version that names it", async () => {
    const result = await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 1, actorId: writer });
    expect(result).toMatchObject({ status: "rolled-back", number: 3 });
    const [v1, v3] = await Promise.all([
      db.courseVersion.findFirstOrThrow({ where: { number: 1 }, include: { sources: { orderBy: { path: "asc" } } } }),
      db.courseVersion.findFirstOrThrow({ where: { number: 3 }, include: { sources: { orderBy: { path: "asc" } } } }),
    ]);
    expect(v3).toMatchObject({ origin: "terugzetten", restoredFromVersionId: v1.id, publishedById: writer, contentHash: v1.contentHash });
    expect(v3.sources.map(({ path, content }) => ({ path, content }))).toEqual(v1.sources.map(({ path, content }) => ({ path, content })));
    expect(await db.auditEntry.findFirst({ where: { action: "versie.teruggezet" } })).toMatchObject({ detail: JSON.stringify({ versie: 3, van: 1 }) });
    expect(await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 1, actorId: writer })).toEqual({ status: "unchanged", number: 3 });
  });

  it("waits while a draft is in review, and says why", async () => {
    const next = (await startDraft(db, { courseSlug: "test-cursus", actorId: writer })) as { draftId: string };
    await writeDraftFile(db, next.draftId, "04-nog-een.mdx", lesson("Nog een les.", "Nog een"), writer);
    await submitForReview(db, { draftId: next.draftId, actorId: writer });
    expect(await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 1, actorId: writer })).toEqual({ status: "review-open", draftStatus: "IN_REVIEW" });
    expect(await db.courseVersion.count()).toBe(2);
  });

  it("refuses an unknown version, and a version without sources", async () => {
    expect(await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 9, actorId: writer })).toEqual({ status: "unknown-version" });
    await db.courseVersionSource.deleteMany({ where: { version: { number: 1 } } });
    expect(await rollbackToVersion(db, { courseSlug: "test-cursus", versionNumber: 1, actorId: writer })).toEqual({ status: "no-sources" });
  });
});
