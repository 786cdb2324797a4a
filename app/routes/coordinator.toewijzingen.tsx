import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { EMPTY_ASSIGNMENT_VALUES, assignmentFormValues, parseNewAssignment } from "~/assignments/assignment-form";
import { assignmentChoices, createAssignment, listAssignments } from "~/assignments/assignments.server";
import { dayInNetherlands } from "~/assignments/due-dates";
import { ASSIGNMENTS_PATH, assignmentsAfter, noticeFrom } from "~/assignments/notices";
import { ErrorSummary, Notice } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import { NewAssignmentForm, remindersText, scopeText } from "./_parts/assignment-forms";
import { inSchool } from "./_parts/progress-tables";

export const meta = pageTitle("nav.assignments");

const serialise = <T extends { dueDate: Date | null; createdAt: Date; withdrawnAt: Date | null }>(row: T) => ({
  ...row,
  dueDate: row.dueDate?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
});

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const [list, choices] = await Promise.all([listAssignments(db, scope.school.id), assignmentChoices(db, scope.school.id)]);
  return {
    schoolQuery: scope.query,
    notice: noticeFrom(new URL(request.url).searchParams),
    current: list.current.map(serialise),
    withdrawn: list.withdrawn.map(serialise),
    choices,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const formData = await request.formData();
  if (formData.get("intent") !== "create") throw new Response("Unknown intent", { status: 400 });
  const values = assignmentFormValues(formData);
  const form = parseNewAssignment(values, dayInNetherlands(new Date()));
  const created = form.ok ? await createAssignment(db, { schoolId: scope.school.id, createdById: scope.user.id, assignment: form.data }) : form;
  if (!created.ok) return data({ values, errors: created.errors as FieldErrors }, { status: 400 });
  throw redirect(`${schoolPath(scope, assignmentsAfter("toegewezen"))}#huidige-toewijzingen`);
}

export default function AssignmentsPage() {
  const { schoolQuery, notice, current, withdrawn, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const day = (value: string | null) => (value ? formatDate(value, locale) : t("assignments.noDate"));
  return (
    <>
      <h1>{t("nav.assignments")}</h1>
      <p className="lead">{t("assignments.list.intro")}</p>
      {notice && !result ? <Notice tone="success">{t(notice)}</Notice> : null}
      <ErrorSummary errors={result?.errors} />
      <p>
        <Link to={inSchool(schoolQuery, "/coordinator")}>{t("assignments.list.overview")}</Link>
      </p>

      <section aria-labelledby="huidige-toewijzingen">
        <h2 id="huidige-toewijzingen">{t("assignments.list.currentTitle")}</h2>
        {current.length === 0 ? (
          <p>{t("assignments.list.empty")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t("assignments.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assignments.column.course")}</th>
                <th scope="col">{t("assignments.column.for")}</th>
                <th scope="col">{t("assignments.column.assigned")}</th>
                <th scope="col">{t("assignments.column.dueDate")}</th>
                <th scope="col">{t("assignments.column.reminders")}</th>
                <th scope="col">{t("assignments.column.change")}</th>
              </tr>
            </thead>
            <tbody>
              {current.map((assignment) => (
                <tr key={assignment.id}>
                  <th scope="row" lang="nl">
                    {assignment.course.title}
                  </th>
                  <td>{scopeText(t, assignment)}</td>
                  <td>{assignment.teachers}</td>
                  <td>{day(assignment.dueDate)}</td>
                  <td>{remindersText(t, assignment)}</td>
                  <td>
                    <Link
                      to={inSchool(schoolQuery, `${ASSIGNMENTS_PATH}/${assignment.id}`)}
                      aria-label={t("assignments.list.editLabel", { course: assignment.course.title })}
                    >
                      {t("assignments.list.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="nieuwe-toewijzing" className="panel">
        <h2 id="nieuwe-toewijzing">{t("assignments.form.newTitle")}</h2>
        {choices.courses.length === 0 ? (
          <p>{t("assignments.form.noCourses")}</p>
        ) : (
          <NewAssignmentForm
            action={inSchool(schoolQuery, ASSIGNMENTS_PATH)}
            values={result?.values ?? EMPTY_ASSIGNMENT_VALUES}
            errors={result?.errors ?? {}}
            choices={choices}
          />
        )}
      </section>

      {withdrawn.length > 0 ? (
        <section aria-labelledby="ingetrokken-toewijzingen">
          <h2 id="ingetrokken-toewijzingen">{t("assignments.list.withdrawnTitle")}</h2>
          <table>
            <caption className="visually-hidden">{t("assignments.list.withdrawnCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assignments.column.course")}</th>
                <th scope="col">{t("assignments.column.for")}</th>
                <th scope="col">{t("assignments.column.dueDate")}</th>
                <th scope="col">{t("assignments.column.withdrawnAt")}</th>
              </tr>
            </thead>
            <tbody>
              {withdrawn.map((assignment) => (
                <tr key={assignment.id}>
                  <th scope="row" lang="nl">
                    {assignment.course.title}
                  </th>
                  <td>{scopeText(t, assignment)}</td>
                  <td>{day(assignment.dueDate)}</td>
                  <td>{day(assignment.withdrawnAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
