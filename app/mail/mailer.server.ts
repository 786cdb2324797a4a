// Every e-mail goes into the outbox table first; with SMTP_URL set it is then delivered
// over SMTP and marked delivered, or marked with the delivery error and retried later by a
// "mail.retry" job. Without SMTP_URL an administrator reads it in the app. Mail that must go
// out once (a reminder, a digest) carries a dedupe key: the outbox takes each key once.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "~/db.server";
import { getEnv } from "~/env.server";
import { enqueue } from "~/jobs/queue.server";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Sends this mail once, ever: a second sendMail with the same key sends nothing. */
  dedupeKey?: string;
}

export interface SendResult {
  /** The outbox message: this mail's, or for a duplicate the one that took the key first. */
  id: string;
  /** Delivered over SMTP by this call. */
  delivered: boolean;
  /** The dedupe key was taken already; nothing was queued or sent. */
  duplicate: boolean;
}

export const MAIL_RETRY_JOB = "mail.retry";
/** The first retry after a failed delivery; the job queue's backoff takes it from there. */
const FIRST_RETRY_MS = 60_000;
/** An SMTP message neither delivered nor failed this long after it was queued was lost with
 * its process (a crash between outbox and server); the hourly sweep queues a retry. */
const LOST_AFTER_MS = 15 * 60_000;
/** Older undelivered mail is not retried any more. */
const RETRY_WINDOW_MS = 2 * 86_400_000;

const transporters = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transporter = transporters.get(url);
  if (!transporter) {
    transporter = nodemailer.createTransport(url);
    transporters.set(url, transporter);
  }
  return transporter;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

async function deliver(message: { id: string; recipient: string; subject: string; text: string }, smtpUrl: string): Promise<boolean> {
  try {
    await smtpTransport(smtpUrl).sendMail({ from: getEnv().MAIL_FROM, to: message.recipient, subject: message.subject, text: message.text });
    await db.outboxMessage.update({ where: { id: message.id }, data: { deliveredAt: new Date(), error: null } });
    return true;
  } catch (error) {
    console.error(`mail delivery failed for outbox message ${message.id}: ${String(error)}`);
    await db.outboxMessage.update({ where: { id: message.id }, data: { error: String(error).slice(0, 500) } });
    return false;
  }
}

/** Queues the retry of one undelivered message; once per message, however often asked. */
export function queueDeliveryRetry(messageId: string, runAt = new Date(Date.now() + FIRST_RETRY_MS)) {
  return enqueue(db, MAIL_RETRY_JOB, { messageId }, { uniqueKey: `${MAIL_RETRY_JOB}:${messageId}`, runAt });
}

export async function sendMail(mail: Mail): Promise<SendResult> {
  const { SMTP_URL } = getEnv();
  let message;
  try {
    message = await db.outboxMessage.create({
      data: {
        recipient: mail.to,
        subject: mail.subject,
        text: mail.text,
        transport: SMTP_URL ? "smtp" : "outbox",
        dedupeKey: mail.dedupeKey ?? null,
      },
    });
  } catch (error) {
    if (!mail.dedupeKey || !isUniqueViolation(error)) throw error;
    const first = await db.outboxMessage.findUnique({ where: { dedupeKey: mail.dedupeKey }, select: { id: true } });
    return { id: first?.id ?? "", delivered: false, duplicate: true };
  }
  if (!SMTP_URL) return { id: message.id, delivered: false, duplicate: false };
  const delivered = await deliver(message, SMTP_URL);
  if (!delivered) {
    // The failure is recorded on the message; the sweep in undeliveredMail() catches a lost retry.
    await queueDeliveryRetry(message.id).catch((error: unknown) => console.error(`could not queue a retry for outbox message ${message.id}: ${String(error)}`));
  }
  return { id: message.id, delivered, duplicate: false };
}

/**
 * Delivers an undelivered SMTP message again (the "mail.retry" job). Throws when it fails again,
 * so that the job is retried with backoff; a delivered message is never sent again.
 */
export async function retryDelivery(messageId: string): Promise<"delivered" | "skipped"> {
  const { SMTP_URL } = getEnv();
  const message = await db.outboxMessage.findUnique({ where: { id: messageId } });
  if (!message || message.deliveredAt || message.transport !== "smtp" || !SMTP_URL) return "skipped";
  if (!(await deliver(message, SMTP_URL))) throw new Error(`delivery of outbox message ${messageId} failed again`);
  return "delivered";
}

/** SMTP messages still undelivered some time after they were queued, for the hourly sweep. */
export async function undeliveredMail(now: Date): Promise<string[]> {
  const messages = await db.outboxMessage.findMany({
    where: {
      transport: "smtp",
      deliveredAt: null,
      createdAt: { gte: new Date(now.getTime() - RETRY_WINDOW_MS), lte: new Date(now.getTime() - LOST_AFTER_MS) },
    },
    select: { id: true },
    take: 500,
  });
  return messages.map((message) => message.id);
}
