import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "../../app/auth/login.server";
import { LIMITS, THROTTLE_WINDOW_MS, isThrottled, recordFailure } from "../../app/auth/throttle.server";
import { DEFAULT_TEST_PASSWORD, createUser } from "../factories";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

describe("checking e-mail address and password", () => {
  it("accepts the right password, whatever the case and spacing of the address", async () => {
    const user = await createUser(db, { email: "marloes@school.test" });
    const result = await checkCredentials({ email: "  Marloes@School.TEST ", password: DEFAULT_TEST_PASSWORD, clientIp: "192.0.2.1" });
    expect(result).toEqual({ ok: true, userId: user.id });
  });

  it("answers a wrong password and an unknown address identically", async () => {
    await createUser(db, { email: "marloes@school.test" });
    const wrongPassword = await checkCredentials({ email: "marloes@school.test", password: "not the password", clientIp: "192.0.2.1" });
    const unknownAddress = await checkCredentials({ email: "niemand@school.test", password: "not the password", clientIp: "192.0.2.2" });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownAddress).toEqual(wrongPassword);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await createUser(db, { email: "oud@school.test", deactivatedAt: new Date() });
    const result = await checkCredentials({ email: "oud@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "192.0.2.1" });
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an account without a password (invited, not yet accepted)", async () => {
    await createUser(db, { email: "uitgenodigd@school.test", password: null });
    const result = await checkCredentials({ email: "uitgenodigd@school.test", password: "", clientIp: "192.0.2.1" });
    expect(result.ok).toBe(false);
  });
});

describe("login throttling", () => {
  it("locks an account after repeated failures, even for the right password, and leaves other accounts alone", async () => {
    await createUser(db, { email: "doelwit@school.test" });
    await createUser(db, { email: "ander@school.test" });
    for (let attempt = 0; attempt < LIMITS.account; attempt++) {
      await checkCredentials({ email: "doelwit@school.test", password: `guess ${attempt}`, clientIp: `198.51.100.${attempt}` });
    }
    const locked = await checkCredentials({ email: "doelwit@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "203.0.113.9" });
    expect(locked).toEqual({ ok: false, reason: "throttled" });
    const other = await checkCredentials({ email: "ander@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "203.0.113.9" });
    expect(other.ok).toBe(true);
  });

  it("locks unknown addresses the same way, so the lock reveals nothing", async () => {
    for (let attempt = 0; attempt < LIMITS.account; attempt++) {
      await checkCredentials({ email: "bestaat-niet@school.test", password: "x", clientIp: `198.51.100.${attempt}` });
    }
    const result = await checkCredentials({ email: "bestaat-niet@school.test", password: "x", clientIp: "203.0.113.9" });
    expect(result).toEqual({ ok: false, reason: "throttled" });
  });

  it("blocks an address that tries many accounts", async () => {
    await createUser(db, { email: "echt@school.test" });
    for (let attempt = 0; attempt < LIMITS.ip; attempt++) {
      await checkCredentials({ email: `gok-${attempt}@school.test`, password: "x", clientIp: "198.51.100.77" });
    }
    const fromThatAddress = await checkCredentials({ email: "echt@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "198.51.100.77" });
    expect(fromThatAddress).toEqual({ ok: false, reason: "throttled" });
    const fromElsewhere = await checkCredentials({ email: "echt@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "198.51.100.78" });
    expect(fromElsewhere.ok).toBe(true);
  });

  it("forgets failures once the window has passed", async () => {
    const key = [{ kind: "account" as const, value: "tijd@school.test" }];
    const longAgo = new Date(Date.now() - THROTTLE_WINDOW_MS - 1_000);
    for (let attempt = 0; attempt < LIMITS.account; attempt++) await recordFailure(key, longAgo);
    expect(await isThrottled(key)).toBe(false);
    expect(await isThrottled(key, longAgo)).toBe(true);
  });

  it("clears an account's failures after a successful login", async () => {
    await createUser(db, { email: "vergeetachtig@school.test" });
    for (let attempt = 0; attempt < LIMITS.account - 1; attempt++) {
      await checkCredentials({ email: "vergeetachtig@school.test", password: "fout", clientIp: "192.0.2.1" });
    }
    expect((await checkCredentials({ email: "vergeetachtig@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "192.0.2.1" })).ok).toBe(true);
    await checkCredentials({ email: "vergeetachtig@school.test", password: "fout", clientIp: "192.0.2.1" });
    expect((await checkCredentials({ email: "vergeetachtig@school.test", password: DEFAULT_TEST_PASSWORD, clientIp: "192.0.2.1" })).ok).toBe(true);
  });
});
