// The lesson editor's routes through their real loaders and actions: the page of one draft
// file (reading, saving, conflicts, presence), the live preview and the draft's media.
// Authors only; a teacher gets 403, and a course, draft or file that does not exist 404.
import { beforeEach, describe, expect, it } from "vitest";
import { readDraftFile } from "../../app/authoring/draft-files.server";
import type { EditorReply } from "../../app/components/authoring/editor-reply";
import type { PreviewReply } from "../../app/components/authoring/lesson-preview";
import * as editorPage from "../../app/routes/auteur.cursussen.$slug.concept.$bestand";
import * as previewRoute from "../../app/routes/auteur.cursussen.$slug.concept.$bestand.voorbeeld";
import * as mediaRoute from "../../app/routes/auteur.cursussen.$slug.concept.media.$";
import { createUserWithRole } from "../factories";
import { VALID_SCENARIO, lesson } from "../factories/course";
import { createDraft } from "../factories/drafts";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

beforeEach(resetDatabase);

const SLUG = "concept-cursus";
const FILE = "01-inleiding.mdx";
const PAGE = `/auteur/cursussen/${SLUG}/concept/${FILE}`;
const params = (bestand = FILE) => ({ slug: SLUG, bestand });
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

async function author(name = "Fatima de Vries") {
  const user = await createUserWithRole(db, "author", { name });
  return { user, cookie: await sessionCookieFor(user.id) };
}

type PageData = Awaited<ReturnType<typeof editorPage.loader>>;

describe("the editor page", () => {
  it("gives an author the file, its revision, its faults, the palette and who else has it open", async () => {
    const fatima = await author();
    const jeroen = await author("Jeroen Bakker");
    const draft = await createDraft(db, { files: { [FILE]: lesson('<Notitie soort="waarschuwing">\n\nLet op.\n\n</Notitie>\n', "Inleiding") } });
    await callRoute(editorPage.loader, makeRequest(PAGE, { cookie: jeroen.cookie }), params());

    const result = await callRoute(editorPage.loader, makeRequest(PAGE, { cookie: fatima.cookie }), params());
    expect(result.status).toBe(200);
    const page = result.data as PageData;
    expect(page.pageTitle).toBe(`Les bewerken: ${FILE}`);
    expect(page.file).toMatchObject({ path: FILE, kind: "lesson", content: (await readDraftFile(db, draft.id, FILE))!.content, revision: 1 });
    expect(page.editable).toBe(true);
    expect(page.faults).toEqual([{ file: FILE, line: 5, column: 10, message: expect.stringContaining('"waarschuwing" is niet toegestaan') }]);
    expect(page.present).toEqual([{ name: "Jeroen Bakker", openedAt: expect.any(String) }]);
    expect(page.palette.map((entry) => entry.name)).toContain("Scenario");
  });

  it("opens cursus.yml too, without a palette", async () => {
    const fatima = await author();
    await createDraft(db);
    const page = (await callRoute(editorPage.loader, makeRequest(`/auteur/cursussen/${SLUG}/concept/cursus.yml`, { cookie: fatima.cookie }), params("cursus.yml"))).data as PageData;
    expect(page).toMatchObject({ pageTitle: "Cursusgegevens bewerken (cursus.yml)", file: { kind: "course" }, palette: [] });
  });

  it("is read-only while the draft is in review", async () => {
    const fatima = await author();
    await createDraft(db, { status: "IN_REVIEW" });
    const page = (await callRoute(editorPage.loader, makeRequest(PAGE, { cookie: fatima.cookie }), params())).data as PageData;
    expect(page).toMatchObject({ editable: false, draftStatus: "IN_REVIEW", palette: [] });
  });

  it("takes the place of a fault from the address", async () => {
    const fatima = await author();
    await createDraft(db);
    const page = (await callRoute(editorPage.loader, makeRequest(`${PAGE}?regel=7&kolom=3`, { cookie: fatima.cookie }), params())).data as PageData;
    expect(page.goTo).toEqual({ line: 7, column: 3 });
  });

  it.each([
    ["a course without an open draft", "andere-cursus", FILE],
    ["a lesson the draft does not have", SLUG, "07-bestaat-niet.mdx"],
    ["a media file", SLUG, "media/klas.png"],
    ["a name that is not a course file", SLUG, "..%2Fcursus.yml"],
  ])("answers 404 for %s", async (_what, slug, bestand) => {
    const fatima = await author();
    await createDraft(db, { files: { "media/klas.png": PNG } });
    const result = await callRoute(editorPage.loader, makeRequest(PAGE, { cookie: fatima.cookie }), { slug, bestand });
    expect(result.status).toBe(404);
  });

  it("is not for teachers, and sends visitors to the login page", async () => {
    const teacher = await createUserWithRole(db, "teacher");
    await createDraft(db);
    expect((await callRoute(editorPage.loader, makeRequest(PAGE, { cookie: await sessionCookieFor(teacher.id) }), params())).status).toBe(403);
    expect((await callRoute(editorPage.loader, makeRequest(PAGE), params())).status).toBe(302);
    const save = makeRequest(PAGE, { cookie: await sessionCookieFor(teacher.id), form: { intent: "opslaan", inhoud: "x", revisie: "1" } });
    expect((await callRoute(editorPage.action, save, params())).status).toBe(403);
  });
});

