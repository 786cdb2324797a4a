// Due dates are calendar days. "Af te ronden vóór 31 januari" means the course is late from
// the first moment of 31 January in the Netherlands, so a due day is stored as 00:00
// Europe/Amsterdam: every reader (Mijn cursussen, the dashboard, the reminder job) compares
// `now > dueDate` and formats the date in Amsterdam time without shifting a day.

export const TIME_ZONE = "Europe/Amsterdam";

export type DayProblem = "dateFormat" | "dateNonexistent" | "datePast";

export type CheckedDay = { ok: true; day: string } | { ok: false; code: DayProblem };

function partsIn(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TIME_ZONE,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The day (jjjj-mm-dd) a moment falls on in the Netherlands. */
export function dayInNetherlands(date: Date): string {
  const { year, month, day } = partsIn(date);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first moment of a day (jjjj-mm-dd) in the Netherlands. */
export function startOfDayInNetherlands(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date);
  let guess = wall;
  // The clock changes at 02:00 or 03:00 local time, never at midnight: two rounds settle it.
  for (let round = 0; round < 2; round += 1) {
    const local = partsIn(new Date(guess));
    const offset = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - guess;
    guess = wall - offset;
  }
  return new Date(guess);
}

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
  const checked = date.toISOString().slice(0, 10);
  if (checked !== allowed && checked <= today) return { ok: false, code: "datePast" };
  return { ok: true, day: checked };
}
