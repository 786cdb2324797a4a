// The rules every recorded training and advisory conversation follows, whether it is typed
// into a form or read from a CSV file: dates, counts, providers and text lengths. Pure
// functions that report problems as codes; forms and the import turn them into messages.
import type { Provider } from ".prisma/signaal-sqlite";
import { dayInNetherlands, readDay } from "~/utils/netherlands-time";

export const PROVIDERS = ["SSV", "ESS", "MUNICIPALITY", "OTHER"] as const satisfies readonly Provider[];
export type { Provider };

/** Providers that need a name: which municipality or organisation gave it. */
export const NAMED_PROVIDERS: readonly Provider[] = ["MUNICIPALITY", "OTHER"];

export const FIRST_YEAR = 2010;
export const MAX_COUNT = 10_000;
export const TITLE_MAX = 200;
export const TOPIC_MAX = 300;
export const PROVIDER_NAME_MAX = 120;

export const SECTOR_FIELDS = ["participantsPo", "participantsVo", "participantsMbo", "participantsSo", "participantsOther"] as const;
export type SectorField = (typeof SECTOR_FIELDS)[number];

export type ProblemCode =
  | "required"
  | "tooLong"
  | "providerUnknown"
  | "providerNameNotAllowed"
  | "dateFormat"
  | "dateNonexistent"
  | "dateFuture"
  | "dateTooEarly"
  | "countNotNumber"
  | "countNegative"
  | "countTooLarge"
  | "participantsNone";

export type Checked<T> = { ok: true; value: T } | { ok: false; code: ProblemCode };

/** Trims and collapses runs of white space (line breaks included) into one space. */
export function cleanText(text: string | undefined | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

export function textLength(text: string): number {
  return [...text].length;
}

/** Required text of at most max characters. */
export function checkText(text: string | undefined, max: number): Checked<string> {
  const value = cleanText(text);
  if (!value) return { ok: false, code: "required" };
  if (textLength(value) > max) return { ok: false, code: "tooLong" };
  return { ok: true, value };
}

const PROVIDER_WORDS: Record<string, Provider> = {
  ssv: "SSV",
  ess: "ESS",
  municipality: "MUNICIPALITY",
  gemeente: "MUNICIPALITY",
  other: "OTHER",
  anders: "OTHER",
  andere: "OTHER",
  overig: "OTHER",
};

/** A provider from a form value (SSV, MUNICIPALITY …) or a Dutch word in a file (gemeente, anders). */
export function checkProvider(text: string | undefined): Checked<Provider> {
  const value = cleanText(text).toLowerCase();
  if (!value) return { ok: false, code: "required" };
  const provider = PROVIDER_WORDS[value];
  return provider ? { ok: true, value: provider } : { ok: false, code: "providerUnknown" };
}

/** The provider's name: required for a municipality or other organisation, empty otherwise. */
export function checkProviderName(provider: Provider | null, text: string | undefined): Checked<string | null> {
  const value = cleanText(text);
  if (provider !== null && !NAMED_PROVIDERS.includes(provider)) {
    return value ? { ok: false, code: "providerNameNotAllowed" } : { ok: true, value: null };
  }
  if (!value) return provider === null ? { ok: true, value: null } : { ok: false, code: "required" };
  if (textLength(value) > PROVIDER_NAME_MAX) return { ok: false, code: "tooLong" };
  return { ok: true, value };
}

/** Today's date (jjjj-mm-dd) in the Netherlands. */
export function todayInNetherlands(now: Date = new Date()): string {
  return dayInNetherlands(now);
}

/**
 * A day as jjjj-mm-dd from how a Dutch administrator or Excel writes it (31-01-2025, 1-2-2025,
 * 31/01/2025, 31.01.2025) or how a date field sends it (2025-01-31); from 2010, not after today.
 */
export function checkDay(text: string | undefined, today: string = todayInNetherlands()): Checked<string> {
  const value = cleanText(text);
  if (!value) return { ok: false, code: "required" };
  const reading = readDay(value);
  if (!reading.ok) return reading;
  if (Number(reading.day.slice(0, 4)) < FIRST_YEAR) return { ok: false, code: "dateTooEarly" };
  if (reading.day > today) return { ok: false, code: "dateFuture" };
  return { ok: true, value: reading.day };
}

/** The stored form of a day: midnight UTC. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A stored day back as jjjj-mm-dd. */
export function dateToDay(date: Date | string): string {
  return new Date(date).toISOString().slice(0, 10);
}

/** A stored day as a Dutch administrator types it: 31-01-2025. */
export function dateToDutchDay(date: Date | string): string {
  const [year, month, day] = dateToDay(date).split("-");
  return `${day}-${month}-${year}`;
}

/** A participant count: a whole number from 0 to 10,000; an empty field counts as 0. */
export function checkCount(text: string | undefined): Checked<number> {
  const value = cleanText(text);
  if (!value) return { ok: true, value: 0 };
  if (/^-\s*\d+$/.test(value)) return { ok: false, code: "countNegative" };
  if (!/^\+?\d+$/.test(value)) return { ok: false, code: "countNotNumber" };
  const count = Number(value.replace("+", ""));
  if (count > MAX_COUNT) return { ok: false, code: "countTooLarge" };
  return { ok: true, value: count };
}

/** A CBS municipality code as stored (GM0363) from GM0363, gm0363, 0363 or 363 (Excel drops zeros). */
export function normaliseCbsCode(text: string): string {
  const value = cleanText(text).toUpperCase();
  return /^\d{1,4}$/.test(value) ? `GM${value.padStart(4, "0")}` : value;
}

export function normaliseBrinCode(text: string): string {
  return cleanText(text).toUpperCase();
}
