// The coordinator's teacher pages and the public invitation page as people use them: who may
// open them (anonymous visitors, teachers, another school's coordinator, the school's own
// coordinator, an administrator naming the school), and the journeys through them.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { getUser } from "../../app/auth/session.server";
import * as teacherPage from "../../app/routes/coordinator.docenten.$userId";
import * as teachersPage from "../../app/routes/coordinator.docenten._index";
import * as uploadPage from "../../app/routes/coordinator.docenten.uploaden";
import * as groupsPage from "../../app/routes/coordinator.groepen";
import * as invitationPage from "../../app/routes/uitnodiging.$token";
import { createSchool, createUser, createUserWithRole } from "../factories";
import { createGroup, createInvitation } from "../factories/school";
import { db, resetDatabase } from "../support/database";
import { ORIGIN, callRoute, cookieFrom, makeRequest, sessionCookieFor } from "../support/remix";

type RouteFunction = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

let school = { id: "", name: "" };
let teacherId = "";
const cookies = { teacher: "", otherCoordinator: "", coordinator: "", admin: "" };

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db, { name: "Demo College" });
  const other = await createSchool(db, { name: "Andere School" });
  const teacher = await createUserWithRole(db, "teacher", { name: "Anna Docent", schoolId: school.id });
  teacherId = teacher.id;
  cookies.teacher = await sessionCookieFor(teacher.id);
  cookies.otherCoordinator = await sessionCookieFor((await createUserWithRole(db, "coordinator", { schoolId: other.id })).id);
  cookies.coordinator = await sessionCookieFor((await createUserWithRole(db, "coordinator", { name: "Carla", schoolId: school.id })).id);
  cookies.admin = await sessionCookieFor((await createUserWithRole(db, "admin")).id);
});

/** A multipart form as a browser sends an upload. */
function uploadRequest(path: string, cookie: string, fields: Record<string, string | File>): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return new Request(new URL(path, ORIGIN), { method: "POST", body, headers: { Cookie: cookie, Origin: ORIGIN } });
}

const csv = (...lines: string[]) => new File([lines.join("\r\n")], "docenten.csv", { type: "text/csv" });

const pages: { path: string; loader: RouteFunction; action: RouteFunction; params: () => Record<string, string>; form: () => Record<string, string> }[] = [
  { path: "/coordinator/docenten", loader: teachersPage.loader, action: teachersPage.action, params: () => ({}), form: () => ({ intent: "invite", name: "X", email: "x@school.nl" }) },
  { path: "/coordinator/docenten/uploaden", loader: uploadPage.loader, action: uploadPage.action, params: () => ({}), form: () => ({ intent: "check" }) },
  {
    path: "/coordinator/docenten/DOCENT",
    loader: teacherPage.loader,
    action: teacherPage.action,
    params: () => ({ userId: teacherId }),
    form: () => ({ intent: "deactivate" }),
  },
  { path: "/coordinator/groepen", loader: groupsPage.loader, action: groupsPage.action, params: () => ({}), form: () => ({ intent: "create", name: "Groep" }) },
];

describe.each(pages)("$path", (page) => {
  const path = (query = "") => `${page.path.replace("DOCENT", teacherId)}${query}`;
  const named = () => `?school=${school.id}`;

  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(page.loader, makeRequest(path()), page.params());
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const posted = await callRoute(page.action, makeRequest(path(), { form: page.form() }), page.params());
    expect(posted.status).toBe(302);
  });

  it("refuses a teacher and another school's coordinator, for the page and its form", async () => {
    for (const cookie of [cookies.teacher, cookies.otherCoordinator]) {
      expect((await callRoute(page.loader, makeRequest(path(named()), { cookie }), page.params())).status).toBe(403);
      expect((await callRoute(page.action, makeRequest(path(named()), { cookie, form: page.form() }), page.params())).status).toBe(403);
    }
    expect((await callRoute(page.loader, makeRequest(path(), { cookie: cookies.teacher }), page.params())).status).toBe(403);
    expect(await db.invitation.count()).toBe(0);
    expect(await db.schoolGroup.count()).toBe(0);
    expect(await db.schoolMembership.count({ where: { deactivatedAt: { not: null } } })).toBe(0);
  });

  it("opens for the school's coordinator, and for an administrator who names the school", async () => {
    expect((await callRoute(page.loader, makeRequest(path(), { cookie: cookies.coordinator }), page.params())).status).toBe(200);
    expect((await callRoute(page.loader, makeRequest(path(named()), { cookie: cookies.admin }), page.params())).status).toBe(200);
  });
});

