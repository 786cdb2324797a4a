// The authors' pages as authors use them, and the audit log as administrators read it: the
// real loaders and actions against a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { findOpenDraft } from "../../app/authoring/drafts.server";
import * as review from "../../app/routes/auteur.beoordelen";
import * as home from "../../app/routes/auteur._index";
import * as workspace from "../../app/routes/auteur.cursussen.$slug._index";
import * as versionPage from "../../app/routes/auteur.cursussen.$slug.versies.$nummer";
import * as audit from "../../app/routes/beheer.audit";
import * as catalogue from "../../app/routes/cursussen._index";
import * as courseOverview from "../../app/routes/cursussen.$slug._index";
import { createUserWithRole } from "../factories";
import { createAuthor, writeDraftFile } from "../factories/authoring";
import { publishTestCourse } from "../factories/completion";
import { lesson } from "../factories/course";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

let writer = { id: "", cookie: "" };
let reviewer = { id: "", cookie: "" };

beforeEach(async () => {
  await resetDatabase();
  const [w, r] = await Promise.all([createAuthor(db, { name: "Wendy Schrijver" }), createAuthor(db, { name: "Rob Beoordelaar" })]);
  writer = { id: w.id, cookie: await sessionCookieFor(w.id) };
  reviewer = { id: r.id, cookie: await sessionCookieFor(r.id) };
  await publishTestCourse(db, "test-cursus");
});

const COURSE = "/auteur/cursussen/test-cursus";

function post(cookie: string, form: Record<string, string>, path = COURSE) {
  return callRoute(workspace.action as never, makeRequest(path, { cookie, form }), { slug: "test-cursus" });
}

async function openDraftId() {
  return (await findOpenDraft(db, "test-cursus"))!.id;
}