describe("saving from the editor page", () => {
  const save = (cookie: string, form: Record<string, string>) => callRoute(editorPage.action, makeRequest(PAGE, { cookie, form: { intent: "opslaan", ...form } }), params());

  it("saves and answers the new revision with the faults of the saved text", async () => {
    const fatima = await author();
    const draft = await createDraft(db);
    const text = lesson("<Begrip>\n\nZonder term.\n\n</Begrip>\n", "Inleiding");
    const result = await save(fatima.cookie, { inhoud: text, revisie: "1" });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({
      intent: "opslaan",
      status: "saved",
      revision: 2,
      savedAt: expect.any(String),
      faults: [{ file: FILE, line: 5, column: 1, message: '<Begrip> mist de verplichte eigenschap "term".' }],
    });
    expect((await readDraftFile(db, draft.id, FILE))?.content).toBe(text);
  });

  it("answers a conflict with both texts, and saves over theirs only when asked to", async () => {
    const fatima = await author();
    const jeroen = await author("Jeroen Bakker");
    const draft = await createDraft(db);
    await save(jeroen.cookie, { inhoud: lesson("Van Jeroen.\n", "Inleiding"), revisie: "1" });

    const mine = lesson("Van Fatima.\n", "Inleiding");
    const refused = await save(fatima.cookie, { inhoud: mine, revisie: "1" });
    expect(refused.status).toBe(409);
    expect(refused.data).toMatchObject({
      status: "conflict",
      base: 1,
      mine,
      theirs: { content: lesson("Van Jeroen.\n", "Inleiding"), revision: 2, updatedByName: "Jeroen Bakker" },
    });

    const chosen = await save(fatima.cookie, { inhoud: mine, revisie: "1", overschrijven: "2" });
    expect(chosen.data).toMatchObject({ status: "saved", revision: 3 });
    expect((await readDraftFile(db, draft.id, FILE))?.content).toBe(mine);
  });

  it("keeps the author's text in the answer when the draft went to review", async () => {
    const fatima = await author();
    await createDraft(db, { status: "IN_REVIEW" });
    const result = await save(fatima.cookie, { inhoud: "Mijn tekst.", revisie: "1" });
    expect(result.status).toBe(409);
    expect(result.data).toEqual({ intent: "opslaan", status: "not-editable", mine: "Mijn tekst." });
  });

  it("refuses a lesson over 256 kB with the text kept, and a body far beyond that without reading it", async () => {
    const fatima = await author();
    await createDraft(db);
    const big = await save(fatima.cookie, { inhoud: lesson("a".repeat(300 * 1024), "Inleiding"), revisie: "1" });
    expect(big.status).toBe(413);
    expect(big.data).toMatchObject({ status: "too-large", maxBytes: 256 * 1024, mine: expect.stringContaining("aaaa") });

    const huge = await save(fatima.cookie, { inhoud: "€".repeat(400 * 1024), revisie: "1" });
    expect(huge.status).toBe(413);
    expect(huge.data).toMatchObject({ status: "too-large", mine: null });
  });

  it("answers 400 to a form without text or revision", async () => {
    const fatima = await author();
    await createDraft(db);
    expect((await save(fatima.cookie, { revisie: "1" })).status).toBe(400);
    expect((await save(fatima.cookie, { inhoud: "x", revisie: "twee" })).status).toBe(400);
  });

  it("answers a heartbeat with who else has the file open", async () => {
    const fatima = await author();
    const jeroen = await author("Jeroen Bakker");
    await createDraft(db);
    const beat = (cookie: string) => callRoute(editorPage.action, makeRequest(PAGE, { cookie, form: { intent: "aanwezig" } }), params());
    expect((await beat(fatima.cookie)).data).toEqual({ intent: "aanwezig", present: [] });
    expect((await beat(jeroen.cookie)).data).toEqual({ intent: "aanwezig", present: [{ name: "Fatima de Vries", openedAt: expect.any(String) }] });
  });

  it("turns an unreachable server into 'unsaved' in the browser, so the editor keeps the text", async () => {
    const offline = await editorPage.clientAction({
      serverAction: () => Promise.reject(new TypeError("Failed to fetch")),
    } as unknown as Parameters<typeof editorPage.clientAction>[0]);
    expect(offline).toEqual<EditorReply>({ intent: "unsaved", reason: "network" });
    const signedOut = await editorPage.clientAction({
      serverAction: () => Promise.reject(new Response(null, { status: 302, headers: { Location: "/login" } })),
    } as unknown as Parameters<typeof editorPage.clientAction>[0]);
    expect(signedOut).toEqual<EditorReply>({ intent: "unsaved", reason: "session" });
  });
});

