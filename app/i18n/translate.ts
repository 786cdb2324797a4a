// Looks up interface text by key and fills in {placeholders}. Dutch is the default and the
// fallback; English is available for every key (the type checker enforces it).
import { en } from "./messages.en";
import { type MessageKey, nl } from "./messages.nl";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";
export type { MessageKey };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.hasOwn(nl, value);
}

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => {
    const template = dictionary[key] ?? nl[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : match,
    );
  };
}

/** Formats a date and time the Dutch way (or the English way) in the Netherlands' time zone. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(value));
}

/** "28 november 2026" (or "28 November 2026"), in the Netherlands' time zone. */
export function formatDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date(value));
}

/** "14:05", in the Netherlands' time zone. */
export function formatTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(new Date(value));
}

/** "PO, VO en MBO" in Dutch, "PO, VO and MBO" in English. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === "nl" ? "nl-NL" : "en-GB", { type: "conjunction" }).format(items);
}
