// Mail that must go out once: a dedupe key is taken by the first sendMail, and every later
// one (in this process or another) sends nothing and says so.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { sendMail } from "../../app/mail/mailer.server";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

describe("sending mail once", () => {
  it("queues a mail with a dedupe key once; a second send reports the duplicate and sends nothing", async () => {
    const first = await sendMail({ to: "leraar@school.test", subject: "Herinnering", text: "Hallo", dedupeKey: "reminder:before:a:t:d" });
    const second = await sendMail({ to: "leraar@school.test", subject: "Herinnering", text: "Hallo", dedupeKey: "reminder:before:a:t:d" });
    expect(first).toEqual({ id: expect.any(String), delivered: false, duplicate: false });
    expect(second).toEqual({ id: first.id, delivered: false, duplicate: true });
    expect(await db.outboxMessage.count()).toBe(1);
  });

  it("lets only one of many simultaneous sends with the same key through", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => sendMail({ to: "leraar@school.test", subject: "Weekoverzicht", text: "Hallo", dedupeKey: "digest:u:2026-W11" })),
    );
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(await db.outboxMessage.count()).toBe(1);
  });

  it("sends mail without a key every time, as before", async () => {
    await sendMail({ to: "leraar@school.test", subject: "Welkom", text: "Hallo" });
    await sendMail({ to: "leraar@school.test", subject: "Welkom", text: "Hallo" });
    expect(await db.outboxMessage.count()).toBe(2);
  });

  it.runIf(readDatabaseConfig().provider === "postgresql")("finds the key taken from another connection", async () => {
    const other = createDatabase(readDatabaseConfig());
    try {
      await other.outboxMessage.create({ data: { recipient: "x@school.test", subject: "s", text: "t", transport: "outbox", dedupeKey: "k" } });
      expect((await sendMail({ to: "x@school.test", subject: "s", text: "t", dedupeKey: "k" })).duplicate).toBe(true);
    } finally {
      await other.$disconnect();
    }
  });
});
