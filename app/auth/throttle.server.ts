// Login throttling kept in the database, so that every app instance behind a load
// balancer counts the same failures. Keys are "account:<email>" and "ip:<address>";
// unknown addresses are counted like known ones so the limit reveals nothing.
import { db } from "~/db.server";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export const LIMITS = {
  account: 5,
  ip: 30,
  passwordReset: 3,
} as const;

export type ThrottleKind = keyof typeof LIMITS;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.trim().toLowerCase()}`;
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - THROTTLE_WINDOW_MS);
}

/** True when any of the keys has reached its limit within the window. */
export async function isThrottled(keys: { kind: ThrottleKind; value: string }[], now = new Date()): Promise<boolean> {
  const counts = await Promise.all(
    keys.map(({ kind, value }) =>
      db.loginFailure.count({ where: { key: throttleKey(kind, value), createdAt: { gt: windowStart(now) } } }),
    ),
  );
  return counts.some((count, index) => count >= LIMITS[keys[index]!.kind]);
}

export async function recordFailure(keys: { kind: ThrottleKind; value: string }[], now = new Date()): Promise<void> {
  await db.$transaction([
    db.loginFailure.deleteMany({ where: { createdAt: { lte: windowStart(now) } } }),
    db.loginFailure.createMany({ data: keys.map(({ kind, value }) => ({ key: throttleKey(kind, value), createdAt: now })) }),
  ]);
}

export async function clearFailures(kind: ThrottleKind, value: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { key: throttleKey(kind, value) } });
}
