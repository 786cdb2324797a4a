// Factories for test data and for the demo seed. Each builds a valid row with sensible,
// unique defaults; a test states only what matters to it.
import type { PlatformRole, SchoolRole, Sector } from ".prisma/signaal-sqlite";
import { hashPassword } from "../../app/auth/password.server";
import type { Database } from "../../app/db/create-database.server";

let sequence = 0;
function next(): number {
  sequence += 1;
  return sequence;
}

/** A short unique suffix, stable within a process, distinct across test workers. */
function unique(): string {
  return `${process.env.VITEST_POOL_ID ?? "0"}${next()}${Math.random().toString(36).slice(2, 6)}`;
}

export const DEFAULT_TEST_PASSWORD = "correct horse battery staple";

// Hashing with argon2id takes tens of milliseconds on purpose; tests reuse one hash per password.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function createMunicipality(
  db: Database,
  overrides: Partial<{ cbsCode: string; name: string; prioritised: boolean }> = {},
) {
  const id = unique();
  return db.municipality.create({
    data: {
      cbsCode: overrides.cbsCode ?? `GM${id.slice(-4).padStart(4, "9")}${id}`,
      name: overrides.name ?? `Gemeente ${id}`,
      prioritised: overrides.prioritised ?? false,
    },
  });
}

export async function createSchool(
  db: Database,
  overrides: Partial<{ brinCode: string; name: string; sector: Sector; municipalityId: string }> = {},
) {
  const id = unique();
  const municipalityId = overrides.municipalityId ?? (await createMunicipality(db)).id;
  return db.school.create({
    data: {
      brinCode: overrides.brinCode ?? `T${id}`,
      name: overrides.name ?? `School ${id}`,
      sector: overrides.sector ?? "VO",
      municipalityId,
    },
  });
}

export interface UserOverrides {
  email?: string;
  name?: string;
  password?: string | null;
  locale?: "nl" | "en";
  platformRole?: PlatformRole | null;
  /** Memberships to create: the school and the role there. */
  schools?: { schoolId: string; role: SchoolRole }[];
  deactivatedAt?: Date | null;
}

export async function createUser(db: Database, overrides: UserOverrides = {}) {
  const id = unique();
  const password = overrides.password === undefined ? DEFAULT_TEST_PASSWORD : overrides.password;
  return db.user.create({
    data: {
      email: (overrides.email ?? `gebruiker-${id}@school.test`).toLowerCase(),
      name: overrides.name ?? `Gebruiker ${id}`,
      locale: overrides.locale ?? "nl",
      passwordHash: password === null ? null : await cachedHash(password),
      platformRole: overrides.platformRole ?? null,
      deactivatedAt: overrides.deactivatedAt ?? null,
      memberships: overrides.schools ? { create: overrides.schools.map((school) => ({ ...school })) } : undefined,
    },
  });
}

/** A user in one of the four roles, with a school of their own where the role needs one. */
export async function createUserWithRole(
  db: Database,
  role: "teacher" | "coordinator" | "author" | "admin",
  overrides: UserOverrides & { schoolId?: string } = {},
) {
  if (role === "author" || role === "admin") {
    return createUser(db, { ...overrides, platformRole: role === "admin" ? "ADMIN" : "AUTHOR" });
  }
  const schoolId = overrides.schoolId ?? (await createSchool(db)).id;
  return createUser(db, {
    ...overrides,
    schools: [{ schoolId, role: role === "coordinator" ? "COORDINATOR" : "TEACHER" }],
  });
}
