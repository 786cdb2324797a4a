// Saving a draft's file from the editor: a save lands only on the revision it was based on,
// a second author's save is a conflict that shows their text, a draft in review is not
// changed, a lesson over 256 kB is refused, the author becomes a contributor, and autosave
// does not flood the audit log. Presence tells an author who else has the file open.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AUDIT_QUIET_MS,
  draftFileFaults,
  markFileOpen,
  othersPresent,
  readDraftFile,
  saveDraftFile,
} from "../../app/authoring/draft-files.server";
import { MAX_LESSON_BYTES } from "../../app/content/course-metadata";
import { createUserWithRole } from "../factories";
import { lesson } from "../factories/course";
import { createDraft } from "../factories/drafts";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);
afterEach(() => vi.useRealTimers());

const FILE = "01-inleiding.mdx";

async function setting() {
  const fatima = await createUserWithRole(db, "author", { name: "Fatima de Vries" });
  const jeroen = await createUserWithRole(db, "author", { name: "Jeroen Bakker" });
  const draft = await createDraft(db, { createdById: fatima.id });
  const file = (await readDraftFile(db, draft.id, FILE))!;
  return { fatima, jeroen, draft, file };
}

describe("saving a file of a draft", () => {
  it("stores the text, raises the revision and says when", async () => {
    const { fatima, draft, file } = await setting();
    const text = lesson("## Inleiding\n\nNieuwe tekst.\n", "Inleiding");
    const result = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: text, baseRevision: file.revision, actorId: fatima.id });
    expect(result).toMatchObject({ status: "saved", revision: file.revision + 1 });
    const stored = await readDraftFile(db, draft.id, FILE);
    expect(stored).toMatchObject({ content: text, revision: file.revision + 1, updatedByName: "Fatima de Vries" });
  });

  it("keeps line breaks as LF, whatever the browser sent", async () => {
    const { fatima, draft, file } = await setting();
    await saveDraftFile(db, { draftId: draft.id, path: FILE, content: "---\r\ntitel: Inleiding\r\n---\r\n\r\nTekst.\r\n", baseRevision: file.revision, actorId: fatima.id });
    expect((await readDraftFile(db, draft.id, FILE))?.content).toBe("---\ntitel: Inleiding\n---\n\nTekst.\n");
  });

  it("refuses a save based on an older revision and shows the other author's text, keeping theirs", async () => {
    const { fatima, jeroen, draft, file } = await setting();
    const theirs = lesson("## Inleiding\n\nTekst van Jeroen.\n", "Inleiding");
    await saveDraftFile(db, { draftId: draft.id, path: FILE, content: theirs, baseRevision: file.revision, actorId: jeroen.id });

    const mine = lesson("## Inleiding\n\nTekst van Fatima.\n", "Inleiding");
    const result = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: mine, baseRevision: file.revision, actorId: fatima.id });
    expect(result).toMatchObject({ status: "conflict", theirs: { content: theirs, revision: file.revision + 1, updatedByName: "Jeroen Bakker" } });
    expect((await readDraftFile(db, draft.id, FILE))?.content).toBe(theirs);

    // Choosing "Mijn versie opslaan" names their revision: now it is a deliberate overwrite.
    const chosen = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: mine, baseRevision: file.revision + 1, actorId: fatima.id });
    expect(chosen).toMatchObject({ status: "saved", revision: file.revision + 2 });
    expect((await readDraftFile(db, draft.id, FILE))?.content).toBe(mine);
  });

  it("of two saves on the same revision at the same moment, lets exactly one land", async () => {
    const { fatima, jeroen, draft, file } = await setting();
    const results = await Promise.all(
      [fatima, jeroen].map((author) =>
        saveDraftFile(db, { draftId: draft.id, path: FILE, content: lesson(`Tekst van ${author.name}.\n`, "Inleiding"), baseRevision: file.revision, actorId: author.id }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "saved"]);
    expect((await readDraftFile(db, draft.id, FILE))?.revision).toBe(file.revision + 1);
  });

  it("treats the same text as saved, without a new revision or a conflict", async () => {
    const { fatima, jeroen, draft, file } = await setting();
    const text = lesson("Dezelfde tekst.\n", "Inleiding");
    await saveDraftFile(db, { draftId: draft.id, path: FILE, content: text, baseRevision: file.revision, actorId: jeroen.id });
    const result = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: text, baseRevision: file.revision, actorId: fatima.id });
    expect(result).toMatchObject({ status: "saved", revision: file.revision + 1 });
  });

  it.each(["IN_REVIEW", "APPROVED"] as const)("does not change a draft that is %s", async (status) => {
    const fatima = await createUserWithRole(db, "author");
    const draft = await createDraft(db, { status, createdById: fatima.id });
    const file = (await readDraftFile(db, draft.id, FILE))!;
    const result = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: lesson("Anders.\n", "Inleiding"), baseRevision: file.revision, actorId: fatima.id });
    expect(result).toEqual({ status: "not-editable", draftStatus: status });
    expect((await readDraftFile(db, draft.id, FILE))?.content).toBe(file.content);
  });

  it("refuses a lesson over 256 kB and stores nothing", async () => {
    const { fatima, draft, file } = await setting();
    const huge = lesson("a".repeat(MAX_LESSON_BYTES), "Inleiding");
    const result = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: huge, baseRevision: file.revision, actorId: fatima.id });
    expect(result).toEqual({ status: "too-large", maxBytes: MAX_LESSON_BYTES });
    expect((await readDraftFile(db, draft.id, FILE))?.revision).toBe(file.revision);
  });

  it("answers not-found for a file the draft does not have, or a media file", async () => {
    const fatima = await createUserWithRole(db, "author");
    const draft = await createDraft(db, { files: { "media/klas.png": new Uint8Array([137, 80, 78, 71]) } });
    for (const path of ["05-bestaat-niet.mdx", "media/klas.png"]) {
      expect(await saveDraftFile(db, { draftId: draft.id, path, content: "x", baseRevision: 1, actorId: fatima.id })).toEqual({ status: "not-found" });
    }
  });

  it("records the author as a contributor of the draft, once", async () => {
    const { jeroen, draft, file } = await setting();
    for (const [index, text] of ["Een.\n", "Twee.\n"].entries()) {
      await saveDraftFile(db, { draftId: draft.id, path: FILE, content: lesson(text, "Inleiding"), baseRevision: file.revision + index, actorId: jeroen.id });
    }
    expect(await db.draftContributor.findMany({ where: { draftId: draft.id }, select: { userId: true } })).toEqual([{ userId: jeroen.id }]);
  });

  it("writes the audit log once per author and file per ten minutes, and names cursus.yml as a file", async () => {
    const { fatima, jeroen, draft, file } = await setting();
    let revision = file.revision;
    const save = async (actorId: string, text: string) => {
      const result = await saveDraftFile(db, { draftId: draft.id, path: FILE, content: lesson(text, "Inleiding"), baseRevision: revision, actorId });
      if (result.status === "saved") revision = result.revision;
    };
    await save(fatima.id, "Een.\n");
    await save(fatima.id, "Twee.\n");
    await save(jeroen.id, "Drie.\n");
    // Ten minutes later (the entries so far made older instead of waiting).
    await db.auditEntry.updateMany({ data: { createdAt: new Date(Date.now() - AUDIT_QUIET_MS - 1000) } });
    await save(fatima.id, "Vier.\n");

    const course = await readDraftFile(db, draft.id, "cursus.yml");
    await saveDraftFile(db, { draftId: draft.id, path: "cursus.yml", content: `${course!.content}# opmerking\n`, baseRevision: course!.revision, actorId: fatima.id });

    const entries = await db.auditEntry.findMany({ select: { actorId: true, action: true, courseSlug: true, detail: true } });
    const lines = (list: typeof entries) => list.map((entry) => `${entry.actorId} ${entry.action} ${entry.courseSlug} ${entry.detail}`).sort();
    expect(lines(entries)).toEqual(
      lines([
        { actorId: fatima.id, action: "les.gewijzigd", courseSlug: "concept-cursus", detail: JSON.stringify({ bestand: FILE }) },
        { actorId: jeroen.id, action: "les.gewijzigd", courseSlug: "concept-cursus", detail: JSON.stringify({ bestand: FILE }) },
        { actorId: fatima.id, action: "les.gewijzigd", courseSlug: "concept-cursus", detail: JSON.stringify({ bestand: FILE }) },
        { actorId: fatima.id, action: "bestand.gewijzigd", courseSlug: "concept-cursus", detail: JSON.stringify({ bestand: "cursus.yml" }) },
      ]),
    );
  });
});

