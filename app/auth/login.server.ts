// Checks an e-mail address and password. Unknown address, wrong password, deactivated
// account: the caller gets the same answer in the same time.
import { db } from "~/db.server";
import { verifyAgainstDecoy, verifyPassword } from "./password.server";
import { clearFailures, isThrottled, recordFailure } from "./throttle.server";

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "throttled" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function checkCredentials(input: { email: string; password: string; clientIp: string }): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const keys = [
    { kind: "account", value: email },
    { kind: "ip", value: input.clientIp },
  ] as const;
  if (await isThrottled([...keys])) return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, deactivatedAt: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password);

  if (!user || !valid || user.deactivatedAt) {
    await recordFailure([...keys]);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures("account", email);
  return { ok: true, userId: user.id };
}
