import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "../../app/auth/login.server";
import {
  RESET_TOKEN_LIFETIME_MS,
  findValidResetToken,
  requestPasswordReset,
  resetPassword,
} from "../../app/auth/password-reset.server";
import { LIMITS } from "../../app/auth/throttle.server";
import { createUser } from "../factories";
import { db, resetDatabase } from "../support/database";
import { sessionCookieFor } from "../support/remix";

beforeEach(resetDatabase);

async function tokenFromOutbox(recipient: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient }, orderBy: { createdAt: "desc" } });
  const match = message.text.match(/\/wachtwoord-herstellen\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no reset link in: ${message.text}`);
  return match[1]!;
}

describe("password reset", () => {
  it("mails a link in the person's own language; the token itself is not stored", async () => {
    await createUser(db, { email: "leraar@school.test", name: "Jan Jansen", locale: "en" });
    await requestPasswordReset("Leraar@School.test");
    const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "leraar@school.test" } });
    expect(message.subject).toBe("New password for Signaal");
    expect(message.text).toContain("Dear Jan Jansen");
    expect(message.text).toContain("http://localhost:3000/wachtwoord-herstellen/");
    const token = await tokenFromOutbox("leraar@school.test");
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await findValidResetToken(token)).not.toBeNull();
  });

  it("sends nothing for an unknown or deactivated address", async () => {
    await createUser(db, { email: "weg@school.test", deactivatedAt: new Date() });
    await requestPasswordReset("onbekend@school.test");
    await requestPasswordReset("weg@school.test");
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("sets the new password, ends all sessions, and works only once", async () => {
    const user = await createUser(db, { email: "leraar@school.test" });
    await sessionCookieFor(user.id);
    await requestPasswordReset("leraar@school.test");
    const token = await tokenFromOutbox("leraar@school.test");

    expect(await resetPassword(token, "mijn nieuwe wachtwoord")).toBe(true);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await checkCredentials({ email: "leraar@school.test", password: "mijn nieuwe wachtwoord", clientIp: "192.0.2.1" })).ok).toBe(true);

    expect(await resetPassword(token, "nog een ander wachtwoord")).toBe(false);
    expect((await checkCredentials({ email: "leraar@school.test", password: "nog een ander wachtwoord", clientIp: "192.0.2.1" })).ok).toBe(false);
  });

  it("refuses a token older than an hour and leaves the password alone", async () => {
    await createUser(db, { email: "leraar@school.test" });
    const requestedAt = new Date(Date.now() - RESET_TOKEN_LIFETIME_MS - 60_000);
    await requestPasswordReset("leraar@school.test", requestedAt);
    const token = await tokenFromOutbox("leraar@school.test");
    expect(await findValidResetToken(token)).toBeNull();
    expect(await resetPassword(token, "mijn nieuwe wachtwoord")).toBe(false);
  });

  it("refuses a made-up token", async () => {
    expect(await findValidResetToken("verzonnen")).toBeNull();
    expect(await resetPassword("verzonnen", "mijn nieuwe wachtwoord")).toBe(false);
  });

  it("limits how many mails one address can trigger", async () => {
    await createUser(db, { email: "leraar@school.test" });
    for (let attempt = 0; attempt < LIMITS.passwordReset + 2; attempt++) await requestPasswordReset("leraar@school.test");
    expect(await db.outboxMessage.count()).toBe(LIMITS.passwordReset);
  });

  it("invalidates older links once one has been used", async () => {
    await createUser(db, { email: "leraar@school.test" });
    await requestPasswordReset("leraar@school.test");
    const first = await tokenFromOutbox("leraar@school.test");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await requestPasswordReset("leraar@school.test");
    const second = await tokenFromOutbox("leraar@school.test");
    expect(second).not.toBe(first);
    expect(await resetPassword(second, "mijn nieuwe wachtwoord")).toBe(true);
    expect(await findValidResetToken(first)).toBeNull();
  });
});
