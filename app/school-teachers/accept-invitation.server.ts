// Accepting an invitation. A new address gets an account with the password chosen on the
// invitation page. An address that already has an account is never taken over by the link:
// its owner signs in with their own password first and then accepts, which adds the
// teacher membership to that account. Spending the token and writing the membership happen
// in one transaction, so a link works once even when two tabs submit at the same time.
import type { Locale } from ".prisma/signaal-sqlite";
import { hashPassword } from "~/auth/password.server";
import { db } from "~/db.server";
import type { Prisma } from "~/db.server";
import { TOKEN_PATTERN, hashInvitationToken, isConflict, openInvitationWhere } from "./invitations.server";

export interface InvitationView {
  name: string;
  email: string;
  schoolName: string;
  groupName: string | null;
  expiresAt: Date;
}

/** Why an existing account cannot accept: SSV deactivated it, it teaches at another school, or this school deactivated it. */
export type Blocked = "accountDeactivated" | "otherSchool" | "deactivatedHere";

export type InvitationLookup =
  | { state: "unknown" }
  | { state: "expired" | "accepted" | "revoked"; schoolName: string }
  | { state: "open"; invitation: InvitationView; account: { exists: false } | { exists: true; userId: string; blocked: Blocked | null } };

type Row = {
  schoolId: string;
  email: string;
  name: string;
  groupId: string | null;
};

async function blockedFor(reader: Prisma.TransactionClient | typeof db, invitation: Pick<Row, "schoolId">, userId: string): Promise<Blocked | null> {
  const user = await reader.user.findUniqueOrThrow({
    where: { id: userId },
    select: { deactivatedAt: true, memberships: { select: { schoolId: true, role: true, deactivatedAt: true } } },
  });
  if (user.deactivatedAt) return "accountDeactivated";
  const here = user.memberships.find((membership) => membership.schoolId === invitation.schoolId);
  if (here?.deactivatedAt) return "deactivatedHere";
  if (!here && user.memberships.some((membership) => membership.deactivatedAt === null)) return "otherSchool";
  return null;
}

/** What the link leads to. Unknown tokens (and malformed ones) are "unknown". */
export async function lookUpInvitation(token: string, now = new Date()): Promise<InvitationLookup> {
  if (!TOKEN_PATTERN.test(token)) return { state: "unknown" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      schoolId: true,
      email: true,
      name: true,
      groupId: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      school: { select: { name: true } },
      group: { select: { name: true } },
    },
  });
  if (!invitation) return { state: "unknown" };
  const schoolName = invitation.school.name;
  if (invitation.acceptedAt) return { state: "accepted", schoolName };
  if (invitation.revokedAt) return { state: "revoked", schoolName };
  if (invitation.expiresAt <= now) return { state: "expired", schoolName };
  const view: InvitationView = {
    name: invitation.name,
    email: invitation.email,
    schoolName,
    groupName: invitation.group?.name ?? null,
    expiresAt: invitation.expiresAt,
  };
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (!user) return { state: "open", invitation: view, account: { exists: false } };
  return { state: "open", invitation: view, account: { exists: true, userId: user.id, blocked: await blockedFor(db, invitation, user.id) } };
}

export type AcceptResult =
  | { ok: true; userId: string }
  /** invalid: used, revoked, expired or unknown meanwhile; accountExists: an account with the address appeared; notYours: signed in as someone else. */
  | { ok: false; reason: "invalid" | "accountExists" | "notYours" | Blocked };

class Refused extends Error {
  constructor(readonly reason: Exclude<AcceptResult, { ok: true }>["reason"]) {
    super(reason);
  }
}

/** Marks the invitation accepted if it is still open; the invitation as it was, or a refusal. */
async function spend(tx: Prisma.TransactionClient, token: string, now: Date): Promise<Row> {
  if (!TOKEN_PATTERN.test(token)) throw new Refused("invalid");
  const tokenHash = hashInvitationToken(token);
  const spent = await tx.invitation.updateMany({ where: { tokenHash, ...openInvitationWhere(now) }, data: { acceptedAt: now } });
  if (spent.count !== 1) throw new Refused("invalid");
  return tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { schoolId: true, email: true, name: true, groupId: true } });
}

async function joinGroup(tx: Prisma.TransactionClient, groupId: string | null, userId: string): Promise<void> {
  if (!groupId) return;
  await tx.schoolGroupMember.upsert({ where: { groupId_userId: { groupId, userId } }, create: { groupId, userId }, update: {} });
}

async function run(work: (tx: Prisma.TransactionClient) => Promise<string>): Promise<AcceptResult> {
  try {
    return { ok: true, userId: await db.$transaction(work) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    // Another request created the account (P2002) or spent the token first.
    if (isConflict(error)) {
      const code = (error as { code?: unknown }).code;
      return { ok: false, reason: code === "P2002" ? "accountExists" : "invalid" };
    }
    throw error;
  }
}

/** Creates the account for an address that has none, with the chosen password, and makes it a teacher of the school. */
export async function acceptAsNewAccount(token: string, input: { password: string; locale: Locale }, now = new Date()): Promise<AcceptResult> {
  const passwordHash = await hashPassword(input.password);
  return run(async (tx) => {
    const invitation = await spend(tx, token, now);
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new Refused("accountExists");
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: invitation.name,
        locale: input.locale,
        passwordHash,
        passwordChangedAt: now,
        memberships: { create: { schoolId: invitation.schoolId, role: "TEACHER", createdAt: now } },
      },
      select: { id: true },
    });
    await joinGroup(tx, invitation.groupId, user.id);
    return user.id;
  });
}

/**
 * Accepts for the signed-in owner of the invited address: adds the teacher membership (a
 * coordinator or teacher of the school keeps the membership they have) and the group.
 */
export async function acceptAsSignedInUser(token: string, user: { id: string; email: string }, now = new Date()): Promise<AcceptResult> {
  return run(async (tx) => {
    const invitation = await spend(tx, token, now);
    if (invitation.email !== user.email) throw new Refused("notYours");
    const blocked = await blockedFor(tx, invitation, user.id);
    if (blocked) throw new Refused(blocked);
    const here = await tx.schoolMembership.findUnique({ where: { userId_schoolId: { userId: user.id, schoolId: invitation.schoolId } } });
    if (!here) await tx.schoolMembership.create({ data: { userId: user.id, schoolId: invitation.schoolId, role: "TEACHER", createdAt: now } });
    await joinGroup(tx, invitation.groupId, user.id);
    return user.id;
  });
}
