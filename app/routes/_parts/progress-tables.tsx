// Parts of the coordinator's progress pages: sortable column headers (links, so sorting works
// without JavaScript, with aria-sort on the header), the filter form (a GET form), and a
// course status in words. Every link keeps the school named in the address (?school=).
import { Form, Link } from "@remix-run/react";
import { type ProgressQuery, STATUS_ORDER, STATUS_PARAMS, ariaSort, queryString, sortedBy } from "~/assignments/dashboard-view";
import type { MessageKey } from "~/i18n/translate";
import { schoolPath } from "~/school/school-path";
import { useTranslation } from "~/i18n/use-translation";
import type { CourseStatus } from "~/progress/progress-view";

/** A path within the school's pages, keeping ?school=. */
export const inSchool = schoolPath;

/** The school's id when the address names it, for the filter forms' hidden field. */
export function schoolIdOf(schoolQuery: string): string | null {
  return schoolQuery ? new URLSearchParams(schoolQuery).get("school") : null;
}

export function StatusText({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${status}`}>{t(`assignments.status.${status}`)}</span>;
}

interface SortHeaderProps<Sort extends string> {
  path: string;
  schoolQuery: string;
  query: ProgressQuery<Sort>;
  sort: Sort;
  defaultSort: Sort;
  label: MessageKey;
}

export function SortHeader<Sort extends string>({ path, schoolQuery, query, sort, defaultSort, label }: SortHeaderProps<Sort>) {
  const { t } = useTranslation();
  const next = sortedBy(query, sort);
  return (
    <th scope="col" aria-sort={ariaSort(query, sort)}>
      <Link to={inSchool(schoolQuery, `${path}${queryString(next, defaultSort)}`)}>
        {t(label)} <span className="visually-hidden">{t(next.direction === "op" ? "assignments.sort.ascending" : "assignments.sort.descending")}</span>
      </Link>
    </th>
  );
}

interface FilterFormProps<Sort extends string> {
  path: string;
  schoolQuery: string;
  query: ProgressQuery<Sort>;
  defaultSort: Sort;
  courses?: { courseId: string; title: string }[];
  groups: { id: string; name: string }[];
  withStatus?: boolean;
}

export function FilterForm<Sort extends string>({ path, schoolQuery, query, defaultSort, courses, groups, withStatus }: FilterFormProps<Sort>) {
  const { t } = useTranslation();
  const schoolId = schoolIdOf(schoolQuery);
  const filtered = Boolean(query.course || query.status || query.group);
  return (
    <Form method="get" action={path} className="panel">
      <fieldset>
        <legend>{t("assignments.filter.legend")}</legend>
        {schoolId ? <input type="hidden" name="school" value={schoolId} /> : null}
        {query.sort !== defaultSort ? <input type="hidden" name="sorteer" value={query.sort} /> : null}
        {query.direction === "af" ? <input type="hidden" name="richting" value="af" /> : null}
        {courses ? (
          <div className="field">
            <label htmlFor="filter-cursus">{t("assignments.filter.course")}</label>
            <select id="filter-cursus" name="cursus" defaultValue={query.course ?? ""}>
              <option value="">{t("assignments.filter.allCourses")}</option>
              {courses.map((course) => (
                <option key={course.courseId} value={course.courseId} lang="nl">
                  {course.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {withStatus ? (
          <div className="field">
            <label htmlFor="filter-status">{t("assignments.filter.status")}</label>
            <select id="filter-status" name="status" defaultValue={query.status ? STATUS_PARAMS[query.status] : ""}>
              <option value="">{t("assignments.filter.allStatuses")}</option>
              {STATUS_ORDER.map((status) => (
                <option key={status} value={STATUS_PARAMS[status]}>
                  {t(`assignments.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {groups.length > 0 ? (
          <div className="field">
            <label htmlFor="filter-groep">{t("assignments.filter.group")}</label>
            <select id="filter-groep" name="groep" defaultValue={query.group ?? ""}>
              <option value="">{t("assignments.filter.allGroups")}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </fieldset>
      <p>
        <button type="submit" className="button">
          {t("assignments.filter.submit")}
        </button>
        {filtered ? (
          <>
            {" "}
            <Link to={inSchool(schoolQuery, path)}>{t("assignments.filter.reset")}</Link>
          </>
        ) : null}
      </p>
    </Form>
  );
}
