// Clock questions the reminders ask, answered in the Netherlands' time zone: which hour and
// ISO week it is, whether mail may go out now, whether the weekly digest is due.
import { wallClockInNetherlands } from "~/utils/netherlands-time";

/** Mail goes out from 07:00 until 21:00 Amsterdam time; a scan outside these hours sends nothing. */
export const SENDING_HOURS = { from: 7, until: 21 } as const;
/** The weekly digest is queued on Monday from this hour (Amsterdam time). */
export const DIGEST_HOUR = 7;

/** The local date, hour and ISO weekday (1 = Monday) in Amsterdam. */
export function amsterdamTime(date: Date): { year: number; month: number; day: number; hour: number; weekday: number } {
  const { year, month, day, hour, weekday } = wallClockInNetherlands(date);
  return { year, month, day, hour, weekday };
}

/** "2026-03-09T14": the UTC hour, for keys of hourly jobs. */
export function utcHourKey(date: Date): string {
  return date.toISOString().slice(0, 13);
}

/** "2026-W11": the ISO week of the Amsterdam date. */
export function isoWeekKey(date: Date): string {
  const { year, month, day } = amsterdamTime(date);
  const local = new Date(Date.UTC(year, month - 1, day));
  const weekday = (local.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(local.getTime() + (3 - weekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

export function isSendingHour(date: Date): boolean {
  const { hour } = amsterdamTime(date);
  return hour >= SENDING_HOURS.from && hour < SENDING_HOURS.until;
}

/** Monday from 07:00 until the end of the sending hours, Amsterdam time. */
export function isDigestTime(date: Date): boolean {
  const { weekday, hour } = amsterdamTime(date);
  return weekday === 1 && hour >= DIGEST_HOUR && hour < SENDING_HOURS.until;
}
