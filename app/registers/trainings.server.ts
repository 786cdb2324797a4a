// Recording, changing and removing one classroom training. The municipality's "prioritised"
// flag is copied onto the training when it is recorded, so that later changes to the list of
// prioritised municipalities do not rewrite the statistics of earlier years.
import type { FieldErrors } from "~/components/form-validation";
import { db } from "~/db.server";
import { dateToDay, dateToDutchDay, dayToDate } from "./rules";
import type { TrainingFormValues, TrainingInput } from "./schemas";

export type SaveResult = { ok: true; id: string; year: number } | { ok: false; errors: FieldErrors };

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The municipality and school must exist, and the school must lie in the municipality. */
async function checkPlace(tx: Tx, input: TrainingInput) {
  const municipality = await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, prioritised: true } });
  if (!municipality) return { ok: false as const, errors: { municipalityId: "registers.error.municipalityUnknown" } satisfies FieldErrors };
  if (input.schoolId) {
    const school = await tx.school.findUnique({ where: { id: input.schoolId }, select: { municipalityId: true } });
    if (!school) return { ok: false as const, errors: { schoolId: "registers.error.schoolUnknown" } satisfies FieldErrors };
    if (school.municipalityId !== municipality.id) {
      return { ok: false as const, errors: { schoolId: "registers.error.schoolOtherMunicipality" } satisfies FieldErrors };
    }
  }
  return { ok: true as const, municipality };
}

function recordData(input: TrainingInput) {
  return {
    provider: input.provider,
    providerName: input.providerName,
    title: input.title,
    date: dayToDate(input.date),
    municipalityId: input.municipalityId,
    schoolId: input.schoolId,
    participantsPo: input.participantsPo,
    participantsVo: input.participantsVo,
    participantsMbo: input.participantsMbo,
    participantsSo: input.participantsSo,
    participantsOther: input.participantsOther,
    participants: input.participants,
  };
}

const yearOf = (input: TrainingInput) => Number(input.date.slice(0, 4));

export function createTraining(input: TrainingInput, recordedById: string): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const place = await checkPlace(tx, input);
    if (!place.ok) return place;
    const training = await tx.classroomTraining.create({
      data: { ...recordData(input), prioritised: place.municipality.prioritised, recordedById },
      select: { id: true },
    });
    return { ok: true, id: training.id, year: yearOf(input) };
  });
}

/**
 * Changes a training. It keeps its "prioritised" snapshot while it stays in the same
 * municipality; moved to another municipality, it takes that municipality's current flag.
 * Null when the training no longer exists.
 */
export function updateTraining(id: string, input: TrainingInput): Promise<SaveResult | null> {
  return db.$transaction(async (tx) => {
    const current = await tx.classroomTraining.findUnique({ where: { id }, select: { municipalityId: true, prioritised: true } });
    if (!current) return null;
    const place = await checkPlace(tx, input);
    if (!place.ok) return place;
    const prioritised = current.municipalityId === input.municipalityId ? current.prioritised : place.municipality.prioritised;
    await tx.classroomTraining.update({ where: { id }, data: { ...recordData(input), prioritised } });
    return { ok: true, id, year: yearOf(input) };
  });
}

/** The year of the removed training, or null when there was none. */
export async function deleteTraining(id: string): Promise<number | null> {
  const training = await db.classroomTraining.findUnique({ where: { id }, select: { date: true } });
  if (!training) return null;
  await db.classroomTraining.deleteMany({ where: { id } });
  return training.date.getUTCFullYear();
}

export async function findTraining(id: string) {
  const training = await db.classroomTraining.findUnique({
    where: { id },
    include: { municipality: { select: { name: true } }, recordedBy: { select: { name: true } } },
  });
  if (!training) return null;
  const values: TrainingFormValues = {
    provider: training.provider,
    providerName: training.providerName ?? "",
    title: training.title,
    date: dateToDutchDay(training.date),
    municipalityId: training.municipalityId,
    schoolId: training.schoolId ?? "",
    participantsPo: String(training.participantsPo),
    participantsVo: String(training.participantsVo),
    participantsMbo: String(training.participantsMbo),
    participantsSo: String(training.participantsSo),
    participantsOther: String(training.participantsOther),
  };
  return {
    id: training.id,
    title: training.title,
    /** jjjj-mm-dd */
    day: dateToDay(training.date),
    municipality: training.municipality.name,
    prioritised: training.prioritised,
    recordedBy: training.recordedBy?.name ?? null,
    createdAt: training.createdAt.toISOString(),
    values,
  };
}