describe("another school's coordinator without naming the school", () => {
  it("sees their own school's teachers, and not this school's teacher", async () => {
    const list = await callRoute(teachersPage.loader, makeRequest("/coordinator/docenten", { cookie: cookies.otherCoordinator }));
    expect(list.data).toMatchObject({ school: "Andere School", teachers: [] });
    const detail = await callRoute(teacherPage.loader, makeRequest(`/coordinator/docenten/${teacherId}`, { cookie: cookies.otherCoordinator }), {
      userId: teacherId,
    });
    expect(detail.status).toBe(404);
  });
});

describe("the teachers page", () => {
  it("invites a teacher and shows the invitation in the list", async () => {
    const form = { intent: "invite", name: "Joost de Vries", email: "joost@school.nl", group: "Sectie Engels" };
    const posted = await callRoute(teachersPage.action, makeRequest("/coordinator/docenten", { cookie: cookies.coordinator, form }));
    expect(posted.status).toBe(302);
    expect(posted.headers.get("Location")).toBe("/coordinator/docenten?melding=uitgenodigd");
    const page = await callRoute(teachersPage.loader, makeRequest("/coordinator/docenten?melding=uitgenodigd", { cookie: cookies.coordinator }));
    expect(page.data).toMatchObject({
      school: "Demo College",
      notice: { key: "teachers.notice.invited" },
      groups: ["Sectie Engels"],
      teachers: [
        { kind: "teacher", name: "Anna Docent", status: "active", href: `/coordinator/docenten/${teacherId}` },
        { kind: "invitation", name: "Joost de Vries", status: "invited", groups: ["Sectie Engels"], href: null },
      ],
    });
  });

  it("keeps what was typed and shows the problems at the fields", async () => {
    const form = { intent: "invite", name: "", email: "geen adres", group: "" };
    const posted = await callRoute(teachersPage.action, makeRequest("/coordinator/docenten", { cookie: cookies.coordinator, form }));
    expect(posted.status).toBe(400);
    expect(posted.data).toMatchObject({
      values: { email: "geen adres" },
      errors: { name: "teachers.problem.nameMissing", email: "teachers.problem.emailInvalid" },
    });
  });

  it("keeps the administrator on the named school after a change", async () => {
    const { invitation } = await createInvitation(db, school.id);
    const path = `/coordinator/docenten?school=${school.id}`;
    const posted = await callRoute(teachersPage.action, makeRequest(path, { cookie: cookies.admin, form: { intent: "resend", invitationId: invitation.id } }));
    expect(posted.headers.get("Location")).toBe(`/coordinator/docenten?school=${school.id}&melding=opnieuw-verstuurd`);
    expect(await db.invitation.count({ where: { revokedAt: null } })).toBe(1);
    expect(await db.outboxMessage.count()).toBe(1);
  });

  it("revokes an invitation, and says so when it was already gone", async () => {
    const { invitation } = await createInvitation(db, school.id);
    const form = { intent: "revoke", invitationId: invitation.id };
    const first = await callRoute(teachersPage.action, makeRequest("/coordinator/docenten", { cookie: cookies.coordinator, form }));
    expect(first.headers.get("Location")).toBe("/coordinator/docenten?melding=ingetrokken");
    const second = await callRoute(teachersPage.action, makeRequest("/coordinator/docenten", { cookie: cookies.coordinator, form }));
    expect(second.status).toBe(409);
    expect(second.data).toMatchObject({ formError: "teachers.notice.invitationGone" });
  });
});

