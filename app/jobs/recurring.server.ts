// The jobs that come back on the clock, queued by every runner at the start of its round. Each
// has a key naming its hour or week, so however many instances queue it, it is queued once.
// The work of finding what is due is done at most once an hour per instance.
import type { Database } from "~/db/create-database.server";
import { queueDeliveryRetry, undeliveredMail } from "~/mail/mailer.server";
import { isDigestTime, isoWeekKey, utcHourKey } from "~/reminders/calendar";
import { coordinatorsToDigest } from "~/reminders/digest.server";
import { REMINDERS_SCAN_JOB, WEEKLY_DIGEST_JOB } from "./handlers.server";
import { enqueue, purgeFinishedJobs } from "./queue.server";
import type { RecurringSchedule } from "./runner.server";

/** Finished jobs are kept this long, for whoever looks into the table. */
const KEEP_FINISHED_MS = 30 * 86_400_000;

export async function queueRecurringJobs(db: Database, now: Date): Promise<void> {
  const hour = utcHourKey(now);
  await enqueue(db, REMINDERS_SCAN_JOB, { hour }, { uniqueKey: `${REMINDERS_SCAN_JOB}:${hour}`, runAt: now });
  if (isDigestTime(now)) {
    const week = isoWeekKey(now);
    for (const userId of await coordinatorsToDigest(db)) {
      await enqueue(db, WEEKLY_DIGEST_JOB, { userId, week }, { uniqueKey: `${WEEKLY_DIGEST_JOB}:${userId}:${week}`, runAt: now });
    }
  }
  // A failed delivery queues its retry itself; this catches mail whose process died first.
  for (const messageId of await undeliveredMail(now)) await queueDeliveryRetry(messageId, now);
  await purgeFinishedJobs(db, new Date(now.getTime() - KEEP_FINISHED_MS));
}

/** The schedule for a runner: queueRecurringJobs once per UTC hour (again after a failure). */
export function hourlySchedule(): RecurringSchedule {
  let done: string | null = null;
  return async (db, now) => {
    const hour = utcHourKey(now);
    if (hour === done) return;
    await queueRecurringJobs(db, now);
    done = hour;
  };
}
