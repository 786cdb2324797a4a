import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { ContentText } from "./content-html";

/** "Cursussen › <course>" above a course or lesson page; the course link only on lesson pages. */
export function CourseBreadcrumb({ course }: { course?: { slug: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("lesson.breadcrumb")} className="breadcrumb">
      <ol>
        <li>
          <Link to="/cursussen">{t("course.allCourses")}</Link>
        </li>
        {course ? (
          <li>
            <Link to={`/cursussen/${course.slug}`}>
              <ContentText>{course.title}</ContentText>
            </Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
