// Days and clock times as they are in the Netherlands. Due dates, periods of the statistics,
// date fields and reminders all mean Dutch calendar days, whatever time zone the server runs
// in; this module is the one place that converts.
export const NETHERLANDS_TIME_ZONE = "Europe/Amsterdam";

const wallClockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: NETHERLANDS_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  weekday: "short",
});

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 is Monday. */
  weekday: number;
}

/** What a Dutch clock and calendar show at a moment. */
export function wallClockInNetherlands(date: Date): WallClock {
  const parts = Object.fromEntries(wallClockFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "") + 1,
  };
}

/** The day (jjjj-mm-dd) a moment falls on in the Netherlands. */
export function dayInNetherlands(date: Date): string {
  const { year, month, day } = wallClockInNetherlands(date);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first moment of a day (jjjj-mm-dd) in the Netherlands. */
export function startOfDayInNetherlands(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date);
  let guess = wall;
  // The clock changes at 02:00 or 03:00 local time, never at midnight: two rounds settle it.
  for (let round = 0; round < 2; round += 1) {
    const local = wallClockInNetherlands(new Date(guess));
    const offset = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - guess;
    guess = wall - offset;
  }
  return new Date(guess);
}

export type DayReading = { ok: true; day: string } | { ok: false; code: "dateFormat" | "dateNonexistent" };

/**
 * A calendar day (jjjj-mm-dd) from how Dutch people and spreadsheets write it (31-01-2027,
 * 1-2-2027, 31/01/2027, 31.01.2027) or how a date field sends it (2027-01-31).
 */
export function readDay(text: string): DayReading {
  const value = text.trim();
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const numbers = dutch ? [dutch[4], dutch[3], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!numbers) return { ok: false, code: "dateFormat" };
  const [year, month, day] = numbers.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, code: "dateNonexistent" };
  }
  return { ok: true, day: date.toISOString().slice(0, 10) };
}
