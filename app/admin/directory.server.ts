// Read models for the administrator's overview pages.
import { db } from "~/db.server";

export async function platformCounts() {
  const [schools, municipalities, users] = await Promise.all([db.school.count(), db.municipality.count(), db.user.count()]);
  return { schools, municipalities, users };
}

export async function listSchools() {
  const schools = await db.school.findMany({
    orderBy: { name: "asc" },
    include: { municipality: { select: { name: true } }, _count: { select: { memberships: true } } },
  });
  return schools.map((school) => ({
    id: school.id,
    name: school.name,
    brinCode: school.brinCode,
    sector: school.sector,
    municipality: school.municipality.name,
    members: school._count.memberships,
  }));
}

export async function listMunicipalities() {
  const municipalities = await db.municipality.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { schools: true } } },
  });
  return municipalities.map((municipality) => ({
    id: municipality.id,
    name: municipality.name,
    cbsCode: municipality.cbsCode,
    prioritised: municipality.prioritised,
    schools: municipality._count.schools,
  }));
}

export const OUTBOX_PAGE_SIZE = 100;

export function listOutbox() {
  return db.outboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, recipient: true, subject: true, createdAt: true, deliveredAt: true, error: true },
  });
}

export function findOutboxMessage(id: string) {
  return db.outboxMessage.findUnique({ where: { id } });
}
