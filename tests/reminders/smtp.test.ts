// Reminders over a real SMTP server on loopback: they arrive once, stay in the outbox marked
// delivered, and a delivery that fails is retried by the "mail.retry" job without sending twice.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../../app/env.server";
import { jobHandlers } from "../../app/jobs/handlers.server";
import { queueRecurringJobs } from "../../app/jobs/recurring.server";
import { createJobRunner } from "../../app/jobs/runner.server";
import { scanReminders } from "../../app/reminders/scan.server";
import { createSchool, createUser } from "../factories";
import { createAssignment } from "../factories/reminders";
import { allowConsoleErrors } from "../support/console";
import { db, resetDatabase } from "../support/database";

interface Received {
  to: string[];
  data: string;
}

const servers: SMTPServer[] = [];
beforeEach(resetDatabase);
afterEach(async () => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** An SMTP server on 127.0.0.1 at a free port; `refuse` answers the first n messages with a temporary error. */
async function startSmtpServer(options: { refuse?: number } = {}): Promise<{ received: Received[]; port: number }> {
  const received: Received[] = [];
  let refuse = options.refuse ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        if (refuse > 0) {
          refuse -= 1;
          const error = Object.assign(new Error("mailbox busy, try again later"), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((address) => address.address), data: readable(data) });
        callback();
      });
    },
  });
  servers.push(server);
  const port = await new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve((server as unknown as { server: { address(): AddressInfo } }).server.address().port));
  });
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetEnvCache();
  return { received, port };
}

/** The message as a reader sees it: headers unfolded, encoded words and quoted-printable decoded. */
function readable(raw: string): string {
  const bytes = (text: string) => Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
  const [head = "", ...body] = raw.replace(/\r\n/g, "\n").split("\n\n");
  const headers = head
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/\n[ \t]+/g, " ")
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) => bytes(word.replace(/_/g, " ")));
  return `${headers}\n\n${bytes(body.join("\n\n").replace(/=\n/g, ""))}`;
}

const DUE = new Date("2026-03-16T23:00:00.000Z");
const TUESDAY_BEFORE = new Date("2026-03-10T09:00:00.000Z");

async function twoTeachersWithAssignment() {
  const school = await createSchool(db);
  const teachers = [
    await createUser(db, { name: "Anna Achter", schools: [{ schoolId: school.id, role: "TEACHER" }] }),
    await createUser(db, { name: "Bram Bakker", schools: [{ schoolId: school.id, role: "TEACHER" }] }),
  ];
  await createAssignment(db, school.id, { dueDate: DUE });
  return teachers;
}

describe("reminders over SMTP", () => {
  it("arrive once at the SMTP server and stay in the outbox, marked delivered", async () => {
    const { received } = await startSmtpServer();
    const teachers = await twoTeachersWithAssignment();

    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 2, duplicates: 0 });
    expect(await scanReminders(db, new Date(TUESDAY_BEFORE.getTime() + 3_600_000))).toEqual({ sent: 0, duplicates: 2 });

    expect(received.map((mail) => mail.to[0]).sort()).toEqual(teachers.map((teacher) => teacher.email).sort());
    const anna = received.find((mail) => mail.to[0] === teachers[0]!.email)!;
    expect(anna.data).toContain('Subject: Herinnering: rond de cursus "Signalen in de klas" af vóór 17 maart 2026\n');
    expect(anna.data).toContain("Beste Anna Achter");
    expect(anna.data).toContain("http://localhost:3000/cursussen/test-cursus");
    const outbox = await db.outboxMessage.findMany();
    expect(outbox).toHaveLength(2);
    expect(outbox.every((message) => message.transport === "smtp" && message.deliveredAt !== null && message.error === null)).toBe(true);
  });

  it("keeps a failed delivery in the outbox with its error, and the retry job delivers it once", async () => {
    const logged = allowConsoleErrors();
    const { received } = await startSmtpServer({ refuse: 1 });
    const [anna] = await twoTeachersWithAssignment();
    await db.schoolMembership.deleteMany({ where: { user: { name: "Bram Bakker" } } });

    expect(await scanReminders(db, TUESDAY_BEFORE)).toEqual({ sent: 1, duplicates: 0 });
    expect(received).toHaveLength(0);
    const [failed] = await db.outboxMessage.findMany();
    expect(failed).toMatchObject({ recipient: anna!.email, deliveredAt: null });
    expect(failed!.error).toMatch(/451|try again later/);
    expect(logged()).toContain("mail delivery failed");
    const retry = await db.job.findUniqueOrThrow({ where: { uniqueKey: `mail.retry:${failed!.id}` } });
    expect(retry.runAt.getTime()).toBeGreaterThan(Date.now());

    // The runner's clock moves past the retry; the mail goes out once, however often it runs.
    let clock = new Date(retry.runAt.getTime() + 1_000);
    const runner = createJobRunner({ db, handlers: jobHandlers, now: () => clock });
    expect(await runner.runDue()).toBe(1);
    expect(received.map((mail) => mail.to[0])).toEqual([anna!.email]);
    const delivered = await db.outboxMessage.findUniqueOrThrow({ where: { id: failed!.id } });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.error).toBeNull();

    // The hourly sweep finds nothing left to retry, and a second scan sends nothing.
    clock = new Date(clock.getTime() + 3_600_000);
    await queueRecurringJobs(db, clock);
    await runner.runDue();
    await scanReminders(db, new Date(TUESDAY_BEFORE.getTime() + 3_600_000));
    expect(received).toHaveLength(1);
    expect(await db.job.count({ where: { kind: "mail.retry" } })).toBe(1);
  });

  it("retries with backoff while the server keeps refusing", async () => {
    const logged = allowConsoleErrors();
    const { received } = await startSmtpServer({ refuse: 2 });
    const school = await createSchool(db);
    await createUser(db, { schools: [{ schoolId: school.id, role: "TEACHER" }] });
    await createAssignment(db, school.id, { dueDate: DUE });
    await scanReminders(db, TUESDAY_BEFORE);

    const [message] = await db.outboxMessage.findMany();
    let clock = new Date(Date.now() + 120_000);
    const runner = createJobRunner({ db, handlers: jobHandlers, now: () => clock });
    expect(await runner.runDue()).toBe(1);
    let job = await db.job.findUniqueOrThrow({ where: { uniqueKey: `mail.retry:${message!.id}` } });
    expect(job).toMatchObject({ attempts: 1, doneAt: null });
    expect(job.lastError).toContain("failed again");
    expect(received).toHaveLength(0);

    clock = new Date(job.runAt.getTime() + 1);
    expect(await runner.runDue()).toBe(1);
    job = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(job.doneAt).not.toBeNull();
    expect(received).toHaveLength(1);
    expect(logged()).toContain("mail delivery failed");
  });

  it("sweeps up an SMTP message whose process stopped before delivering it", async () => {
    const { received } = await startSmtpServer();
    const queuedAt = new Date(Date.now() - 30 * 60_000);
    const lost = await db.outboxMessage.create({
      data: { recipient: "docent@school.test", subject: "Herinnering", text: "Hallo", transport: "smtp", createdAt: queuedAt },
    });
    const now = new Date();
    await queueRecurringJobs(db, now);
    await createJobRunner({ db, handlers: jobHandlers, now: () => now }).runDue();
    expect(received.map((mail) => mail.to[0])).toEqual(["docent@school.test"]);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: lost.id } })).deliveredAt).not.toBeNull();
  });
});
