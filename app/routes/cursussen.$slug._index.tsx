import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { Notice } from "~/components/form";
import { ContentText } from "~/components/lesson/content-html";
import { CourseBreadcrumb } from "~/components/lesson/course-breadcrumb";
import { CourseFacts } from "~/components/lesson/course-facts";
import { db } from "~/db.server";
import { contentPageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { courseOverview, isWithdrawn } from "~/learning/courses.server";
import { loadLearnerCourse } from "~/progress/learner-progress.server";
import { completedShare, lessonStatuses, resumePoint } from "~/progress/progress-view";

export const meta = contentPageTitle((data: { course: { title: string } }) => data.course.title, "error.404.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const learner = await loadLearnerCourse(db, user.id, params.slug ?? "");
  if (!learner) throw new Response("Not Found", { status: 404 });
  const { version, context, enrollment } = learner;
  return {
    course: courseOverview(version),
    statuses: Object.fromEntries(lessonStatuses(version.manifest, version.metadata.volgorde, context)),
    share: completedShare(version.manifest, context),
    resume: resumePoint(version.manifest, version.metadata.volgorde, context),
    started: enrollment !== null,
    completedAt: enrollment?.completedAt?.toISOString() ?? null,
    versionNumber: version.number,
    // Withdrawn from new enrolments: someone who has not started reads it but cannot begin.
    withdrawn: enrollment === null && (await isWithdrawn(db, version.slug)),
  };
}

export default function CourseOverviewPage() {
  const { course, statuses, share, resume, started, completedAt, versionNumber, withdrawn } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const courseUrl = `/cursussen/${course.slug}`;
  const first = course.lessons[0];
  return (
    <>
      <CourseBreadcrumb />
      <h1>
        <ContentText>{course.title}</ContentText>
      </h1>
      <p className="lead" lang="nl">
        {course.summary}
      </p>
      <CourseFacts minutes={course.minutes} sectors={course.sectors} lessons={course.lessons.length} />

      {completedAt ? (
        <Notice tone="success">
          <p>{t("course.completedOn", { date: formatDate(completedAt, locale) })}</p>
          <p>
            <Link to={`${courseUrl}/afgerond`}>{t("course.viewCompletion")}</Link>
          </p>
        </Notice>
      ) : started && resume ? (
        <p>
          <Link className="button" to={`${courseUrl}/${resume.lesson}${resume.block ? `#${resume.block}` : ""}`}>
            {t("course.continue")}
          </Link>
        </p>
      ) : withdrawn ? (
        <Notice>
          <p>{t("authoring.learner.withdrawn")}</p>
        </Notice>
      ) : first ? (
        <p>
          <Link className="button" to={`${courseUrl}/${first.slug}`}>
            {t("course.start")}
          </Link>
        </p>
      ) : null}
      {started ? <p className="block__note">{t("course.version", { number: versionNumber })}</p> : null}

      <h2 id="lessen">{t("course.lessonsTitle")}</h2>
      <p className="task-list__summary">{t("course.progress", { completed: share.completed, total: share.total })}</p>
      <ol className="task-list" aria-labelledby="lessen">
        {course.lessons.map((lesson) => {
          const status = statuses[lesson.slug] ?? "not-started";
          const name = (
            <>
              <span className="lesson-list__number">{t("course.lessonNumber", { number: lesson.position })}: </span>
              <ContentText>{lesson.title}</ContentText>
            </>
          );
          return (
            <li key={lesson.slug} className="task-list__item">
              <div className="task-list__name">
                {status === "locked" ? (
                  <span>{name}</span>
                ) : (
                  <Link to={`${courseUrl}/${lesson.slug}`} aria-describedby={`status-${lesson.slug}`}>
                    {name}
                  </Link>
                )}
                {lesson.summary ? <p lang="nl">{lesson.summary}</p> : null}
                {lesson.minutes ? <p className="lesson-list__minutes">{t("course.lessonMinutes", { minutes: lesson.minutes })}</p> : null}
              </div>
              <strong className={`status status--${status}`} id={`status-${lesson.slug}`}>
                {t(`lesson.status.${status}`)}
              </strong>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