describe("the authors' home", () => {
  it("lists every course with its latest version and draft status", async () => {
    await post(writer.cookie, { intent: "start-draft" });
    const result = await callRoute(home.loader as never, makeRequest("/auteur", { cookie: writer.cookie }));
    expect(result.data).toMatchObject({
      courses: [{ slug: "test-cursus", title: "Signalen in de klas", latest: { number: 1 }, draftStatus: "DRAFT", withdrawn: false }],
    });
  });

  it("creates a course and opens it", async () => {
    const result = await callRoute(home.action as never, makeRequest("/auteur", { cookie: writer.cookie, form: { slug: "mbo-cursus", titel: "Signalen in het mbo" } }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/auteur/cursussen/mbo-cursus?melding=cursus-aangemaakt");
    const page = await callRoute(workspace.loader as never, makeRequest("/auteur/cursussen/mbo-cursus", { cookie: writer.cookie }), { slug: "mbo-cursus" });
    expect(page.data).toMatchObject({ title: "Signalen in het mbo", draft: { status: "DRAFT", lessons: [{ path: "01-inleiding.mdx", title: "Inleiding" }] }, versions: [] });
  });

  it("keeps what was typed and says what is wrong", async () => {
    const result = await callRoute(home.action as never, makeRequest("/auteur", { cookie: writer.cookie, form: { slug: "test-cursus", titel: "Dubbel" } }));
    expect(result.status).toBe(400);
    expect(result.data).toEqual({ values: { slug: "test-cursus", titel: "Dubbel" }, errors: { slug: "authoring.error.slugTaken" } });
  });
});

describe("a course's page", () => {
  it("answers 404 for a course that does not exist", async () => {
    const result = await callRoute(workspace.loader as never, makeRequest("/auteur/cursussen/nope", { cookie: writer.cookie }), { slug: "nope" });
    expect(result.status).toBe(404);
  });

  it("starts a draft, adds and moves a lesson, and shows it in order", async () => {
    expect((await post(writer.cookie, { intent: "start-draft" })).headers.get("Location")).toBe(`${COURSE}?melding=concept-gestart`);
    const concept = await openDraftId();
    expect((await post(writer.cookie, { intent: "add-lesson", concept, titel: "Het gesprek" })).status).toBe(302);
    expect((await post(writer.cookie, { intent: "move-lesson", concept, bestand: "03-het-gesprek.mdx", richting: "omhoog" })).status).toBe(302);
    const page = await callRoute(workspace.loader as never, makeRequest(COURSE, { cookie: writer.cookie }), { slug: "test-cursus" });
    expect((page.data as { draft: { lessons: { path: string }[]; ownWork: boolean } }).draft).toMatchObject({
      lessons: [{ path: "01-scenario.mdx" }, { path: "02-het-gesprek.mdx", title: "Het gesprek" }, { path: "03-quiz.mdx" }],
      ownWork: true,
    });
  });

  it("keeps the lesson title and names the problem when it is too short", async () => {
    await post(writer.cookie, { intent: "start-draft" });
    const result = await post(writer.cookie, { intent: "add-lesson", concept: await openDraftId(), titel: "x" });
    expect(result.status).toBe(400);
    expect(result.data).toEqual({ errors: { titel: "authoring.error.lessonTitleLength" }, values: { titel: "x" } });
  });

  it("lists the checker's faults when a draft with faults is sent for review", async () => {
    await post(writer.cookie, { intent: "start-draft" });
    const concept = await openDraftId();
    await writeDraftFile(db, concept, "02-quiz.mdx", "geen kop\n", writer.id);
    const result = await post(writer.cookie, { intent: "submit", concept, opmerking: "Klaar" });
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ error: "authoring.error.faults", faults: [{ file: "02-quiz.mdx", line: 1, column: 1 }], values: { opmerking: "Klaar" } });
  });

  it("refuses a form from a page older than the draft", async () => {
    await post(writer.cookie, { intent: "start-draft" });
    const result = await post(writer.cookie, { intent: "add-lesson", concept: "een-oud-concept", titel: "Het gesprek" });
    expect(result.status).toBe(409);
    expect(result.data).toEqual({ error: "authoring.error.stalePage" });
  });

  it("asks before deleting a lesson, discarding, or rolling back", async () => {
    await post(writer.cookie, { intent: "start-draft" });
    const ask = (query: string) => callRoute(workspace.loader as never, makeRequest(`${COURSE}?${query}`, { cookie: writer.cookie }), { slug: "test-cursus" });
    expect((await ask("bevestig=les-verwijderen&bestand=02-quiz.mdx")).data).toMatchObject({ confirm: { kind: "delete-lesson", path: "02-quiz.mdx", title: "Toets" } });
    expect((await ask("bevestig=verwerpen")).data).toMatchObject({ confirm: { kind: "discard" } });
    // Version 1 is the latest: there is nothing to roll back to.
    expect((await ask("bevestig=terugzetten&versie=1")).data).toMatchObject({ confirm: null });
  });

  it("goes through review to a published version, and back again by rollback", async () => {
    await post(writer.cookie, { intent: "start-draft" });
    const concept = await openDraftId();
    await writeDraftFile(db, concept, "03-extra.mdx", lesson("Een extra les.", "Extra"), writer.id);
    expect((await post(writer.cookie, { intent: "submit", concept, opmerking: "" })).headers.get("Location")).toBe(`${COURSE}?melding=ingediend`);

    const reviewPage = await callRoute(review.loader as never, makeRequest("/auteur/beoordelen", { cookie: writer.cookie }));
    expect(reviewPage.data).toMatchObject({ items: [{ courseSlug: "test-cursus", ownWork: true, diff: { previousNumber: 1 } }] });
    const asReviewer = await callRoute(review.loader as never, makeRequest("/auteur/beoordelen", { cookie: reviewer.cookie }));
    expect(asReviewer.data).toMatchObject({ items: [{ ownWork: false }] });

    const ownApproval = await callRoute(review.action as never, makeRequest("/auteur/beoordelen", { cookie: writer.cookie, form: { intent: "approve", concept } }));
    expect(ownApproval.status).toBe(409);
    expect(ownApproval.data).toMatchObject({ error: "authoring.error.ownWork" });
    const noComment = await callRoute(
      review.action as never,
      makeRequest("/auteur/beoordelen", { cookie: reviewer.cookie, form: { intent: "request-changes", concept, opmerking: "" } }),
    );
    expect(noComment.status).toBe(400);
    expect(noComment.data).toMatchObject({ errors: { [`opmerking-${concept}`]: "authoring.error.commentRequired" } });
    const approved = await callRoute(review.action as never, makeRequest("/auteur/beoordelen", { cookie: reviewer.cookie, form: { intent: "approve", concept, opmerking: "Goed" } }));
    expect(approved.headers.get("Location")).toBe(`${COURSE}?melding=goedgekeurd`);

    expect((await post(reviewer.cookie, { intent: "publish", concept })).headers.get("Location")).toBe(`${COURSE}?melding=gepubliceerd&versie=2`);
    expect((await post(writer.cookie, { intent: "rollback", versie: "1" })).headers.get("Location")).toBe(`${COURSE}?melding=teruggezet&versie=3`);

    const version = await callRoute(versionPage.loader as never, makeRequest(`${COURSE}/versies/2`, { cookie: writer.cookie }), { slug: "test-cursus", nummer: "2" });
    expect(version.data).toMatchObject({
      version: { number: 2, origin: "editor", publishedBy: "Rob Beoordelaar", authors: ["Wendy Schrijver"], reviewer: "Rob Beoordelaar" },
      diff: { previousNumber: 1 },
    });
  });

  it("withdraws the course for new teachers and makes it available again", async () => {
    expect((await post(writer.cookie, { intent: "withdraw-course" })).headers.get("Location")).toBe(`${COURSE}?melding=cursus-teruggetrokken`);
    expect((await db.course.findUniqueOrThrow({ where: { slug: "test-cursus" } })).withdrawnAt).not.toBeNull();
    await post(writer.cookie, { intent: "reinstate-course" });
    expect((await db.course.findUniqueOrThrow({ where: { slug: "test-cursus" } })).withdrawnAt).toBeNull();
  });

  it("takes a withdrawn course out of a new teacher's catalogue, and offers no start", async () => {
    const teacher = await sessionCookieFor((await createUserWithRole(db, "teacher")).id);
    await post(writer.cookie, { intent: "withdraw-course" });
    expect((await callRoute(catalogue.loader as never, makeRequest("/cursussen", { cookie: teacher }))).data).toEqual({ courses: [] });
    const overview = await callRoute(courseOverview.loader as never, makeRequest("/cursussen/test-cursus", { cookie: teacher }), { slug: "test-cursus" });
    expect(overview.data).toMatchObject({ started: false, withdrawn: true });
  });
});

