// The stored xAPI statements for an administrator: how many there are in a period, and all of
// them as one JSON array, read from the database in batches so that a million rows never sit
// in memory at once.
import { z } from "zod";
import { type FormResult, parseForm } from "~/components/form-validation";
import { db } from "~/db.server";
import { readDay, startOfDayInNetherlands } from "~/utils/netherlands-time";

/** Days as the administrator chose them (jjjj-mm-dd), in Dutch time; null is "no limit". */
export interface XapiPeriod {
  van: string | null;
  tot: string | null;
}


/**
 * A calendar date as jjjj-mm-dd, from how a Dutch administrator types it (31-01-2025, 31/1/2025)
 * or how a date field sends it (2025-01-31); null when the date does not exist.
 */
export function parseDate(text: string): string | null {
  const reading = readDay(text);
  if (!reading.ok) return null;
  const year = Number(reading.day.slice(0, 4));
  return year >= 2000 && year <= 2999 ? reading.day : null;
}

const dateField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = parseDate(value);
      if (!date) {
        context.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return date;
    });

export const XapiPeriodSchema = z
  .object({ van: dateField("xapi.fromInvalid"), tot: dateField("xapi.toInvalid") })
  .superRefine((period, context) => {
    if (period.van && period.tot && period.tot < period.van) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ["tot"], message: "xapi.toBeforeFrom" });
    }
  });

/** The period in a query string (?van=...&tot=...), checked as a form would be. */
export function parsePeriod(params: URLSearchParams): FormResult<XapiPeriod> {
  const formData = new FormData();
  for (const [key, value] of params) formData.append(key, value);
  return parseForm(XapiPeriodSchema, formData);
}

/** The query string that asks for this period again, canonical dates only. */
export function periodQuery(period: XapiPeriod): string {
  const params = new URLSearchParams();
  if (period.van) params.set("van", period.van);
  if (period.tot) params.set("tot", period.tot);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function exportFileName(period: XapiPeriod): string {
  return `signaal-xapi-${period.van ?? "begin"}-${period.tot ?? "eind"}.json`;
}

// ---- reading ----

/** 00:00 in the Netherlands on a day (jjjj-mm-dd), plus some days. */
function startOfDay(date: string, plusDays = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return startOfDayInNetherlands(new Date(Date.UTC(year, month - 1, day + plusDays)).toISOString().slice(0, 10));
}

function periodWhere(period: XapiPeriod) {
  return {
    timestamp: {
      ...(period.van ? { gte: startOfDay(period.van) } : {}),
      ...(period.tot ? { lt: startOfDay(period.tot, 1) } : {}),
    },
  };
}

export function countStatements(period: XapiPeriod): Promise<number> {
  return db.xapiStatement.count({ where: periodWhere(period) });
}

/**
 * The statements of a period as one JSON array, oldest first. Rows are read a batch at a time
 * (keyset on timestamp and id, which the timestamp index serves) only when the reader is ready
 * for more. The stored text is the statement's JSON as it was written, so it goes out as is.
 */
export function statementStream(period: XapiPeriod, batchSize = 1000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const where = periodWhere(period);
  let last: { timestamp: Date; id: string } | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("["));
    },
    async pull(controller) {
      const rows = await db.xapiStatement.findMany({
        where: last
          ? { AND: [where, { OR: [{ timestamp: { gt: last.timestamp } }, { timestamp: last.timestamp, id: { gt: last.id } }] }] }
          : where,
        orderBy: [{ timestamp: "asc" }, { id: "asc" }],
        take: batchSize,
        select: { id: true, timestamp: true, statement: true },
      });
      if (rows.length > 0) {
        const separator = last ? ",\n" : "\n";
        controller.enqueue(encoder.encode(separator + rows.map((row) => row.statement).join(",\n")));
        const end = rows[rows.length - 1]!;
        last = { timestamp: end.timestamp, id: end.id };
      }
      if (rows.length < batchSize) {
        controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
      }
    },
  });
}
