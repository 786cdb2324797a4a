// The school's teachers and groups against a real database: the list with its statuses,
// deactivation (sessions end, history stays), reactivation, and groups.
import { beforeEach, describe, expect, it } from "vitest";
import { activeTeacherIds } from "../../app/assignments/assignees.server";
import { getUser } from "../../app/auth/session.server";
import {
  addGroupMember,
  createGroup as createGroupByName,
  deleteGroup,
  listGroups,
  removeGroupMember,
  renameGroup,
} from "../../app/school-teachers/groups.server";
import { deactivateTeacher, listTeachers, loadTeacher, reactivateTeacher, setTeacherGroups } from "../../app/school-teachers/teachers.server";
import { createSchool, createUser, createUserWithRole } from "../factories";
import { createCompletion } from "../factories/completion";
import { createGroup, createInvitation } from "../factories/school";
import { db, resetDatabase } from "../support/database";
import { makeRequest, sessionCookieFor } from "../support/remix";

let school = { id: "" };

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db);
});

describe("the list of teachers", () => {
  it("shows active, deactivated and invited people by name, with groups and the last course activity", async () => {
    const anna = await createUserWithRole(db, "teacher", { name: "Anna", email: "anna@school.nl", schoolId: school.id });
    const bram = await createUserWithRole(db, "teacher", { name: "Bram", schoolId: school.id });
    await db.schoolMembership.updateMany({ where: { userId: bram.id }, data: { deactivatedAt: new Date() } });
    await createUserWithRole(db, "coordinator", { name: "Coördinator", schoolId: school.id });
    await createUserWithRole(db, "teacher", { name: "Elders" });
    const group = await createGroup(db, school.id, { name: "Team onderbouw", memberIds: [anna.id] });
    await createInvitation(db, school.id, { name: "Dirk", email: "dirk@school.nl", groupId: group.id });
    await createInvitation(db, school.id, { name: "Eva", expiresAt: new Date(Date.now() - 1000) });
    await createInvitation(db, school.id, { name: "Frank", revokedAt: new Date() });
    await createInvitation(db, school.id, { name: "Anna", email: "anna@school.nl", acceptedAt: new Date() });
    const version = await createCompletion(db, anna.id);
    const activity = new Date("2026-02-01T12:00:00.000Z");
    await db.enrollment.create({
      data: { userId: anna.id, courseId: version.courseId, versionId: version.versionId, snapshot: "{}", machineVersion: 1, updatedAt: activity },
    });

    const rows = await listTeachers(school.id);
    expect(rows.map(({ kind, name, status, groups, lastActivity }) => ({ kind, name, status, groups, lastActivity }))).toEqual([
      { kind: "teacher", name: "Anna", status: "active", groups: ["Team onderbouw"], lastActivity: activity },
      { kind: "teacher", name: "Bram", status: "deactivated", groups: [], lastActivity: null },
      { kind: "invitation", name: "Dirk", status: "invited", groups: ["Team onderbouw"], lastActivity: null },
      { kind: "invitation", name: "Eva", status: "invitationExpired", groups: [], lastActivity: null },
    ]);
  });
});

describe("deactivating a teacher", () => {
  it("ends their sessions when this was their only school, and keeps their completions and enrollments", async () => {
    const teacher = await createUserWithRole(db, "teacher", { schoolId: school.id });
    const cookie = await sessionCookieFor(teacher.id);
    const completion = await createCompletion(db, teacher.id);

    expect(await deactivateTeacher(school.id, teacher.id)).toBe(true);
    expect(await db.session.count({ where: { userId: teacher.id } })).toBe(0);
    expect(await getUser(makeRequest("/docent", { cookie }))).toBeNull();
    expect(await db.completionRecord.findUnique({ where: { id: completion.id } })).toMatchObject({ userId: teacher.id });
    expect(await db.user.findUnique({ where: { id: teacher.id } })).toMatchObject({ deactivatedAt: null });
    expect(await activeTeacherIds(db, school.id)).toEqual([]);
    expect(await loadTeacher(school.id, teacher.id)).toMatchObject({ status: "deactivated", completions: 1 });
    // Twice changes nothing.
    expect(await deactivateTeacher(school.id, teacher.id)).toBe(false);
  });

  it("keeps the sessions of someone who still has another school or an SSV role; this school disappears from them", async () => {
    const other = await createSchool(db, { name: "Andere School" });
    const teacher = await createUser(db, {
      schools: [
        { schoolId: school.id, role: "TEACHER" },
        { schoolId: other.id, role: "TEACHER" },
      ],
    });
    const author = await createUser(db, { platformRole: "AUTHOR", schools: [{ schoolId: school.id, role: "TEACHER" }] });
    const teacherCookie = await sessionCookieFor(teacher.id);
    await sessionCookieFor(author.id);

    await deactivateTeacher(school.id, teacher.id);
    await deactivateTeacher(school.id, author.id);
    expect(await db.session.count()).toBe(2);
    const user = await getUser(makeRequest("/docent", { cookie: teacherCookie }));
    expect(user?.schools.map((entry) => entry.name)).toEqual(["Andere School"]);
  });

  it("does not touch a coordinator, or a teacher of another school", async () => {
    const coordinator = await createUserWithRole(db, "coordinator", { schoolId: school.id });
    const elsewhere = await createUserWithRole(db, "teacher");
    expect(await deactivateTeacher(school.id, coordinator.id)).toBe(false);
    expect(await deactivateTeacher(school.id, elsewhere.id)).toBe(false);
    expect(await loadTeacher(school.id, coordinator.id)).toBeNull();
    expect(await loadTeacher(school.id, elsewhere.id)).toBeNull();
    expect(await db.schoolMembership.count({ where: { deactivatedAt: { not: null } } })).toBe(0);
  });

  it("reactivation restores the membership with the groups the teacher had", async () => {
    const teacher = await createUserWithRole(db, "teacher", { schoolId: school.id });
    const group = await createGroup(db, school.id, { memberIds: [teacher.id] });
    await deactivateTeacher(school.id, teacher.id);
    expect(await reactivateTeacher(school.id, teacher.id)).toBe(true);
    expect(await reactivateTeacher(school.id, teacher.id)).toBe(false);
    expect(await activeTeacherIds(db, school.id)).toEqual([teacher.id]);
    expect(await loadTeacher(school.id, teacher.id)).toMatchObject({ status: "active", groups: [{ id: group.id, member: true }] });
  });
});

