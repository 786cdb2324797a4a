// Invitations against a real database: one invited by the form, the link mailed with only
// its hash stored, sent again, revoked, used once, expired; and accepting it, both for a new
// address and for one that already has an account.
import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "../../app/auth/login.server";
import {
  acceptAsNewAccount,
  acceptAsSignedInUser,
  lookUpInvitation,
} from "../../app/school-teachers/accept-invitation.server";
import { type Inviter, hashInvitationToken, inviteTeacher, resendInvitation, revokeInvitation } from "../../app/school-teachers/invitations.server";
import { INVITATION_LIFETIME_MS } from "../../app/school-teachers/rules";
import { createSchool, createUser, createUserWithRole } from "../factories";
import { createGroup, createInvitation } from "../factories/school";
import { db, resetDatabase } from "../support/database";

let school = { id: "", name: "" };
let inviter: Inviter;

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db, { name: "Demo College" });
  const coordinator = await createUserWithRole(db, "coordinator", { name: "Carla Coördinator", schoolId: school.id });
  inviter = { schoolId: school.id, schoolName: school.name, userId: coordinator.id, name: coordinator.name };
});

async function tokenMailedTo(email: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email }, orderBy: { createdAt: "desc" } });
  const match = message.text.match(/\/uitnodiging\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no invitation link in: ${message.text}`);
  return match[1]!;
}

describe("inviting one teacher", () => {
  it("stores the invitation with a new group and only the token's hash, and mails the link in Dutch", async () => {
    const now = new Date("2026-03-02T09:00:00.000Z");
    const result = await inviteTeacher(inviter, { name: "  Joost  de Vries ", email: " J.deVries@School.nl", group: "Sectie Engels" }, now);
    expect(result).toEqual({ ok: true, email: "j.devries@school.nl" });

    const invitation = await db.invitation.findFirstOrThrow({ include: { group: true } });
    expect(invitation).toMatchObject({
      schoolId: school.id,
      email: "j.devries@school.nl",
      name: "Joost de Vries",
      invitedById: inviter.userId,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      acceptedAt: null,
      revokedAt: null,
      group: { schoolId: school.id, name: "Sectie Engels" },
    });

    const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "j.devries@school.nl" } });
    expect(message.subject).toBe("Uitnodiging voor Signaal van Demo College");
    expect(message.text).toContain("Beste Joost de Vries,");
    expect(message.text).toContain("Carla Coördinator nodigt je uit om als docent van Demo College mee te doen aan Signaal");
    expect(message.text).toContain("geldig tot 16 mrt 2026, 10:00");
    const token = await tokenMailedTo("j.devries@school.nl");
    expect(token).toHaveLength(43);
    expect(message.text).toContain(`http://localhost:3000/uitnodiging/${token}`);
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));
    expect(await db.invitation.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("puts the invitation in an existing group whatever the capitals", async () => {
    const group = await createGroup(db, school.id, { name: "Team onderbouw" });
    await inviteTeacher(inviter, { name: "Sanne", email: "sanne@school.nl", group: "team ONDERBOUW" });
    expect(await db.invitation.findFirstOrThrow()).toMatchObject({ groupId: group.id });
    expect(await db.schoolGroup.count()).toBe(1);
  });

  it("answers each problem at its field and stores nothing", async () => {
    const teacher = await createUserWithRole(db, "teacher", { email: "al@school.nl", schoolId: school.id });
    expect(teacher).toBeTruthy();
    expect(await inviteTeacher(inviter, { name: "", email: "geen-adres", group: "g".repeat(81) })).toEqual({
      ok: false,
      formError: null,
      errors: { name: "teachers.problem.nameMissing", email: "teachers.problem.emailInvalid", group: "teachers.problem.groupTooLong" },
    });
    expect(await inviteTeacher(inviter, { name: "Al Hier", email: "AL@school.nl" })).toMatchObject({ errors: { email: "teachers.problem.activeHere" } });
    await createUserWithRole(db, "teacher", { email: "elders@school.nl" });
    expect(await inviteTeacher(inviter, { name: "Elders", email: "elders@school.nl" })).toMatchObject({ errors: { email: "teachers.problem.otherSchool" } });
    await createInvitation(db, school.id, { email: "open@school.nl" });
    expect(await inviteTeacher(inviter, { name: "Open", email: "open@school.nl" })).toMatchObject({ errors: { email: "teachers.problem.openInvitation" } });
    expect(await db.invitation.count()).toBe(1);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("mails a person with an account in their own language", async () => {
    await createUser(db, { email: "author@ssv.test", locale: "en" });
    await inviteTeacher(inviter, { name: "Alex", email: "author@ssv.test" });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "author@ssv.test" } });
    expect(message.subject).toBe("Invitation to Signaal from Demo College");
  });
});

