import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ContentText } from "~/components/lesson/content-html";
import { CourseStatusTag } from "~/components/lesson/course-status";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { loadLearnerCourses } from "~/progress/learner-progress.server";
import { completedShare, courseStatus, resumePoint } from "~/progress/progress-view";

export const meta = pageTitle("teacher.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "teacher");
  const schools = user.schools.filter((school) => school.role === "TEACHER").map((school) => school.name);
  const courses = (await loadLearnerCourses(db, user.id)).map(({ version, enrollment, context }) => {
    const resume = resumePoint(version.manifest, version.metadata.volgorde, context);
    const base = `/cursussen/${version.slug}`;
    return {
      slug: version.slug,
      title: version.title,
      status: courseStatus({ started: enrollment !== null, completedAt: enrollment?.completedAt ?? null }),
      share: completedShare(version.manifest, context),
      completedAt: enrollment?.completedAt?.toISOString() ?? null,
      continueUrl: enrollment?.completedAt ? `${base}/afgerond` : enrollment && resume ? `${base}/${resume.lesson}${resume.block ? `#${resume.block}` : ""}` : base,
    };
  });
  return { name: user.name, schools, courses };
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
