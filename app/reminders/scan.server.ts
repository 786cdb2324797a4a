// The reminder scan (the hourly "reminders.scan" job): for every assignment with a due date and
// every teacher it applies to now who has not completed the course, the reminder the rules say
// is due, as a mail with its dedupe key. Running it again, or on two instances at once, sends
// nothing new: the outbox takes each key once.
import { assignmentsWithTeachers } from "~/assignments/assignees.server";
import { courseTitles } from "~/assignments/assignments.server";
import type { Database } from "~/db/create-database.server";
import { getEnv } from "~/env.server";
import { type Locale, formatDate, isLocale, translator } from "~/i18n/translate";
import { sendMail } from "~/mail/mailer.server";
import { isSendingHour } from "./calendar";
import { type Reminder, dueReminder, governingPlans } from "./rules";

export interface ScanResult {
  /** Mails queued now (delivered over SMTP when configured). */
  sent: number;
  /** Reminders due but sent before (by an earlier scan or another instance). */
  duplicates: number;
}

/** "<user>:<course>" for every listed teacher who completed a listed course. */
export async function completedPairs(db: Database, userIds: readonly string[], courseIds: readonly string[]): Promise<Set<string>> {
  const where = { userId: { in: [...userIds] }, courseId: { in: [...courseIds] } };
  const [enrollments, records] = await Promise.all([
    db.enrollment.findMany({ where: { ...where, completedAt: { not: null } }, select: { userId: true, courseId: true } }),
    db.completionRecord.findMany({ where, select: { userId: true, courseId: true } }),
  ]);
  return new Set([...enrollments, ...records].map((row) => `${row.userId}:${row.courseId}`));
}

export function reminderMail(
  reminder: Reminder,
  teacher: { name: string; email: string; locale: string },
  course: { slug: string; title: string },
  dueDate: Date,
): { to: string; subject: string; text: string; dedupeKey: string } {
  const locale: Locale = isLocale(teacher.locale) ? teacher.locale : "nl";
  const t = translator(locale);
  const params = {
    name: teacher.name,
    course: course.title,
    date: formatDate(dueDate, locale),
    link: `${getEnv().appUrl}/cursussen/${encodeURIComponent(course.slug)}`,
  };
  const keys =
    reminder.kind === "before"
      ? ({ subject: "reminders.before.subject", body: "reminders.before.body" } as const)
      : ({ subject: "reminders.overdue.subject", body: "reminders.overdue.body" } as const);
  return {
    to: teacher.email,
    subject: t(keys.subject, params),
    text: `${t(keys.body, params)}\n\n${t("reminders.footer")}\n`,
    dedupeKey: reminder.dedupeKey,
  };
}

export async function scanReminders(db: Database, now: Date): Promise<ScanResult> {
  const result: ScanResult = { sent: 0, duplicates: 0 };
  if (!isSendingHour(now)) return result;
  const schools = await db.assignment.findMany({
    where: { withdrawnAt: null, dueDate: { not: null } },
    distinct: ["schoolId"],
    select: { schoolId: true },
  });
  for (const { schoolId } of schools) {
    const plans = governingPlans(await assignmentsWithTeachers(db, schoolId));
    const due = plans.flatMap(({ teacherId, plan }) => {
      const reminder = dueReminder(plan, teacherId, now);
      return reminder ? [{ teacherId, plan, reminder }] : [];
    });
    if (due.length === 0) continue;
    const teacherIds = [...new Set(due.map((item) => item.teacherId))];
    const courseIds = [...new Set(due.map((item) => item.plan.courseId))];
    const [completed, courses, teachers, taken] = await Promise.all([
      completedPairs(db, teacherIds, courseIds),
      courseTitles(db, courseIds),
      db.user.findMany({ where: { id: { in: teacherIds }, deactivatedAt: null }, select: { id: true, name: true, email: true, locale: true } }),
      // Keys sent before, so that a repeated scan does not even try them.
      db.outboxMessage.findMany({ where: { dedupeKey: { in: due.map((item) => item.reminder.dedupeKey) } }, select: { dedupeKey: true } }),
    ]);
    const teacherById = new Map(teachers.map((teacher) => [teacher.id, teacher]));
    const sentBefore = new Set(taken.map((row) => row.dedupeKey));
    for (const { teacherId, plan, reminder } of due) {
      const teacher = teacherById.get(teacherId);
      const course = courses.get(plan.courseId);
      if (!teacher || !course || completed.has(`${teacherId}:${plan.courseId}`)) continue;
      if (sentBefore.has(reminder.dedupeKey)) {
        result.duplicates += 1;
        continue;
      }
      const sent = await sendMail(reminderMail(reminder, teacher, course, plan.dueDate));
      if (sent.duplicate) result.duplicates += 1;
      else result.sent += 1;
    }
  }
  return result;
}
