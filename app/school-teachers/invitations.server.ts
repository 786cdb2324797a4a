// Inviting teachers to a school: single-use links that are valid for 14 days. Only a hash of
// each token is stored; the token itself exists in the e-mail alone. Sending again revokes
// the old link and mails a new one; a coordinator can revoke an open invitation.
import { createHash, randomBytes } from "node:crypto";
import type { Locale } from ".prisma/signaal-sqlite";
import { db } from "~/db.server";
import type { Database, Prisma } from "~/db.server";
import { getEnv } from "~/env.server";
import { type MessageKey, formatDateTime, translator } from "~/i18n/translate";
import { sendMail } from "~/mail/mailer.server";
import { type Candidate, type PersonFacts, type RowProblem, type SchoolFacts, checkCandidates } from "./candidates";
import { INVITATION_LIFETIME_MS, type TeacherField, findGroup, normaliseEmail } from "./rules";

/** A client or a transaction: the checks before writing run inside the transaction. */
export type Reader = Database | Prisma.TransactionClient;

/** Who invites, for which school: the coordinator (or administrator) and the school's name for the e-mail. */
export interface Inviter {
  schoolId: string;
  schoolName: string;
  userId: string;
  name: string;
}

/** A token as it appears in the link: 32 random bytes, base64url. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** The link in the e-mail. */
export function invitationLink(token: string): string {
  return `${getEnv().appUrl}/uitnodiging/${token}`;
}

/** An invitation that can still be accepted. */
export function openInvitationWhere(now: Date) {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } as const;
}

