import { beforeEach, describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/login";
import { DEFAULT_TEST_PASSWORD, createUserWithRole } from "../factories";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

beforeEach(resetDatabase);

function login(form: Record<string, string>) {
  return callRoute(action, makeRequest("/login", { form }));
}

describe("the login form", () => {
  it.each([
    ["teacher", "/docent"],
    ["coordinator", "/coordinator"],
    ["author", "/auteur"],
    ["admin", "/beheer"],
  ] as const)("sends a %s to their own start page", async (role, home) => {
    await createUserWithRole(db, role, { email: `${role}@school.test` });
    const result = await login({ email: `${role}@school.test`, password: DEFAULT_TEST_PASSWORD });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe(home);
  });

  it("returns to the page the visitor came from, but never to another site", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const back = await login({ email: "juf@school.test", password: DEFAULT_TEST_PASSWORD, redirectTo: "/instellingen" });
    expect(back.headers.get("Location")).toBe("/instellingen");
    const away = await login({ email: "juf@school.test", password: DEFAULT_TEST_PASSWORD, redirectTo: "//evil.example/" });
    expect(away.headers.get("Location")).toBe("/docent");
  });

  it("names each empty or malformed field", async () => {
    const empty = await login({ email: "", password: "" });
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({ errors: { email: "login.emailRequired", password: "login.passwordRequired" } });
    const malformed = await login({ email: "geen-adres", password: "x" });
    expect(malformed.data).toMatchObject({ errors: { email: "login.emailInvalid" } });
  });

  it("says the same for a wrong password and an unknown address, keeps the address, and sets no cookie", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const wrong = await login({ email: "juf@school.test", password: "verkeerd" });
    const unknown = await login({ email: "meester@school.test", password: "verkeerd" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.data).toMatchObject({ formError: "login.invalid", email: "juf@school.test" });
    expect(unknown.data).toMatchObject({ formError: "login.invalid" });
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("answers 429 with a clear message once an account is throttled", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    for (let attempt = 0; attempt < 5; attempt++) await login({ email: "juf@school.test", password: `fout ${attempt}` });
    const result = await login({ email: "juf@school.test", password: DEFAULT_TEST_PASSWORD });
    expect(result.status).toBe(429);
    expect(result.data).toMatchObject({ formError: "login.throttled" });
  });

  it("shows why the visitor is here: an ended session, a changed password, a logout", async () => {
    for (const [query, notice] of [
      ["sessie=verlopen", "login.sessionEnded"],
      ["wachtwoord=gewijzigd", "login.passwordReset"],
      ["uitgelogd=1", "login.loggedOut"],
      ["", null],
    ] as const) {
      const result = await callRoute(loader, makeRequest(`/login?${query}`));
      expect(result.data).toMatchObject({ notice });
    }
  });

  it("sends a signed-in person straight to their start page", async () => {
    const admin = await createUserWithRole(db, "admin");
    const result = await callRoute(loader, makeRequest("/login", { cookie: await sessionCookieFor(admin.id) }));
    expect(result.headers.get("Location")).toBe("/beheer");
  });
});