describe("the upload page", () => {
  it("checks a file, shows every row, and imports the good rows once the coordinator drops the bad ones", async () => {
    const path = "/coordinator/docenten/uploaden";
    const file = csv("\uFEFFnaam;e-mail;groep", "Fatima el Amrani;f.elamrani@school.nl;Team onderbouw", "Fout;geen-adres;", "Sanne Bakker;s.bakker@school.nl;");
    const checked = await callRoute(uploadPage.action, uploadRequest(path, cookies.coordinator, { intent: "check", bestand: file }));
    expect(checked.status).toBe(200);
    expect(checked.data).toMatchObject({
      stage: "preview",
      counts: { rows: 3, valid: 2, invalid: 1 },
      validLines: [2, 4],
      newGroups: ["Team onderbouw"],
      rows: [{ line: 2, problems: [] }, { line: 3, problems: [{ key: "teachers.problem.emailInvalid" }] }, { line: 4, problems: [] }],
    });
    expect(await db.invitation.count()).toBe(0);

    const { content } = checked.data as { content: string };
    const imported = await callRoute(uploadPage.action, uploadRequest(path, cookies.coordinator, { intent: "import", inhoud: content, regels: "2,4" }));
    expect(imported.status).toBe(302);
    expect(imported.headers.get("Location")).toBe("/coordinator/docenten?melding=geimporteerd&aantal=2");
    expect(await db.invitation.count()).toBe(2);
    expect(await db.outboxMessage.count()).toBe(2);
  });

  it("imports nothing when every line is chosen but one is bad, and shows the fresh check", async () => {
    const path = `/coordinator/docenten/uploaden?school=${school.id}`;
    const content = "naam;e-mail\nGoed;goed@school.nl\nFout;geen-adres";
    const result = await callRoute(uploadPage.action, uploadRequest(path, cookies.admin, { intent: "import", inhoud: content, regels: "2,3" }));
    expect(result.status).toBe(409);
    expect(result.data).toMatchObject({ stage: "preview", changed: true, validLines: [2] });
    expect(await db.invitation.count()).toBe(0);
  });

  it("reports a file it cannot read, in Dutch message keys", async () => {
    const path = "/coordinator/docenten/uploaden";
    const noFile = await callRoute(uploadPage.action, uploadRequest(path, cookies.coordinator, { intent: "check" }));
    expect(noFile.data).toEqual({ stage: "failed", problems: [{ key: "teachers.upload.error.noFile" }] });
    const latin1 = new File([new Uint8Array([0x6e, 0x61, 0x61, 0x6d, 0x3b, 0x65, 0x2d, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xe9])], "docenten.csv");
    const notUtf8 = await callRoute(uploadPage.action, uploadRequest(path, cookies.coordinator, { intent: "check", bestand: latin1 }));
    expect(notUtf8.data).toEqual({ stage: "failed", problems: [{ key: "teachers.upload.error.notUtf8" }] });
    const big = new File(["naam;e-mail\n", "x".repeat(600 * 1024)], "groot.csv");
    const tooLarge = await callRoute(uploadPage.action, uploadRequest(path, cookies.coordinator, { intent: "check", bestand: big }));
    expect(tooLarge.data).toMatchObject({ stage: "failed", problems: [{ key: "teachers.upload.error.tooLarge" }] });
    const headerOnly = await callRoute(uploadPage.action, uploadRequest(path, cookies.coordinator, { intent: "check", bestand: csv("naam;e-mail") }));
    expect(headerOnly.data).toEqual({ stage: "failed", problems: [{ key: "teachers.upload.error.noRows" }] });
  });
});

