// The statistics page's filter as a query string (?soort=jaar&jaar=2018&sinds=2015): checked
// into a period and a start year, or into Dutch field errors. The page and its CSV download
// read the same parameters with the same schema. Pure module.
import { z } from "zod";
import type { FieldErrors } from "~/components/form-validation";
import { type MessageKey, isMessageKey } from "~/i18n/translate";
import { EARLIEST_YEAR, type Period, PeriodError, monthPeriod, periodBetween, quarterPeriod, yearPeriod } from "./period";
import { readDay } from "~/utils/netherlands-time";

/** The kinds of period the form offers; "vrij" is any range of days. */
export const FILTER_KINDS = ["jaar", "kwartaal", "maand", "vrij"] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

/** The letter to parliament counts "sinds 2015": the start year of the cumulative figures unless another is asked for. */
export const DEFAULT_SINCE = 2015;

/** What the visitor typed or chose, as strings, to show again in the form. */
export interface FilterValues {
  soort: string;
  jaar: string;
  kwartaal: string;
  maand: string;
  van: string;
  tot: string;
  sinds: string;
}

export interface StatisticsFilter {
  kind: FilterKind;
  period: Period;
  /** null: the visitor emptied "tel ook op sinds", so no cumulative figures. */
  since: number | null;
}

export type FilterResult = { ok: true; filter: StatisticsFilter; values: FilterValues } | { ok: false; errors: FieldErrors; values: FilterValues };

export interface FilterContext {
  /** The year shown when the query names none: the last full year with data, or this year. */
  defaultYear: number;
  /** This year in the Netherlands; later years are refused (nothing can have happened yet). */
  currentYear: number;
}

/**
 * A calendar day as YYYY-MM-DD from how a Dutch administrator types it (31-12-2018, 1-1-2018,
 * 31/12/2018, 31.12.2018) or how a date field sends it (2018-12-31); null when it is no real day.
 */
export function parseFilterDate(text: string): string | null {
  const reading = readDay(text);
  return reading.ok ? reading.day : null;
}

