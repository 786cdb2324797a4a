// The assignment forms (new, and due date and reminders of an existing one) as the server
// reads them: field values in, typed input or message keys out. Whether the course, group and
// teachers belong to the school is checked by assignments.server.ts against the database.
import { z } from "zod";
import type { FieldErrors, FormResult } from "~/components/form-validation";
import type { MessageKey } from "~/i18n/translate";
import { type DayProblem, checkDueDay, startOfDayInNetherlands } from "./due-dates";

export const SCOPES = ["SCHOOL", "GROUP", "TEACHERS"] as const;
export type Scope = (typeof SCOPES)[number];

/** Days before the due date on which the reminder job writes to teachers who have not finished. */
export const REMIND_DAYS_BEFORE = [1, 3, 7, 14] as const;
/** Days between reminders once a course is late. */
export const OVERDUE_EVERY_DAYS = [7, 14] as const;

const DAY_MESSAGES: Record<DayProblem, MessageKey> = {
  dateFormat: "assignments.error.dateFormat",
  dateNonexistent: "assignments.error.dateNonexistent",
  datePast: "assignments.error.datePast",
};

export interface ScheduleInput {
  dueDate: Date | null;
  remindDaysBefore: number | null;
  overdueEveryDays: number | null;
}

export interface NewAssignmentInput extends ScheduleInput {
  courseId: string;
  scope: Scope;
  groupId: string | null;
  teacherIds: string[];
}

/** The fields as text (and the chosen teachers), to fill the form in again after a problem. */
export interface AssignmentFormValues {
  courseId: string;
  scope: string;
  groupId: string;
  teacherIds: string[];
  dueDate: string;
  remindDaysBefore: string;
  overdueEveryDays: string;
}

export const EMPTY_ASSIGNMENT_VALUES: AssignmentFormValues = {
  courseId: "",
  scope: "SCHOOL",
  groupId: "",
  teacherIds: [],
  dueDate: "",
  remindDaysBefore: "",
  overdueEveryDays: "",
};

const text = z.string().optional().default("");

const RawSchema = z.object({
  courseId: text,
  scope: text,
  groupId: text,
  teacherIds: z.array(z.string()).default([]),
  dueDate: text,
  remindDaysBefore: text,
  overdueEveryDays: text,
});

export function assignmentFormValues(formData: FormData): AssignmentFormValues {
  const one = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    courseId: one("courseId"),
    scope: one("scope"),
    groupId: one("groupId"),
    teacherIds: formData.getAll("teacherIds").filter((value): value is string => typeof value === "string"),
    dueDate: one("dueDate"),
    remindDaysBefore: one("remindDaysBefore"),
    overdueEveryDays: one("overdueEveryDays"),
  };
}

function choice(value: string, options: readonly number[]): number | null | undefined {
  if (value === "" || value === "geen") return null;
  const number = Number(value);
  return options.includes(number) ? number : undefined;
}

/** Due date and reminders; `keepDay` is the stored due day, which may stay although it has passed. */
function checkSchedule(
  raw: Pick<AssignmentFormValues, "dueDate" | "remindDaysBefore" | "overdueEveryDays">,
  today: string,
  keepDay: string | null,
  errors: FieldErrors,
): ScheduleInput | null {
  let dueDate: Date | null = null;
  if (raw.dueDate.trim()) {
    const day = checkDueDay(raw.dueDate, today, keepDay);
    if (day.ok) dueDate = startOfDayInNetherlands(day.day);
    else errors.dueDate = DAY_MESSAGES[day.code];
  }
  const remindDaysBefore = choice(raw.remindDaysBefore, REMIND_DAYS_BEFORE);
  const overdueEveryDays = choice(raw.overdueEveryDays, OVERDUE_EVERY_DAYS);
  const noDate = !raw.dueDate.trim();
  if (remindDaysBefore === undefined) errors.remindDaysBefore = "assignments.error.reminderChoice";
  else if (remindDaysBefore !== null && noDate) errors.remindDaysBefore = "assignments.error.reminderWithoutDate";
  if (overdueEveryDays === undefined) errors.overdueEveryDays = "assignments.error.reminderChoice";
  else if (overdueEveryDays !== null && noDate) errors.overdueEveryDays = "assignments.error.reminderWithoutDate";
  if (Object.keys(errors).length > 0 || remindDaysBefore === undefined || overdueEveryDays === undefined) return null;
  return { dueDate, remindDaysBefore, overdueEveryDays };
}

/** The new-assignment form; errors in the order of the fields on the page. */
export function parseNewAssignment(values: AssignmentFormValues, today: string): FormResult<NewAssignmentInput> {
  const raw = RawSchema.parse(values);
  const errors: FieldErrors = {};
  if (!raw.courseId) errors.courseId = "assignments.error.courseRequired";
  const scope = (SCOPES as readonly string[]).includes(raw.scope) ? (raw.scope as Scope) : null;
  if (!scope) errors.scope = "assignments.error.scopeRequired";
  if (scope === "GROUP" && !raw.groupId) errors.groupId = "assignments.error.groupRequired";
  const teacherIds = [...new Set(raw.teacherIds.filter(Boolean))];
  if (scope === "TEACHERS" && teacherIds.length === 0) errors.teacherIds = "assignments.error.teachersRequired";
  const schedule = checkSchedule(raw, today, null, errors);
  if (!schedule || !scope || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      courseId: raw.courseId,
      scope,
      groupId: scope === "GROUP" ? raw.groupId : null,
      teacherIds: scope === "TEACHERS" ? teacherIds : [],
      ...schedule,
    },
  };
}

/** The form that changes an assignment's due date and reminders. */
export function parseSchedule(values: AssignmentFormValues, today: string, storedDay: string | null): FormResult<ScheduleInput> {
  const errors: FieldErrors = {};
  const schedule = checkSchedule(RawSchema.parse(values), today, storedDay, errors);
  return schedule ? { ok: true, data: schedule } : { ok: false, errors };
}
