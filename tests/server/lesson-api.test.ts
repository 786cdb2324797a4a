// The lesson API as a lesson page's scripts meet it: the real build in Express, a teacher's
// session cookie, urlencoded forms in and JSON out, with the same rules as the page's action.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ScenarioReply } from "../../app/components/lesson/replies";
import type { CourseManifest } from "../../app/content/manifest";
import { publishCourse } from "../../app/content/publish.server";
import { createSchool, createUser } from "../factories";
import { VALID_SCENARIO, lesson, writeCourse } from "../factories/course";
import { type BuiltApp, startBuiltApp } from "../support/built-app";
import { db, resetDatabase } from "../support/database";
import { sessionCookieFor } from "../support/remix";

let app: BuiltApp;
let base = "";
let cookie = "";
let userId = "";
let versionId = "";
let choices: { first: string; second: string } = { first: "", second: "" };

const API = "/api/lessen/test-cursus/01-scenario";

beforeAll(async () => {
  app = await startBuiltApp();
  base = app.base;
});

afterAll(() => app.close());

beforeEach(async () => {
  await resetDatabase();
  const published = await publishCourse(db, writeCourse({ "01-scenario.mdx": lesson(`Een les.\n\n${VALID_SCENARIO}`, "Een verhitte les") }));
  if (published.status === "invalid") throw new Error("fixture course has faults");
  versionId = published.versionId;
  const version = await db.courseVersion.findUniqueOrThrow({ where: { id: versionId } });
  const steps = (JSON.parse(version.manifest) as CourseManifest).scenarios["verhitte-les"]!.steps;
  choices = { first: steps.begin!.choices[0]!.id, second: steps.gesprek!.choices[0]!.id };
  const school = await createSchool(db);
  userId = (await createUser(db, { schools: [{ schoolId: school.id, role: "TEACHER" }] })).id;
  cookie = await sessionCookieFor(userId);
});

function choice(step: string, keuze: string, eventId: string): Record<string, string> {
  return { intent: "scenario", scenario: "verhitte-les", versie: versionId, stap: step, keuze, gebeurtenis: eventId };
}

function postForm(fields: Record<string, string>, options: { cookie?: string | null; origin?: string; url?: string } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", Origin: options.origin ?? base };
  const sessionCookie = options.cookie === undefined ? cookie : options.cookie;
  if (sessionCookie) headers.Cookie = sessionCookie;
  return fetch(`${base}${options.url ?? API}`, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

describe("the lesson API", () => {
  it("saves a choice and answers with the feedback as JSON, not cached; the same form again is applied once", async () => {
    const form = choice("begin", choices.first, "token-van-de-pagina.scenario.verhitte-les.0");
    const first = await postForm(form);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    const reply = (await first.json()) as ScenarioReply;
    expect(reply).toMatchObject({ intent: "scenario", block: "verhitte-les", path: [choices.first], error: null, practice: false });
    expect(reply.position?.kind).toBe("step");
    expect(JSON.stringify(reply)).toContain("Goed: je houdt het gesprek open.");

    const again = await postForm(form);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(reply);

    const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId }, include: { events: true } });
    expect(enrollment.sequence).toBe(1);
    expect(enrollment.events.map((event) => event.id)).toEqual([form.gebeurtenis]);
    const statements = await db.xapiStatement.findMany({ where: { progressEventId: form.gebeurtenis } });
    expect(statements.length).toBeGreaterThan(0);
    // Written outside Prisma, read back by it: the moments are real dates.
    expect(statements[0]!.timestamp.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(enrollment.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("goes on where the learner is, and answers a form from a stale window with 409 and the saved position", async () => {
    expect((await postForm(choice("begin", choices.first, "pagina-a.scenario.verhitte-les.0"))).status).toBe(200);
    const second = await postForm(choice("gesprek", choices.second, "pagina-a.scenario.verhitte-les.1"));
    expect(((await second.json()) as ScenarioReply).position?.kind).toBe("ending");

    const stale = await postForm(choice("begin", choices.first, "pagina-b.scenario.verhitte-les.0"));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "scenario.stale", path: [choices.first, choices.second] });
    expect(await db.progressEvent.count()).toBe(2);
  });

  it("tells a browser without a session to sign in, and saves nothing", async () => {
    const response = await postForm(choice("begin", choices.first, "pagina-a.scenario.verhitte-les.0"), { cookie: null });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ signedOut: true });
    expect(await db.enrollment.count()).toBe(0);
  });

  it("refuses a form posted from another site", async () => {
    const response = await postForm(choice("begin", choices.first, "pagina-a.scenario.verhitte-les.0"), { origin: "https://elders.example" });
    expect(response.status).toBe(403);
    expect(await db.enrollment.count()).toBe(0);
  });

  it("answers an unknown course or lesson with 404, and an oversized form with 413, in JSON", async () => {
    const unknown = await postForm(choice("begin", choices.first, "pagina-a.scenario.verhitte-les.0"), { url: "/api/lessen/bestaat-niet/01-scenario" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ notFound: true });

    const huge = await postForm({ intent: "reflectie", reflectie: "x", tekst: "a".repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: "lesson.invalidRequest" });
  });

  it("lets no one start a withdrawn course, while who started goes on", async () => {
    const starter = await createUser(db, { email: "begonnen@school.test" });
    const starterCookie = await sessionCookieFor(starter.id);
    expect((await postForm(choice("begin", choices.first, "starter.scenario.verhitte-les.0"), { cookie: starterCookie })).status).toBe(200);
    await db.course.update({ where: { slug: "test-cursus" }, data: { withdrawnAt: new Date() } });

    const newcomer = await postForm(choice("begin", choices.first, "nieuw.scenario.verhitte-les.0"));
    expect(newcomer.status).toBeGreaterThanOrEqual(400);
    expect(await db.enrollment.count({ where: { userId } })).toBe(0);

    const goingOn = await postForm(choice("gesprek", choices.second, "starter.scenario.verhitte-les.1"), { cookie: starterCookie });
    expect(goingOn.status).toBe(200);
  });
});
