// Recording, changing and removing one advisory conversation with a school. Its municipality
// is the school's, and that municipality's "prioritised" flag is copied onto it when recorded.
import type { FieldErrors } from "~/components/form-validation";
import { db } from "~/db.server";
import { dateToDay, dateToDutchDay, dayToDate } from "./rules";
import type { ConversationFormValues, ConversationInput } from "./schemas";
import type { SaveResult } from "./trainings.server";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function findSchool(tx: Tx, schoolId: string) {
  return tx.school.findUnique({
    where: { id: schoolId },
    select: { municipalityId: true, municipality: { select: { prioritised: true } } },
  });
}

const UNKNOWN_SCHOOL = { ok: false as const, errors: { schoolId: "registers.error.schoolUnknown" } satisfies FieldErrors };

function recordData(input: ConversationInput, municipalityId: string) {
  return {
    date: dayToDate(input.date),
    schoolId: input.schoolId,
    municipalityId,
    topic: input.topic,
    provider: input.provider,
    providerName: input.providerName,
  };
}

const yearOf = (input: ConversationInput) => Number(input.date.slice(0, 4));

export function createConversation(input: ConversationInput, recordedById: string): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const school = await findSchool(tx, input.schoolId);
    if (!school) return UNKNOWN_SCHOOL;
    const conversation = await tx.advisoryConversation.create({
      data: { ...recordData(input, school.municipalityId), prioritised: school.municipality.prioritised, recordedById },
      select: { id: true },
    });
    return { ok: true, id: conversation.id, year: yearOf(input) };
  });
}

/**
 * Changes a conversation. It keeps its "prioritised" snapshot while its school stays in the
 * same municipality; otherwise it takes the new municipality's current flag. Null when the
 * conversation no longer exists.
 */
export function updateConversation(id: string, input: ConversationInput): Promise<SaveResult | null> {
  return db.$transaction(async (tx) => {
    const current = await tx.advisoryConversation.findUnique({ where: { id }, select: { municipalityId: true, prioritised: true } });
    if (!current) return null;
    const school = await findSchool(tx, input.schoolId);
    if (!school) return UNKNOWN_SCHOOL;
    const prioritised = current.municipalityId === school.municipalityId ? current.prioritised : school.municipality.prioritised;
    await tx.advisoryConversation.update({ where: { id }, data: { ...recordData(input, school.municipalityId), prioritised } });
    return { ok: true, id, year: yearOf(input) };
  });
}

/** The year of the removed conversation, or null when there was none. */
export async function deleteConversation(id: string): Promise<number | null> {
  const conversation = await db.advisoryConversation.findUnique({ where: { id }, select: { date: true } });
  if (!conversation) return null;
  await db.advisoryConversation.deleteMany({ where: { id } });
  return conversation.date.getUTCFullYear();
}

export async function findConversation(id: string) {
  const conversation = await db.advisoryConversation.findUnique({
    where: { id },
    include: { school: { select: { name: true } }, municipality: { select: { name: true } }, recordedBy: { select: { name: true } } },
  });
  if (!conversation) return null;
  const values: ConversationFormValues = {
    date: dateToDutchDay(conversation.date),
    schoolId: conversation.schoolId,
    topic: conversation.topic,
    provider: conversation.provider,
    providerName: conversation.providerName ?? "",
  };
  return {
    id: conversation.id,
    topic: conversation.topic,
    school: conversation.school.name,
    /** jjjj-mm-dd */
    day: dateToDay(conversation.date),
    municipality: conversation.municipality.name,
    prioritised: conversation.prioritised,
    recordedBy: conversation.recordedBy?.name ?? null,
    createdAt: conversation.createdAt.toISOString(),
    values,
  };
}
