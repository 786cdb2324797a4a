// A school's contacts for concerns, for tests: a zorgcoördinator with a phone number unless
// the test says otherwise, placed after the school's other contacts.
import type { ContactRole } from ".prisma/signaal-sqlite";
import type { Database } from "../../app/db/create-database.server";

export interface SchoolContactOverrides {
  role?: ContactRole;
  name?: string;
  phone?: string | null;
  email?: string | null;
  note?: string | null;
  position?: number;
}

export async function createSchoolContact(db: Database, schoolId: string, overrides: SchoolContactOverrides = {}) {
  const last = await db.schoolContact.aggregate({ where: { schoolId }, _max: { position: true } });
  return db.schoolContact.create({
    data: {
      schoolId,
      role: overrides.role ?? "ZORGCOORDINATOR",
      name: overrides.name ?? "Fatima el Amrani",
      phone: overrides.phone === undefined ? "010 123 45 67" : overrides.phone,
      email: overrides.email === undefined ? null : overrides.email,
      note: overrides.note === undefined ? null : overrides.note,
      position: overrides.position ?? (last._max.position ?? -1) + 1,
    },
  });
}
