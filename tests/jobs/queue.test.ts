// The job queue on a real database: idempotent enqueueing, one run per job across instances,
// recovery after a crashed instance's lease, retries with backoff, and a clean stop.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { DEFAULT_LEASE_MS, backoffMs, claimNext, completeJob, enqueue } from "../../app/jobs/queue.server";
import { type JobHandler, createJobRunner } from "../../app/jobs/runner.server";
import { createJob } from "../factories/reminders";
import { allowConsoleErrors } from "../support/console";
import { db, resetDatabase } from "../support/database";

// On PostgreSQL a second client (its own pool) stands for another instance. better-sqlite3 is
// synchronous: a second connection in the same process would wait for a lock that the first
// cannot release while its thread waits, so on SQLite both runners share the one connection
// (tests/jobs/instances.test.ts runs separate processes on one SQLite file).
const config = readDatabaseConfig();
const otherInstance = config.provider === "postgresql" ? createDatabase(config) : db;
afterAll(() => (otherInstance === db ? undefined : otherInstance.$disconnect()));

beforeEach(resetDatabase);

const T0 = new Date("2026-03-09T10:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("enqueue", () => {
  it("queues a job with a unique key once, however often and however concurrently it is asked", async () => {
    const first = await enqueue(db, "reminders.scan", { hour: "2026-03-09T10" }, { uniqueKey: "reminders.scan:2026-03-09T10", runAt: T0 });
    const again = await enqueue(db, "reminders.scan", { hour: "other" }, { uniqueKey: "reminders.scan:2026-03-09T10", runAt: T0 });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });

    const racing = await Promise.all([
      ...Array.from({ length: 5 }, () => enqueue(db, "digest.weekly", {}, { uniqueKey: "digest.weekly:u1:2026-W11" })),
      ...Array.from({ length: 5 }, () => enqueue(otherInstance, "digest.weekly", {}, { uniqueKey: "digest.weekly:u1:2026-W11" })),
    ]);
    expect(racing.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(racing.map((result) => result.id)).size).toBe(1);
    expect(await db.job.count()).toBe(2);
    const stored = await db.job.findUniqueOrThrow({ where: { id: first.id } });
    expect(JSON.parse(stored.payload)).toEqual({ hour: "2026-03-09T10" });
  });

  it("queues jobs without a key every time", async () => {
    await enqueue(db, "test.job", { n: 1 });
    await enqueue(db, "test.job", { n: 1 });
    expect(await db.job.count()).toBe(2);
  });
});

