// What each kind of job does. Payloads are checked here: a job queued by an older or newer
// instance with a payload this one does not understand fails visibly instead of half-running.
import { z } from "zod";
import { MAIL_RETRY_JOB, retryDelivery } from "~/mail/mailer.server";
import { sendWeeklyDigest } from "~/reminders/digest.server";
import { scanReminders } from "~/reminders/scan.server";
import type { JobHandlers } from "./runner.server";

export const REMINDERS_SCAN_JOB = "reminders.scan";
export const WEEKLY_DIGEST_JOB = "digest.weekly";
export { MAIL_RETRY_JOB };

const DigestPayload = z.object({ userId: z.string().min(1), week: z.string().regex(/^\d{4}-W\d{2}$/) });
const MailRetryPayload = z.object({ messageId: z.string().min(1) });

export const jobHandlers: JobHandlers = {
  [REMINDERS_SCAN_JOB]: {
    // The next hour's scan catches up anyway; retrying an hour's scan for long helps no one.
    maxAttempts: 3,
    async run(_payload, { db, now }) {
      await scanReminders(db, now);
    },
  },
  [WEEKLY_DIGEST_JOB]: {
    async run(payload, { db, now }) {
      const { userId, week } = DigestPayload.parse(payload);
      await sendWeeklyDigest(db, userId, week, now);
    },
  },
  [MAIL_RETRY_JOB]: {
    // With the queue's backoff (30 s doubling to an hour) ten runs span about four hours.
    maxAttempts: 10,
    async run(payload) {
      const { messageId } = MailRetryPayload.parse(payload);
      await retryDelivery(messageId);
    },
  },
};