describe("the live preview", () => {
  const PREVIEW = `${PAGE}/voorbeeld`;
  const preview = (cookie: string | null, inhoud: string) => callRoute(previewRoute.action, makeRequest(PREVIEW, { cookie, form: { inhoud } }), params());

  it("answers an author with the lesson as teachers see it, or with its faults", async () => {
    const fatima = await author();
    await createDraft(db, { files: { "media/klas.png": PNG } });
    const valid = await preview(fatima.cookie, lesson(`<Afbeelding src="media/klas.png" alt="Een klas." />\n\n${VALID_SCENARIO}`, "Voorbeeld"));
    expect(valid.status).toBe(200);
    expect(valid.response?.headers.get("Cache-Control")).toBe("private, no-store");
    const body = (await valid.response!.json()) as PreviewReply;
    expect(body.faults).toEqual([]);
    expect(body.maxAttempts).toBe(3);
    expect(body.page?.segments.map((segment) => segment.kind)).toEqual(["html", "scenario"]);

    const broken = (await (await preview(fatima.cookie, lesson("{process.env.DATABASE_URL}\n"))).response!.json()) as PreviewReply;
    expect(broken).toMatchObject({ page: null, faults: [{ file: FILE, line: 5, message: expect.stringContaining("Accolades") }] });
  });

  it("is for authors only, by POST, and reads no more than a lesson's worth", async () => {
    const fatima = await author();
    const teacher = await createUserWithRole(db, "teacher");
    await createDraft(db);
    expect((await preview(await sessionCookieFor(teacher.id), "x")).status).toBe(403);
    expect((await preview(fatima.cookie, "€".repeat(400 * 1024))).status).toBe(413);
    expect((await callRoute(previewRoute.action, makeRequest(`/auteur/cursussen/${SLUG}/concept/cursus.yml/voorbeeld`, { cookie: fatima.cookie, form: { inhoud: "x" } }), params("cursus.yml"))).status).toBe(404);
    expect(previewRoute.loader().status).toBe(405);
  });
});

describe("the draft's media", () => {
  const MEDIA = `/auteur/cursussen/${SLUG}/concept/media/klas.png`;

  it("serves an author the bytes with their type, kept out of every cache", async () => {
    const fatima = await author();
    await createDraft(db, { files: { "media/klas.png": PNG } });
    const result = await callRoute(mediaRoute.loader, makeRequest(MEDIA, { cookie: fatima.cookie }), { slug: SLUG, "*": "klas.png" });
    expect(result.status).toBe(200);
    expect(result.response?.headers.get("Content-Type")).toBe("image/png");
    expect(result.response?.headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Uint8Array(await result.response!.arrayBuffer())).toEqual(PNG);
  });

  it("answers 404 for a file that is not there and 403 for a teacher", async () => {
    const fatima = await author();
    const teacher = await createUserWithRole(db, "teacher");
    await createDraft(db, { files: { "media/klas.png": PNG } });
    expect((await callRoute(mediaRoute.loader, makeRequest(MEDIA, { cookie: fatima.cookie }), { slug: SLUG, "*": "ander.png" })).status).toBe(404);
    expect((await callRoute(mediaRoute.loader, makeRequest(MEDIA, { cookie: fatima.cookie }), { slug: SLUG, "*": "../cursus.yml" })).status).toBe(404);
    expect((await callRoute(mediaRoute.loader, makeRequest(MEDIA, { cookie: await sessionCookieFor(teacher.id) }), { slug: SLUG, "*": "klas.png" })).status).toBe(403);
  });
});
