// Runs queued jobs in the background of an app instance: every interval it lets the recurring
// schedule queue what is due, then claims and runs due jobs one at a time until none is left.
// A running job's lease is renewed while it runs; stop() lets the running job finish.
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Database } from "~/db/create-database.server";
import {
  type ClaimedJob,
  DEFAULT_LEASE_MS,
  DEFAULT_MAX_ATTEMPTS,
  claimNext,
  completeJob,
  failJob,
  renewLease,
} from "./queue.server";

export interface JobContext {
  db: Database;
  /** The runner's clock when the job started. */
  now: Date;
  job: { id: string; kind: string; attempts: number };
}

export interface JobHandler {
  /** Receives the parsed payload; throws to fail the run (it is retried with backoff). */
  run(payload: unknown, context: JobContext): Promise<void>;
  /** Runs before the job is given up; 5 by default. */
  maxAttempts?: number;
}

export type JobHandlers = Readonly<Record<string, JobHandler>>;

export type RecurringSchedule = (db: Database, now: Date) => Promise<void>;

export interface JobRunnerOptions {
  db: Database;
  handlers: JobHandlers;
  /** Names this instance in Job.lockedBy; host, process and a random part by default. */
  owner?: string;
  intervalMs?: number;
  leaseMs?: number;
  /** Queues recurring jobs; called at the start of every round. */
  schedule?: RecurringSchedule;
  /** The clock; tests move it. */
  now?: () => Date;
}

export interface JobRunner {
  readonly owner: string;
  /** Starts the loop: a round at once, then one every interval. */
  start(): void;
  /** Ends the loop after the running job; resolves when it has ended or after timeoutMs. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** One round: the schedule, then every due job. Resolves to the number of jobs run. */
  round(): Promise<number>;
  /** Claims and runs due jobs until none is left (or the runner stops). */
  runDue(): Promise<number>;
}

export const DEFAULT_INTERVAL_MS = 5_000;

function describeError(error: unknown): string {
  if (error instanceof Response) return `response ${error.status} ${error.statusText}`.trim();
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, handlers, schedule } = options;
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 4)}`;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const now = options.now ?? (() => new Date());

  let started = false;
  let stopping = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  // The same failure every round (a database outage) is logged once a minute, not every round.
  let lastProblem = { text: "", at: 0 };

  const report = (what: string, error: unknown) => {
    const text = `job runner: ${what}: ${describeError(error)}`;
    const at = Date.now();
    if (text === lastProblem.text && at - lastProblem.at < 60_000) return;
    lastProblem = { text, at };
    console.error(text);
  };

  async function runJob(job: ClaimedJob): Promise<void> {
    const handler = handlers[job.kind];
    const maxAttempts = handler?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const heartbeat = setInterval(() => {
      renewLease(db, job, now()).catch(() => undefined);
    }, Math.max(1_000, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    try {
      if (!handler) throw new Error(`no handler for jobs of kind "${job.kind}"`);
      // Claimed again after its lease ran out more often than it may run: whatever stopped the
      // instances that ran it (a crash, a kill) would stop this one too.
      if (job.attempts > maxAttempts) throw new Error(`given up after ${maxAttempts} runs that did not finish`);
      const payload: unknown = JSON.parse(job.payload);
      await handler.run(payload, { db, now: now(), job: { id: job.id, kind: job.kind, attempts: job.attempts } });
      await completeJob(db, job, now());
    } catch (error) {
      const outcome = await failJob(db, job, describeError(error), { now: now(), maxAttempts });
      const text = `job ${job.kind} ${job.id} failed (run ${job.attempts} of ${maxAttempts})`;
      if (outcome === "gave-up") console.error(`${text}, given up: ${describeError(error)}`);
      else console.warn(`${text}, will retry: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function runDue(): Promise<number> {
    let count = 0;
    while (!stopping) {
      const job = await claimNext(db, { owner, now: now(), leaseMs });
      if (!job) break;
      await runJob(job);
      count += 1;
    }
    return count;
  }

  async function round(): Promise<number> {
    if (schedule) {
      try {
        await schedule(db, now());
      } catch (error) {
        report("queueing recurring jobs failed", error);
      }
    }
    try {
      return await runDue();
    } catch (error) {
      report("running jobs failed", error);
      return 0;
    }
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  return {
    owner,
    round,
    runDue,
    start() {
      if (started) return;
      started = true;
      loop = (async () => {
        while (!stopping) {
          await round();
          if (!stopping) await pause(intervalMs);
        }
      })();
    },
    async stop({ timeoutMs = 10_000 } = {}) {
      stopping = true;
      wake?.();
      if (!loop) return;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      const ended = await Promise.race([loop.then(() => "ended" as const), timedOut]);
      clearTimeout(timer);
      // The job still running keeps its lease until it runs out; another instance takes it then.
      if (ended === "timeout") console.warn(`job runner: a job was still running after ${timeoutMs} ms; leaving it`);
    },
  };
}
