// The forms for one training and one advisory conversation, as Zod schemas whose messages
// are message keys. Every problem in a submission is reported at once, not only the first.
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";
import {
  type ConversationField,
  type ConversationFields,
  type Problem,
  type TrainingField,
  type TrainingFields,
  checkConversationFields,
  checkTrainingFields,
} from "./records";
import { SECTOR_FIELDS, cleanText } from "./rules";

const formText = z.string().optional();

const COUNT_MESSAGES: Record<(typeof SECTOR_FIELDS)[number], MessageKey> = {
  participantsPo: "registers.error.countPo",
  participantsVo: "registers.error.countVo",
  participantsMbo: "registers.error.countMbo",
  participantsSo: "registers.error.countSo",
  participantsOther: "registers.error.countOther",
};

/** The message a form shows for a problem with one of its fields. */
export function formMessage({ field, code }: Problem<TrainingField | ConversationField>): MessageKey {
  switch (field) {
    case "provider":
      return "registers.error.providerRequired";
    case "providerName":
      if (code === "required") return "registers.error.providerNameRequired";
      if (code === "providerNameNotAllowed") return "registers.error.providerNameNotAllowed";
      return "registers.error.providerNameTooLong";
    case "title":
      return code === "required" ? "registers.error.titleRequired" : "registers.error.titleTooLong";
    case "topic":
      return code === "required" ? "registers.error.topicRequired" : "registers.error.topicTooLong";
    case "date":
      if (code === "required") return "registers.error.dateRequired";
      if (code === "dateNonexistent") return "registers.error.dateNonexistent";
      if (code === "dateFuture") return "registers.error.dateFuture";
      if (code === "dateTooEarly") return "registers.error.dateTooEarly";
      return "registers.error.dateFormat";
    case "participants":
      return "registers.error.participantsNone";
    default:
      return COUNT_MESSAGES[field];
  }
}

/** Adds the messages in the order of the fields on the page, so the summary reads top to bottom. */
function report(context: z.RefinementCtx, order: readonly string[], problems: { field: string; message: MessageKey }[]) {
  const sorted = [...problems].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  for (const { field, message } of sorted) context.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
}

const withMessages = (problems: Problem<TrainingField | ConversationField>[]): { field: string; message: MessageKey }[] =>
  problems.map((problem) => ({ field: problem.field, message: formMessage(problem) }));

export type TrainingInput = TrainingFields & { municipalityId: string; schoolId: string | null };
export type ConversationInput = ConversationFields & { schoolId: string };

// The order of the fields on the page; "participants" is the fieldset of the five counts.
const TRAINING_FORM_ORDER = ["provider", "providerName", "title", "date", "municipalityId", "schoolId", "participants", ...SECTOR_FIELDS];
const CONVERSATION_FORM_ORDER = ["date", "schoolId", "topic", "provider", "providerName"];

export const TrainingFormSchema = z
  .object({
    provider: formText,
    providerName: formText,
    title: formText,
    date: formText,
    municipalityId: formText,
    schoolId: formText,
    participantsPo: formText,
    participantsVo: formText,
    participantsMbo: formText,
    participantsSo: formText,
    participantsOther: formText,
  })
  .transform((raw, context): TrainingInput => {
    const checked = checkTrainingFields(raw);
    const municipalityId = cleanText(raw.municipalityId);
    const problems = checked.ok ? [] : withMessages(checked.problems);
    if (!municipalityId) problems.push({ field: "municipalityId", message: "registers.error.municipalityRequired" });
    report(context, TRAINING_FORM_ORDER, problems);
    if (!checked.ok || !municipalityId) return z.NEVER;
    return { ...checked.value, municipalityId, schoolId: cleanText(raw.schoolId) || null };
  });

export const ConversationFormSchema = z
  .object({ date: formText, schoolId: formText, topic: formText, provider: formText, providerName: formText })
  .transform((raw, context): ConversationInput => {
    const checked = checkConversationFields(raw);
    const schoolId = cleanText(raw.schoolId);
    const problems = checked.ok ? [] : withMessages(checked.problems);
    if (!schoolId) problems.push({ field: "schoolId", message: "registers.error.schoolRequired" });
    report(context, CONVERSATION_FORM_ORDER, problems);
    if (!checked.ok || !schoolId) return z.NEVER;
    return { ...checked.value, schoolId };
  });

/** The fields of the training form as text, to fill it in again. */
export type TrainingFormValues = Record<keyof z.input<typeof TrainingFormSchema>, string>;
export type ConversationFormValues = Record<keyof z.input<typeof ConversationFormSchema>, string>;

export const EMPTY_TRAINING_VALUES: TrainingFormValues = {
  provider: "",
  providerName: "",
  title: "",
  date: "",
  municipalityId: "",
  schoolId: "",
  participantsPo: "0",
  participantsVo: "0",
  participantsMbo: "0",
  participantsSo: "0",
  participantsOther: "0",
};

export const EMPTY_CONVERSATION_VALUES: ConversationFormValues = { date: "", schoolId: "", topic: "", provider: "", providerName: "" };

export const TRAINING_FORM_FIELDS = Object.keys(TrainingFormSchema._def.schema.shape) as (keyof TrainingFormValues)[];
export const CONVERSATION_FORM_FIELDS = Object.keys(ConversationFormSchema._def.schema.shape) as (keyof ConversationFormValues)[];

/** What was submitted, to show it again next to the messages: nothing typed is lost. */
export function submittedValues<Key extends string>(fields: readonly Key[], formData: FormData): Record<Key, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  ) as Record<Key, string>;
}
