// The job runner inside Signaal's server process: started once the server listens, running
// jobs queued in the database, stopped on SIGTERM before the process exits; off with JOBS=off.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { enqueue } from "../../app/jobs/queue.server";
import { DEMO_ACCOUNTS } from "../../scripts/lib/demo-data";
import { type RunningServer, spawnServer } from "../../scripts/lib/spawn-server";
import { createAssignment } from "../factories/reminders";

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function temporaryDatabase(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-jobs-process-"));
  cleanups.push(() => fs.rmSync(directory, { recursive: true, force: true }));
  return `file:${path.join(directory, "data", "signaal.db")}`;
}

async function start(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await spawnServer({ databaseUrl, env: { JOBS_INTERVAL_MS: "200", ...env } });
  cleanups.push(() => server.stop("SIGKILL"));
  return server;
}

// Real server processes: starting one takes a while on a busy machine.
describe("the job runner in the server process", { timeout: 90_000 }, () => {
  it("starts after the server listens, runs queued jobs, and stops on SIGTERM before the process exits", async () => {
    const databaseUrl = temporaryDatabase();
    const server = await start(databaseUrl);
    await expect.poll(() => server.output(), { timeout: 30_000 }).toMatch(/Signaal is running at [^\n]*\n(?:.*\n)*job runner started/);

    const db = createDatabase(readDatabaseConfig(databaseUrl));
    cleanups.push(() => db.$disconnect());
    // The recurring schedule queued this hour's reminder scan, and the runner ran it.
    await expect
      .poll(() => db.job.count({ where: { kind: "reminders.scan", doneAt: { not: null } } }), { timeout: 20_000, interval: 200 })
      .toBe(1);

    // A digest queued by another instance is picked up and lands in the outbox.
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.coordinator }, include: { memberships: true } });
    const course = await db.course.findFirstOrThrow({ orderBy: { slug: "asc" } });
    await createAssignment(db, coordinator.memberships[0]!.schoolId, { courseId: course.id, dueDate: new Date(Date.now() + 30 * 86_400_000) });
    await enqueue(db, "digest.weekly", { userId: coordinator.id, week: "2026-W11" }, { uniqueKey: `digest.weekly:${coordinator.id}:2026-W11` });
    await expect
      .poll(() => db.outboxMessage.count({ where: { dedupeKey: `digest:${coordinator.id}:2026-W11` } }), { timeout: 20_000, interval: 200 })
      .toBe(1);
    await db.$disconnect();

    expect(await server.stop("SIGTERM")).toBe(0);
    const output = server.output();
    expect(output).toContain("SIGTERM received");
    expect(output).toMatch(/SIGTERM received[^\n]*\n(?:.*\n)*job runner stopped\n(?:.*\n)*stopped\n/);
    expect(output).not.toMatch(/job runner: .*failed/);
  }, 180_000);

  it("stays off with JOBS=off", async () => {
    const databaseUrl = temporaryDatabase();
    const server = await start(databaseUrl, { JOBS: "off" });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(server.output()).toContain("job runner off (JOBS=off)");
    const db = createDatabase(readDatabaseConfig(databaseUrl));
    cleanups.push(() => db.$disconnect());
    expect(await db.job.count()).toBe(0);
    await db.$disconnect();
    expect(await server.stop("SIGTERM")).toBe(0);
    expect(server.output()).not.toContain("job runner stopped");
  }, 180_000);
});
