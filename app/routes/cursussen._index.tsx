import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { CourseFacts } from "~/components/lesson/course-facts";
import { ContentText } from "~/components/lesson/content-html";
import { listPublishedCourses } from "~/content/published.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("courses.title");

// Every signed-in person may read published courses, whatever their role.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const courses = await listPublishedCourses();
  return {
    courses: courses.map(({ slug, title, summary, minutes, sectors, lessons }) => ({ slug, title, summary, minutes, sectors, lessons })),
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
