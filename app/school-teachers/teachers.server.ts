// The school's teachers as its coordinator manages them: who is active, invited or
// deactivated, in which groups, and when they last worked on a course. Deactivating ends a
// teacher's place at this school, not their history: enrollments, completion records and
// the statistics built on them stay. Their sessions end when nothing else is left to sign
// in for.
import { db } from "~/db.server";

export type TeacherStatus = "active" | "deactivated" | "invited" | "invitationExpired";

export interface TeacherRow {
  kind: "teacher" | "invitation";
  /** The user's id for a teacher, the invitation's id for an invitation. */
  id: string;
  name: string;
  email: string;
  status: TeacherStatus;
  groups: string[];
  /** The last time the teacher's progress in a course changed. */
  lastActivity: Date | null;
  /** When an invitation stops (or stopped) working. */
  expiresAt: Date | null;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl", { sensitivity: "base" });

async function lastActivities(userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const latest = await db.enrollment.groupBy({ by: ["userId"], where: { userId: { in: userIds } }, _max: { updatedAt: true } });
  return new Map(latest.filter((row) => row._max.updatedAt).map((row) => [row.userId, row._max.updatedAt!]));
}

/** Every teacher of the school (active and deactivated) and every invitation not used or revoked, by name. */
export async function listTeachers(schoolId: string, now = new Date()): Promise<TeacherRow[]> {
  const [memberships, invitations] = await Promise.all([
    db.schoolMembership.findMany({
      where: { schoolId, role: "TEACHER" },
      select: {
        deactivatedAt: true,
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            deactivatedAt: true,
            groupMemberships: { where: { group: { schoolId } }, select: { group: { select: { name: true } } } },
          },
        },
      },
    }),
    db.invitation.findMany({
      where: { schoolId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, email: true, expiresAt: true, group: { select: { name: true } } },
    }),
  ]);
  const activity = await lastActivities(memberships.map((membership) => membership.user.id));
  const rows: TeacherRow[] = memberships.map(({ deactivatedAt, user }) => ({
    kind: "teacher",
    id: user.id,
    name: user.name,
    email: user.email,
    status: deactivatedAt || user.deactivatedAt ? "deactivated" : "active",
    groups: user.groupMemberships.map((member) => member.group.name).sort((a, b) => a.localeCompare(b, "nl")),
    lastActivity: activity.get(user.id) ?? null,
    expiresAt: null,
  }));
  const listed = new Set(rows.map((row) => row.email));
  for (const invitation of invitations) {
    // The newest invitation per address; an address that already teaches here needs none.
    if (listed.has(invitation.email)) continue;
    listed.add(invitation.email);
    rows.push({
      kind: "invitation",
      id: invitation.id,
      name: invitation.name,
      email: invitation.email,
      status: invitation.expiresAt > now ? "invited" : "invitationExpired",
      groups: invitation.group ? [invitation.group.name] : [],
      lastActivity: null,
      expiresAt: invitation.expiresAt,
    });
  }
  return rows.sort(byName);
}

export interface TeacherDetail {
  id: string;
  name: string;
  email: string;
  status: "active" | "deactivated";
  /** SSV deactivated the account itself; reactivating here does not let them sign in. */
  accountDeactivated: boolean;
  since: Date;
  deactivatedAt: Date | null;
  lastActivity: Date | null;
  completions: number;
  groups: { id: string; name: string; member: boolean }[];
}

/** One teacher of the school, or null when the person is not (and was not) a teacher here. */
export async function loadTeacher(schoolId: string, userId: string): Promise<TeacherDetail | null> {
  const membership = await db.schoolMembership.findUnique({
    where: { userId_schoolId: { userId, schoolId } },
    select: { role: true, createdAt: true, deactivatedAt: true, user: { select: { id: true, name: true, email: true, deactivatedAt: true } } },
  });
  if (!membership || membership.role !== "TEACHER") return null;
  const [groups, memberOf, completions, activity] = await Promise.all([
    db.schoolGroup.findMany({ where: { schoolId }, select: { id: true, name: true } }),
    db.schoolGroupMember.findMany({ where: { userId, group: { schoolId } }, select: { groupId: true } }),
    db.completionRecord.count({ where: { userId } }),
    lastActivities([userId]),
  ]);
  const member = new Set(memberOf.map((row) => row.groupId));
  const { user } = membership;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    status: membership.deactivatedAt || user.deactivatedAt ? "deactivated" : "active",
    accountDeactivated: user.deactivatedAt !== null,
    since: membership.createdAt,
    deactivatedAt: membership.deactivatedAt,
    lastActivity: activity.get(userId) ?? null,
    completions,
    groups: groups.map((group) => ({ ...group, member: member.has(group.id) })).sort(byName),
  };
}

/**
 * Ends a teacher's membership of the school. Their sessions end too when they have no other
 * active membership and no SSV role; otherwise the next request simply no longer shows this
 * school (sessions read memberships on every request). Returns false when there was no
 * active teacher membership to end.
 */
export async function deactivateTeacher(schoolId: string, userId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.schoolMembership.updateMany({
      where: { userId, schoolId, role: "TEACHER", deactivatedAt: null },
      data: { deactivatedAt: now },
    });
    if (ended.count !== 1) return false;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { platformRole: true, memberships: { where: { deactivatedAt: null }, select: { id: true } } },
    });
    if (!user.platformRole && user.memberships.length === 0) await tx.session.deleteMany({ where: { userId } });
    return true;
  });
}

/** Gives a deactivated teacher their place at the school back, with the groups they had. */
export async function reactivateTeacher(schoolId: string, userId: string): Promise<boolean> {
  const restored = await db.schoolMembership.updateMany({
    where: { userId, schoolId, role: "TEACHER", deactivatedAt: { not: null } },
    data: { deactivatedAt: null },
  });
  return restored.count === 1;
}

/** Puts a teacher in exactly the given groups of the school; ids of other schools' groups are ignored. */
export async function setTeacherGroups(schoolId: string, userId: string, groupIds: readonly string[]): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const membership = await tx.schoolMembership.findUnique({ where: { userId_schoolId: { userId, schoolId } }, select: { role: true } });
    if (membership?.role !== "TEACHER") return false;
    const groups = await tx.schoolGroup.findMany({ where: { schoolId }, select: { id: true } });
    const wanted = new Set(groupIds.filter((id) => groups.some((group) => group.id === id)));
    await tx.schoolGroupMember.deleteMany({ where: { userId, group: { schoolId }, groupId: { notIn: [...wanted] } } });
    for (const groupId of wanted) {
      await tx.schoolGroupMember.upsert({ where: { groupId_userId: { groupId, userId } }, create: { groupId, userId }, update: {} });
    }
    return true;
  });
}
