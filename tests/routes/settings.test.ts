import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "../../app/auth/login.server";
import { loader as rootLoader } from "../../app/root";
import { action as settingsAction } from "../../app/routes/instellingen";
import { action as languageAction } from "../../app/routes/taal";
import { DEFAULT_TEST_PASSWORD, createUserWithRole } from "../factories";
import { db, resetDatabase } from "../support/database";
import { callRoute, cookieFrom, makeRequest, sessionCookieFor } from "../support/remix";

beforeEach(resetDatabase);

describe("the interface language", () => {
  it("is Dutch for a first-time visitor", async () => {
    const result = await callRoute(rootLoader, makeRequest("/login"));
    expect(result.data).toMatchObject({ locale: "nl", user: null });
  });

  it("is remembered in a cookie for a visitor who switches", async () => {
    const switched = await callRoute(languageAction, makeRequest("/taal", { form: { locale: "en", redirectTo: "/login" } }));
    expect(switched.status).toBe(302);
    expect(switched.headers.get("Location")).toBe("/login");
    const next = await callRoute(rootLoader, makeRequest("/login", { cookie: cookieFrom(switched.headers) }));
    expect(next.data).toMatchObject({ locale: "en" });
  });

  it("is remembered on the account, so it follows the person to another browser", async () => {
    const teacher = await createUserWithRole(db, "teacher");
    await callRoute(languageAction, makeRequest("/taal", { form: { locale: "en", redirectTo: "/docent" }, cookie: await sessionCookieFor(teacher.id) }));
    const elsewhere = await callRoute(rootLoader, makeRequest("/docent", { cookie: await sessionCookieFor(teacher.id) }));
    expect(elsewhere.data).toMatchObject({ locale: "en" });
  });

  it("refuses an unknown language and keeps the current one", async () => {
    const teacher = await createUserWithRole(db, "teacher");
    const cookie = await sessionCookieFor(teacher.id);
    const result = await callRoute(languageAction, makeRequest("/taal", { form: { locale: "fr" }, cookie }));
    expect(result.status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).locale).toBe("nl");
  });

  it("can be chosen on the settings page", async () => {
    const teacher = await createUserWithRole(db, "teacher");
    const result = await callRoute(
      settingsAction,
      makeRequest("/instellingen", { form: { intent: "language", locale: "en" }, cookie: await sessionCookieFor(teacher.id) }),
    );
    expect(result.data).toMatchObject({ saved: "settings.language.saved" });
    expect((await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).locale).toBe("en");
  });
});

describe("changing a password on the settings page", () => {
  it("needs the current password and changes nothing without it", async () => {
    const teacher = await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const result = await callRoute(
      settingsAction,
      makeRequest("/instellingen", {
        form: { intent: "password", current: "verkeerd", password: "een nieuw wachtwoord", confirmation: "een nieuw wachtwoord" },
        cookie: await sessionCookieFor(teacher.id),
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ errors: { current: "settings.password.currentWrong" } });
    expect((await checkCredentials({ email: "juf@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "192.0.2.1" })).ok).toBe(true);
  });

  it("checks length and confirmation", async () => {
    const teacher = await createUserWithRole(db, "teacher");
    const cookie = await sessionCookieFor(teacher.id);
    const short = await callRoute(
      settingsAction,
      makeRequest("/instellingen", { form: { intent: "password", current: DEFAULT_TEST_PASSWORD, password: "kort", confirmation: "kort" }, cookie }),
    );
    expect(short.data).toMatchObject({ errors: { password: "password.tooShort" } });
    const mismatch = await callRoute(
      settingsAction,
      makeRequest("/instellingen", {
        form: { intent: "password", current: DEFAULT_TEST_PASSWORD, password: "een nieuw wachtwoord", confirmation: "een ander wachtwoord" },
        cookie,
      }),
    );
    expect(mismatch.data).toMatchObject({ errors: { confirmation: "password.mismatch" } });
  });

  it("ends the other sessions and keeps this browser signed in on a new one", async () => {
    const teacher = await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const otherDevice = await sessionCookieFor(teacher.id);
    const thisBrowser = await sessionCookieFor(teacher.id);
    const result = await callRoute(
      settingsAction,
      makeRequest("/instellingen", {
        form: { intent: "password", current: DEFAULT_TEST_PASSWORD, password: "een nieuw wachtwoord", confirmation: "een nieuw wachtwoord" },
        cookie: thisBrowser,
      }),
    );
    expect(result.data).toMatchObject({ saved: "settings.password.saved" });
    const sessions = await db.session.findMany({ where: { userId: teacher.id } });
    expect(sessions).toHaveLength(1);
    expect(`signaal_session=${sessions[0]!.id}`).toBe(cookieFrom(result.headers));
    expect([otherDevice, thisBrowser]).not.toContain(cookieFrom(result.headers));
    expect((await checkCredentials({ email: "juf@school.test", password: "een nieuw wachtwoord", clientIp: "192.0.2.1" })).ok).toBe(true);
  });
});
