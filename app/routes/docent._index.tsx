import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { assignedCourses } from "~/assignments/assignees.server";
import { requireRole } from "~/auth/session.server";
import { ContentText } from "~/components/lesson/content-html";
import { CARD_PATH } from "~/components/lesson/school-contacts";
import { CourseStatusTag } from "~/components/lesson/course-status";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { catalogueFor } from "~/learning/courses.server";
import { completedShare, courseStatus, resumePoint } from "~/progress/progress-view";

export const meta = pageTitle("teacher.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "teacher");
  const schools = user.schools.filter((school) => school.role === "TEACHER").map((school) => school.name);
  const [learnerCourses, assigned] = await Promise.all([catalogueFor(db, user.id), assignedCourses(db, user.id)]);
  // Assignments name courses by id, the catalogue by slug.
  const assignedIds = await db.course.findMany({ where: { id: { in: [...assigned.keys()] } }, select: { id: true, slug: true } });
  const dueBySlug = new Map(assignedIds.map((course) => [course.slug, assigned.get(course.id) ?? null]));
  const now = new Date();
  const courses = learnerCourses.map(({ version, enrollment, context }) => {
    const resume = resumePoint(version.manifest, version.metadata.volgorde, context);
    const base = `/cursussen/${version.slug}`;
    const dueDate = dueBySlug.get(version.slug) ?? null;
    return {
      slug: version.slug,
      title: version.title,
      assigned: dueBySlug.has(version.slug),
      dueDate: dueDate?.toISOString() ?? null,
      status: courseStatus({ started: enrollment !== null, completedAt: enrollment?.completedAt ?? null, dueDate, now }),
      share: completedShare(version.manifest, context),
      completedAt: enrollment?.completedAt?.toISOString() ?? null,
      continueUrl: enrollment?.completedAt ? `${base}/afgerond` : enrollment && resume ? `${base}/${resume.lesson}${resume.block ? `#${resume.block}` : ""}` : base,
    };
  });
  // Assigned courses first, the earliest due date first; the rest in catalogue order.
  const due = (course: (typeof courses)[number]) => (course.dueDate ? Date.parse(course.dueDate) : Number.POSITIVE_INFINITY);
  const ordered = [...courses.filter((course) => course.assigned).sort((a, b) => due(a) - due(b)), ...courses.filter((course) => !course.assigned)];
  return { name: user.name, schools, courses: ordered };
}

export default function TeacherHome() {
  const { name, schools, courses } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("teacher.title")}</h1>
      <p className="lead">{t("teacher.welcome", { name })}</p>
      {schools.map((school) => (
        <p key={school}>{t("teacher.school", { school })}</p>
      ))}
      <p className="concern-card-link">
        <Link to={CARD_PATH}>{t("contacts.card.linkFromHome")}</Link>
      </p>
      {courses.length === 0 ? <p>{t("myCourses.empty")}</p> : null}
      <ul className="my-courses">
        {courses.map((course) => {
          const progressId = `voortgang-${course.slug}`;
          const action = course.status === "completed" ? "myCourses.certificate" : course.status === "not-started" ? "myCourses.start" : "myCourses.resume";
          return (
            <li key={course.slug} className="course-card">
              <h2>
                <Link to={`/cursussen/${course.slug}`}>
                  <ContentText>{course.title}</ContentText>
                </Link>
              </h2>
              <p>
                <CourseStatusTag status={course.status} />
                {course.completedAt ? ` · ${formatDate(course.completedAt, locale)}` : null}
                {course.dueDate && !course.completedAt ? ` · ${t("myCourses.due", { date: formatDate(course.dueDate, locale) })}` : null}
              </p>
              <p id={progressId}>{t("myCourses.progress", course.share)}</p>
              <progress className="progress-bar" max={course.share.total} value={course.share.completed} aria-labelledby={progressId} />
              <p className="course-card__actions">
                {/* The course's name is part of the link's name, as several cards have the same button. */}
                <Link className="button" to={course.continueUrl} aria-label={t("myCourses.actionLabel", { action: t(action), course: course.title })}>
                  {t(action)}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