describe("running jobs", () => {
  it("runs each of 50 jobs exactly once when two instances work the queue at the same time", async () => {
    const jobs = [];
    for (let n = 0; n < 50; n += 1) jobs.push(await createJob(db, { payload: { n }, runAt: T0 }));
    const runs: { id: string; owner: string }[] = [];
    const handler = (owner: string): JobHandler => ({
      async run(_payload, { job }) {
        runs.push({ id: job.id, owner });
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
      },
    });
    const a = createJobRunner({ db, owner: "instance-a", handlers: { "test.job": handler("instance-a") }, now: () => later(1) });
    const b = createJobRunner({ db: otherInstance, owner: "instance-b", handlers: { "test.job": handler("instance-b") }, now: () => later(1) });
    const [ranByA, ranByB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(ranByA + ranByB).toBe(50);
    expect(runs).toHaveLength(50);
    expect(new Set(runs.map((run) => run.id))).toEqual(new Set(jobs.map((job) => job.id)));
    expect(ranByA, "both instances took work").toBeGreaterThan(0);
    expect(ranByB, "both instances took work").toBeGreaterThan(0);
    const stored = await db.job.findMany();
    expect(stored.every((job) => job.doneAt !== null && job.attempts === 1 && job.lockedAt === null && job.lastError === null)).toBe(true);
    expect(stored.filter((job) => job.lockedBy?.startsWith("instance-a/")).length).toBe(ranByA);
  });

  it("leaves jobs that are not due yet, and runs the earliest due first", async () => {
    const order: number[] = [];
    await createJob(db, { payload: { n: 2 }, runAt: later(2_000) });
    await createJob(db, { payload: { n: 1 }, runAt: later(1_000) });
    await createJob(db, { payload: { n: 3 }, runAt: later(60_000) });
    const runner = createJobRunner({
      db,
      handlers: { "test.job": { run: async (payload) => void order.push((payload as { n: number }).n) } },
      now: () => later(5_000),
    });
    expect(await runner.runDue()).toBe(2);
    expect(order).toEqual([1, 2]);
  });

  it("gives a crashed instance's job to another instance once the lease has run out", async () => {
    const job = await createJob(db, { runAt: T0 });
    // Instance A claims the job and dies without finishing it.
    const claimed = await claimNext(db, { owner: "instance-a", now: T0 });
    expect(claimed?.id).toBe(job.id);

    const runs: string[] = [];
    let clock = later(60_000);
    const b = createJobRunner({ db: otherInstance, owner: "instance-b", handlers: { "test.job": { run: async (_p, { job }) => void runs.push(job.id) } }, now: () => clock });
    expect(await b.runDue(), "the lease still holds").toBe(0);
    clock = later(DEFAULT_LEASE_MS + 1_000);
    expect(await b.runDue()).toBe(1);
    expect(runs).toEqual([job.id]);
    const stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored).toMatchObject({ attempts: 2, lockedAt: null });
    expect(stored.doneAt).not.toBeNull();
    expect(stored.lockedBy).toMatch(/^instance-b\//);
    // Instance A, had it only been slow, can no longer mark the job as its own.
    expect(await completeJob(db, claimed!, later(DEFAULT_LEASE_MS + 2_000))).toBe(false);
  });

  it("keeps the lease of a long job alive while it runs", async () => {
    const job = await createJob(db, { runAt: new Date(Date.now() - 1_000) });
    let other: Awaited<ReturnType<typeof claimNext>> | undefined;
    const runner = createJobRunner({
      db,
      leaseMs: 1_500,
      handlers: {
        "test.job": {
          async run() {
            await new Promise((resolve) => setTimeout(resolve, 2_500));
            other = await claimNext(otherInstance, { owner: "instance-b", now: new Date(), leaseMs: 1_500 });
          },
        },
      },
    });
    expect(await runner.runDue()).toBe(1);
    expect(other, "the job was not taken from the instance still running it").toBeNull();
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).attempts).toBe(1);
  });

  it("retries a failing job with growing backoff, then gives it up with its error", async () => {
    const logged = allowConsoleErrors();
    const job = await createJob(db, { kind: "flaky", runAt: T0 });
    let clock = T0;
    let runs = 0;
    const runner = createJobRunner({
      db,
      handlers: {
        flaky: {
          maxAttempts: 3,
          async run() {
            runs += 1;
            throw new Error(`SMTP server said no (${runs})`);
          },
        },
      },
      now: () => clock,
    });
    expect(await runner.runDue()).toBe(1);
    let stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored).toMatchObject({ attempts: 1, doneAt: null, lockedAt: null });
    expect(stored.lastError).toContain("SMTP server said no (1)");
    expect(stored.runAt).toEqual(new Date(T0.getTime() + backoffMs(1)));

    expect(await runner.runDue(), "not before the backoff").toBe(0);
    clock = stored.runAt;
    expect(await runner.runDue()).toBe(1);
    stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored.runAt.getTime() - clock.getTime()).toBe(backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    clock = stored.runAt;
    expect(await runner.runDue()).toBe(1);
    stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored.attempts).toBe(3);
    expect(stored.doneAt, "given up").not.toBeNull();
    expect(stored.lastError).toContain("SMTP server said no (3)");
    expect(logged()).toMatch(/job flaky .* given up/);

    clock = later(86_400_000);
    expect(await runner.runDue()).toBe(0);
    expect(runs).toBe(3);
  });

  it("finishes a job that fails once and then succeeds, clearing the error", async () => {
    const job = await createJob(db, { kind: "once", runAt: T0 });
    let clock = T0;
    let runs = 0;
    const runner = createJobRunner({
      db,
      handlers: {
        once: {
          async run() {
            runs += 1;
            if (runs === 1) throw new Error("not yet");
          },
        },
      },
      now: () => clock,
    });
    await runner.runDue();
    clock = later(backoffMs(1));
    await runner.runDue();
    const stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored).toMatchObject({ attempts: 2, lastError: null });
    expect(stored.doneAt).not.toBeNull();
  });

  it("fails a job of a kind it has no handler for, so that an instance that knows it can run it later", async () => {
    const job = await createJob(db, { kind: "from.a.newer.version", runAt: T0 });
    const runner = createJobRunner({ db, handlers: {}, now: () => later(1) });
    expect(await runner.runDue()).toBe(1);
    const stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored.doneAt).toBeNull();
    expect(stored.lastError).toContain('no handler for jobs of kind "from.a.newer.version"');
  });

  it("gives up a job whose runs keep ending with their instance", async () => {
    allowConsoleErrors();
    const job = await createJob(db, { kind: "crashes", runAt: T0, attempts: 5, lockedAt: T0, lockedBy: "gone/1" });
    let ran = false;
    const runner = createJobRunner({ db, handlers: { crashes: { maxAttempts: 5, run: async () => void (ran = true) } }, now: () => later(DEFAULT_LEASE_MS + 1) });
    expect(await runner.runDue()).toBe(1);
    expect(ran).toBe(false);
    const stored = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(stored.doneAt).not.toBeNull();
    expect(stored.lastError).toContain("given up after 5 runs");
  });
});

