// The school's contacts through the real loaders and actions: the coordinator's page (who may
// open it, adding, changing, ordering and removing with Dutch validation), the teachers' card
// and the lesson page, which show a person the contacts of their own schools only.
import { beforeEach, describe, expect, it } from "vitest";
import * as lessonRoute from "../../app/routes/cursussen.$slug.$les";
import * as contactsRoute from "../../app/routes/coordinator.contactpersonen";
import * as cardRoute from "../../app/routes/docent.wat-doe-ik-als";
import { createSchool, createUser, createUserWithRole } from "../factories";
import { publishTestCourse } from "../factories/completion";
import { createSchoolContact } from "../factories/school-contacts";
import { db, resetDatabase } from "../support/database";
import { type RequestOptions, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

type ContactsPage = Awaited<ReturnType<typeof contactsRoute.loader>>;
type CardPage = Awaited<ReturnType<typeof cardRoute.loader>>;

let school = { id: "", name: "" };
let otherSchool = { id: "", name: "" };
const cookies = { teacher: "", coordinator: "", otherCoordinator: "", admin: "", author: "" };

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db, { name: "Demo College" });
  otherSchool = await createSchool(db, { name: "De Regenboog" });
  cookies.teacher = await sessionCookieFor((await createUserWithRole(db, "teacher", { schoolId: school.id })).id);
  cookies.coordinator = await sessionCookieFor((await createUserWithRole(db, "coordinator", { schoolId: school.id })).id);
  cookies.otherCoordinator = await sessionCookieFor((await createUserWithRole(db, "coordinator", { schoolId: otherSchool.id })).id);
  cookies.admin = await sessionCookieFor((await createUserWithRole(db, "admin")).id);
  cookies.author = await sessionCookieFor((await createUserWithRole(db, "author")).id);
});

const PATH = "/coordinator/contactpersonen";

function load(path: string, cookie: string | null = cookies.coordinator) {
  return callRoute(contactsRoute.loader as never, makeRequest(path, { cookie }));
}

function post(form: RequestOptions["form"], { path = PATH, cookie = cookies.coordinator }: { path?: string; cookie?: string | null } = {}) {
  return callRoute(contactsRoute.action as never, makeRequest(path, { cookie, form }));
}

const newContact = (overrides: Record<string, string> = {}) => ({
  intent: "save",
  role: "ZORGCOORDINATOR",
  name: "Fatima el Amrani",
  phone: "010 123 45 67",
  email: "f.elamrani@demo-college.nl",
  note: "bereikbaar ma–vr 8.00–16.00",
  ...overrides,
});

describe("who may open the contacts page", () => {
  it("sends an anonymous visitor to the login page, for the page and for its form", async () => {
    for (const result of [await load(PATH, null), await post(newContact(), { cookie: null })]) {
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    }
  });

  it("refuses a teacher, an author and a coordinator of another school, who change nothing", async () => {
    await createSchoolContact(db, school.id, { name: "Blijft staan" });
    for (const cookie of [cookies.teacher, cookies.author, cookies.otherCoordinator]) {
      expect((await load(`${PATH}?school=${school.id}`, cookie)).status).toBe(403);
      expect((await post(newContact(), { cookie, path: `${PATH}?school=${school.id}` })).status).toBe(403);
    }
    for (const cookie of [cookies.teacher, cookies.author]) {
      expect((await load(PATH, cookie)).status).toBe(403);
      expect((await post(newContact(), { cookie })).status).toBe(403);
    }
    expect(await db.schoolContact.findMany({ select: { name: true } })).toEqual([{ name: "Blijft staan" }]);
    // Without a school named, the other coordinator works on their own school.
    expect(((await load(PATH, cookies.otherCoordinator)).data as ContactsPage).school.name).toBe("De Regenboog");
  });

  it("shows the school's own coordinator the school's contacts", async () => {
    await createSchoolContact(db, school.id, { name: "Fatima el Amrani" });
    await createSchoolContact(db, otherSchool.id, { name: "Van de andere school" });
    const result = await load(PATH);
    expect(result.status).toBe(200);
    const page = result.data as ContactsPage;
    expect(page).toMatchObject({ school: { name: "Demo College" }, pagePath: PATH, full: false, cardPreview: true, editing: null, deleting: null });
    expect(page.contacts.map((contact) => contact.name)).toEqual(["Fatima el Amrani"]);
  });

  it("shows an administrator the school named in the address, and keeps it named after a change", async () => {
    await createSchoolContact(db, school.id, { name: "Fatima el Amrani" });
    const result = await load(`${PATH}?school=${school.id}`, cookies.admin);
    expect(result.status).toBe(200);
    const page = result.data as ContactsPage;
    expect(page).toMatchObject({ school: { name: "Demo College" }, pagePath: `${PATH}?school=${school.id}`, cardPreview: false });
    expect(page.contacts[0]!.editPath).toBe(`${PATH}?bewerken=${page.contacts[0]!.id}&school=${school.id}`);
    expect(page.contacts[0]!.deletePath).toBe(`${PATH}?verwijderen=${page.contacts[0]!.id}&school=${school.id}`);

    const saved = await post(newContact({ name: "Door de beheerder" }), { path: `${PATH}?school=${school.id}`, cookie: cookies.admin });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`${PATH}?melding=toegevoegd&school=${school.id}#contactpersonen`);
    expect(await db.schoolContact.count({ where: { schoolId: school.id } })).toBe(2);
  });
});

