// Several app instances, each its own process with its own connection, on one database (the
// test's SQLite file or PostgreSQL database): every job runs exactly once.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createJob } from "../factories/reminders";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

function runInstance(name: string, startAt: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "queue-instance.ts")], {
      cwd: path.join(__dirname, "..", ".."),
      env: { ...process.env, INSTANCE: name, START_AT: String(startAt) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("several instances", () => {
  it("run each of 60 jobs exactly once between three processes", async () => {
    const jobs = [];
    for (let n = 0; n < 60; n += 1) jobs.push(await createJob(db, { payload: { n }, runAt: new Date(Date.now() - 1_000) }));
    const startAt = Date.now() + 4_000;
    const results = await Promise.all(["instance-a", "instance-b", "instance-c"].map((name) => runInstance(name, startAt)));
    for (const result of results) expect(result.code, result.output).toBe(0);

    const runs = await db.outboxMessage.findMany({ where: { transport: "test" }, select: { subject: true, recipient: true } });
    expect(runs.map((run) => run.subject).sort()).toEqual(jobs.map((job) => job.id).sort());
    expect(await db.job.count({ where: { doneAt: null } })).toBe(0);
    const owners = new Set(runs.map((run) => run.recipient));
    expect(owners.size, "the work was shared").toBeGreaterThan(1);
  }, 90_000);
});