/** What the school knows about the addresses: accounts, memberships, open invitations, groups. */
export async function loadSchoolFacts(reader: Reader, schoolId: string, emails: string[], now: Date): Promise<SchoolFacts> {
  const [users, invitations, groups] = await Promise.all([
    emails.length === 0
      ? []
      : reader.user.findMany({
          where: { email: { in: emails } },
          select: { email: true, deactivatedAt: true, memberships: { select: { schoolId: true, role: true, deactivatedAt: true } } },
        }),
    emails.length === 0
      ? []
      : reader.invitation.findMany({ where: { schoolId, email: { in: emails }, ...openInvitationWhere(now) }, select: { email: true } }),
    reader.schoolGroup.findMany({ where: { schoolId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const people = new Map<string, PersonFacts>();
  for (const user of users) {
    const here = user.memberships.find((membership) => membership.schoolId === schoolId);
    people.set(user.email, {
      here: !here ? null : here.role === "COORDINATOR" ? "coordinator" : here.deactivatedAt ? "deactivatedTeacher" : "teacher",
      elsewhere: user.memberships.some((membership) => membership.schoolId !== schoolId && membership.deactivatedAt === null),
      accountDeactivated: user.deactivatedAt !== null,
    });
  }
  return { people, openInvitations: new Set(invitations.map((invitation) => invitation.email)), groups };
}

export interface CreatedInvitation {
  email: string;
  name: string;
  token: string;
  expiresAt: Date;
}

/**
 * Stores invitations for candidates that passed every check, creating the groups they name
 * that do not exist yet. Runs inside the caller's transaction.
 */
export async function storeInvitations(
  tx: Prisma.TransactionClient,
  inviter: Inviter,
  candidates: readonly Candidate[],
  now: Date,
): Promise<CreatedInvitation[]> {
  const groups = await tx.schoolGroup.findMany({ where: { schoolId: inviter.schoolId }, select: { id: true, name: true } });
  const created: CreatedInvitation[] = [];
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  for (const candidate of candidates) {
    let groupId: string | null = null;
    if (candidate.group) {
      let group = findGroup(groups, candidate.group);
      if (!group) {
        group = await tx.schoolGroup.create({ data: { schoolId: inviter.schoolId, name: candidate.group }, select: { id: true, name: true } });
        groups.push(group);
      }
      groupId = group.id;
    }
    const { token, tokenHash } = newToken();
    await tx.invitation.create({
      data: { tokenHash, schoolId: inviter.schoolId, email: candidate.email, name: candidate.name, groupId, invitedById: inviter.userId, expiresAt, createdAt: now },
    });
    created.push({ email: candidate.email, name: candidate.name, token, expiresAt });
  }
  return created;
}

/** Mails each invitation, in the language of the invitee's account if they have one, else in Dutch. */
export async function mailInvitations(inviter: Inviter, invitations: readonly CreatedInvitation[]): Promise<void> {
  if (invitations.length === 0) return;
  const accounts = await db.user.findMany({
    where: { email: { in: invitations.map((invitation) => invitation.email) } },
    select: { email: true, locale: true },
  });
  const locales = new Map<string, Locale>(accounts.map((account) => [account.email, account.locale]));
  // One after the other: the outbox keeps every message, and SMTP servers dislike bursts.
  for (const invitation of invitations) {
    const locale = locales.get(invitation.email) ?? "nl";
    const t = translator(locale);
    await sendMail({
      to: invitation.email,
      subject: t("teachers.mail.subject", { school: inviter.schoolName }),
      text: t("teachers.mail.body", {
        name: invitation.name,
        inviter: inviter.name,
        school: inviter.schoolName,
        link: invitationLink(invitation.token),
        expires: formatDateTime(invitation.expiresAt, locale),
      }),
    });
  }
}

/** True for the errors of a transaction that lost a race with another one: nothing was written. */
export function isConflict(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : null;
  return code === "P2034" || code === "P2002" || code === "P2003";
}

/** Thrown inside a transaction to roll it back with the problems to report. */
class Refused extends Error {
  constructor(readonly problems: RowProblem[]) {
    super("refused");
  }
}

export const SERIALIZABLE = { isolationLevel: "Serializable", maxWait: 10_000, timeout: 120_000 } as const;

export type InviteResult =
  | { ok: true; email: string }
  | { ok: false; errors: Partial<Record<TeacherField, MessageKey>>; formError: MessageKey | null };

/** Invites one person, optionally into a group (created when new). Checks again in the transaction that writes. */
export async function inviteTeacher(
  inviter: Inviter,
  input: { name?: string; email?: string; group?: string },
  now = new Date(),
): Promise<InviteResult> {
  try {
    const created = await db.$transaction(async (tx) => {
      const emails = input.email ? [normaliseEmail(input.email)] : [];
      const facts = await loadSchoolFacts(tx, inviter.schoolId, emails, now);
      const [candidate] = checkCandidates([{ line: 1, ...input }], facts);
      if (candidate!.problems.length > 0) throw new Refused(candidate!.problems);
      return storeInvitations(tx, inviter, [candidate!], now);
    }, SERIALIZABLE);
    await mailInvitations(inviter, created);
    return { ok: true, email: created[0]!.email };
  } catch (error) {
    if (error instanceof Refused) {
      const errors: Partial<Record<TeacherField, MessageKey>> = {};
      for (const problem of error.problems) if (problem.field && !errors[problem.field]) errors[problem.field] = problem.key;
      return { ok: false, errors, formError: null };
    }
    if (isConflict(error)) return { ok: false, errors: {}, formError: "teachers.error.conflict" };
    throw error;
  }
}

export type InvitationChange = { ok: true; email: string } | { ok: false; key: MessageKey };

/**
 * Sends an invitation again: the old link stops working and a new one, valid for another 14
 * days, goes out. Refused when the invitation was used or revoked, or the person can no
 * longer be invited (they joined another school since, say).
 */
export async function resendInvitation(inviter: Inviter, invitationId: string, now = new Date()): Promise<InvitationChange> {
  try {
    const created = await db.$transaction(async (tx) => {
      const old = await tx.invitation.findFirst({
        where: { id: invitationId, schoolId: inviter.schoolId, acceptedAt: null, revokedAt: null },
        select: { id: true, email: true, name: true, group: { select: { name: true } } },
      });
      if (!old) throw new Refused([{ field: null, key: "teachers.notice.invitationGone" }]);
      const facts = await loadSchoolFacts(tx, inviter.schoolId, [old.email], now);
      // The invitation being replaced does not count against itself.
      const [candidate] = checkCandidates([{ line: 1, name: old.name, email: old.email, group: old.group?.name }], { ...facts, openInvitations: new Set() });
      if (candidate!.problems.length > 0) throw new Refused(candidate!.problems);
      await tx.invitation.update({ where: { id: old.id }, data: { revokedAt: now } });
      return storeInvitations(tx, inviter, [candidate!], now);
    }, SERIALIZABLE);
    await mailInvitations(inviter, created);
    return { ok: true, email: created[0]!.email };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, key: error.problems[0]!.key };
    if (isConflict(error)) return { ok: false, key: "teachers.error.conflict" };
    throw error;
  }
}

/** Revokes an invitation that was not used yet; its link stops working at once. */
export async function revokeInvitation(schoolId: string, invitationId: string, now = new Date()): Promise<InvitationChange> {
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, schoolId, acceptedAt: null, revokedAt: null }, select: { email: true } });
  if (!invitation) return { ok: false, key: "teachers.notice.invitationGone" };
  const revoked = await db.invitation.updateMany({ where: { id: invitationId, schoolId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return revoked.count === 1 ? { ok: true, email: invitation.email } : { ok: false, key: "teachers.notice.invitationGone" };
}
