// The demo data a fresh installation starts with: two municipalities (one prioritised),
// a VO and a PO school, and one account per role (two authors, for review), built with the test factories; then the
// historical participation statistics (more municipalities and schools, classroom trainings
// and advisory conversations 2015–2019, see demo-statistics.ts).
import type { Database } from "../../app/db/create-database.server";
import { createMunicipality, createSchool, createUser } from "../../tests/factories";
import { seedDemoStatistics } from "./demo-statistics";

export const DEMO_PASSWORD = "welkom-bij-signaal";

export const DEMO_ACCOUNTS = {
  teacher: "docent@signaal.test",
  coordinator: "coordinator@signaal.test",
  author: "auteur@signaal.test",
  /** A second author, so that the demo can take a draft through review (no one approves their own work). */
  reviewer: "redacteur@signaal.test",
  admin: "beheerder@signaal.test",
} as const;

export async function hasAnyUser(db: Database): Promise<boolean> {
  return (await db.user.count()) > 0;
}

export async function seedDemo(db: Database): Promise<void> {
  const rotterdam = await createMunicipality(db, { cbsCode: "GM0599", name: "Rotterdam", prioritised: true });
  const zwolle = await createMunicipality(db, { cbsCode: "GM0193", name: "Zwolle", prioritised: false });
  const vo = await createSchool(db, {
    brinCode: "99DE",
    name: "Demo College Rotterdam",
    sector: "VO",
    municipalityId: rotterdam.id,
  });
  await createSchool(db, {
    brinCode: "99DF",
    name: "Demo Basisschool De Vlinder",
    sector: "PO",
    municipalityId: zwolle.id,
  });
  const password = DEMO_PASSWORD;
  await createUser(db, {
    email: DEMO_ACCOUNTS.teacher,
    name: "Samira de Docent",
    password,
    schools: [{ schoolId: vo.id, role: "TEACHER" }],
  });
  await createUser(db, {
    email: DEMO_ACCOUNTS.coordinator,
    name: "Kees Coördinator",
    password,
    schools: [{ schoolId: vo.id, role: "COORDINATOR" }],
  });
  await createUser(db, { email: DEMO_ACCOUNTS.author, name: "Anouk Auteur", password, platformRole: "AUTHOR" });
  await createUser(db, { email: DEMO_ACCOUNTS.reviewer, name: "Ruud Redacteur", password, platformRole: "AUTHOR" });
  const admin = await createUser(db, { email: DEMO_ACCOUNTS.admin, name: "Bram Beheerder", password, platformRole: "ADMIN" });
  await seedDemoStatistics(db, { recordedById: admin.id });
}

/** Adds the demo data when the database has no users yet; true when it did. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if (await hasAnyUser(db)) return false;
  await seedDemo(db);
  return true;
}
