import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { CourseFacts } from "~/components/lesson/course-facts";
import { ContentText } from "~/components/lesson/content-html";
import { CourseStatusTag } from "~/components/lesson/course-status";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { catalogueFor } from "~/learning/courses.server";
import { courseStatus } from "~/progress/progress-view";

export const meta = pageTitle("courses.title");

// Every signed-in person may read published courses, whatever their role.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const courses = await catalogueFor(db, user.id);
  return {
    courses: courses.map(({ version, enrollment }) => ({
      slug: version.slug,
      title: version.title,
      summary: version.summary,
      minutes: version.metadata.minuten,
      sectors: version.metadata.doelgroep,
      lessons: version.manifest.lessons.length,
      status: courseStatus({ started: enrollment !== null, completedAt: enrollment?.completedAt ?? null }),
    })),
  };
}

export default function CoursesPage() {
  const { courses } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("courses.title")}</h1>
      <p className="lead">{t("courses.intro")}</p>
      {courses.length === 0 ? (
        <p>{t("courses.empty")}</p>
      ) : (
        <ul className="course-list">
          {courses.map((course) => (
            <li key={course.slug} className="course-card">
              <h2>
                <Link to={`/cursussen/${course.slug}`}>
                  <ContentText>{course.title}</ContentText>
                </Link>
              </h2>
              <p>
                <CourseStatusTag status={course.status} />
              </p>
              <p lang="nl">{course.summary}</p>
              <CourseFacts minutes={course.minutes} sectors={course.sectors} lessons={course.lessons} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
