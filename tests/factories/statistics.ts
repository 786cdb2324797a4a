// Records the participation statistics count: classroom trainings, advisory conversations and
// completion records. Each takes its municipality's prioritised status as the snapshot, as
// recording does, unless the test says otherwise.
import type { Provider, Sector } from ".prisma/signaal-sqlite";
import type { Database } from "../../app/db/create-database.server";
import { verificationCode } from "../../app/progress/completion.server";
import { createMunicipality, createSchool } from "./index";

/** "2018-03-01" is that day at midnight UTC, the way training dates are stored. */
function day(value: Date | string): Date {
  return typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
}

async function municipalityFor(db: Database, municipalityId: string | undefined) {
  if (!municipalityId) return createMunicipality(db);
  return db.municipality.findUniqueOrThrow({ where: { id: municipalityId } });
}

export interface TrainingOverrides {
  provider?: Provider;
  providerName?: string | null;
  title?: string;
  /** A day as YYYY-MM-DD, or a Date; 2018-03-01 by default. */
  date?: Date | string;
  municipalityId?: string;
  schoolId?: string | null;
  /** The snapshot; the municipality's current status by default. */
  prioritised?: boolean;
  /** Participants per sector; 10 in VO by default. */
  participants?: Partial<Record<Sector | "OTHER", number>>;
  recordedById?: string | null;
}

export async function createTraining(db: Database, overrides: TrainingOverrides = {}) {
  const municipality = await municipalityFor(db, overrides.municipalityId);
  const counts = { PO: 0, VO: 0, MBO: 0, SO: 0, OTHER: 0, ...(overrides.participants ?? { VO: 10 }) };
  return db.classroomTraining.create({
    data: {
      provider: overrides.provider ?? "SSV",
      providerName: overrides.providerName ?? null,
      title: overrides.title ?? "Radicalisering signaleren",
      date: day(overrides.date ?? "2018-03-01"),
      municipalityId: municipality.id,
      prioritised: overrides.prioritised ?? municipality.prioritised,
      schoolId: overrides.schoolId ?? null,
      participantsPo: counts.PO,
      participantsVo: counts.VO,
      participantsMbo: counts.MBO,
      participantsSo: counts.SO,
      participantsOther: counts.OTHER,
      participants: counts.PO + counts.VO + counts.MBO + counts.SO + counts.OTHER,
      recordedById: overrides.recordedById ?? null,
    },
  });
}

export interface ConversationOverrides {
  provider?: Provider;
  date?: Date | string;
  /** The school talked with; a new school (in `municipalityId`, if given) by default. */
  schoolId?: string;
  municipalityId?: string;
  prioritised?: boolean;
  topic?: string;
}

export async function createConversation(db: Database, overrides: ConversationOverrides = {}) {
  const school = overrides.schoolId
    ? await db.school.findUniqueOrThrow({ where: { id: overrides.schoolId } })
    : await createSchool(db, overrides.municipalityId ? { municipalityId: overrides.municipalityId } : {});
  const municipality = await municipalityFor(db, school.municipalityId);
  return db.advisoryConversation.create({
    data: {
      date: day(overrides.date ?? "2018-03-01"),
      schoolId: school.id,
      municipalityId: municipality.id,
      prioritised: overrides.prioritised ?? municipality.prioritised,
      topic: overrides.topic ?? "Schoolveiligheidsbeleid",
      provider: overrides.provider ?? "SSV",
      providerName: null,
    },
  });
}

export interface CompletionRecordOverrides {
  /** null: the account was erased. */
  userId?: string | null;
  courseSlug?: string;
  versionNumber?: number;
  completedAt?: Date | string;
  /** Fills sector, municipality and prioritised the way recordCompletion does. */
  schoolId?: string | null;
  sector?: Sector | null;
  municipalityId?: string | null;
  prioritised?: boolean | null;
}

/**
 * A completion record written directly, without publishing a course or walking a learner
 * through it (createCompletion in ./completion does that): the statistics read only the
 * record. Without a school it is a completion by someone without a school.
 */
export async function createCompletionRecord(db: Database, overrides: CompletionRecordOverrides = {}) {
  const school = overrides.schoolId
    ? await db.school.findUniqueOrThrow({ where: { id: overrides.schoolId }, include: { municipality: true } })
    : null;
  const courseSlug = overrides.courseSlug ?? "test-cursus";
  const completedAt = overrides.completedAt ?? "2018-03-01T12:00:00Z";
  return db.completionRecord.create({
    data: {
      userId: overrides.userId ?? null,
      courseId: `course-${courseSlug}`,
      courseSlug,
      versionId: `version-${courseSlug}-${overrides.versionNumber ?? 1}`,
      versionNumber: overrides.versionNumber ?? 1,
      schoolId: school?.id ?? null,
      sector: overrides.sector !== undefined ? overrides.sector : (school?.sector ?? null),
      municipalityId: overrides.municipalityId !== undefined ? overrides.municipalityId : (school?.municipalityId ?? null),
      prioritised: overrides.prioritised !== undefined ? overrides.prioritised : (school?.municipality.prioritised ?? null),
      scores: JSON.stringify({ scenarios: {}, quizzes: {} }),
      completedAt: typeof completedAt === "string" ? new Date(completedAt) : completedAt,
      verificationCode: verificationCode(),
    },
  });
}
