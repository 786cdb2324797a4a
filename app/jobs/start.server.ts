// The server process's job runner: the process's database client, every handler, the hourly
// schedule. app/server/main.ts starts it once the server listens and stops it on SIGTERM.
import { db } from "~/db.server";
import type { JobsConfig } from "./config";
import { jobHandlers } from "./handlers.server";
import { hourlySchedule } from "./recurring.server";
import { type JobRunner, createJobRunner } from "./runner.server";

export function startJobRunner(config: JobsConfig): JobRunner {
  const runner = createJobRunner({ db, handlers: jobHandlers, schedule: hourlySchedule(), intervalMs: config.intervalMs });
  runner.start();
  console.log(`job runner started (${runner.owner}, every ${config.intervalMs} ms)`);
  return runner;
}
