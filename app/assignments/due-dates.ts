// Due dates are calendar days. "Af te ronden vóór 31 januari" means the course is late from
// the first moment of 31 January in the Netherlands, so a due day is stored as 00:00
// Europe/Amsterdam: every reader (Mijn cursussen, the dashboard, the reminder job) compares
// `now > dueDate` and formats the date in Amsterdam time without shifting a day.

import { dayInNetherlands, readDay } from "~/utils/netherlands-time";

export { NETHERLANDS_TIME_ZONE as TIME_ZONE, dayInNetherlands, startOfDayInNetherlands } from "~/utils/netherlands-time";

export type DayProblem = "dateFormat" | "dateNonexistent" | "datePast";

export type CheckedDay = { ok: true; day: string } | { ok: false; code: DayProblem };

/** "31-01-2027": the day a moment falls on in the Netherlands, as Dutch forms and spreadsheets write it. */
export function dutchDay(date: Date | string): string {
  const [year, month, day] = dayInNetherlands(new Date(date)).split("-");
  return `${day}-${month}-${year}`;
}

/** How the form shows a stored due date again. */
export function dueDateFormValue(dueDate: Date | null): string {
  return dueDate ? dutchDay(dueDate) : "";
}

/**
 * A due day from how a Dutch coordinator writes it (31-01-2027, 1-2-2027, 31/01/2027) or how a
 * date field sends it (2027-01-31). It must lie after today: a course due today would be late
 * the moment it is assigned. `allowed` is a day that passes anyway (the one already stored,
 * when only the reminders change).
 */
export function checkDueDay(text: string, today: string, allowed: string | null = null): CheckedDay {
  const reading = readDay(text);
  if (!reading.ok) return reading;
  if (reading.day !== allowed && reading.day <= today) return { ok: false, code: "datePast" };
  return reading;
}
