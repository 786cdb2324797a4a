// Inviting from an uploaded file against a real database: the preview reads the school as it
// is and writes nothing; importing invites the chosen rows all together or none of them.
import { beforeEach, describe, expect, it } from "vitest";
import { importTeacherFile, previewTeacherFile, validLines } from "../../app/school-teachers/bulk-invite.server";
import type { Inviter } from "../../app/school-teachers/invitations.server";
import { createSchool, createUser, createUserWithRole } from "../factories";
import { createGroup, createInvitation } from "../factories/school";
import { db, resetDatabase } from "../support/database";

let school = { id: "", name: "" };
let inviter: Inviter;

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db, { name: "Demo College" });
  const coordinator = await createUserWithRole(db, "coordinator", { name: "Carla", schoolId: school.id });
  inviter = { schoolId: school.id, schoolName: school.name, userId: coordinator.id, name: coordinator.name };
});

const file = (...lines: string[]) => lines.join("\n");

async function written() {
  return { invitations: await db.invitation.count(), groups: await db.schoolGroup.count(), mails: await db.outboxMessage.count() };
}

describe("previewing a file", () => {
  it("lists every row with the problems the school's data causes, and writes nothing", async () => {
    await createUserWithRole(db, "teacher", { email: "hier@school.nl", schoolId: school.id });
    await createUserWithRole(db, "teacher", { email: "elders@school.nl" });
    await createInvitation(db, school.id, { email: "open@school.nl" });
    await createInvitation(db, school.id, { email: "verlopen@school.nl", expiresAt: new Date(Date.now() - 1000) });
    const preview = await previewTeacherFile(
      school.id,
      file(
        "naam;e-mail;groep",
        "Hier;hier@school.nl;",
        "Elders;elders@school.nl;",
        "Open;open@school.nl;",
        "Verlopen;verlopen@school.nl;Team A",
        "Nieuw;nieuw@school.nl;team a",
        "Fout;fout-adres;",
      ),
    );
    if (!preview.ok) throw new Error("refused");
    expect(preview.rows.map((row) => [row.line, row.problems.map((problem) => problem.key)])).toEqual([
      [2, ["teachers.problem.activeHere"]],
      [3, ["teachers.problem.otherSchool"]],
      [4, ["teachers.problem.openInvitation"]],
      [5, []],
      [6, []],
      [7, ["teachers.problem.emailInvalid"]],
    ]);
    expect(preview.counts).toEqual({ rows: 6, valid: 2, invalid: 4 });
    expect(preview.newGroups).toEqual(["Team A"]);
    expect(validLines(preview.rows)).toEqual([5, 6]);
    expect(await written()).toEqual({ invitations: 2, groups: 0, mails: 0 });
  });
});

describe("importing a file", () => {
  const good = file("naam;e-mail;groep", "Fatima el Amrani;f.elamrani@school.nl;Team onderbouw", "Joost de Vries;j.devries@school.nl;team ONDERBOUW", "Sanne Bakker;s.bakker@school.nl;");

  it("invites every row, creates each new group once, and mails each teacher", async () => {
    const existing = await createGroup(db, school.id, { name: "Sectie Engels" });
    expect(existing).toBeTruthy();
    const result = await importTeacherFile(inviter, good, [2, 3, 4]);
    expect(result).toEqual({ ok: true, invited: 3 });
    const invitations = await db.invitation.findMany({ orderBy: { email: "asc" }, include: { group: true } });
    expect(invitations.map((invitation) => [invitation.email, invitation.group?.name ?? null])).toEqual([
      ["f.elamrani@school.nl", "Team onderbouw"],
      ["j.devries@school.nl", "Team onderbouw"],
      ["s.bakker@school.nl", null],
    ]);
    expect(await written()).toEqual({ invitations: 3, groups: 2, mails: 3 });
  });

  it("invites nothing while a chosen row has a problem", async () => {
    const text = file("naam;e-mail;groep", "Goed;goed@school.nl;Nieuwe groep", "Fout;fout-adres;");
    const result = await importTeacherFile(inviter, text, [2, 3]);
    expect(result).toMatchObject({ ok: false, reason: "changed", preview: { ok: true, counts: { valid: 1, invalid: 1 } } });
    expect(await written()).toEqual({ invitations: 0, groups: 0, mails: 0 });
  });

  it("drops the bad rows and invites the rest when the coordinator chooses the good lines", async () => {
    const text = file("naam;e-mail", "Goed;goed@school.nl", "Fout;fout-adres", "Ook goed;ookgoed@school.nl", "Dubbel;goed@school.nl");
    const preview = await previewTeacherFile(school.id, text);
    if (!preview.ok) throw new Error("refused");
    const lines = validLines(preview.rows);
    expect(lines).toEqual([2, 4]);
    expect(await importTeacherFile(inviter, text, lines)).toEqual({ ok: true, invited: 2 });
    expect((await db.invitation.findMany({ orderBy: { email: "asc" } })).map((invitation) => invitation.email)).toEqual([
      "goed@school.nl",
      "ookgoed@school.nl",
    ]);
  });

  it("refuses when the school changed since the preview: a chosen row became invalid, so nothing is written", async () => {
    const preview = await previewTeacherFile(school.id, good);
    if (!preview.ok) throw new Error("refused");
    // Meanwhile Sanne joined another school.
    await createUser(db, { email: "s.bakker@school.nl", schools: [{ schoolId: (await createSchool(db)).id, role: "TEACHER" }] });
    const result = await importTeacherFile(inviter, good, validLines(preview.rows));
    expect(result).toMatchObject({ ok: false, reason: "changed" });
    expect(await written()).toEqual({ invitations: 0, groups: 0, mails: 0 });
  });

  it("refuses lines that are not in the file, and an empty choice", async () => {
    expect(await importTeacherFile(inviter, good, [2, 99])).toMatchObject({ ok: false, reason: "changed" });
    expect(await importTeacherFile(inviter, good, [])).toMatchObject({ ok: false, reason: "changed" });
    expect(await importTeacherFile(inviter, "naam;e-mail", [2])).toMatchObject({ ok: false, reason: "file" });
    expect(await written()).toEqual({ invitations: 0, groups: 0, mails: 0 });
  });

  it("a second import of the same file finds the open invitations and invites nobody twice", async () => {
    expect((await importTeacherFile(inviter, good, [2, 3, 4])).ok).toBe(true);
    expect(await importTeacherFile(inviter, good, [2, 3, 4])).toMatchObject({ ok: false, reason: "changed" });
    expect(await written()).toEqual({ invitations: 3, groups: 1, mails: 3 });
  });
});