describe("a version's page", () => {
  it.each(["0", "x", "1.zip", "9"])("answers 404 for version %s", async (nummer) => {
    const result = await callRoute(versionPage.loader as never, makeRequest(`${COURSE}/versies/${nummer}`, { cookie: writer.cookie }), { slug: "test-cursus", nummer });
    expect(result.status).toBe(404);
  });
});

describe("the audit log", () => {
  it("shows administrators who did what, filtered by course and action, 50 to a page", async () => {
    const admin = await createUserWithRole(db, "admin");
    const cookie = await sessionCookieFor(admin.id);
    await post(writer.cookie, { intent: "start-draft" });
    await post(writer.cookie, { intent: "withdraw-course" });
    await db.auditEntry.createMany({
      data: Array.from({ length: 55 }, (_, index) => ({ action: "les.gewijzigd", courseSlug: "andere-cursus", actorId: reviewer.id, createdAt: new Date(Date.UTC(2020, 0, 1, 0, index)) })),
    });

    const all = await callRoute(audit.loader as never, makeRequest("/beheer/audit", { cookie }));
    expect(all.data).toMatchObject({ log: { count: 57, page: 1, pages: 2, courses: ["andere-cursus", "test-cursus"] } });
    expect((all.data as { log: { entries: unknown[] } }).log.entries).toHaveLength(50);
    expect((all.data as { log: { entries: unknown[] } }).log.entries[0]).toMatchObject({ action: "cursus.teruggetrokken", actor: "Wendy Schrijver", courseSlug: "test-cursus" });

    const filtered = await callRoute(audit.loader as never, makeRequest("/beheer/audit?cursus=test-cursus&actie=concept.gestart", { cookie }));
    expect(filtered.data).toMatchObject({ log: { count: 1, entries: [{ action: "concept.gestart", detail: [["versie", "1"], ["bron", "versie"]] }] } });

    const second = await callRoute(audit.loader as never, makeRequest("/beheer/audit?pagina=2", { cookie }));
    expect((second.data as { log: { entries: unknown[] } }).log.entries).toHaveLength(7);
  });

  it("is for administrators only", async () => {
    const result = await callRoute(audit.loader as never, makeRequest("/beheer/audit", { cookie: writer.cookie }));
    expect(result.status).toBe(403);
  });
});