describe("keeping the contacts", () => {
  it("adds a contact and says so", async () => {
    const result = await post(newContact());
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe(`${PATH}?melding=toegevoegd#contactpersonen`);
    expect(await db.schoolContact.findFirstOrThrow()).toMatchObject({
      schoolId: school.id,
      role: "ZORGCOORDINATOR",
      name: "Fatima el Amrani",
      phone: "010 123 45 67",
      email: "f.elamrani@demo-college.nl",
      note: "bereikbaar ma–vr 8.00–16.00",
      position: 0,
    });
    const page = (await load(`${PATH}?melding=toegevoegd`)).data as ContactsPage;
    expect(page.notice).toBe("contacts.notice.created");
    expect(page.contacts[0]).toMatchObject({ name: "Fatima el Amrani", phoneHref: "+31101234567" });
  });

  it("keeps what was typed and stores nothing when the form has problems", async () => {
    const result = await post(newContact({ role: "", name: "", phone: "bel de balie", email: "geen adres" }));
    expect(result.status).toBe(400);
    expect(result.data).toEqual({
      values: { role: "", name: "", phone: "bel de balie", email: "geen adres", note: "bereikbaar ma–vr 8.00–16.00" },
      errors: {
        role: "contacts.error.roleRequired",
        name: "contacts.error.nameRequired",
        phone: "contacts.error.phoneInvalid",
        email: "contacts.error.emailInvalid",
      },
      formError: null,
      editingId: null,
    });
    expect(await db.schoolContact.count()).toBe(0);
  });

  it("refuses an eleventh contact with a message, keeping what was typed", async () => {
    for (let index = 0; index < 10; index += 1) await createSchoolContact(db, school.id, { name: `Contact ${index}` });
    expect(((await load(PATH)).data as ContactsPage).full).toBe(true);
    const result = await post(newContact({ name: "Nummer elf" }));
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ formError: "contacts.form.full", values: { name: "Nummer elf" } });
    expect(await db.schoolContact.count()).toBe(10);
  });

  it("fills the form with a contact to change, and saves the change", async () => {
    const contact = await createSchoolContact(db, school.id, { role: "WIJKAGENT", name: "Jan de Vries", phone: null });
    const page = (await load(`${PATH}?bewerken=${contact.id}`)).data as ContactsPage;
    expect(page.editing).toEqual({ id: contact.id, values: { role: "WIJKAGENT", name: "Jan de Vries", phone: "", email: "", note: "" } });

    const refused = await post(newContact({ id: contact.id, role: "WIJKAGENT", name: "Jan de Vries", phone: "12" }));
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ editingId: contact.id, errors: { phone: "contacts.error.phoneInvalid" } });

    const saved = await post(newContact({ id: contact.id, role: "WIJKAGENT", name: "Jan de Vries", phone: "0900-8844", email: "", note: "" }));
    expect(saved.headers.get("Location")).toBe(`${PATH}?melding=gewijzigd#contactpersonen`);
    expect(await db.schoolContact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      name: "Jan de Vries",
      phone: "0900-8844",
      email: null,
      note: null,
    });
  });

  it("asks before deleting, then deletes", async () => {
    const contact = await createSchoolContact(db, school.id, { name: "Fatima el Amrani" });
    const page = (await load(`${PATH}?verwijderen=${contact.id}`)).data as ContactsPage;
    expect(page.deleting).toMatchObject({ id: contact.id, name: "Fatima el Amrani" });
    const result = await post({ intent: "delete", id: contact.id });
    expect(result.headers.get("Location")).toBe(`${PATH}?melding=verwijderd`);
    expect(await db.schoolContact.count()).toBe(0);
  });

  it("moves a contact up and down", async () => {
    const first = await createSchoolContact(db, school.id, { name: "Eerst" });
    await createSchoolContact(db, school.id, { name: "Daarna" });
    const result = await post({ intent: "down", id: first.id });
    expect(result.headers.get("Location")).toBe(`${PATH}?melding=verplaatst#contactpersonen`);
    const page = (await load(PATH)).data as ContactsPage;
    expect(page.contacts.map((contact) => contact.name)).toEqual(["Daarna", "Eerst"]);
  });

  it("answers 404 for another school's contact or one that is gone, and leaves it alone", async () => {
    const theirs = await createSchoolContact(db, otherSchool.id, { name: "Van de andere school" });
    expect((await load(`${PATH}?bewerken=${theirs.id}`)).status).toBe(404);
    expect((await load(`${PATH}?verwijderen=${theirs.id}`)).status).toBe(404);
    expect((await post(newContact({ id: theirs.id }))).status).toBe(404);
    expect((await post({ intent: "delete", id: theirs.id })).status).toBe(404);
    expect((await post({ intent: "up", id: theirs.id })).status).toBe(404);
    expect((await post({ intent: "delete", id: "bestaat-niet" })).status).toBe(404);
    expect(await db.schoolContact.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Van de andere school" });
    expect((await post({ intent: "iets-anders" })).status).toBe(400);
  });
});

