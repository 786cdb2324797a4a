// How the statistics write numbers: exact counts in tables, "circa" figures in the text.

import type { Locale } from "~/i18n/translate";

/**
 * The "circa" rule of the paragraph, after the letter to parliament (Kamerstuk 29 754,
 * nr. 522): counts below 10 stay exact; up to 1000 they are rounded to the nearest ten, up to
 * 10,000 to the nearest hundred, above that to the nearest thousand (halves round up).
 * "Circa" is written only when rounding changed the count, so 680 participants stay "680"
 * and 49 conversations become "circa 50", as in the letter.
 */
export function roundForText(count: number): { value: number; approximate: boolean } {
  const step = count < 10 ? 1 : count < 1000 ? 10 : count < 10_000 ? 100 : 1000;
  const value = Math.round(count / step) * step;
  return { value, approximate: value !== count };
}

const formats: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL"),
  en: new Intl.NumberFormat("en-GB"),
};

/**
 * 5000 / 12.000 in Dutch (the letter's style: no separator in four digits), 5,000 / 12,000
 * in English.
 */
export function formatCount(value: number, locale: Locale): string {
  if (locale === "nl" && Math.abs(value) < 10_000) return String(value);
  return formats[locale].format(value);
}
