// The editor's live preview: a lesson with faults gets them at the right line and column
// and is not compiled; a valid lesson is rendered by the publishing pipeline into what a
// teacher sees (the first step and its choices, never feedback or answer keys); a hostile
// lesson is refused by the checker and nothing in it runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { draftMediaUrl, draftPreviewSettings, previewLesson } from "../../app/authoring/preview.server";
import { VALID_METADATA, VALID_QUIZ, VALID_SCENARIO, lesson } from "../factories/course";
import { createDraft } from "../factories/drafts";
import { db, resetDatabase } from "../support/database";

const compiled = vi.hoisted(() => ({ count: 0 }));

vi.mock("../../app/content/compile-lesson.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/content/compile-lesson.server")>();
  return {
    ...actual,
    compileLesson: (body: string) => {
      compiled.count += 1;
      return actual.compileLesson(body);
    },
  };
});

beforeEach(() => {
  compiled.count = 0;
});

const options = { courseSlug: "concept-cursus", file: "03-voorbeeld.mdx", passMark: 70 };

describe("a lesson with faults", () => {
  it("gets each fault at its line and column, in Dutch, and is not compiled", async () => {
    const source = lesson('Tekst.\n\n<Notitie soort="waarschuwing">\n\nLet op.\n\n</Notitie>\n');
    const preview = await previewLesson(source, options);
    // Lines 1-3 are the front matter, 4 is blank: the Notitie opens on line 7, soort at column 10.
    expect(preview).toEqual({
      page: null,
      faults: [{ file: "03-voorbeeld.mdx", line: 7, column: 10, message: 'Notitie soort: "waarschuwing" is niet toegestaan; kies uit: info, let-op, tip.' }],
    });
    expect(compiled.count).toBe(0);
  });

  it("flags a media file the draft does not have", async () => {
    const source = lesson('<Afbeelding src="media/klas.png" alt="Een klas." />\n');
    const preview = await previewLesson(source, { ...options, fileExists: () => false });
    expect(preview.faults.map((fault) => fault.message)).toEqual(["Afbeelding src: het bestand media/klas.png bestaat niet in de cursusmap."]);
  });
});

describe("a valid lesson", () => {
  it("is rendered into segments with the scenario's first step and choices as teachers see them", async () => {
    const source = lesson(`## Inleiding\n\nEen les met een scenario.\n\n${VALID_SCENARIO}\n${VALID_QUIZ}`, "Na het nieuws");
    const preview = await previewLesson(source, options);
    expect(preview.faults).toEqual([]);
    const page = preview.page!;
    expect(page.title).toBe("Na het nieuws");
    expect(page.segments.map((segment) => segment.kind)).toEqual(["html", "scenario", "quiz"]);
    expect(page.segments[0]).toEqual({ kind: "html", html: "<h2>Inleiding</h2>\n<p>Een les met een scenario.</p>" });
    expect(page.scenarios["verhitte-les"]).toMatchObject({
      title: "Een verhitte les",
      setting: "klas",
      step: { id: "begin", choices: [{ id: "k1" }, { id: "k2" }] },
    });
    expect(page.scenarios["verhitte-les"]!.step.choices[0]!.html).toContain("Je vraagt de klas wat er achter die woorden zit.");
    expect(page.quizzes.toets).toMatchObject({ passMark: 70, questions: [{ id: "een-signaal", options: [{ id: "o1" }, { id: "o2" }] }] });
    // Feedback, scores and answer keys are not part of what a teacher sees before answering.
    const shown = JSON.stringify(page);
    for (const secret of ["Goed: je houdt het gesprek open.", "Daan voelt zich gehoord.", "Nee: één signaal is niet alarmerend.", "correct", "signaleren"]) {
      expect(shown).not.toContain(secret);
    }
  });

  it("shows draft media through the draft's media route", async () => {
    const source = lesson('<Afbeelding src="media/klas.png" alt="Een klas met leerlingen." />\n');
    const preview = await previewLesson(source, { ...options, fileExists: (file) => file === "media/klas.png" });
    expect(preview.page?.segments[0]).toMatchObject({ kind: "html", html: expect.stringContaining('src="/auteur/cursussen/concept-cursus/concept/media/klas.png"') });
    expect(draftMediaUrl("concept-cursus", "media/klas.png")).toBe("/auteur/cursussen/concept-cursus/concept/media/klas.png");
  });
});

describe("a hostile lesson", () => {
  const canary = path.join(os.tmpdir(), `signaal-preview-canary-${process.pid}`);
  const writeCanary = `require('fs').writeFileSync(${JSON.stringify(canary)}, 'ran')`;

  it.each([
    ["an import of fs", lesson('import fs from "fs"\n\nTekst.\n'), /import en export zijn niet toegestaan/],
    ["an expression reading the environment", lesson("Geheim: {process.env.DATABASE_URL}\n"), /Accolades \{ \} zijn niet toegestaan/],
    ["an expression with side effects", lesson(`{${writeCanary}}\n`), /Accolades \{ \} zijn niet toegestaan/],
  ])("with %s gets faults and runs nothing", async (_what, source, message) => {
    fs.rmSync(canary, { force: true });
    const preview = await previewLesson(source, options);
    expect(preview.page).toBeNull();
    expect(preview.faults[0]?.message).toMatch(message);
    expect(preview.faults[0]?.line).toBe(5);
    expect(compiled.count).toBe(0);
    expect(fs.existsSync(canary)).toBe(false);
  });
});

describe("the draft's settings for a preview", () => {
  beforeEach(resetDatabase);

  it("are the course's pass mark and attempts, and its media files", async () => {
    const draft = await createDraft(db, {
      files: { "cursus.yml": VALID_METADATA.replace("voldoende: 70", "voldoende: 60").replace("pogingen: 3", "pogingen: 5"), "media/klas.png": new Uint8Array([1, 2, 3]) },
    });
    expect(await draftPreviewSettings(db, draft.id)).toEqual({ passMark: 60, maxAttempts: 5, mediaPaths: new Set(["media/klas.png"]) });
  });

  it("fall back to the usual values while cursus.yml has faults", async () => {
    const draft = await createDraft(db, { files: { "cursus.yml": "titel: [niet gesloten\n" } });
    expect(await draftPreviewSettings(db, draft.id)).toEqual({ passMark: 70, maxAttempts: 3, mediaPaths: new Set() });
  });
});
