import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { ContentText } from "~/components/lesson/content-html";
import { CourseBreadcrumb } from "~/components/lesson/course-breadcrumb";
import { CourseFacts } from "~/components/lesson/course-facts";
import { contentPageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { courseOverview, latestVersion } from "~/learning/courses.server";

export const meta = contentPageTitle((data: { course: { title: string } }) => data.course.title, "error.404.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const version = await latestVersion(params.slug ?? "");
  if (!version) throw new Response("Not Found", { status: 404 });
  return { course: courseOverview(version) };
}

export default function CourseOverviewPage() {
  const { course } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
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
      {first ? (
        <p>
          <Link className="button" to={`/cursussen/${course.slug}/${first.slug}`}>
            {t("course.start")}
          </Link>
        </p>
      ) : null}

      <h2>{t("course.lessonsTitle")}</h2>
      <ol className="lesson-list">
        {course.lessons.map((lesson) => (
          <li key={lesson.slug}>
            <h3>
              <span className="lesson-list__number">{t("course.lessonNumber", { number: lesson.position })}: </span>
              <Link to={`/cursussen/${course.slug}/${lesson.slug}`}>
                <ContentText>{lesson.title}</ContentText>
              </Link>
            </h3>
            {lesson.summary ? <p lang="nl">{lesson.summary}</p> : null}
            {lesson.minutes ? <p className="lesson-list__minutes">{t("course.lessonMinutes", { minutes: lesson.minutes })}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
