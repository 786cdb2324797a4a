import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TEACHER_SORTS, queryString, readQuery, scoresText, teacherRows } from "~/assignments/dashboard-view";
import { schoolProgress } from "~/assignments/dashboard.server";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireSchoolScope } from "~/school/school-scope.server";
import { FilterForm, SortHeader, StatusText, inSchool } from "./_parts/progress-tables";

export const meta = pageTitle("assignments.progress.title");

const PATH = "/coordinator/voortgang";

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const progress = await schoolProgress(db, scope.school.id);
  const query = readQuery(new URL(request.url).searchParams, progress, TEACHER_SORTS);
  return {
    schoolQuery: scope.query,
    query,
    assigned: progress.courses.length > 0,
    courses: progress.courses.map(({ courseId, title }) => ({ courseId, title })),
    groups: progress.groups,
    rows: teacherRows(progress, query),
  };
}

export default function TeacherProgressPage() {
  const { schoolQuery, query, assigned, courses, groups, rows } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const sortProps = { path: PATH, schoolQuery, query, defaultSort: "naam" as const };
  return (
    <>
      <p>
        <Link to={inSchool(schoolQuery, "/coordinator")}>{t("assignments.progress.back")}</Link>
      </p>
      <h1>{t("assignments.progress.title")}</h1>
      <p className="lead">{t("assignments.progress.intro")}</p>
      {!assigned ? (
        <>
          <p>{t("assignments.dashboard.empty")}</p>
          <p>
            <Link className="button" to={inSchool(schoolQuery, "/coordinator/toewijzingen")}>
              {t("assignments.dashboard.assign")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <FilterForm {...sortProps} courses={courses} groups={groups} withStatus />
          {rows.length === 0 ? (
            <p role="status">{t("assignments.progress.empty")}</p>
          ) : (
            <table>
              <caption>{t("assignments.progress.caption", { count: rows.length })}</caption>
              <thead>
                <tr>
                  <SortHeader {...sortProps} sort="naam" label="assignments.column.name" />
                  <th scope="col">{t("assignments.column.email")}</th>
                  <th scope="col">{t("assignments.column.groups")}</th>
                  <th scope="col">{t("assignments.column.course")}</th>
                  <SortHeader {...sortProps} sort="status" label="assignments.column.status" />
                  <SortHeader {...sortProps} sort="deadline" label="assignments.column.dueDate" />
                  <SortHeader {...sortProps} sort="afgerond" label="assignments.column.completedAt" />
                  <th scope="col">{t("assignments.column.scores")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.userId}-${row.courseId}`}>
                    <th scope="row">{row.name}</th>
                    <td>{row.email}</td>
                    <td>{row.groups.length > 0 ? row.groups.join(", ") : t("assignments.none")}</td>
                    <td lang="nl">{row.courseTitle}</td>
                    <td>
                      <StatusText status={row.status} />
                    </td>
                    <td>{row.dueDate ? formatDate(row.dueDate, locale) : t("assignments.noDate")}</td>
                    <td>{row.completedAt ? formatDate(row.completedAt, locale) : t("assignments.notYet")}</td>
                    <td>{row.scores.length > 0 ? <span lang="nl">{scoresText(row.scores)}</span> : t("assignments.none")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <a href={inSchool(schoolQuery, `/coordinator/voortgang.csv${queryString(query, "naam")}`)} download>
              {t("assignments.progress.download")}
            </a>
          </p>
        </>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
