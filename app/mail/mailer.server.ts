// Every e-mail goes into the outbox table first; with SMTP_URL set it is then delivered
// over SMTP and marked delivered, or marked with the delivery error. Without SMTP_URL an
// administrator reads it in the app.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "~/db.server";
import { getEnv } from "~/env.server";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const transporters = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transporter = transporters.get(url);
  if (!transporter) {
    transporter = nodemailer.createTransport(url);
    transporters.set(url, transporter);
  }
  return transporter;
}

export async function sendMail(mail: Mail): Promise<{ id: string; delivered: boolean }> {
  const { SMTP_URL, MAIL_FROM } = getEnv();
  const message = await db.outboxMessage.create({
    data: { recipient: mail.to, subject: mail.subject, text: mail.text, transport: SMTP_URL ? "smtp" : "outbox" },
  });
  if (!SMTP_URL) return { id: message.id, delivered: false };
  try {
    await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    await db.outboxMessage.update({ where: { id: message.id }, data: { deliveredAt: new Date() } });
    return { id: message.id, delivered: true };
  } catch (error) {
    console.error(`mail delivery failed for outbox message ${message.id}: ${String(error)}`);
    await db.outboxMessage.update({ where: { id: message.id }, data: { error: String(error).slice(0, 500) } });
    return { id: message.id, delivered: false };
  }
}
