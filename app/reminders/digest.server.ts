// The weekly digest (the "digest.weekly" job): each coordinator of a school with assignments
// gets, on Monday morning, the counts per assigned course and who is overdue, read from the
// dashboard's read model so that mail and page agree. One mail per coordinator and ISO week.
import { schoolProgress } from "~/assignments/dashboard.server";
import { courseRows } from "~/assignments/dashboard-view";
import type { Database } from "~/db/create-database.server";
import { getEnv } from "~/env.server";
import { type Locale, formatList, isLocale, translator } from "~/i18n/translate";
import { sendMail } from "~/mail/mailer.server";

export interface DigestCourse {
  title: string;
  notStarted: number;
  inProgress: number;
  completed: number;
  overdue: number;
  /** Names of the teachers overdue, alphabetically. */
  overdueNames: string[];
}

export interface DigestSchool {
  schoolId: string;
  name: string;
  courses: DigestCourse[];
}

/** The coordinators who get a digest: active, of a school with an assignment not withdrawn. */
export async function coordinatorsToDigest(db: Database): Promise<string[]> {
  const memberships = await db.schoolMembership.findMany({
    where: {
      role: "COORDINATOR",
      deactivatedAt: null,
      user: { deactivatedAt: null },
      school: { assignments: { some: { withdrawnAt: null } } },
    },
    select: { userId: true },
  });
  return [...new Set(memberships.map((membership) => membership.userId))];
}

export async function schoolDigest(db: Database, school: { id: string; name: string }, now: Date): Promise<DigestSchool> {
  const progress = await schoolProgress(db, school.id, { now });
  const rows = courseRows(progress, { course: null, status: null, group: null, sort: "cursus", direction: "op" });
  return {
    schoolId: school.id,
    name: school.name,
    courses: rows.map((row) => ({
      title: row.title,
      notStarted: row.counts.notStarted,
      inProgress: row.counts.inProgress,
      completed: row.counts.completed,
      overdue: row.counts.overdue,
      overdueNames: progress.teachers
        .filter((teacher) => teacher.courses.some((course) => course.courseId === row.courseId && course.status === "overdue"))
        .map((teacher) => teacher.name),
    })),
  };
}

export function digestMail(
  coordinator: { name: string; email: string; locale: string },
  schools: readonly DigestSchool[],
  week: string,
  options: { withSchoolInLink: boolean },
): { to: string; subject: string; text: string } {
  const locale: Locale = isLocale(coordinator.locale) ? coordinator.locale : "nl";
  const t = translator(locale);
  const base = getEnv().appUrl;
  const sections = schools.map((school) => {
    const lines = [school.name];
    for (const course of school.courses) {
      const total = course.notStarted + course.inProgress + course.completed + course.overdue;
      if (total === 0) {
        lines.push(t("reminders.digest.noTeachers", { course: course.title }));
        continue;
      }
      const { notStarted, inProgress, completed, overdue } = course;
      lines.push(t("reminders.digest.course", { course: course.title, notStarted, inProgress, completed, overdue }));
      if (course.overdueNames.length > 0) lines.push(t("reminders.digest.overdueNames", { names: formatList(course.overdueNames, locale) }));
    }
    const link = `${base}/coordinator${options.withSchoolInLink ? `?school=${encodeURIComponent(school.schoolId)}` : ""}`;
    lines.push("", t("reminders.digest.link", { link }));
    return lines.join("\n");
  });
  return {
    to: coordinator.email,
    subject: t("reminders.digest.subject", { week: Number(week.slice(-2)) }),
    text: `${t("reminders.digest.intro", { name: coordinator.name })}\n\n${sections.join("\n\n")}\n\n${t("reminders.digest.footer")}\n`,
  };
}

/**
 * Sends one coordinator the digest of the given ISO week ("2026-W11"), covering each of their
 * schools with assignments; nothing when they have none, or when the week's digest went out.
 */
export async function sendWeeklyDigest(db: Database, userId: string, week: string, now: Date): Promise<"sent" | "duplicate" | "nothing"> {
  const coordinator = await db.user.findFirst({
    where: { id: userId, deactivatedAt: null },
    select: {
      name: true,
      email: true,
      locale: true,
      memberships: {
        where: { role: "COORDINATOR", deactivatedAt: null, school: { assignments: { some: { withdrawnAt: null } } } },
        select: { school: { select: { id: true, name: true } } },
      },
    },
  });
  if (!coordinator || coordinator.memberships.length === 0) return "nothing";
  const dedupeKey = `digest:${userId}:${week}`;
  if (await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) return "duplicate";
  const schools = coordinator.memberships.map((membership) => membership.school).sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const digests = (await Promise.all(schools.map((school) => schoolDigest(db, school, now)))).filter((school) => school.courses.length > 0);
  if (digests.length === 0) return "nothing";
  // A coordinator of one school lands on it without naming it; with several, each link names its school.
  const mail = digestMail(coordinator, digests, week, { withSchoolInLink: schools.length > 1 });
  const result = await sendMail({ ...mail, dedupeKey });
  return result.duplicate ? "duplicate" : "sent";
}