describe("a teacher's page", () => {
  it("deactivates the teacher, ending their sessions, and reactivates them", async () => {
    const path = `/coordinator/docenten/${teacherId}`;
    const deactivated = await callRoute(teacherPage.action, makeRequest(path, { cookie: cookies.coordinator, form: { intent: "deactivate" } }), { userId: teacherId });
    expect(deactivated.headers.get("Location")).toBe(`${path}?melding=gedeactiveerd`);
    expect(await getUser(makeRequest("/docent", { cookie: cookies.teacher }))).toBeNull();
    const page = await callRoute(teacherPage.loader, makeRequest(path, { cookie: cookies.coordinator }), { userId: teacherId });
    expect(page.data).toMatchObject({ teacher: { name: "Anna Docent", status: "deactivated" }, notice: null });

    const again = await callRoute(teacherPage.action, makeRequest(path, { cookie: cookies.coordinator, form: { intent: "deactivate" } }), { userId: teacherId });
    expect(again.status).toBe(409);
    const reactivated = await callRoute(teacherPage.action, makeRequest(path, { cookie: cookies.coordinator, form: { intent: "reactivate" } }), { userId: teacherId });
    expect(reactivated.headers.get("Location")).toBe(`${path}?melding=geheractiveerd`);
  });

  it("saves the teacher's groups from the checkboxes", async () => {
    const a = await createGroup(db, school.id, { name: "A" });
    const b = await createGroup(db, school.id, { name: "B" });
    const path = `/coordinator/docenten/${teacherId}`;
    const form: [string, string][] = [
      ["intent", "groups"],
      ["groupId", a.id],
      ["groupId", b.id],
    ];
    const saved = await callRoute(teacherPage.action, makeRequest(path, { cookie: cookies.coordinator, form }), { userId: teacherId });
    expect(saved.headers.get("Location")).toBe(`${path}?melding=groepen-opgeslagen`);
    const page = await callRoute(teacherPage.loader, makeRequest(path, { cookie: cookies.coordinator }), { userId: teacherId });
    expect(page.data).toMatchObject({ teacher: { groups: [{ name: "A", member: true }, { name: "B", member: true }] } });
  });

  it("is a 404 for someone who is not a teacher of the school", async () => {
    const stranger = await createUser(db);
    const result = await callRoute(teacherPage.loader, makeRequest(`/coordinator/docenten/${stranger.id}`, { cookie: cookies.coordinator }), { userId: stranger.id });
    expect(result.status).toBe(404);
  });
});

describe("the groups page", () => {
  it("creates, renames, fills and deletes a group after confirmation", async () => {
    const post = (form: Record<string, string>) => callRoute(groupsPage.action, makeRequest("/coordinator/groepen", { cookie: cookies.coordinator, form }));
    expect((await post({ intent: "create", name: "Team onderbouw" })).headers.get("Location")).toBe("/coordinator/groepen?melding=groep-aangemaakt");
    const taken = await post({ intent: "create", name: "team onderbouw" });
    expect(taken.status).toBe(400);
    expect(taken.data).toMatchObject({ errors: { name: "teachers.groups.error.nameTaken" }, values: { name: "team onderbouw" } });

    const group = await db.schoolGroup.findFirstOrThrow();
    const renamed = await post({ intent: "rename", groupId: group.id, name: "" });
    expect(renamed.data).toMatchObject({ errors: { [`rename-${group.id}`]: "teachers.groups.error.nameMissing" } });
    expect((await post({ intent: "add", groupId: group.id, userId: teacherId })).headers.get("Location")).toBe("/coordinator/groepen?melding=lid-toegevoegd");

    const confirm = await callRoute(groupsPage.loader, makeRequest(`/coordinator/groepen?verwijderen=${group.id}`, { cookie: cookies.coordinator }));
    expect(confirm.data).toMatchObject({
      confirmDelete: { id: group.id, name: "Team onderbouw", members: [{ id: teacherId, name: "Anna Docent", active: true }] },
      teachers: [{ id: teacherId }],
    });
    expect((await post({ intent: "delete", groupId: group.id })).headers.get("Location")).toBe("/coordinator/groepen?melding=groep-verwijderd");
    expect(await db.schoolGroup.count()).toBe(0);
    expect(await db.schoolMembership.count({ where: { userId: teacherId, deactivatedAt: null } })).toBe(1);
  });
});