describe("the card 'Wat doe ik als …'", () => {
  const loadCard = (cookie: string | null) => callRoute(cardRoute.loader as never, makeRequest("/docent/wat-doe-ik-als", { cookie }));

  it("sends an anonymous visitor to the login page", async () => {
    const result = await loadCard(null);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("shows a teacher their own school's contacts, not another school's", async () => {
    await createSchoolContact(db, school.id, { role: "ZORGCOORDINATOR", name: "Fatima el Amrani" });
    await createSchoolContact(db, school.id, { role: "WIJKAGENT", name: "Jan de Vries", phone: "0900-8844" });
    await createSchoolContact(db, otherSchool.id, { name: "Van de andere school" });
    const result = await loadCard(cookies.teacher);
    expect(result.status).toBe(200);
    const card = result.data as CardPage;
    expect(card).toMatchObject({ teacher: true });
    expect(card.sections).toEqual([
      {
        schoolId: school.id,
        schoolName: "Demo College",
        internal: [expect.objectContaining({ name: "Fatima el Amrani", role: "ZORGCOORDINATOR" })],
        external: [expect.objectContaining({ name: "Jan de Vries", role: "WIJKAGENT", phoneHref: "09008844" })],
      },
    ]);
    expect(JSON.stringify(card)).not.toContain("Van de andere school");
  });

  it("has a section per school for a teacher at several, empty where a school recorded nobody", async () => {
    await createSchoolContact(db, otherSchool.id, { name: "Van de Regenboog" });
    const teacher = await createUser(db, {
      schools: [
        { schoolId: school.id, role: "TEACHER" },
        { schoolId: otherSchool.id, role: "TEACHER" },
      ],
    });
    const card = (await loadCard(await sessionCookieFor(teacher.id))).data as CardPage;
    expect(card.sections.map((section) => [section.schoolName, section.internal.map((contact) => contact.name)])).toEqual([
      ["Demo College", []],
      ["De Regenboog", ["Van de Regenboog"]],
    ]);
  });

  it("gives someone without a school the general advice", async () => {
    const card = (await loadCard(cookies.author)).data as CardPage;
    expect(card).toEqual({ sections: [], teacher: false });
  });
});

describe("the lesson page", () => {
  it("carries the learner's own school contacts for the scenario endings", async () => {
    await publishTestCourse(db, "test-cursus");
    await createSchoolContact(db, school.id, { role: "VEILIGHEIDSCOORDINATOR", name: "Kees Jansen", email: "k.jansen@demo-college.nl", phone: null });
    await createSchoolContact(db, otherSchool.id, { name: "Van de andere school" });
    const params = { slug: "test-cursus", les: "01-scenario" };
    const result = await callRoute(lessonRoute.loader as never, makeRequest("/cursussen/test-cursus/01-scenario", { cookie: cookies.teacher }), params);
    expect(result.status).toBe(200);
    const page = result.data as Awaited<ReturnType<typeof lessonRoute.loader>>;
    expect(page.schoolContacts).toEqual([
      {
        schoolId: school.id,
        schoolName: "Demo College",
        internal: [{ id: expect.any(String), role: "VEILIGHEIDSCOORDINATOR", name: "Kees Jansen", phone: null, phoneHref: null, email: "k.jansen@demo-college.nl", note: null }],
        external: [],
      },
    ]);

    const authorPage = await callRoute(lessonRoute.loader as never, makeRequest("/cursussen/test-cursus/01-scenario", { cookie: cookies.author }), params);
    expect((authorPage.data as typeof page).schoolContacts).toEqual([]);
  });
});
