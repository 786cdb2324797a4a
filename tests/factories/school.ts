// Groups and invitations of a school for tests: valid rows with unique defaults. An
// invitation comes back with its token, which the database never holds.
import { randomBytes } from "node:crypto";
import type { Database } from "../../app/db/create-database.server";
import { hashInvitationToken } from "../../app/school-teachers/invitations.server";
import { INVITATION_LIFETIME_MS } from "../../app/school-teachers/rules";

let sequence = 0;
function next(): string {
  sequence += 1;
  return `${process.env.VITEST_POOL_ID ?? "0"}-${sequence}`;
}

export async function createGroup(db: Database, schoolId: string, overrides: { name?: string; memberIds?: string[] } = {}) {
  return db.schoolGroup.create({
    data: {
      schoolId,
      name: overrides.name ?? `Groep ${next()}`,
      members: overrides.memberIds ? { create: overrides.memberIds.map((userId) => ({ userId })) } : undefined,
    },
  });
}

export interface InvitationOverrides {
  email?: string;
  name?: string;
  groupId?: string | null;
  invitedById?: string | null;
  createdAt?: Date;
  expiresAt?: Date;
  acceptedAt?: Date | null;
  revokedAt?: Date | null;
}

/** An open invitation (unless the overrides say otherwise) and the token of its link. */
export async function createInvitation(db: Database, schoolId: string, overrides: InvitationOverrides = {}) {
  const token = randomBytes(32).toString("base64url");
  const createdAt = overrides.createdAt ?? new Date();
  const id = next();
  const invitation = await db.invitation.create({
    data: {
      tokenHash: hashInvitationToken(token),
      schoolId,
      email: (overrides.email ?? `uitgenodigd-${id}@school.test`).toLowerCase(),
      name: overrides.name ?? `Docent ${id}`,
      groupId: overrides.groupId ?? null,
      invitedById: overrides.invitedById ?? null,
      createdAt,
      expiresAt: overrides.expiresAt ?? new Date(createdAt.getTime() + INVITATION_LIFETIME_MS),
      acceptedAt: overrides.acceptedAt ?? null,
      revokedAt: overrides.revokedAt ?? null,
    },
  });
  return { invitation, token };
}
