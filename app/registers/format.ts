// How the registers show days and counts: a recorded day is a calendar date (midnight UTC),
// so it is formatted in UTC and never shifts a day in another time zone.
import type { Locale } from "~/i18n/translate";

/** 31-01-2025 in Dutch, 31/01/2025 in English. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day.slice(0, 10)}T00:00:00.000Z`),
  );
}

/** 10.000 in Dutch, 10,000 in English. */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB").format(count);
}
