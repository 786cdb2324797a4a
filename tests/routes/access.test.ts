// Every page that needs a role, tried by every kind of visitor: anonymous visitors are sent
// to the login page, signed-in people without the role get 403, the role gets the page.
// Public pages answer everyone, signed in or not. The school coordinators' pages, which are
// about one school, have their own matrix in school-access.test.ts.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../app/auth/roles";
import * as authorHome from "../../app/routes/auteur._index";
import * as authorReview from "../../app/routes/auteur.beoordelen";
import * as authorCourse from "../../app/routes/auteur.cursussen.$slug._index";
import * as authorVersion from "../../app/routes/auteur.cursussen.$slug.versies.$nummer";
import * as authorVersionZip from "../../app/routes/auteur.cursussen.$slug.versies.$nummer[.zip]";
import * as authorEditor from "../../app/routes/auteur.cursussen.$slug.concept.$bestand";
import * as authorImport from "../../app/routes/auteur.importeren";
import * as authorsGuide from "../../app/routes/auteur.handleiding";
import { startDraft } from "../../app/authoring/drafts.server";
import * as auditLog from "../../app/routes/beheer.audit";
import * as adminHome from "../../app/routes/beheer._index";
import * as outboxMessage from "../../app/routes/beheer.berichten.$id";
import * as outbox from "../../app/routes/beheer.berichten._index";
import * as municipalities from "../../app/routes/beheer.gemeenten";
import * as schools from "../../app/routes/beheer.scholen";
import * as statistics from "../../app/routes/beheer.statistieken";
import * as conversationEdit from "../../app/routes/beheer.adviesgesprekken.$id";
import * as conversationImport from "../../app/routes/beheer.adviesgesprekken.importeren";
import * as conversationNew from "../../app/routes/beheer.adviesgesprekken.nieuw";
import * as trainingEdit from "../../app/routes/beheer.trainingen.$id";
import * as trainings from "../../app/routes/beheer.trainingen._index";
import * as trainingImport from "../../app/routes/beheer.trainingen.importeren";
import * as trainingNew from "../../app/routes/beheer.trainingen.nieuw";
import * as completion from "../../app/routes/cursussen.$slug.afgerond";
import * as certificate from "../../app/routes/cursussen.$slug.certificaat[.pdf]";
import * as courses from "../../app/routes/cursussen._index";
import * as teacherHome from "../../app/routes/docent._index";
import * as noRole from "../../app/routes/geen-rol";
import * as settings from "../../app/routes/instellingen";
import * as verification from "../../app/routes/verificatie";
import { createUserWithRole } from "../factories";
import { createCompletion, publishTestCourse } from "../factories/completion";
import { createConversation, createTraining } from "../factories/registers";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

type Loader = (args: LoaderFunctionArgs) => unknown;

const ALL_ROLES: Role[] = ["teacher", "coordinator", "author", "admin"];

const pages: { path: string; loader: Loader; allowed: Role[]; params?: Record<string, string> }[] = [
  { path: "/docent", loader: teacherHome.loader, allowed: ["teacher"] },
  { path: "/auteur", loader: authorHome.loader, allowed: ["author"] },
  { path: "/auteur/beoordelen", loader: authorReview.loader, allowed: ["author"] },
  { path: "/auteur/cursussen/test-cursus", loader: authorCourse.loader, allowed: ["author"], params: { slug: "test-cursus" } },
  { path: "/auteur/cursussen/test-cursus/versies/1", loader: authorVersion.loader, allowed: ["author"], params: { slug: "test-cursus", nummer: "1" } },
  { path: "/auteur/cursussen/test-cursus/versies/1.zip", loader: authorVersionZip.loader, allowed: ["author", "admin"], params: { slug: "test-cursus", nummer: "1" } },
  // The draft made in beforeAll.
  { path: "/auteur/cursussen/test-cursus/concept/cursus.yml", loader: authorEditor.loader, allowed: ["author"], params: { slug: "test-cursus", bestand: "cursus.yml" } },
  { path: "/auteur/importeren", loader: authorImport.loader, allowed: ["author"] },
  { path: "/auteur/handleiding", loader: authorsGuide.loader, allowed: ["author"] },
  { path: "/beheer/audit", loader: auditLog.loader, allowed: ["admin"] },
  { path: "/beheer", loader: adminHome.loader, allowed: ["admin"] },
  { path: "/beheer/scholen", loader: schools.loader, allowed: ["admin"] },
  { path: "/beheer/gemeenten", loader: municipalities.loader, allowed: ["admin"] },
  { path: "/beheer/trainingen", loader: trainings.loader, allowed: ["admin"] },
  { path: "/beheer/trainingen/nieuw", loader: trainingNew.loader, allowed: ["admin"] },
  { path: "/beheer/trainingen/x", loader: trainingEdit.loader, allowed: ["admin"], params: { id: "TRAINING_ID" } },
  { path: "/beheer/trainingen/importeren", loader: trainingImport.loader, allowed: ["admin"] },
  { path: "/beheer/adviesgesprekken/nieuw", loader: conversationNew.loader, allowed: ["admin"] },
  { path: "/beheer/adviesgesprekken/x", loader: conversationEdit.loader, allowed: ["admin"], params: { id: "CONVERSATION_ID" } },
  { path: "/beheer/adviesgesprekken/importeren", loader: conversationImport.loader, allowed: ["admin"] },
  { path: "/beheer/statistieken", loader: statistics.loader, allowed: ["admin"] },
  { path: "/beheer/berichten", loader: outbox.loader, allowed: ["admin"] },
  { path: "/beheer/berichten/x", loader: outboxMessage.loader, allowed: ["admin"], params: { id: "OUTBOX_ID" } },
  { path: "/cursussen", loader: courses.loader, allowed: ALL_ROLES },
  { path: "/instellingen", loader: settings.loader, allowed: ALL_ROLES },
  { path: "/geen-rol", loader: noRole.loader, allowed: ALL_ROLES },
  // Everyone in the matrix has completed the test course; these show their own completion.
  { path: "/cursussen/test-cursus/afgerond", loader: completion.loader, allowed: ALL_ROLES, params: { slug: "test-cursus" } },
  { path: "/cursussen/test-cursus/certificaat.pdf", loader: certificate.loader, allowed: ALL_ROLES, params: { slug: "test-cursus" } },
];

