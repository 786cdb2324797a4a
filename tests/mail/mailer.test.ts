import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../../app/env.server";
import { sendMail } from "../../app/mail/mailer.server";
import { allowConsoleErrors } from "../support/console";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvCache();
});

function startSmtpServer(received: string[]): Promise<SMTPServer & { port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let text = "";
      stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push(text);
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
      resolve(Object.assign(server, { port }));
    });
  });
}

describe("sending e-mail", () => {
  it("keeps mail in the outbox, undelivered, when no SMTP server is configured", async () => {
    const result = await sendMail({ to: "leraar@school.test", subject: "Welkom", text: "Hallo" });
    expect(result.delivered).toBe(false);
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({ recipient: "leraar@school.test", subject: "Welkom", transport: "outbox", deliveredAt: null });
  });

  it("delivers over SMTP when SMTP_URL is set, and records the delivery", async () => {
    const received: string[] = [];
    const server = await startSmtpServer(received);
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${server.port}`;
      resetEnvCache();
      const result = await sendMail({ to: "leraar@school.test", subject: "Welkom bij Signaal", text: "Hallo Jan" });
      expect(result.delivered).toBe(true);
      expect(received).toHaveLength(1);
      expect(received[0]).toContain("Subject: Welkom bij Signaal");
      expect(received[0]).toContain("Hallo Jan");
      const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(stored.transport).toBe("smtp");
      expect(stored.deliveredAt).not.toBeNull();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("keeps the message with the delivery error when the SMTP server cannot be reached", async () => {
    const logged = allowConsoleErrors();
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    resetEnvCache();
    const result = await sendMail({ to: "leraar@school.test", subject: "Welkom", text: "Hallo" });
    expect(result.delivered).toBe(false);
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.error).toMatch(/ECONNREFUSED/);
    expect(logged()).toContain("mail delivery failed");
  });
});
