import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { COURSE_SORTS, courseRows, queryString, readQuery } from "~/assignments/dashboard-view";
import { schoolProgress } from "~/assignments/dashboard.server";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireSchoolScope } from "~/school/school-scope.server";
import { FilterForm, SortHeader, inSchool } from "./_parts/progress-tables";

export const meta = pageTitle("coordinator.title");

const PATH = "/coordinator";

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const progress = await schoolProgress(db, scope.school.id);
  const query = readQuery(new URL(request.url).searchParams, progress, COURSE_SORTS);
  return {
    school: scope.school.name,
    schoolQuery: scope.query,
    query,
    assigned: progress.courses.length > 0,
    rows: courseRows(progress, { ...query, course: null, status: null }),
    groups: progress.groups,
    group: progress.groups.find((group) => group.id === query.group)?.name ?? null,
  };
}

export default function CoordinatorHome() {
  const { school, schoolQuery, query, assigned, rows, groups, group } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const sortProps = { path: PATH, schoolQuery, query, defaultSort: "cursus" as const };
  const filters = queryString({ ...query, course: null, status: null }, "cursus");
  return (
    <>
      <h1>{t("coordinator.title")}</h1>
      <p className="lead">{t("assignments.dashboard.intro", { school })}</p>
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
          <p>
            <Link to={inSchool(schoolQuery, "/coordinator/voortgang")}>{t("assignments.dashboard.perTeacher")}</Link>
            {" · "}
            <Link to={inSchool(schoolQuery, "/coordinator/toewijzingen")}>{t("nav.assignments")}</Link>
          </p>
          {groups.length > 0 ? <FilterForm {...sortProps} groups={groups} /> : null}
          <table>
            <caption>{group ? t("assignments.dashboard.captionGroup", { group }) : t("assignments.dashboard.caption")}</caption>
            <thead>
              <tr>
                <SortHeader {...sortProps} sort="cursus" label="assignments.column.course" />
                <SortHeader {...sortProps} sort="deadline" label="assignments.column.dueDate" />
                <th scope="col">{t("assignments.column.assigned")}</th>
                <th scope="col">{t("assignments.column.invited")}</th>
                <th scope="col">{t("assignments.status.not-started")}</th>
                <th scope="col">{t("assignments.status.in-progress")}</th>
                <SortHeader {...sortProps} sort="afgerond" label="assignments.status.completed" />
                <SortHeader {...sortProps} sort="te-laat" label="assignments.status.overdue" />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.courseId}>
                  <th scope="row">
                    <Link
                      to={inSchool(schoolQuery, `/coordinator/voortgang?cursus=${encodeURIComponent(row.courseId)}${query.group ? `&groep=${encodeURIComponent(query.group)}` : ""}`)}
                      aria-label={t("assignments.dashboard.courseLink", { course: row.title })}
                      lang="nl"
                    >
                      {row.title}
                    </Link>
                  </th>
                  <td>{row.dueDates.length > 0 ? row.dueDates.map((date) => formatDate(date, locale)).join(", ") : t("assignments.noDate")}</td>
                  <td>{row.counts.assigned}</td>
                  <td>{row.counts.invited}</td>
                  <td>{row.counts.notStarted}</td>
                  <td>{row.counts.inProgress}</td>
                  <td>{row.counts.completed}</td>
                  <td>{row.counts.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t("assignments.dashboard.explainInvited")}</p>
          <p>{t("assignments.dashboard.explainOverdue")}</p>
          <p>
            <a href={inSchool(schoolQuery, `/coordinator/overzicht.csv${filters}`)} download>
              {t("assignments.dashboard.download")}
            </a>
          </p>
        </>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
