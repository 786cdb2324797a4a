// Classroom trainings and advisory conversations for tests: a valid record with a new
// municipality (and school) of its own unless the test names one.
import type { Provider } from ".prisma/signaal-sqlite";
import type { Database } from "../../app/db/create-database.server";
import { createMunicipality, createSchool } from "./index";

export interface TrainingOverrides {
  provider?: Provider;
  providerName?: string | null;
  title?: string;
  /** jjjj-mm-dd */
  date?: string;
  municipalityId?: string;
  schoolId?: string | null;
  prioritised?: boolean;
  counts?: Partial<Record<"po" | "vo" | "mbo" | "so" | "other", number>>;
  recordedById?: string | null;
}

export async function createTraining(db: Database, overrides: TrainingOverrides = {}) {
  const municipality = overrides.municipalityId
    ? await db.municipality.findUniqueOrThrow({ where: { id: overrides.municipalityId } })
    : await createMunicipality(db);
  const counts = { po: 0, vo: 12, mbo: 0, so: 0, other: 0, ...overrides.counts };
  return db.classroomTraining.create({
    data: {
      provider: overrides.provider ?? "SSV",
      providerName: overrides.providerName ?? null,
      title: overrides.title ?? "Signalen van radicalisering herkennen",
      date: new Date(`${overrides.date ?? "2024-03-14"}T00:00:00.000Z`),
      municipalityId: municipality.id,
      prioritised: overrides.prioritised ?? municipality.prioritised,
      schoolId: overrides.schoolId ?? null,
      participantsPo: counts.po,
      participantsVo: counts.vo,
      participantsMbo: counts.mbo,
      participantsSo: counts.so,
      participantsOther: counts.other,
      participants: counts.po + counts.vo + counts.mbo + counts.so + counts.other,
      recordedById: overrides.recordedById ?? null,
    },
  });
}

export interface ConversationOverrides {
  provider?: Provider;
  providerName?: string | null;
  topic?: string;
  /** jjjj-mm-dd */
  date?: string;
  schoolId?: string;
  prioritised?: boolean;
  recordedById?: string | null;
}

export async function createConversation(db: Database, overrides: ConversationOverrides = {}) {
  const school = overrides.schoolId ? await db.school.findUniqueOrThrow({ where: { id: overrides.schoolId } }) : await createSchool(db);
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: school.municipalityId } });
  return db.advisoryConversation.create({
    data: {
      provider: overrides.provider ?? "SSV",
      providerName: overrides.providerName ?? null,
      topic: overrides.topic ?? "Omgaan met een zorgwekkende uitspraak",
      date: new Date(`${overrides.date ?? "2024-03-14"}T00:00:00.000Z`),
      schoolId: school.id,
      municipalityId: school.municipalityId,
      prioritised: overrides.prioritised ?? municipality.prioritised,
      recordedById: overrides.recordedById ?? null,
    },
  });
}
