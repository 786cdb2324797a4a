// A school's own contacts for concerns about a pupil: the coordinator lists, adds, changes,
// removes and orders them; teachers read them on the card and at the end of a scenario.
// Every change names the school, so an id of another school's contact changes nothing.
import type { Database } from "~/db/create-database.server";
import {
  type ContactInput,
  type ContactView,
  EXTERNAL_ROLES,
  MAX_CONTACTS,
  type SchoolContactsSection,
  dialableNumber,
} from "./contact-rules";

const CONTACT_FIELDS = { id: true, role: true, name: true, phone: true, email: true, note: true } as const;
const ORDER = [{ position: "asc" }, { name: "asc" }, { id: "asc" }] as const;

type ContactRow = Omit<ContactView, "phoneHref">;

function toView(row: ContactRow): ContactView {
  return { ...row, phoneHref: row.phone ? dialableNumber(row.phone) : null };
}

/** The school's contacts in the coordinator's order. */
export async function listContacts(db: Database, schoolId: string): Promise<ContactView[]> {
  const rows = await db.schoolContact.findMany({ where: { schoolId }, select: CONTACT_FIELDS, orderBy: [...ORDER] });
  return rows.map(toView);
}

export async function findContact(db: Database, schoolId: string, id: string): Promise<ContactView | null> {
  const row = await db.schoolContact.findFirst({ where: { id, schoolId }, select: CONTACT_FIELDS });
  return row ? toView(row) : null;
}

export type CreateResult = { ok: true; id: string } | { ok: false; reason: "full" };

/** Adds a contact at the end of the list, unless the school already has the most a card holds. */
export function createContact(db: Database, schoolId: string, input: ContactInput): Promise<CreateResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.schoolContact.aggregate({ where: { schoolId }, _count: { _all: true }, _max: { position: true } });
    if (existing._count._all >= MAX_CONTACTS) return { ok: false, reason: "full" } as const;
    const position = (existing._max.position ?? -1) + 1;
    const contact = await tx.schoolContact.create({ data: { ...input, schoolId, position }, select: { id: true } });
    return { ok: true, id: contact.id } as const;
  });
}

/** False when the school has no such contact (removed meanwhile, or another school's). */
export async function updateContact(db: Database, schoolId: string, id: string, input: ContactInput): Promise<boolean> {
  const { count } = await db.schoolContact.updateMany({ where: { id, schoolId }, data: input });
  return count > 0;
}

export async function deleteContact(db: Database, schoolId: string, id: string): Promise<boolean> {
  const { count } = await db.schoolContact.deleteMany({ where: { id, schoolId } });
  return count > 0;
}

/**
 * Moves a contact one place up or down. The whole list is numbered again in its current order,
 * so equal or missing positions (rows written elsewhere) cannot make a move do nothing.
 * False when the school has no such contact; a move past either end changes nothing.
 */
export function moveContact(db: Database, schoolId: string, id: string, direction: "up" | "down"): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ids = (await tx.schoolContact.findMany({ where: { schoolId }, select: { id: true }, orderBy: [...ORDER] })).map((row) => row.id);
    const from = ids.indexOf(id);
    if (from < 0) return false;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return true;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    for (const [position, contactId] of ids.entries()) {
      await tx.schoolContact.updateMany({ where: { id: contactId, schoolId }, data: { position } });
    }
    return true;
  });
}

/**
 * The contacts of the schools a person belongs to, one section per school in the order given
 * (a school with none recorded has empty lists, and the page shows the general advice).
 */
export async function contactSections(db: Database, schools: readonly { id: string; name: string }[]): Promise<SchoolContactsSection[]> {
  const unique = schools.filter((school, index) => schools.findIndex((other) => other.id === school.id) === index);
  if (unique.length === 0) return [];
  const rows = await db.schoolContact.findMany({
    where: { schoolId: { in: unique.map((school) => school.id) } },
    select: { ...CONTACT_FIELDS, schoolId: true },
    orderBy: [...ORDER],
  });
  return unique.map((school) => {
    const contacts = rows.filter((row) => row.schoolId === school.id).map(({ schoolId: _schoolId, ...row }) => toView(row));
    return {
      schoolId: school.id,
      schoolName: school.name,
      internal: contacts.filter((contact) => !EXTERNAL_ROLES.includes(contact.role)),
      external: contacts.filter((contact) => EXTERNAL_ROLES.includes(contact.role)),
    };
  });
}