describe("groups", () => {
  it("are created, renamed and deleted with unique names regardless of capitals; members stay teachers", async () => {
    expect(await createGroupByName(school.id, "  Team   onderbouw ")).toEqual({ ok: true });
    expect(await createGroupByName(school.id, "team ONDERBOUW")).toEqual({ ok: false, key: "teachers.groups.error.nameTaken" });
    expect(await createGroupByName(school.id, " ")).toEqual({ ok: false, key: "teachers.groups.error.nameMissing" });
    expect(await createGroupByName(school.id, "g".repeat(81))).toEqual({ ok: false, key: "teachers.problem.groupTooLong" });
    // Another school may use the same name.
    expect(await createGroupByName((await createSchool(db)).id, "Team onderbouw")).toEqual({ ok: true });

    const [group] = await listGroups(school.id);
    expect(group).toMatchObject({ name: "Team onderbouw", members: [] });
    const second = await createGroup(db, school.id, { name: "Sectie Engels" });
    expect(await renameGroup(school.id, group!.id, "sectie engels")).toEqual({ ok: false, key: "teachers.groups.error.nameTaken" });
    expect(await renameGroup(school.id, group!.id, "Team Onderbouw")).toEqual({ ok: true });

    const teacher = await createUserWithRole(db, "teacher", { schoolId: school.id });
    expect(await addGroupMember(school.id, group!.id, teacher.id)).toEqual({ ok: true });
    expect(await deleteGroup(school.id, group!.id)).toEqual({ ok: true });
    expect(await activeTeacherIds(db, school.id)).toEqual([teacher.id]);
    expect((await listGroups(school.id)).map((entry) => entry.id)).toEqual([second.id]);
  });

  it("takes only active teachers of the school as members, and removes them again", async () => {
    const group = await createGroup(db, school.id);
    const teacher = await createUserWithRole(db, "teacher", { name: "Docent", schoolId: school.id });
    const elsewhere = await createUserWithRole(db, "teacher");
    const coordinator = await createUserWithRole(db, "coordinator", { schoolId: school.id });
    expect(await addGroupMember(school.id, group.id, elsewhere.id)).toEqual({ ok: false, key: "teachers.groups.error.notTeacher" });
    expect(await addGroupMember(school.id, group.id, coordinator.id)).toEqual({ ok: false, key: "teachers.groups.error.notTeacher" });
    expect(await addGroupMember(school.id, group.id, teacher.id)).toEqual({ ok: true });
    expect(await addGroupMember(school.id, group.id, teacher.id)).toEqual({ ok: true });
    expect((await listGroups(school.id))[0]!.members).toEqual([{ id: teacher.id, name: "Docent", active: true }]);
    const other = await createSchool(db);
    expect(await removeGroupMember(other.id, group.id, teacher.id)).toEqual({ ok: false, key: "teachers.groups.error.gone" });
    expect(await removeGroupMember(school.id, group.id, teacher.id)).toEqual({ ok: true });
    expect((await listGroups(school.id))[0]!.members).toEqual([]);
  });

  it("keeps a group that active assignments address", async () => {
    const group = await createGroup(db, school.id);
    const completion = await createCompletion(db, null);
    await db.assignment.create({ data: { schoolId: school.id, courseId: completion.courseId, scope: "GROUP", groupId: group.id } });
    expect(await deleteGroup(school.id, group.id)).toEqual({ ok: false, key: "teachers.groups.error.hasAssignments" });
    expect(await db.schoolGroup.count()).toBe(1);
  });

  it("sets a teacher's groups to exactly those chosen, ignoring other schools' groups", async () => {
    const teacher = await createUserWithRole(db, "teacher", { schoolId: school.id });
    const a = await createGroup(db, school.id, { name: "A", memberIds: [teacher.id] });
    const b = await createGroup(db, school.id, { name: "B" });
    const foreign = await createGroup(db, (await createSchool(db)).id, { name: "Vreemd" });
    expect(await setTeacherGroups(school.id, teacher.id, [b.id, foreign.id])).toBe(true);
    const memberships = await db.schoolGroupMember.findMany({ where: { userId: teacher.id } });
    expect(memberships.map((member) => member.groupId)).toEqual([b.id]);
    expect(a).toBeTruthy();
  });
});
