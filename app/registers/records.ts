// Checks the fields of one training or advisory conversation that need no database: the
// same rules for a form and for a row of a CSV file. Municipality and school are looked up
// by the server afterwards (by id from a form, by CBS or BRIN code from a file).
import {
  type Checked,
  type ProblemCode,
  type Provider,
  SECTOR_FIELDS,
  type SectorField,
  TITLE_MAX,
  TOPIC_MAX,
  checkCount,
  checkDay,
  checkProvider,
  checkProviderName,
  checkText,
} from "./rules";

export type TrainingField = "provider" | "providerName" | "title" | "date" | SectorField | "participants";
export type ConversationField = "provider" | "providerName" | "topic" | "date";

export interface Problem<Field extends string> {
  field: Field;
  code: ProblemCode;
}

export interface TrainingFields {
  provider: Provider;
  providerName: string | null;
  title: string;
  /** jjjj-mm-dd */
  date: string;
  participantsPo: number;
  participantsVo: number;
  participantsMbo: number;
  participantsSo: number;
  participantsOther: number;
  /** The sum of the five sector counts. */
  participants: number;
}

export interface ConversationFields {
  provider: Provider;
  providerName: string | null;
  topic: string;
  /** jjjj-mm-dd */
  date: string;
}

export type CheckResult<Fields, Field extends string> = { ok: true; value: Fields } | { ok: false; problems: Problem<Field>[] };

type Raw<Field extends string> = Partial<Record<Field, string | undefined>>;

function collect<Field extends string>(problems: Problem<Field>[], field: Field, checked: Checked<unknown>) {
  if (!checked.ok) problems.push({ field, code: checked.code });
}

function checkProviderPair<Field extends string>(raw: Raw<"provider" | "providerName">, problems: Problem<Field | "provider" | "providerName">[]) {
  const provider = checkProvider(raw.provider);
  collect(problems, "provider", provider);
  // Without a valid provider, a name is neither required nor refused: only the provider is wrong.
  const providerName = checkProviderName(provider.ok ? provider.value : null, raw.providerName);
  collect(problems, "providerName", providerName);
  return { provider, providerName };
}

export function checkTrainingFields(raw: Raw<TrainingField>, today?: string): CheckResult<TrainingFields, TrainingField> {
  const problems: Problem<TrainingField>[] = [];
  const { provider, providerName } = checkProviderPair<TrainingField>(raw, problems);
  const title = checkText(raw.title, TITLE_MAX);
  collect(problems, "title", title);
  const date = checkDay(raw.date, today);
  collect(problems, "date", date);
  const counts = SECTOR_FIELDS.map((field) => {
    const count = checkCount(raw[field]);
    collect(problems, field, count);
    return count;
  });
  const participants = counts.reduce((sum, count) => sum + (count.ok ? count.value : 0), 0);
  if (counts.every((count) => count.ok) && participants < 1) problems.push({ field: "participants", code: "participantsNone" });
  if (problems.length > 0 || !provider.ok || !providerName.ok || !title.ok || !date.ok) return { ok: false, problems };
  const [po, vo, mbo, so, other] = counts.map((count) => (count.ok ? count.value : 0)) as [number, number, number, number, number];
  return {
    ok: true,
    value: {
      provider: provider.value,
      providerName: providerName.value,
      title: title.value,
      date: date.value,
      participantsPo: po,
      participantsVo: vo,
      participantsMbo: mbo,
      participantsSo: so,
      participantsOther: other,
      participants,
    },
  };
}

export function checkConversationFields(raw: Raw<ConversationField>, today?: string): CheckResult<ConversationFields, ConversationField> {
  const problems: Problem<ConversationField>[] = [];
  const { provider, providerName } = checkProviderPair<ConversationField>(raw, problems);
  const topic = checkText(raw.topic, TOPIC_MAX);
  collect(problems, "topic", topic);
  const date = checkDay(raw.date, today);
  collect(problems, "date", date);
  if (problems.length > 0 || !provider.ok || !providerName.ok || !topic.ok || !date.ok) return { ok: false, problems };
  return { ok: true, value: { provider: provider.value, providerName: providerName.value, topic: topic.value, date: date.value } };
}