describe("the runner loop", () => {
  it("runs jobs as they come due, and on stop lets the running job finish", async () => {
    const finished: string[] = [];
    let started!: () => void;
    const slowStarted = new Promise<void>((resolve) => (started = resolve));
    const runner = createJobRunner({
      db,
      intervalMs: 20,
      handlers: {
        quick: { run: async (_p, { job }) => void finished.push(job.id) },
        slow: {
          async run(_p, { job }) {
            started();
            await new Promise((resolve) => setTimeout(resolve, 300));
            finished.push(job.id);
          },
        },
      },
    });
    runner.start();
    const quick = await enqueue(db, "quick", {});
    await expect.poll(() => finished, { timeout: 5_000 }).toContain(quick.id);
    const slow = await enqueue(db, "slow", {});
    await slowStarted;
    await runner.stop();
    expect(finished).toContain(slow.id);
    expect((await db.job.findUniqueOrThrow({ where: { id: slow.id } })).doneAt).not.toBeNull();

    // Stopped means stopped: nothing queued afterwards runs.
    const after = await enqueue(db, "quick", {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(finished).not.toContain(after.id);
  });

  it("queues recurring work at the start of each round, and keeps going when that fails", async () => {
    const logged = allowConsoleErrors();
    let rounds = 0;
    const runner = createJobRunner({
      db,
      intervalMs: 10,
      handlers: { tick: { run: async () => undefined } },
      schedule: async (database, now) => {
        rounds += 1;
        if (rounds === 1) throw new Error("database briefly away");
        await enqueue(database, "tick", {}, { uniqueKey: `tick:${now.toISOString().slice(0, 13)}`, runAt: now });
      },
    });
    runner.start();
    await expect.poll(() => db.job.count({ where: { kind: "tick", doneAt: { not: null } } }), { timeout: 5_000 }).toBe(1);
    await runner.stop();
    expect(rounds).toBeGreaterThan(1);
    expect(await db.job.count()).toBe(1);
    expect(logged()).toContain("database briefly away");
  });
});