describe("sending again and revoking", () => {
  it("sending again revokes the old link and mails a new one with a fresh expiry", async () => {
    const { invitation, token: old } = await createInvitation(db, school.id, { email: "joost@school.nl", createdAt: new Date(Date.now() - 20 * 86_400_000) });
    expect((await lookUpInvitation(old)).state).toBe("expired");

    expect(await resendInvitation(inviter, invitation.id)).toEqual({ ok: true, email: "joost@school.nl" });
    expect((await lookUpInvitation(old)).state).toBe("revoked");
    const fresh = await tokenMailedTo("joost@school.nl");
    expect((await lookUpInvitation(fresh)).state).toBe("open");
    expect(await db.invitation.count({ where: { email: "joost@school.nl", revokedAt: null } })).toBe(1);
  });

  it("refuses to send again once the person joined another school", async () => {
    const { invitation } = await createInvitation(db, school.id, { email: "weg@school.nl" });
    await createUserWithRole(db, "teacher", { email: "weg@school.nl" });
    expect(await resendInvitation(inviter, invitation.id)).toEqual({ ok: false, key: "teachers.problem.otherSchool" });
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("revokes an open invitation of its own school only, once", async () => {
    const { invitation, token } = await createInvitation(db, school.id);
    const other = await createSchool(db);
    expect(await revokeInvitation(other.id, invitation.id)).toEqual({ ok: false, key: "teachers.notice.invitationGone" });
    expect((await revokeInvitation(school.id, invitation.id)).ok).toBe(true);
    expect((await lookUpInvitation(token)).state).toBe("revoked");
    expect(await revokeInvitation(school.id, invitation.id)).toEqual({ ok: false, key: "teachers.notice.invitationGone" });
    expect(await acceptAsNewAccount(token, { password: "een lang wachtwoord", locale: "nl" })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("accepting", () => {
  it("creates the account with the chosen password, the teacher membership and the group, and works only once", async () => {
    const group = await createGroup(db, school.id, { name: "Team bovenbouw" });
    const { invitation, token } = await createInvitation(db, school.id, { email: "nieuw@school.nl", name: "Nieuwe Docent", groupId: group.id });
    expect(await lookUpInvitation(token)).toMatchObject({
      state: "open",
      invitation: { name: "Nieuwe Docent", email: "nieuw@school.nl", schoolName: "Demo College", groupName: "Team bovenbouw" },
      account: { exists: false },
    });

    const result = await acceptAsNewAccount(token, { password: "een lang wachtwoord", locale: "en" });
    if (!result.ok) throw new Error(result.reason);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, include: { memberships: true, groupMemberships: true } });
    expect(user).toMatchObject({ email: "nieuw@school.nl", name: "Nieuwe Docent", locale: "en", platformRole: null });
    expect(user.memberships).toEqual([expect.objectContaining({ schoolId: school.id, role: "TEACHER", deactivatedAt: null })]);
    expect(user.groupMemberships).toEqual([{ groupId: group.id, userId: user.id }]);
    expect((await checkCredentials({ email: "nieuw@school.nl", password: "een lang wachtwoord", clientIp: "192.0.2.1" })).ok).toBe(true);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();

    expect(await acceptAsNewAccount(token, { password: "nog een wachtwoord", locale: "nl" })).toEqual({ ok: false, reason: "invalid" });
    expect((await lookUpInvitation(token)).state).toBe("accepted");
    expect(await db.user.count({ where: { email: "nieuw@school.nl" } })).toBe(1);
  });

  it("refuses an expired or unknown link", async () => {
    const { token } = await createInvitation(db, school.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await acceptAsNewAccount(token, { password: "een lang wachtwoord", locale: "nl" })).toEqual({ ok: false, reason: "invalid" });
    expect(await lookUpInvitation("x".repeat(43))).toEqual({ state: "unknown" });
    expect(await lookUpInvitation("te-kort")).toEqual({ state: "unknown" });
    expect(await db.user.count()).toBe(1);
  });

  it("never takes over an existing account: its owner signs in and accepts, and the password stays theirs", async () => {
    const owner = await createUser(db, { email: "bestaand@school.nl", name: "Bestaande Gebruiker" });
    const { token } = await createInvitation(db, school.id, { email: "bestaand@school.nl" });
    expect(await lookUpInvitation(token)).toMatchObject({ state: "open", account: { exists: true, userId: owner.id, blocked: null } });
    expect(await acceptAsNewAccount(token, { password: "wachtwoord van de kaper", locale: "nl" })).toEqual({ ok: false, reason: "accountExists" });
    // Refused: the token is still open and the password unchanged.
    expect((await lookUpInvitation(token)).state).toBe("open");
    expect((await checkCredentials({ email: "bestaand@school.nl", password: "wachtwoord van de kaper", clientIp: "192.0.2.1" })).ok).toBe(false);

    const stranger = await createUser(db, { email: "iemand@anders.nl" });
    expect(await acceptAsSignedInUser(token, stranger)).toEqual({ ok: false, reason: "notYours" });
    expect(await acceptAsSignedInUser(token, owner)).toEqual({ ok: true, userId: owner.id });
    expect(await db.schoolMembership.findMany({ where: { userId: owner.id } })).toEqual([
      expect.objectContaining({ schoolId: school.id, role: "TEACHER", deactivatedAt: null }),
    ]);
    expect((await lookUpInvitation(token)).state).toBe("accepted");
  });

  it("refuses an account that teaches at another school, or that this school deactivated", async () => {
    const elsewhere = await createUserWithRole(db, "teacher", { email: "elders@school.nl" });
    const { token } = await createInvitation(db, school.id, { email: "elders@school.nl" });
    expect(await lookUpInvitation(token)).toMatchObject({ account: { blocked: "otherSchool" } });
    expect(await acceptAsSignedInUser(token, elsewhere)).toEqual({ ok: false, reason: "otherSchool" });
    expect((await lookUpInvitation(token)).state).toBe("open");

    const gone = await createUser(db, { email: "weg@school.nl", schools: [{ schoolId: school.id, role: "TEACHER" }] });
    await db.schoolMembership.updateMany({ where: { userId: gone.id }, data: { deactivatedAt: new Date() } });
    const second = await createInvitation(db, school.id, { email: "weg@school.nl" });
    expect(await acceptAsSignedInUser(second.token, gone)).toEqual({ ok: false, reason: "deactivatedHere" });
  });
});
