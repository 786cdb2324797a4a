// Password reset by e-mailed link. Only a hash of the token is stored; a token works once,
// for an hour, and using it ends every session of the account.
import { createHash, randomBytes } from "node:crypto";
import { db } from "~/db.server";
import { getEnv } from "~/env.server";
import { translator } from "~/i18n/translate";
import { sendMail } from "~/mail/mailer.server";
import { hashPassword } from "./password.server";
import { isThrottled, recordFailure } from "./throttle.server";
import { normaliseEmail } from "./login.server";

export const RESET_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Sends a reset link when the address belongs to an active account. The caller tells the
 * person the same thing either way.
 */
export async function requestPasswordReset(rawEmail: string, now = new Date()): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const keys = [{ kind: "passwordReset" as const, value: email }];
  if (await isThrottled(keys, now)) return;
  await recordFailure(keys, now);

  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.deactivatedAt) return;

  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS) },
  });
  const t = translator(user.locale);
  const link = `${getEnv().appUrl}/wachtwoord-herstellen/${token}`;
  await sendMail({
    to: user.email,
    subject: t("mail.reset.subject"),
    text: t("mail.reset.body", { name: user.name, link }),
  });
}

export async function findValidResetToken(token: string, now = new Date()) {
  const record = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, deactivatedAt: true } } },
  });
  if (!record || record.usedAt || record.expiresAt <= now || record.user.deactivatedAt) return null;
  return record;
}

/** Sets the new password and spends the token in one transaction; false if the token is no longer valid. */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { deactivatedAt: null } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return false;
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: now } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return true;
  });
}
