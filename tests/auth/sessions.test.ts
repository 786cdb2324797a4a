import { beforeEach, describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "../../app/auth/lucia.server";
import { setPassword } from "../../app/auth/set-password.server";
import { requireRole, requireSchoolCoordinator, requireUser } from "../../app/auth/session.server";
import { action as loginAction } from "../../app/routes/login";
import { DEFAULT_TEST_PASSWORD, createSchool, createUser, createUserWithRole } from "../factories";
import { db, resetDatabase } from "../support/database";
import { callRoute, cookieFrom, makeRequest, sessionCookieFor } from "../support/remix";

beforeEach(resetDatabase);

async function thrownBy(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("expected a thrown Response");
}

function sessionIdOf(cookie: string): string {
  return cookie.split("=")[1]!;
}

describe("logging in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie that carries only the session id", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const result = await callRoute(loginAction, makeRequest("/login", { form: { email: "juf@school.test", password: DEFAULT_TEST_PASSWORD } }));
    const setCookie = result.headers.get("Set-Cookie") ?? "";
    expect(result.status).toBe(302);
    expect(setCookie).toMatch(/^signaal_session=[a-z0-9]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const sessionId = sessionIdOf(cookieFrom(result.headers));
    expect(await db.session.findUnique({ where: { id: sessionId } })).not.toBeNull();
  });

  it("starts a new session id and ends the one the browser brought along", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const someoneElse = await createUserWithRole(db, "teacher");
    const planted = await sessionCookieFor(someoneElse.id);
    const result = await callRoute(
      loginAction,
      makeRequest("/login", { form: { email: "juf@school.test", password: DEFAULT_TEST_PASSWORD }, cookie: planted }),
    );
    const fresh = cookieFrom(result.headers);
    expect(fresh).not.toBe(planted);
    expect(await db.session.findUnique({ where: { id: sessionIdOf(planted) } })).toBeNull();
  });
});

describe("session limits", () => {
  it("knows the user behind a valid session", async () => {
    const user = await createUserWithRole(db, "teacher", { name: "Fatima Yilmaz" });
    const signedIn = await requireUser(makeRequest("/docent", { cookie: await sessionCookieFor(user.id) }));
    expect(signedIn).toMatchObject({ id: user.id, name: "Fatima Yilmaz", roles: ["teacher"] });
  });

  it("knows every active school role of a person, and ignores ended memberships", async () => {
    const first = await createSchool(db, { name: "Eerste School" });
    const second = await createSchool(db, { name: "Tweede School" });
    const former = await createSchool(db);
    const user = await createUser(db, {
      platformRole: "AUTHOR",
      schools: [
        { schoolId: first.id, role: "TEACHER" },
        { schoolId: second.id, role: "COORDINATOR" },
        { schoolId: former.id, role: "COORDINATOR" },
      ],
    });
    await db.schoolMembership.updateMany({ where: { userId: user.id, schoolId: former.id }, data: { deactivatedAt: new Date() } });
    const signedIn = await requireUser(makeRequest("/", { cookie: await sessionCookieFor(user.id) }));
    expect([...signedIn.roles].sort()).toEqual(["author", "coordinator", "teacher"]);
    expect(signedIn.schools.map((school) => [school.name, school.role]).sort()).toEqual([
      ["Eerste School", "TEACHER"],
      ["Tweede School", "COORDINATOR"],
    ]);
  });

  it("sends a visitor without a session to the login page, and back afterwards", async () => {
    const response = await thrownBy(requireUser(makeRequest("/docent?tab=2")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fdocent%3Ftab%3D2");
  });

  it("treats a tampered cookie as an ended session and clears it", async () => {
    const response = await thrownBy(requireUser(makeRequest("/docent", { cookie: "signaal_session=forged-value" })));
    expect(response.headers.get("Location")).toContain("sessie=verlopen");
    expect(response.headers.get("Set-Cookie")).toMatch(/^signaal_session=;/);
  });

  it("ends a session that has been idle too long", async () => {
    const user = await createUserWithRole(db, "teacher");
    const cookie = await sessionCookieFor(user.id);
    await db.session.update({ where: { id: sessionIdOf(cookie) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const response = await thrownBy(requireUser(makeRequest("/docent", { cookie })));
    expect(response.headers.get("Location")).toContain("sessie=verlopen");
    expect(await db.session.count()).toBe(0);
  });

  it("ends a session after its absolute lifetime, however active it was", async () => {
    const user = await createUserWithRole(db, "teacher");
    const cookie = await sessionCookieFor(user.id);
    await db.session.update({
      where: { id: sessionIdOf(cookie) },
      data: { createdAt: new Date(Date.now() - SESSION_ABSOLUTE_LIFETIME_MS - 1_000) },
    });
    const response = await thrownBy(requireUser(makeRequest("/docent", { cookie })));
    expect(response.headers.get("Location")).toContain("sessie=verlopen");
  });

  it("ends every session of a person when their password changes", async () => {
    const user = await createUserWithRole(db, "teacher");
    const laptop = await sessionCookieFor(user.id);
    const phone = await sessionCookieFor(user.id);
    await setPassword(user.id, "een heel nieuw wachtwoord");
    for (const cookie of [laptop, phone]) {
      const response = await thrownBy(requireUser(makeRequest("/docent", { cookie })));
      expect(response.headers.get("Location")).toContain("/login");
    }
  });

  it("ends the sessions of a deactivated account", async () => {
    const user = await createUserWithRole(db, "teacher");
    const cookie = await sessionCookieFor(user.id);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const response = await thrownBy(requireUser(makeRequest("/docent", { cookie })));
    expect(response.headers.get("Location")).toContain("sessie=verlopen");
  });
});

describe("roles and school scope", () => {
  it("answers 403 to a signed-in person without the role", async () => {
    const teacher = await createUserWithRole(db, "teacher");
    const response = await thrownBy(requireRole(makeRequest("/beheer", { cookie: await sessionCookieFor(teacher.id) }), "admin"));
    expect(response.status).toBe(403);
  });

  it("lets a coordinator into their own school only; an administrator into every school", async () => {
    const ownSchool = await createSchool(db);
    const otherSchool = await createSchool(db);
    const coordinator = await createUserWithRole(db, "coordinator", { schoolId: ownSchool.id });
    const admin = await createUserWithRole(db, "admin");
    const coordinatorCookie = await sessionCookieFor(coordinator.id);
    const adminCookie = await sessionCookieFor(admin.id);

    await expect(requireSchoolCoordinator(makeRequest("/", { cookie: coordinatorCookie }), ownSchool.id)).resolves.toMatchObject({
      id: coordinator.id,
    });
    expect((await thrownBy(requireSchoolCoordinator(makeRequest("/", { cookie: coordinatorCookie }), otherSchool.id))).status).toBe(403);
    await expect(requireSchoolCoordinator(makeRequest("/", { cookie: adminCookie }), otherSchool.id)).resolves.toMatchObject({
      id: admin.id,
    });
  });

  it("does not count a teacher at a school as its coordinator", async () => {
    const school = await createSchool(db);
    const teacher = await createUser(db, { schools: [{ schoolId: school.id, role: "TEACHER" }] });
    const response = await thrownBy(requireSchoolCoordinator(makeRequest("/", { cookie: await sessionCookieFor(teacher.id) }), school.id));
    expect(response.status).toBe(403);
  });
});
