// Every page and form of the school coordinators' area, tried by the five kinds of visitor
// that matter: anonymous (to the login page), a teacher of the school (403), a coordinator of
// another school naming this one (403), the school's own coordinator (200) and an SSV
// administrator naming the school (200). A form posted by someone without access changes
// nothing.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import * as dashboard from "../../app/routes/coordinator._index";
import * as contacts from "../../app/routes/coordinator.contactpersonen";
import * as teacher from "../../app/routes/coordinator.docenten.$userId";
import * as teachers from "../../app/routes/coordinator.docenten._index";
import * as upload from "../../app/routes/coordinator.docenten.uploaden";
import * as groups from "../../app/routes/coordinator.groepen";
import * as overviewCsv from "../../app/routes/coordinator.overzicht[.csv]";
import * as assignments from "../../app/routes/coordinator.toewijzingen";
import * as assignment from "../../app/routes/coordinator.toewijzingen_.$id";
import * as progress from "../../app/routes/coordinator.voortgang";
import * as progressCsv from "../../app/routes/coordinator.voortgang[.csv]";
import { createSchool, createUser, createUserWithRole } from "../factories";
import { createAssignment } from "../factories/assignments";
import { publishTestCourse } from "../factories/completion";
import { db, resetDatabase } from "../support/database";
import { type RequestOptions, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

type Handler = (args: LoaderFunctionArgs) => unknown;
type Asker = "anonymous" | "teacher" | "otherCoordinator" | "coordinator" | "admin";

const ids = { schoolId: "", teacherId: "", assignmentId: "" };
const cookies = {} as Record<Exclude<Asker, "anonymous">, string>;

interface Target {
  path: string;
  loader?: Handler;
  action?: Handler;
  params?: () => Record<string, string>;
  /** A form the action would act on if it were allowed to. */
  form?: () => RequestOptions["form"];
}

const targets: Target[] = [
  { path: "/coordinator", loader: dashboard.loader },
  { path: "/coordinator/docenten", loader: teachers.loader, action: teachers.action, form: () => ({ intent: "uitnodigen", naam: "Nieuwe Docent", email: "nieuw@school.test" }) },
  { path: "/coordinator/docenten/uploaden", loader: upload.loader, action: upload.action, form: () => ({}) },
  {
    path: "/coordinator/docenten/x",
    loader: teacher.loader,
    action: teacher.action,
    params: () => ({ userId: ids.teacherId }),
    form: () => ({ intent: "deactiveren" }),
  },
  { path: "/coordinator/groepen", loader: groups.loader, action: groups.action, form: () => ({ intent: "aanmaken", naam: "Sectie aardrijkskunde" }) },
  { path: "/coordinator/toewijzingen", loader: assignments.loader, action: assignments.action, form: () => ({ cursus: "test-cursus", bereik: "school" }) },
  {
    path: "/coordinator/toewijzingen/x",
    loader: assignment.loader,
    action: assignment.action,
    params: () => ({ id: ids.assignmentId }),
    form: () => ({ intent: "intrekken" }),
  },
  { path: "/coordinator/voortgang", loader: progress.loader },
  { path: "/coordinator/overzicht.csv", loader: overviewCsv.loader },
  { path: "/coordinator/voortgang.csv", loader: progressCsv.loader },
  { path: "/coordinator/contactpersonen", loader: contacts.loader, action: contacts.action, form: () => ({ intent: "toevoegen", rol: "WIJKAGENT", naam: "Wijkagent De Vries" }) },
];

beforeAll(async () => {
  await resetDatabase();
  await publishTestCourse(db, "test-cursus");
  const school = await createSchool(db);
  const other = await createSchool(db);
  ids.schoolId = school.id;
  const teacherUser = await createUser(db, { schools: [{ schoolId: school.id, role: "TEACHER" }] });
  ids.teacherId = teacherUser.id;
  const coordinator = await createUser(db, { schools: [{ schoolId: school.id, role: "COORDINATOR" }] });
  const otherCoordinator = await createUser(db, { schools: [{ schoolId: other.id, role: "COORDINATOR" }] });
  const admin = await createUserWithRole(db, "admin");
  cookies.teacher = await sessionCookieFor(teacherUser.id);
  cookies.coordinator = await sessionCookieFor(coordinator.id);
  cookies.otherCoordinator = await sessionCookieFor(otherCoordinator.id);
  cookies.admin = await sessionCookieFor(admin.id);
  ids.assignmentId = (await createAssignment(db, school.id)).id;
});

/** The school is named in the address for those who would otherwise get their own (or none). */
function urlFor(target: Target, asker: Asker): string {
  const named = asker === "admin" || asker === "otherCoordinator";
  return named ? `${target.path}?school=${ids.schoolId}` : target.path;
}

function request(target: Target, asker: Asker, form?: RequestOptions["form"]) {
  const cookie = asker === "anonymous" ? undefined : cookies[asker];
  return makeRequest(urlFor(target, asker), { cookie, form });
}

async function changes() {
  return {
    invitations: await db.invitation.count(),
    groups: await db.schoolGroup.count(),
    assignments: await db.assignment.count({ where: { withdrawnAt: null } }),
    memberships: await db.schoolMembership.count({ where: { deactivatedAt: null } }),
    contacts: await db.schoolContact.count(),
  };
}

describe.each(targets.filter((target) => target.loader))("$path", (target) => {
  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(target.loader as never, request(target, "anonymous"), target.params?.());
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it.each([
    ["teacher", 403],
    ["otherCoordinator", 403],
    ["coordinator", 200],
    ["admin", 200],
  ] as const)("as %s: %i", async (asker, status) => {
    const result = await callRoute(target.loader as never, request(target, asker), target.params?.());
    expect(result.status).toBe(status);
  });
});

describe("an administrator who names no school", () => {
  it("is sent to the list of schools to choose one", async () => {
    const result = await callRoute(dashboard.loader as never, makeRequest("/coordinator", { cookie: cookies.admin }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/beheer/scholen");
  });
});

describe.each(targets.filter((target) => target.action))("posting to $path", (target) => {
  it.each(["anonymous", "teacher", "otherCoordinator"] as const)("as %s changes nothing", async (asker) => {
    const before = await changes();
    const result = await callRoute(target.action as never, request(target, asker, target.form?.()), target.params?.());
    expect(result.status).toBe(asker === "anonymous" ? 302 : 403);
    expect(await changes()).toEqual(before);
  });
});