/** "31-12-2018": a day as the form shows it back. */
export function formatFilterDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}-${month}-${year}`;
}

const text = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

const FilterFieldsSchema = z.object({ soort: text, jaar: text, kwartaal: text, maand: text, van: text, tot: text, sinds: text });

function filterSchema(context: FilterContext, sinceGiven: boolean) {
  return FilterFieldsSchema.transform((fields, ctx): StatisticsFilter => {
    let failed = false;
    const fail = (path: keyof FilterValues, message: MessageKey) => {
      failed = true;
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    };
    const kind = (fields.soort || "jaar") as FilterKind;
    if (!FILTER_KINDS.includes(kind)) fail("soort", "statistics.filter.kindInvalid");

    let period: Period | null = null;
    if (kind === "vrij") {
      const from = parseFilterDate(fields.van);
      const to = parseFilterDate(fields.tot);
      if (!fields.van) fail("van", "statistics.filter.fromRequired");
      else if (!from || from < `${EARLIEST_YEAR}-01-01`) fail("van", "statistics.filter.fromInvalid");
      if (!fields.tot) fail("tot", "statistics.filter.toRequired");
      else if (!to || to < `${EARLIEST_YEAR}-01-01`) fail("tot", "statistics.filter.toInvalid");
      else if (from && to < from) fail("tot", "statistics.filter.toBeforeFrom");
      if (from && to && to >= from && from >= `${EARLIEST_YEAR}-01-01`) period = periodOrNull(() => periodBetween(from, to));
    } else if (FILTER_KINDS.includes(kind)) {
      const year = fields.jaar ? wholeNumber(fields.jaar) : context.defaultYear;
      const yearOk = year !== null && year >= EARLIEST_YEAR && year <= context.currentYear;
      if (!yearOk) fail("jaar", "statistics.filter.yearInvalid");
      if (kind === "kwartaal") {
        const quarter = wholeNumber(fields.kwartaal);
        if (quarter === null || quarter < 1 || quarter > 4) fail("kwartaal", "statistics.filter.quarterInvalid");
        else if (yearOk) period = periodOrNull(() => quarterPeriod(year, quarter as 1 | 2 | 3 | 4));
      } else if (kind === "maand") {
        const month = wholeNumber(fields.maand);
        if (month === null || month < 1 || month > 12) fail("maand", "statistics.filter.monthInvalid");
        else if (yearOk) period = periodOrNull(() => monthPeriod(year, month));
      } else if (yearOk) {
        period = periodOrNull(() => yearPeriod(year));
      }
    }

    let since: number | null = null;
    const periodStart = period ? Number(period.from.slice(0, 4)) : null;
    if (!sinceGiven) {
      // Unasked, the figures count from 2015, or from the period's own year when that is earlier.
      since = periodStart === null ? DEFAULT_SINCE : Math.min(DEFAULT_SINCE, periodStart);
    } else if (fields.sinds) {
      since = /^\d{4}$/.test(fields.sinds) ? Number(fields.sinds) : null;
      if (since === null || since < EARLIEST_YEAR) fail("sinds", "statistics.filter.sinceInvalid");
      else if (periodStart !== null && since > periodStart) fail("sinds", "statistics.filter.sinceAfterPeriod");
    }
    if (!period) {
      // Every way to get here has added an issue above; this keeps it so.
      if (!failed) fail("soort", "statistics.filter.kindInvalid");
      return z.NEVER;
    }
    return { kind, period, since };
  });
}

function wholeNumber(value: string): number | null {
  return /^\d{1,4}$/.test(value) ? Number(value) : null;
}

function periodOrNull(make: () => Period): Period | null {
  try {
    return make();
  } catch (error) {
    if (error instanceof PeriodError) return null;
    throw error;
  }
}

/** The filter a query string asks for; without one, the default year since 2015. */
export function parseStatisticsFilter(params: URLSearchParams, context: FilterContext): FilterResult {
  const raw = Object.fromEntries(FILTER_FIELDS.map((name) => [name, params.get(name) ?? undefined]));
  const values = Object.fromEntries(FILTER_FIELDS.map((name) => [name, (params.get(name) ?? "").trim()])) as unknown as FilterValues;
  const result = filterSchema(context, params.has("sinds")).safeParse(raw);
  if (result.success) return { ok: true, filter: result.data, values: valuesOf(result.data) };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "soort");
    if (!errors[field]) errors[field] = isMessageKey(issue.message) ? issue.message : "error.title";
  }
  return { ok: false, errors, values };
}

const FILTER_FIELDS = ["soort", "jaar", "kwartaal", "maand", "van", "tot", "sinds"] as const;

/** The form's values for a valid filter: what the form shows again after "Toon". */
export function valuesOf(filter: StatisticsFilter): FilterValues {
  const { period } = filter;
  const year = period.from.slice(0, 4);
  const month = String(Number(period.from.slice(5, 7)));
  return {
    soort: filter.kind,
    jaar: year,
    kwartaal: filter.kind === "kwartaal" ? String(Math.floor((Number(month) - 1) / 3) + 1) : "",
    maand: filter.kind === "maand" ? month : "",
    van: formatFilterDate(period.from),
    tot: formatFilterDate(period.to),
    sinds: filter.since === null ? "" : String(filter.since),
  };
}

/** The query string that asks for this filter again (for links and the CSV downloads), canonical. */
export function filterQuery(filter: StatisticsFilter): string {
  const { period } = filter;
  const params = new URLSearchParams({ soort: filter.kind });
  if (filter.kind === "vrij") {
    params.set("van", period.from);
    params.set("tot", period.to);
  } else {
    params.set("jaar", period.from.slice(0, 4));
    const month = Number(period.from.slice(5, 7));
    if (filter.kind === "kwartaal") params.set("kwartaal", String(Math.floor((month - 1) / 3) + 1));
    if (filter.kind === "maand") params.set("maand", String(month));
  }
  params.set("sinds", filter.since === null ? "" : String(filter.since));
  return params.toString();
}