describe("the invitation page", () => {
  const open = (token: string, cookie?: string) => callRoute(invitationPage.loader, makeRequest(`/uitnodiging/${token}`, { cookie }), { token });
  const submit = (token: string, form: Record<string, string>, cookie?: string) =>
    callRoute(invitationPage.action, makeRequest(`/uitnodiging/${token}`, { form, cookie }), { token });

  it("says clearly when a link is unknown, expired, used or revoked", async () => {
    expect((await open("onbekend")).status).toBe(404);
    const expired = await createInvitation(db, school.id, { expiresAt: new Date(Date.now() - 1000) });
    const used = await createInvitation(db, school.id, { acceptedAt: new Date() });
    const revoked = await createInvitation(db, school.id, { revokedAt: new Date() });
    for (const [{ token }, state] of [
      [expired, "expired"],
      [used, "accepted"],
      [revoked, "revoked"],
    ] as const) {
      const result = await open(token);
      expect(result.status).toBe(410);
      expect(result.data).toEqual({ view: { state, schoolName: "Demo College" } });
    }
  });

  it("creates the account for a new address, signs the teacher in and sends them to /docent", async () => {
    const { token } = await createInvitation(db, school.id, { name: "Nieuwe Docent", email: "nieuw@school.nl" });
    const page = await open(token);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ view: { state: "open", mode: "create", invitation: { name: "Nieuwe Docent", schoolName: "Demo College" } } });

    const mismatch = await submit(token, { intent: "create", password: "een lang wachtwoord", confirmation: "iets anders" });
    expect(mismatch.status).toBe(400);
    expect(mismatch.data).toMatchObject({ errors: { confirmation: "password.mismatch" } });
    const short = await submit(token, { intent: "create", password: "kort", confirmation: "kort" });
    expect(short.data).toMatchObject({ errors: { password: "password.tooShort" } });

    const created = await submit(token, { intent: "create", password: "een lang wachtwoord", confirmation: "een lang wachtwoord" });
    expect(created.status).toBe(302);
    expect(created.headers.get("Location")).toBe("/docent");
    const user = await getUser(makeRequest("/docent", { cookie: cookieFrom(created.headers) }));
    expect(user).toMatchObject({ email: "nieuw@school.nl", roles: ["teacher"], schools: [{ name: "Demo College", role: "TEACHER" }] });

    const again = await submit(token, { intent: "create", password: "een lang wachtwoord", confirmation: "een lang wachtwoord" });
    expect(again.status).toBe(410);
    expect((await open(token)).status).toBe(410);
  });

  it("asks the owner of an existing account to sign in first, then lets them accept", async () => {
    const owner = await createUser(db, { email: "bestaand@school.nl" });
    const { token } = await createInvitation(db, school.id, { email: "bestaand@school.nl" });
    const anonymous = await open(token);
    expect(anonymous.data).toMatchObject({ view: { mode: "login", loginHref: `/login?redirectTo=%2Fuitnodiging%2F${token}` } });
    const takeover = await submit(token, { intent: "create", password: "een lang wachtwoord", confirmation: "een lang wachtwoord" });
    expect(takeover.status).toBe(409);
    expect(takeover.data).toMatchObject({ formError: "teachers.invitation.accountExists" });

    const other = await open(token, cookies.teacher);
    expect(other.data).toMatchObject({ view: { mode: "otherPerson" } });
    expect((await submit(token, { intent: "accept" }, cookies.teacher)).status).toBe(403);

    const ownerCookie = await sessionCookieFor(owner.id);
    expect((await open(token, ownerCookie)).data).toMatchObject({ view: { mode: "accept" } });
    const accepted = await submit(token, { intent: "accept" }, ownerCookie);
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe("/docent");
    expect(await getUser(makeRequest("/docent", { cookie: ownerCookie }))).toMatchObject({ roles: ["teacher"] });
  });

  it("sends an anonymous visitor who tries to accept to the login page", async () => {
    const { token } = await createInvitation(db, school.id);
    const result = await submit(token, { intent: "accept" });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
