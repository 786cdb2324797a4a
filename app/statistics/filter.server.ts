// The statistics page's filter read against the database: which years hold anything (the
// first, and the last full one, shown when no period is asked for), then the query checked
// with filter.ts. The page and its CSV download both start here.
import type { Database } from "~/db/create-database.server";
import { type FilterResult, parseStatisticsFilter } from "./filter";
import { STATISTICS_TIME_ZONE, periodDays, periodInstants, yearPeriod } from "./period";

export interface DataYears {
  /** This year in the Netherlands. */
  current: number;
  /** The year of the earliest training, conversation or completion; null when there is none. */
  first: number | null;
  /** The latest year before this one that holds a training, conversation or completion. */
  lastFull: number | null;
}

const yearFormat = new Intl.DateTimeFormat("en-GB", { timeZone: STATISTICS_TIME_ZONE, year: "numeric" });

/** The calendar year of an instant in the Netherlands (a completion at 00:30 on 1 January belongs to the new year). */
function dutchYear(moment: Date): number {
  return Number(yearFormat.format(moment));
}

/** Six index-only look-ups (the first and last record before this year, per table). */
export async function dataYears(db: Database, now: Date = new Date()): Promise<DataYears> {
  const current = dutchYear(now);
  const dayBound = periodDays(yearPeriod(current)).start;
  const instantBound = periodInstants(yearPeriod(current)).start;
  const [firstTraining, firstConversation, firstCompletion, lastTraining, lastConversation, lastCompletion] = await Promise.all([
    db.classroomTraining.findFirst({ orderBy: { date: "asc" }, select: { date: true } }),
    db.advisoryConversation.findFirst({ orderBy: { date: "asc" }, select: { date: true } }),
    db.completionRecord.findFirst({ orderBy: { completedAt: "asc" }, select: { completedAt: true } }),
    db.classroomTraining.findFirst({ where: { date: { lt: dayBound } }, orderBy: { date: "desc" }, select: { date: true } }),
    db.advisoryConversation.findFirst({ where: { date: { lt: dayBound } }, orderBy: { date: "desc" }, select: { date: true } }),
    db.completionRecord.findFirst({ where: { completedAt: { lt: instantBound } }, orderBy: { completedAt: "desc" }, select: { completedAt: true } }),
  ]);
  // Training and conversation dates are calendar days stored at midnight UTC: their UTC year is the day's year.
  const firsts = [firstTraining?.date.getUTCFullYear(), firstConversation?.date.getUTCFullYear(), firstCompletion && dutchYear(firstCompletion.completedAt)];
  const lasts = [lastTraining?.date.getUTCFullYear(), lastConversation?.date.getUTCFullYear(), lastCompletion && dutchYear(lastCompletion.completedAt)];
  const known = (years: (number | null | undefined)[]) => years.filter((year): year is number => typeof year === "number");
  const firstKnown = known(firsts);
  const lastKnown = known(lasts);
  return {
    current,
    first: firstKnown.length > 0 ? Math.min(...firstKnown) : null,
    lastFull: lastKnown.length > 0 ? Math.max(...lastKnown) : null,
  };
}

/** The filter a query string asks for, with the last full year that has data as the default (else this year). */
export async function readStatisticsFilter(
  db: Database,
  params: URLSearchParams,
  now: Date = new Date(),
): Promise<{ result: FilterResult; years: DataYears }> {
  const years = await dataYears(db, now);
  const result = parseStatisticsFilter(params, { defaultYear: years.lastFull ?? years.current, currentYear: years.current });
  return { result, years };
}
