// The coordinator's assignment and progress pages through their real loaders and actions:
// who may open them (the five askers), creating, changing and withdrawing an assignment,
// the dashboard and per-teacher view with filters and sorting, the CSV downloads, and a
// teacher's reflection that never reaches any of them.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { startOfDayInNetherlands } from "../../app/assignments/due-dates";
import * as home from "../../app/routes/coordinator._index";
import * as overviewCsv from "../../app/routes/coordinator.overzicht[.csv]";
import * as list from "../../app/routes/coordinator.toewijzingen";
import * as edit from "../../app/routes/coordinator.toewijzingen_.$id";
import * as progress from "../../app/routes/coordinator.voortgang";
import * as progressCsv from "../../app/routes/coordinator.voortgang[.csv]";
import { createSchool, createUserWithRole } from "../factories";
import { createAssignment, createEnrollment, createGroup, createReflection, createTeacher, publishedCourseId } from "../factories/assignments";
import { createCompletion } from "../factories/completion";
import { db, resetDatabase } from "../support/database";
import { type RequestOptions, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

type Route = (args: LoaderFunctionArgs) => unknown;
type Asker = "anonymous" | "teacher" | "otherCoordinator" | "coordinator" | "admin";

const SECRET = "Ik maak me zorgen om een leerling in 3B";
const DAY = 24 * 60 * 60 * 1000;

let school = { id: "", brinCode: "" };
let courseId = "";
let assignmentId = "";
let anna = { id: "" };
let bram = { id: "" };
let groupId = "";
const cookies = {} as Record<Exclude<Asker, "anonymous">, string>;

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db, { brinCode: "12AB" });
  const other = await createSchool(db);
  courseId = await publishedCourseId(db, "test-cursus", "Signalen in de klas");
  anna = await createTeacher(db, school.id, { name: "Anna de Vries", email: "anna@school.test" });
  bram = await createTeacher(db, school.id, { name: "Bram Bakker", email: "bram@school.test" });
  groupId = (await createGroup(db, school.id, { name: "Onderbouw", memberIds: [anna.id] })).id;
  cookies.teacher = await sessionCookieFor(anna.id);
  cookies.coordinator = await sessionCookieFor((await createUserWithRole(db, "coordinator", { schoolId: school.id })).id);
  cookies.otherCoordinator = await sessionCookieFor((await createUserWithRole(db, "coordinator", { schoolId: other.id })).id);
  cookies.admin = await sessionCookieFor((await createUserWithRole(db, "admin")).id);
  // Due yesterday: Bram, who has not finished, is late.
  assignmentId = (await createAssignment(db, school.id, { courseId, dueDate: new Date(Date.now() - DAY) })).id;
  await createEnrollment(db, anna.id, courseId, { completedAt: new Date(Date.now() - 2 * DAY) });
  await createCompletion(db, anna.id, { slug: "test-cursus", completedAt: new Date(Date.now() - 2 * DAY) });
  await createReflection(db, anna.id, courseId, SECRET);
});

/**
 * The path as this asker opens it: an administrator names the school, and so does the
 * coordinator of another school (without a name they get their own school's pages).
 */
function pathFor(asker: Asker, path: string): string {
  if (asker !== "admin" && asker !== "otherCoordinator") return path;
  return `${path}${path.includes("?") ? "&" : "?"}school=${school.id}`;
}

function ask(route: Route, asker: Asker, path: string, options: RequestOptions = {}, params: Record<string, string> = {}) {
  const cookie = asker === "anonymous" ? null : cookies[asker];
  return callRoute(route as never, makeRequest(pathFor(asker, path), { ...options, cookie }), params);
}

const pages: { path: string; loader: Route; params?: () => Record<string, string> }[] = [
  { path: "/coordinator", loader: home.loader },
  { path: "/coordinator/toewijzingen", loader: list.loader },
  { path: "/coordinator/toewijzingen/x", loader: edit.loader, params: () => ({ id: assignmentId }) },
  { path: "/coordinator/voortgang", loader: progress.loader },
  { path: "/coordinator/overzicht.csv", loader: overviewCsv.loader },
  { path: "/coordinator/voortgang.csv", loader: progressCsv.loader },
];

