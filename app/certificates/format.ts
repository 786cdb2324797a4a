// Dates as a certificate states them: the day alone, written out ("28 november 2026"),
// in the Netherlands' time zone so that the PDF and the pages agree.
import type { Locale } from "~/i18n/translate";

export function formatLongDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(value));
}

/** The calendar day of a moment in the Netherlands, "2026-11-28": a date without the time. */
export function calendarDay(value: Date): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Amsterdam" }).format(value);
}
