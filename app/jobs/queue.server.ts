// The job queue on the Job table, shared by every app instance. A job is claimed with one
// conditional UPDATE (the row is free, or its holder's lease ran out), so of two instances
// that race for a job exactly one wins, on SQLite and on PostgreSQL alike. Jobs run at least
// once: a handler whose effect must happen once guards it itself (mail has a dedupe key).
import { randomUUID } from "node:crypto";
import type { Database } from "~/db/create-database.server";

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;
/** Candidates read per claim; a runner that loses a race tries the next one. */
const CLAIM_BATCH = 10;

export interface EnqueueOptions {
  /** When the job may run first; now by default. */
  runAt?: Date;
  /** A job with this key is queued once, ever: a second enqueue finds it and adds nothing. */
  uniqueKey?: string;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  /** The payload as stored (JSON text); the handler parses and validates it. */
  payload: string;
  /** Including this run. */
  attempts: number;
  /** Written to lockedBy on claim: later writes by this run hold only while it is still there. */
  token: string;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** Queues a job; with a uniqueKey that is taken already, returns the existing job instead. */
export async function enqueue(
  db: Database,
  kind: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  const { uniqueKey } = options;
  if (uniqueKey) {
    const existing = await db.job.findUnique({ where: { uniqueKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  try {
    const job = await db.job.create({
      data: { kind, payload: JSON.stringify(payload ?? null), uniqueKey: uniqueKey ?? null, runAt: options.runAt ?? new Date() },
      select: { id: true },
    });
    return { id: job.id, created: true };
  } catch (error) {
    // Another instance queued the same key between our read and our insert.
    if (!uniqueKey || !isUniqueViolation(error)) throw error;
    const existing = await db.job.findUniqueOrThrow({ where: { uniqueKey }, select: { id: true } });
    return { id: existing.id, created: false };
  }
}

function claimable(now: Date, leaseMs: number) {
  return { doneAt: null, OR: [{ lockedAt: null }, { lockedAt: { lt: new Date(now.getTime() - leaseMs) } }] };
}

/**
 * Claims the next due job for `owner`, or returns null when none is due. A job whose holder
 * stopped renewing its lease (a crashed instance) is claimable again once the lease is over.
 */
export async function claimNext(
  db: Database,
  options: { owner: string; now: Date; leaseMs?: number },
): Promise<ClaimedJob | null> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  for (let round = 0; round < 20; round += 1) {
    const candidates = await db.job.findMany({
      where: { runAt: { lte: options.now }, ...claimable(options.now, leaseMs) },
      orderBy: [{ runAt: "asc" }, { id: "asc" }],
      take: CLAIM_BATCH,
      select: { id: true },
    });
    if (candidates.length === 0) return null;
    for (const { id } of candidates) {
      const token = `${options.owner}/${randomUUID().slice(0, 8)}`;
      const { count } = await db.job.updateMany({
        where: { id, ...claimable(options.now, leaseMs) },
        data: { lockedAt: options.now, lockedBy: token, attempts: { increment: 1 } },
      });
      if (count !== 1) continue;
      const job = await db.job.findUnique({ where: { id }, select: { kind: true, payload: true, attempts: true, lockedBy: true } });
      // Gone (deleted) or taken over already: a lease is minutes long, so this is next to impossible.
      if (!job || job.lockedBy !== token) continue;
      return { id, kind: job.kind, payload: job.payload, attempts: job.attempts, token };
    }
    // Every candidate went to another instance; there may be more behind them.
  }
  return null;
}

/** Extends the lease of a running job; false when it is no longer ours. */
export async function renewLease(db: Database, job: ClaimedJob, now: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: { id: job.id, lockedBy: job.token, doneAt: null }, data: { lockedAt: now } });
  return count === 1;
}

export async function completeJob(db: Database, job: ClaimedJob, now: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: job.id, lockedBy: job.token, doneAt: null },
    data: { doneAt: now, lockedAt: null, lastError: null },
  });
  return count === 1;
}

/** 30 s after the first failure, doubling each time, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Records a failed run: the job runs again after a backoff, or, once it has had maxAttempts
 * runs, is given up. A given-up job has doneAt and lastError both set.
 */
export async function failJob(
  db: Database,
  job: ClaimedJob,
  error: string,
  options: { now: Date; maxAttempts?: number },
): Promise<"retry" | "gave-up"> {
  const gaveUp = job.attempts >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const lastError = error.slice(0, 2000);
  await db.job.updateMany({
    where: { id: job.id, lockedBy: job.token, doneAt: null },
    data: gaveUp
      ? { doneAt: options.now, lockedAt: null, lastError }
      : { lockedAt: null, lastError, runAt: new Date(options.now.getTime() + backoffMs(job.attempts)) },
  });
  return gaveUp ? "gave-up" : "retry";
}

/** Removes finished jobs older than `before`; their keys are time-bound and never queued again. */
export async function purgeFinishedJobs(db: Database, before: Date): Promise<number> {
  const { count } = await db.job.deleteMany({ where: { doneAt: { lt: before } } });
  return count;
}
