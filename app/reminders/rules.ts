// When a teacher gets a reminder for an assigned course, as plain functions of the assignment
// and the clock. Each reminder has a key of its own (assignment, teacher, due date, and for
// overdue reminders the period); the outbox accepts a key once, so a reminder is sent once
// however often, and on however many instances, the scan runs.
const DAY_MS = 86_400_000;

export interface ReminderPlan {
  assignmentId: string;
  courseId: string;
  dueDate: Date;
  /** Days before the due date from which to remind; null or 0 for no reminder before. */
  remindDaysBefore: number | null;
  /** Days between reminders once overdue; null or 0 for none. */
  overdueEveryDays: number | null;
  createdAt: Date;
}

export type Reminder =
  | { kind: "before"; dedupeKey: string }
  /** period 1 starts when the due date passes, period 2 overdueEveryDays later, and so on. */
  | { kind: "overdue"; period: number; dedupeKey: string };

/** The reminder a teacher who has not completed the course is due now, if any. */
export function dueReminder(plan: ReminderPlan, teacherId: string, now: Date): Reminder | null {
  const due = plan.dueDate.getTime();
  const at = now.getTime();
  const base = `${plan.assignmentId}:${teacherId}:${plan.dueDate.toISOString()}`;
  // Overdue means past the due date, as courseStatus() has it.
  if (at <= due) {
    const days = plan.remindDaysBefore;
    if (!days || days <= 0 || at < due - days * DAY_MS) return null;
    return { kind: "before", dedupeKey: `reminder:before:${base}` };
  }
  const every = plan.overdueEveryDays;
  if (!every || every <= 0) return null;
  const period = Math.floor((at - due) / (every * DAY_MS)) + 1;
  return { kind: "overdue", period, dedupeKey: `reminder:overdue:${base}:${period}` };
}

/**
 * One assignment per teacher and course decides their reminders: the one with the earliest due
 * date (the earliest made on a tie), so two assignments of one course never remind twice.
 * Assignments without a due date remind no one.
 */
export function governingPlans(
  assignments: readonly { assignment: Omit<ReminderPlan, "assignmentId" | "dueDate"> & { id: string; dueDate: Date | null }; teacherIds: readonly string[] }[],
): { teacherId: string; plan: ReminderPlan }[] {
  const chosen = new Map<string, { teacherId: string; plan: ReminderPlan }>();
  for (const { assignment, teacherIds } of assignments) {
    if (!assignment.dueDate) continue;
    const plan: ReminderPlan = {
      assignmentId: assignment.id,
      courseId: assignment.courseId,
      dueDate: assignment.dueDate,
      remindDaysBefore: assignment.remindDaysBefore,
      overdueEveryDays: assignment.overdueEveryDays,
      createdAt: assignment.createdAt,
    };
    for (const teacherId of teacherIds) {
      const key = `${teacherId}:${plan.courseId}`;
      const current = chosen.get(key)?.plan;
      const earlier =
        !current ||
        plan.dueDate < current.dueDate ||
        (plan.dueDate.getTime() === current.dueDate.getTime() && plan.createdAt < current.createdAt);
      if (earlier) chosen.set(key, { teacherId, plan });
    }
  }
  return [...chosen.values()];
}