describe("who else has a file open", () => {
  it("names the other author for two minutes, never oneself, and leaves the time of the last change alone", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    const { fatima, jeroen, draft, file } = await setting();

    expect(await markFileOpen(db, { draftId: draft.id, path: FILE, userId: fatima.id })).toEqual([]);
    vi.setSystemTime(new Date("2026-03-02T09:00:30Z"));
    expect(await markFileOpen(db, { draftId: draft.id, path: FILE, userId: jeroen.id })).toEqual([
      { name: "Fatima de Vries", openedAt: new Date("2026-03-02T09:00:00Z") },
    ]);
    // Their heartbeats take turns, so each keeps seeing the other.
    vi.setSystemTime(new Date("2026-03-02T09:01:00Z"));
    expect(await markFileOpen(db, { draftId: draft.id, path: FILE, userId: fatima.id })).toMatchObject([{ name: "Jeroen Bakker" }]);
    expect(await othersPresent(db, draft.id, FILE, fatima.id)).toEqual([]);

    vi.setSystemTime(new Date("2026-03-02T09:03:30Z"));
    expect(await othersPresent(db, draft.id, FILE, jeroen.id)).toEqual([]);
    expect((await readDraftFile(db, draft.id, FILE))?.updatedAt).toEqual(file.updatedAt);
  });
});

describe("faults of one file", () => {
  it("come from checking the whole draft, so an id used in another lesson counts", async () => {
    const draft = await createDraft(db, {
      files: {
        "01-inleiding.mdx": lesson('<Reflectie id="eigen-klas">\n\nWat doe jij?\n\n</Reflectie>\n', "Inleiding"),
        "02-toets.mdx": lesson('Tekst.\n\n<Reflectie id="eigen-klas">\n\nEn nu?\n\n</Reflectie>\n', "Toets"),
      },
    });
    expect(await draftFileFaults(db, { courseSlug: "concept-cursus", draftId: draft.id, path: "01-inleiding.mdx" })).toEqual([]);
    expect(await draftFileFaults(db, { courseSlug: "concept-cursus", draftId: draft.id, path: "02-toets.mdx" })).toEqual([
      { file: "02-toets.mdx", line: 7, column: 1, message: expect.stringMatching(/reflectie-id "eigen-klas" is al gebruikt in 01-inleiding\.mdx/) },
    ]);
  });
});