const publicPages: { path: string; loader: Loader }[] = [
  { path: "/verificatie", loader: verification.loader },
  { path: "/verificatie?code=ABCD-EFGH-JKMN", loader: verification.loader },
];

const cookies = {} as Record<Role, string>;
let outboxId = "";
const recordIds = { TRAINING_ID: "", CONVERSATION_ID: "" };

beforeAll(async () => {
  await resetDatabase();
  await publishTestCourse(db, "test-cursus");
  await publishTestCourse(db, "andere-cursus");
  for (const role of ALL_ROLES) {
    const user = await createUserWithRole(db, role);
    cookies[role] = await sessionCookieFor(user.id);
    if (role === "author") await startDraft(db, { courseSlug: "test-cursus", actorId: user.id });
    await createCompletion(db, user.id, { slug: "test-cursus", verificationCode: role === "teacher" ? "ABCD-EFGH-JKMN" : undefined });
  }
  outboxId = (await db.outboxMessage.create({ data: { recipient: "a@school.test", subject: "Test", text: "Hallo", transport: "outbox" } }))
    .id;
  recordIds.TRAINING_ID = (await createTraining(db)).id;
  recordIds.CONVERSATION_ID = (await createConversation(db)).id;
});

function paramsFor(page: { params?: Record<string, string> }) {
  return Object.fromEntries(
    Object.entries(page.params ?? {}).map(([key, value]) => [
      key,
      value === "OUTBOX_ID" ? outboxId : value === "TRAINING_ID" || value === "CONVERSATION_ID" ? recordIds[value] : value,
    ]),
  );
}

describe.each(pages)("$path", (page) => {
  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(page.loader as never, makeRequest(page.path), paramsFor(page));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it.each(ALL_ROLES)("as %s", async (role) => {
    const result = await callRoute(page.loader as never, makeRequest(page.path, { cookie: cookies[role] }), paramsFor(page));
    expect(result.status).toBe(page.allowed.includes(role) ? 200 : 403);
  });
});

// Actions guard themselves too: a form posted by someone without the role changes nothing.
const registerActions: { path: string; action: Loader; params?: Record<string, string> }[] = [
  { path: "/beheer/trainingen/nieuw", action: trainingNew.action },
  { path: "/beheer/trainingen/x", action: trainingEdit.action, params: { id: "TRAINING_ID" } },
  { path: "/beheer/trainingen/importeren", action: trainingImport.action },
  { path: "/beheer/adviesgesprekken/nieuw", action: conversationNew.action },
  { path: "/beheer/adviesgesprekken/x", action: conversationEdit.action, params: { id: "CONVERSATION_ID" } },
  { path: "/beheer/adviesgesprekken/importeren", action: conversationImport.action },
];

describe.each(registerActions)("posting to $path", (route) => {
  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(route.action as never, makeRequest(route.path, { form: { intent: "delete" } }), paramsFor(route));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it.each(ALL_ROLES.filter((role) => role !== "admin"))("refuses %s and changes nothing", async (role) => {
    const result = await callRoute(route.action as never, makeRequest(route.path, { form: { intent: "delete" }, cookie: cookies[role] }), paramsFor(route));
    expect(result.status).toBe(403);
    expect(await db.classroomTraining.count()).toBe(1);
    expect(await db.advisoryConversation.count()).toBe(1);
  });
});

describe.each(publicPages)("public page $path", (page) => {
  it("answers an anonymous visitor", async () => {
    const result = await callRoute(page.loader as never, makeRequest(page.path));
    expect(result.status).toBe(200);
  });

  it.each(ALL_ROLES)("as %s", async (role) => {
    const result = await callRoute(page.loader as never, makeRequest(page.path, { cookie: cookies[role] }));
    expect(result.status).toBe(200);
  });
});

describe("a page about another person's data", () => {
  it("answers 404 for an outbox message that does not exist", async () => {
    const result = await callRoute(outboxMessage.loader as never, makeRequest("/beheer/berichten/nope", { cookie: cookies.admin }), {
      id: "nope",
    });
    expect(result.status).toBe(404);
  });

  it("answers 404 for the certificate of a course the person has not completed", async () => {
    const result = await callRoute(
      certificate.loader as never,
      makeRequest("/cursussen/andere-cursus/certificaat.pdf", { cookie: cookies.teacher }),
      { slug: "andere-cursus" },
    );
    expect(result.status).toBe(404);
  });

  it("sends someone to the course when they have not completed it", async () => {
    const result = await callRoute(completion.loader as never, makeRequest("/cursussen/andere-cursus/afgerond", { cookie: cookies.teacher }), {
      slug: "andere-cursus",
    });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/cursussen/andere-cursus");
  });
});
