// A school's groups and sections ("team onderbouw", "sectie maatschappijleer"): named sets
// of its teachers that assignments can address. Deleting a group leaves its members
// teachers of the school. Names are unique per school regardless of capitals.
import { db } from "~/db.server";
import type { MessageKey } from "~/i18n/translate";
import { checkGroupName, findGroup } from "./rules";

export interface GroupMember {
  id: string;
  name: string;
  active: boolean;
}

export interface GroupEntry {
  id: string;
  name: string;
  members: GroupMember[];
  /** Assignments of the group that are not withdrawn: while there are any, it cannot be deleted. */
  activeAssignments: number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl", { sensitivity: "base" });

export async function listGroups(schoolId: string): Promise<GroupEntry[]> {
  const groups = await db.schoolGroup.findMany({
    where: { schoolId },
    select: {
      id: true,
      name: true,
      members: {
        select: {
          user: {
            select: {
              id: true,
              name: true,
              deactivatedAt: true,
              memberships: { where: { schoolId }, select: { role: true, deactivatedAt: true } },
            },
          },
        },
      },
      _count: { select: { assignments: { where: { withdrawnAt: null } } } },
    },
  });
  return groups
    .map((group) => ({
      id: group.id,
      name: group.name,
      members: group.members
        .map(({ user }) => ({
          id: user.id,
          name: user.name,
          active: !user.deactivatedAt && user.memberships.some((membership) => membership.role === "TEACHER" && !membership.deactivatedAt),
        }))
        .sort(byName),
      activeAssignments: group._count.assignments,
    }))
    .sort(byName);
}

/** The names of the school's groups, to suggest in the invitation form. */
export async function groupNames(schoolId: string): Promise<string[]> {
  const groups = await db.schoolGroup.findMany({ where: { schoolId }, select: { name: true } });
  return groups.map((group) => group.name).sort((a, b) => a.localeCompare(b, "nl", { sensitivity: "base" }));
}

/** The school's active teachers, to choose from when adding someone to a group. */
export async function teacherChoices(schoolId: string): Promise<{ id: string; name: string; email: string }[]> {
  const memberships = await db.schoolMembership.findMany({
    where: { schoolId, role: "TEACHER", deactivatedAt: null, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return memberships.map((membership) => membership.user).sort(byName);
}

export type GroupChange = { ok: true } | { ok: false; key: MessageKey };

async function checkNewName(schoolId: string, raw: string, exceptId: string | null): Promise<{ ok: true; name: string } | { ok: false; key: MessageKey }> {
  const checked = checkGroupName(raw);
  if (!checked.ok) return { ok: false, key: checked.problem.key };
  if (!checked.value) return { ok: false, key: "teachers.groups.error.nameMissing" };
  const groups = await db.schoolGroup.findMany({ where: { schoolId, id: exceptId ? { not: exceptId } : undefined }, select: { name: true } });
  if (findGroup(groups, checked.value)) return { ok: false, key: "teachers.groups.error.nameTaken" };
  return { ok: true, name: checked.value };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function createGroup(schoolId: string, rawName: string): Promise<GroupChange> {
  const checked = await checkNewName(schoolId, rawName, null);
  if (!checked.ok) return checked;
  try {
    await db.schoolGroup.create({ data: { schoolId, name: checked.name } });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, key: "teachers.groups.error.nameTaken" };
    throw error;
  }
  return { ok: true };
}

export async function renameGroup(schoolId: string, groupId: string, rawName: string): Promise<GroupChange> {
  const group = await db.schoolGroup.findFirst({ where: { id: groupId, schoolId }, select: { id: true } });
  if (!group) return { ok: false, key: "teachers.groups.error.gone" };
  const checked = await checkNewName(schoolId, rawName, groupId);
  if (!checked.ok) return checked;
  try {
    await db.schoolGroup.update({ where: { id: groupId }, data: { name: checked.name } });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, key: "teachers.groups.error.nameTaken" };
    throw error;
  }
  return { ok: true };
}

/**
 * Deletes a group; its members stay teachers of the school, and open invitations into it
 * become invitations without a group. A group that assignments still address is kept until
 * those are withdrawn, since deleting it would delete them.
 */
export async function deleteGroup(schoolId: string, groupId: string): Promise<GroupChange> {
  return db.$transaction(async (tx) => {
    const group = await tx.schoolGroup.findFirst({
      where: { id: groupId, schoolId },
      select: { _count: { select: { assignments: { where: { withdrawnAt: null } } } } },
    });
    if (!group) return { ok: false, key: "teachers.groups.error.gone" } as const;
    if (group._count.assignments > 0) return { ok: false, key: "teachers.groups.error.hasAssignments" } as const;
    await tx.schoolGroup.delete({ where: { id: groupId } });
    return { ok: true } as const;
  });
}

export async function addGroupMember(schoolId: string, groupId: string, userId: string): Promise<GroupChange> {
  const [group, membership] = await Promise.all([
    db.schoolGroup.findFirst({ where: { id: groupId, schoolId }, select: { id: true } }),
    db.schoolMembership.findUnique({ where: { userId_schoolId: { userId, schoolId } }, select: { role: true, deactivatedAt: true } }),
  ]);
  if (!group) return { ok: false, key: "teachers.groups.error.gone" };
  if (membership?.role !== "TEACHER" || membership.deactivatedAt) return { ok: false, key: "teachers.groups.error.notTeacher" };
  await db.schoolGroupMember.upsert({ where: { groupId_userId: { groupId, userId } }, create: { groupId, userId }, update: {} });
  return { ok: true };
}

export async function removeGroupMember(schoolId: string, groupId: string, userId: string): Promise<GroupChange> {
  const removed = await db.schoolGroupMember.deleteMany({ where: { groupId, userId, group: { schoolId } } });
  return removed.count === 1 ? { ok: true } : { ok: false, key: "teachers.groups.error.gone" };
}