describe.each(pages)("$path", (page) => {
  it("sends an anonymous visitor to the login page", async () => {
    const result = await ask(page.loader, "anonymous", page.path, {}, page.params?.());
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it.each(["teacher", "otherCoordinator"] as const)("refuses a %s with 403", async (asker) => {
    expect((await ask(page.loader, asker, page.path, {}, page.params?.())).status).toBe(403);
  });

  it.each(["coordinator", "admin"] as const)("opens for the school's %s", async (asker) => {
    expect((await ask(page.loader, asker, page.path, {}, page.params?.())).status).toBe(200);
  });
});

const createForm = (overrides: Record<string, string> = {}): [string, string][] =>
  Object.entries({ intent: "create", courseId, scope: "SCHOOL", dueDate: "", remindDaysBefore: "", overdueEveryDays: "", ...overrides });

describe("posting a new assignment", () => {
  it("sends an anonymous visitor to the login page and refuses a teacher and another school's coordinator", async () => {
    const anonymous = await ask(list.action, "anonymous", "/coordinator/toewijzingen", { form: createForm() });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    for (const asker of ["teacher", "otherCoordinator"] as const) {
      expect((await ask(list.action, asker, "/coordinator/toewijzingen", { form: createForm() })).status).toBe(403);
    }
    expect(await db.assignment.count()).toBe(1);
  });

  it("assigns the course to chosen teachers for the coordinator, and returns to the list with a notice", async () => {
    const form = [...createForm({ scope: "TEACHERS", dueDate: "31-12-2099", remindDaysBefore: "3", overdueEveryDays: "14" }), ["teacherIds", anna.id], ["teacherIds", bram.id]] as [string, string][];
    const result = await ask(list.action, "coordinator", "/coordinator/toewijzingen", { form });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/coordinator/toewijzingen?melding=toegewezen#huidige-toewijzingen");
    const created = await db.assignment.findFirstOrThrow({ where: { scope: "TEACHERS" }, include: { teachers: { select: { userId: true } } } });
    expect(created).toMatchObject({ dueDate: startOfDayInNetherlands("2099-12-31"), remindDaysBefore: 3, overdueEveryDays: 14 });
    expect(created.teachers.map((teacher) => teacher.userId).sort()).toEqual([anna.id, bram.id].sort());

    const page = await ask(list.loader, "coordinator", "/coordinator/toewijzingen?melding=toegewezen");
    expect(page.data).toMatchObject({ notice: "assignments.notice.created", current: [{ scope: "TEACHERS", teachers: 2 }, { scope: "SCHOOL" }] });
  });

  it("keeps the school named in the address for an administrator", async () => {
    const result = await ask(list.action, "admin", "/coordinator/toewijzingen", { form: createForm({ scope: "GROUP", groupId }) });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe(`/coordinator/toewijzingen?melding=toegewezen&school=${school.id}#huidige-toewijzingen`);
    expect(await db.assignment.count({ where: { schoolId: school.id, groupId } })).toBe(1);
  });

  it("answers 400 with the messages and what was typed, and stores nothing", async () => {
    const form = [...createForm({ scope: "TEACHERS", dueDate: "01-01-2020", remindDaysBefore: "7" })];
    const result = await ask(list.action, "coordinator", "/coordinator/toewijzingen", { form });
    expect(result.status).toBe(400);
    expect(result.data).toEqual({
      values: expect.objectContaining({ scope: "TEACHERS", dueDate: "01-01-2020", teacherIds: [] }),
      errors: { teacherIds: "assignments.error.teachersRequired", dueDate: "assignments.error.datePast" },
    });
    expect(await db.assignment.count()).toBe(1);
  });
});

describe("changing or withdrawing an assignment", () => {
  const path = "/coordinator/toewijzingen/x";
  const post = (asker: Asker, form: Record<string, string>, id = assignmentId) => ask(edit.action, asker, path, { form }, { id });

  it("refuses anonymous visitors, teachers and another school's coordinator", async () => {
    expect((await post("anonymous", { intent: "withdraw" })).status).toBe(302);
    expect((await post("teacher", { intent: "withdraw" })).status).toBe(403);
    expect((await post("otherCoordinator", { intent: "withdraw" })).status).toBe(403);
    expect(await db.assignment.count({ where: { withdrawnAt: null } })).toBe(1);
  });

  it("keeps a due date that has passed while the reminders change, and refuses a new date in the past", async () => {
    const page = await ask(edit.loader, "coordinator", path, {}, { id: assignmentId });
    const values = (page.data as { values: Record<string, string> }).values;
    const kept = await post("coordinator", { intent: "save", ...values, overdueEveryDays: "7" });
    expect(kept.status).toBe(302);
    expect(kept.headers.get("Location")).toBe("/coordinator/toewijzingen?melding=gewijzigd");
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ overdueEveryDays: 7 });

    const refused = await post("admin", { intent: "save", dueDate: "01-01-2021", remindDaysBefore: "", overdueEveryDays: "" });
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ errors: { dueDate: "assignments.error.datePast" } });
  });

  it("withdraws for the administrator too, keeps the progress, and refuses changes afterwards", async () => {
    const withdrawn = await post("admin", { intent: "withdraw" });
    expect(withdrawn.status).toBe(302);
    expect(withdrawn.headers.get("Location")).toBe(`/coordinator/toewijzingen?melding=ingetrokken&school=${school.id}`);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).withdrawnAt).not.toBeNull();
    expect(await db.enrollment.count({ where: { userId: anna.id, courseId } })).toBe(1);
    expect(await db.completionRecord.count({ where: { userId: anna.id } })).toBe(1);

    const again = await post("coordinator", { intent: "save", dueDate: "31-12-2099", remindDaysBefore: "", overdueEveryDays: "" });
    expect(again.status).toBe(409);
    expect(again.data).toMatchObject({ formError: "assignments.error.withdrawn" });
    const dashboard = await ask(home.loader, "coordinator", "/coordinator");
    expect(dashboard.data).toMatchObject({ assigned: false, rows: [] });
  });

  it("does not know another school's assignment, and shows another school's coordinator only their own school", async () => {
    const own = await callRoute(home.loader as never, makeRequest("/coordinator", { cookie: cookies.otherCoordinator }));
    expect(own.data).toMatchObject({ assigned: false, rows: [] });
    const unnamed = await callRoute(edit.loader as never, makeRequest(path, { cookie: cookies.otherCoordinator }), { id: assignmentId });
    expect(unnamed.status).toBe(404);

    const theirs = await createAssignment(db, (await createSchool(db)).id, { courseId });
    expect((await ask(edit.loader, "coordinator", path, {}, { id: theirs.id })).status).toBe(404);
    expect((await post("coordinator", { intent: "withdraw" }, theirs.id)).status).toBe(404);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: theirs.id } })).withdrawnAt).toBeNull();
  });
});

