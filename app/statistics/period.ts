// The period a statistic covers: calendar days from `from` to `to`, both included, with the
// boundaries each kind of record is counted by. Pure; shared by the server, the page and the CLI.
import { NETHERLANDS_TIME_ZONE, startOfDayInNetherlands } from "~/utils/netherlands-time";

/** What the period is, so that the text can say "In 2018" rather than a pair of dates. */
export type PeriodKind = "year" | "quarter" | "month" | "day" | "range";

export interface Period {
  kind: PeriodKind;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, included. */
  to: string;
}

/** The Netherlands' time zone: a completion at 00:30 on 1 January (Dutch time) belongs to the new year. */
export const STATISTICS_TIME_ZONE = NETHERLANDS_TIME_ZONE;

/** Nothing Signaal counts happened before this year; it also catches typos such as 218. */
export const EARLIEST_YEAR = 2000;

export class PeriodError extends Error {
  name = "PeriodError";
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as YYYY-MM-DD, or null (2019-02-30 is null). */
export function parseIsoDate(text: string): CalendarDay | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < EARLIEST_YEAR || year > 9999) {
    throw new PeriodError(`year ${year} is outside ${EARLIEST_YEAR}–9999`);
  }
}

export function yearPeriod(year: number): Period {
  checkYear(year);
  return { kind: "year", from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  checkYear(year);
  const firstMonth = (quarter - 1) * 3 + 1;
  return { kind: "quarter", from: isoDate(year, firstMonth, 1), to: isoDate(year, firstMonth + 2, lastDayOfMonth(year, firstMonth + 2)) };
}

export function monthPeriod(year: number, month: number): Period {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new PeriodError(`month ${month} does not exist`);
  return { kind: "month", from: isoDate(year, month, 1), to: isoDate(year, month, lastDayOfMonth(year, month)) };
}

/**
 * The period from one day to another (both included), recognised as a whole year, quarter,
 * month or single day when it is one. Throws PeriodError for a malformed or reversed range.
 */
export function periodBetween(from: string, to: string): Period {
  const start = parseIsoDate(from);
  if (!start) throw new PeriodError(`'${from}' is not a date (YYYY-MM-DD)`);
  const end = parseIsoDate(to);
  if (!end) throw new PeriodError(`'${to}' is not a date (YYYY-MM-DD)`);
  checkYear(start.year);
  checkYear(end.year);
  if (to < from) throw new PeriodError(`the period ends (${to}) before it starts (${from})`);
  const kind = classify(start, end);
  return { kind, from, to };
}

function classify(start: CalendarDay, end: CalendarDay): PeriodKind {
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (sameDay) return "day";
  const wholeMonths = start.year === end.year && start.day === 1 && end.day === lastDayOfMonth(end.year, end.month);
  if (!wholeMonths) return "range";
  if (start.month === 1 && end.month === 12) return "year";
  if (start.month === end.month) return "month";
  if ((start.month - 1) % 3 === 0 && end.month === start.month + 2) return "quarter";
  return "range";
}

/** From 1 January of `since` to the end of the period: the figures "since 2015". */
export function cumulativePeriod(period: Period, since: number): Period {
  checkYear(since);
  const periodYear = Number(period.from.slice(0, 4));
  if (since > periodYear) throw new PeriodError(`the cumulative start year ${since} lies after the period's start (${period.from})`);
  return periodBetween(isoDate(since, 1, 1), period.to);
}

export function periodYear(period: Period): number {
  return Number(period.from.slice(0, 4));
}

/** 1–4 for a quarter period. */
export function periodQuarter(period: Period): number {
  return Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1;
}

/** "2018-12-31" for "2019-01-01". */
export function previousDay(date: string): string {
  const day = parseIsoDate(date);
  if (!day) throw new PeriodError(`'${date}' is not a date (YYYY-MM-DD)`);
  return new Date(Date.UTC(day.year, day.month - 1, day.day - 1)).toISOString().slice(0, 10);
}

function dayAfter(date: string): Date {
  const day = parseIsoDate(date);
  if (!day) throw new PeriodError(`'${date}' is not a date (YYYY-MM-DD)`);
  return new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
}

function utcMidnight(date: string): Date {
  const day = parseIsoDate(date);
  if (!day) throw new PeriodError(`'${date}' is not a date (YYYY-MM-DD)`);
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/**
 * Bounds for columns that hold a calendar day at midnight UTC (training and conversation
 * dates): start <= date < end.
 */
export function periodDays(period: Period): { start: Date; end: Date } {
  return { start: utcMidnight(period.from), end: dayAfter(period.to) };
}

/**
 * Bounds for moments in time (completedAt): midnight in the Netherlands at the start of the
 * first day and after the last day; start <= moment < end.
 */
export function periodInstants(period: Period): { start: Date; end: Date } {
  return { start: dutchMidnight(utcMidnight(period.from)), end: dutchMidnight(dayAfter(period.to)) };
}

/** The moment it is midnight in the Netherlands on the calendar day that `day` (midnight UTC) names. */
function dutchMidnight(day: Date): Date {
  return startOfDayInNetherlands(day.toISOString().slice(0, 10));
}
