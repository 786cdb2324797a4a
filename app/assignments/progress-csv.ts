// The progress tables as CSV files for a spreadsheet: UTF-8 with a byte order mark (so Excel
// reads é and ë), semicolons (Dutch Excel), CRLF, Dutch column names and Dutch dates
// (dd-mm-jjjj), whatever the interface language. Rows come from dashboard-view.ts, so a
// file holds what the page shows with the same filters and order. app/registers/csv.ts
// reads such files back.
import { translator } from "~/i18n/translate";
import type { CourseRow, TeacherRow } from "./dashboard-view";
import { scoresText } from "./dashboard-view";
import { dayInNetherlands, dutchDay } from "./due-dates";

const BOM = "\uFEFF";
const t = translator("nl");

/**
 * One cell. Quoted when it holds a separator, quote or line break. A cell that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe: a teacher's name is
 * text, never a command.
 */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
}

const day = (value: string | null) => (value ? dutchDay(value) : "");

export function teacherProgressCsv(rows: readonly TeacherRow[]): string {
  return csvDocument([
    [
      t("assignments.column.name"),
      t("assignments.column.email"),
      t("assignments.column.groups"),
      t("assignments.column.course"),
      t("assignments.column.status"),
      t("assignments.column.dueDate"),
      t("assignments.column.completedAt"),
      t("assignments.column.scores"),
    ],
    ...rows.map((row) => [
      row.name,
      row.email,
      row.groups.join(", "),
      row.courseTitle,
      t(`assignments.status.${row.status}`),
      day(row.dueDate),
      day(row.completedAt),
      scoresText(row.scores),
    ]),
  ]);
}

export function courseProgressCsv(rows: readonly CourseRow[]): string {
  return csvDocument([
    [
      t("assignments.column.course"),
      t("assignments.column.dueDate"),
      t("assignments.column.assigned"),
      t("assignments.column.invited"),
      t("assignments.status.not-started"),
      t("assignments.status.in-progress"),
      t("assignments.status.completed"),
      t("assignments.status.overdue"),
    ],
    ...rows.map((row) => [
      row.title,
      row.dueDates.map(dutchDay).join(", "),
      row.counts.assigned,
      row.counts.invited,
      row.counts.notStarted,
      row.counts.inProgress,
      row.counts.completed,
      row.counts.overdue,
    ]),
  ]);
}

/** "voortgang-12AB-2027-01-31.csv": what, which school, which day. */
export function csvFileName(kind: "voortgang-per-docent" | "voortgang-per-cursus", brinCode: string, now: Date): string {
  return `${kind}-${brinCode.replace(/[^A-Za-z0-9]/g, "")}-${dayInNetherlands(now)}.csv`;
}

/** The download response: an attachment, never cached (it holds names and progress). */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
