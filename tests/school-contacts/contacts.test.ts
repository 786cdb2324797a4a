// The school's contacts on the server: each school keeps its own list in the coordinator's
// order, and an id of another school's contact changes nothing there.
import { beforeEach, describe, expect, it } from "vitest";
import { MAX_CONTACTS } from "../../app/school-contacts/contact-rules";
import {
  contactSections,
  createContact,
  deleteContact,
  findContact,
  listContacts,
  moveContact,
  updateContact,
} from "../../app/school-contacts/contacts.server";
import { createSchool } from "../factories";
import { createSchoolContact } from "../factories/school-contacts";
import { db, resetDatabase } from "../support/database";

let school = { id: "", name: "" };
let other = { id: "", name: "" };

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db, { name: "Demo College" });
  other = await createSchool(db, { name: "De Regenboog" });
});

const zorg = { role: "ZORGCOORDINATOR", name: "Fatima el Amrani", phone: "010 123 45 67", email: null, note: "bereikbaar ma–vr" } as const;
const agent = { role: "WIJKAGENT", name: "Jan de Vries", phone: "0900-8844", email: "jan@politie.nl", note: null } as const;

const names = async (schoolId: string) => (await listContacts(db, schoolId)).map((contact) => contact.name);

describe("a school's contacts", () => {
  it("are added at the end of the list, with a number to dial", async () => {
    expect(await createContact(db, school.id, zorg)).toMatchObject({ ok: true });
    expect(await createContact(db, school.id, agent)).toMatchObject({ ok: true });
    expect(await listContacts(db, school.id)).toEqual([
      expect.objectContaining({ ...zorg, phoneHref: "+31101234567" }),
      expect.objectContaining({ ...agent, phoneHref: "09008844" }),
    ]);
    expect(await listContacts(db, other.id)).toEqual([]);
  });

  it("stop at the most a card holds", async () => {
    for (let index = 0; index < MAX_CONTACTS; index += 1) await createSchoolContact(db, school.id, { name: `Contact ${index}` });
    expect(await createContact(db, school.id, zorg)).toEqual({ ok: false, reason: "full" });
    expect(await db.schoolContact.count({ where: { schoolId: school.id } })).toBe(MAX_CONTACTS);
    expect(await createContact(db, other.id, zorg)).toMatchObject({ ok: true });
  });

  it("are changed and removed only within their own school", async () => {
    const theirs = await createSchoolContact(db, other.id, { name: "Van de andere school" });
    expect(await updateContact(db, school.id, theirs.id, zorg)).toBe(false);
    expect(await deleteContact(db, school.id, theirs.id)).toBe(false);
    expect(await findContact(db, school.id, theirs.id)).toBeNull();
    expect(await names(other.id)).toEqual(["Van de andere school"]);

    const ours = await createSchoolContact(db, school.id);
    expect(await updateContact(db, school.id, ours.id, agent)).toBe(true);
    expect(await findContact(db, school.id, ours.id)).toMatchObject(agent);
    expect(await deleteContact(db, school.id, ours.id)).toBe(true);
    expect(await deleteContact(db, school.id, ours.id)).toBe(false);
    expect(await listContacts(db, school.id)).toEqual([]);
  });

  it("move one place up or down, also when positions were equal, and not past either end", async () => {
    const a = await createSchoolContact(db, school.id, { name: "A", position: 0 });
    const b = await createSchoolContact(db, school.id, { name: "B", position: 0 });
    const c = await createSchoolContact(db, school.id, { name: "C", position: 0 });
    expect(await names(school.id)).toEqual(["A", "B", "C"]);
    expect(await moveContact(db, school.id, c.id, "up")).toBe(true);
    expect(await names(school.id)).toEqual(["A", "C", "B"]);
    expect(await moveContact(db, school.id, a.id, "down")).toBe(true);
    expect(await names(school.id)).toEqual(["C", "A", "B"]);
    expect(await moveContact(db, school.id, c.id, "up")).toBe(true);
    expect(await moveContact(db, school.id, b.id, "down")).toBe(true);
    expect(await names(school.id)).toEqual(["C", "A", "B"]);

    const theirs = await createSchoolContact(db, other.id);
    expect(await moveContact(db, school.id, theirs.id, "up")).toBe(false);
  });
});

describe("the contacts a person sees", () => {
  it("come per school, in the order given, split into the school's own people and the municipality and police", async () => {
    await createSchoolContact(db, school.id, { role: "WIJKAGENT", name: "Jan de Vries" });
    await createSchoolContact(db, school.id, { role: "ZORGCOORDINATOR", name: "Fatima el Amrani" });
    await createSchoolContact(db, school.id, { role: "GEMEENTE", name: "Gemeente Rotterdam", phone: null, email: "radicalisering@rotterdam.nl" });
    await createSchoolContact(db, school.id, { role: "ANDERS", name: "Piet Post", note: "leerplichtambtenaar" });
    const sections = await contactSections(db, [other, school, other]);
    expect(sections).toEqual([
      { schoolId: other.id, schoolName: "De Regenboog", internal: [], external: [] },
      {
        schoolId: school.id,
        schoolName: "Demo College",
        internal: [expect.objectContaining({ name: "Fatima el Amrani" }), expect.objectContaining({ name: "Piet Post" })],
        external: [expect.objectContaining({ name: "Jan de Vries" }), expect.objectContaining({ name: "Gemeente Rotterdam", phoneHref: null })],
      },
    ]);
    expect(await contactSections(db, [])).toEqual([]);
  });
});
