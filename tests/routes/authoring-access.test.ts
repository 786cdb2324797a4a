// The authors' forms guard themselves: a form posted by someone who is not an author changes
// nothing, whatever it asks. (The pages' loaders are in access.test.ts's matrix.)
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../app/auth/roles";
import { findOpenDraft } from "../../app/authoring/drafts.server";
import * as review from "../../app/routes/auteur.beoordelen";
import * as home from "../../app/routes/auteur._index";
import * as workspace from "../../app/routes/auteur.cursussen.$slug._index";
import { createUserWithRole } from "../factories";
import { createDraft } from "../factories/authoring";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

const OTHERS: Role[] = ["teacher", "coordinator", "admin"];
const cookies = {} as Record<Role, string>;
let draftId = "";

beforeAll(async () => {
  await resetDatabase();
  for (const role of [...OTHERS, "author" as const]) cookies[role] = await sessionCookieFor((await createUserWithRole(db, role)).id);
  draftId = await createDraft(db, (await createUserWithRole(db, "author")).id);
});

const forms: { name: string; action: unknown; path: string; form: () => Record<string, string> }[] = [
  { name: "a new course", action: home.action, path: "/auteur", form: () => ({ slug: "stiekem", titel: "Stiekeme cursus" }) },
  { name: "a lesson", action: workspace.action, path: "/auteur/cursussen/test-cursus", form: () => ({ intent: "add-lesson", concept: draftId, titel: "Stiekem" }) },
  { name: "withdrawing the course", action: workspace.action, path: "/auteur/cursussen/test-cursus", form: () => ({ intent: "withdraw-course" }) },
  { name: "discarding the draft", action: workspace.action, path: "/auteur/cursussen/test-cursus", form: () => ({ intent: "discard", concept: draftId }) },
  { name: "an approval", action: review.action, path: "/auteur/beoordelen", form: () => ({ intent: "approve", concept: draftId }) },
];

async function unchanged() {
  expect(await db.course.count()).toBe(1);
  expect(await db.course.findFirstOrThrow()).toMatchObject({ withdrawnAt: null });
  expect(await findOpenDraft(db, "test-cursus")).toMatchObject({ id: draftId, status: "DRAFT" });
  expect(await db.draftFile.count()).toBe(3);
}

describe.each(forms)("posting $name", (entry) => {
  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(entry.action as never, makeRequest(entry.path, { form: entry.form() }), { slug: "test-cursus" });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    await unchanged();
  });

  it.each(OTHERS)("refuses %s and changes nothing", async (role) => {
    const result = await callRoute(entry.action as never, makeRequest(entry.path, { form: entry.form(), cookie: cookies[role] }), { slug: "test-cursus" });
    expect(result.status).toBe(403);
    await unchanged();
  });
});