describe("the progress pages", () => {
  it("count per course on the school overview, also for one group", async () => {
    const all = await ask(home.loader, "coordinator", "/coordinator");
    expect(all.data).toMatchObject({
      assigned: true,
      rows: [{ title: "Signalen in de klas", counts: { assigned: 2, invited: 0, notStarted: 0, inProgress: 0, completed: 1, overdue: 1 } }],
    });
    const grouped = await ask(home.loader, "admin", `/coordinator?groep=${groupId}`);
    expect(grouped.data).toMatchObject({ group: "Onderbouw", rows: [{ counts: { assigned: 1, completed: 1, overdue: 0 } }] });
  });

  it("list teachers with status, filtered and sorted as the address asks", async () => {
    const sorted = await ask(progress.loader, "coordinator", "/coordinator/voortgang?sorteer=naam&richting=af");
    expect(sorted.data).toMatchObject({
      query: { sort: "naam", direction: "af", course: null, status: null, group: null },
      rows: [
        { name: "Bram Bakker", status: "overdue", completedAt: null },
        { name: "Anna de Vries", status: "completed", groups: ["Onderbouw"], scores: [{ title: "Toets", bestScore: 100 }] },
      ],
    });
    const late = await ask(progress.loader, "coordinator", "/coordinator/voortgang?status=te-laat");
    expect((late.data as { rows: { name: string }[] }).rows.map((row) => row.name)).toEqual(["Bram Bakker"]);
  });

  it("never carry a teacher's reflection, on the page or in either download", async () => {
    const page = await ask(progress.loader, "coordinator", "/coordinator/voortgang");
    expect(JSON.stringify(page.data)).not.toContain(SECRET);
    for (const route of [progressCsv.loader, overviewCsv.loader]) {
      const download = await ask(route, "coordinator", "/coordinator/voortgang.csv");
      expect(await download.response!.text()).not.toContain(SECRET);
    }
  });

  it("download as CSV attachments for Excel, with the page's filters", async () => {
    const result = await ask(progressCsv.loader, "admin", "/coordinator/voortgang.csv?status=te-laat");
    expect(result.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(result.headers.get("Content-Disposition")).toMatch(/^attachment; filename="voortgang-per-docent-12AB-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(result.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await result.response!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Naam;E-mailadres;Groepen;Cursus;Status;Af te ronden vóór;Afgerond op;Quizscores");
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^Bram Bakker;bram@school\.test;;Signalen in de klas;Te laat;\d{2}-\d{2}-\d{4};;$/);

    const courses = await ask(overviewCsv.loader, "coordinator", "/coordinator/overzicht.csv");
    expect(courses.headers.get("Content-Disposition")).toMatch(/filename="voortgang-per-cursus-12AB-/);
    expect((await courses.response!.text()).split("\r\n")[1]).toMatch(/^Signalen in de klas;\d{2}-\d{2}-\d{4};2;0;0;0;1;1$/);
  });

  it("send an administrator without a school to the list of schools", async () => {
    const result = await callRoute(home.loader as never, makeRequest("/coordinator", { cookie: cookies.admin }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/beheer/scholen");
  });
});
