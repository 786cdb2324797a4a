// One assignment: change its due date and reminders, or withdraw it. (The trailing _ keeps the
// page out of the list page's layout: /coordinator/toewijzingen/<id> is a page of its own.)
import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { assignmentFormValues, parseSchedule } from "~/assignments/assignment-form";
import { findAssignment, updateSchedule, withdrawAssignment } from "~/assignments/assignments.server";
import { dayInNetherlands, dueDateFormValue } from "~/assignments/due-dates";
import { ASSIGNMENTS_PATH, assignmentsAfter } from "~/assignments/notices";
import { ErrorSummary, Notice } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { type MessageKey, formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import { ScheduleFields, remindersText, scopeText } from "./_parts/assignment-forms";
import { inSchool } from "./_parts/progress-tables";

export const meta = pageTitle("assignments.edit.title");

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const assignment = await findAssignment(db, scope.school.id, params.id ?? "");
  if (!assignment) throw notFound();
  return {
    schoolQuery: scope.query,
    assignment: {
      ...assignment,
      dueDate: assignment.dueDate?.toISOString() ?? null,
      createdAt: assignment.createdAt.toISOString(),
      withdrawnAt: assignment.withdrawnAt?.toISOString() ?? null,
    },
    values: {
      dueDate: dueDateFormValue(assignment.dueDate),
      remindDaysBefore: assignment.remindDaysBefore === null ? "" : String(assignment.remindDaysBefore),
      overdueEveryDays: assignment.overdueEveryDays === null ? "" : String(assignment.overdueEveryDays),
    },
  };
}

type ActionData = { values: ReturnType<typeof assignmentFormValues>; errors: FieldErrors; formError: MessageKey | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const id = params.id ?? "";
  const assignment = await findAssignment(db, scope.school.id, id);
  if (!assignment) throw notFound();
  const formData = await request.formData();
  const values = assignmentFormValues(formData);
  const intent = formData.get("intent");
  if (assignment.withdrawnAt) {
    return data<ActionData>({ values, errors: {}, formError: "assignments.error.withdrawn" }, { status: 409 });
  }
  if (intent === "withdraw") {
    await withdrawAssignment(db, scope.school.id, id);
    throw redirect(schoolPath(scope, assignmentsAfter("ingetrokken")));
  }
  if (intent !== "save") throw new Response("Unknown intent", { status: 400 });
  const storedDay = assignment.dueDate ? dayInNetherlands(assignment.dueDate) : null;
  const form = parseSchedule(values, dayInNetherlands(new Date()), storedDay);
  if (!form.ok) return data<ActionData>({ values, errors: form.errors, formError: null }, { status: 400 });
  if (!(await updateSchedule(db, scope.school.id, id, form.data))) {
    return data<ActionData>({ values, errors: {}, formError: "assignments.error.withdrawn" }, { status: 409 });
  }
  throw redirect(schoolPath(scope, assignmentsAfter("gewijzigd")));
}

export default function AssignmentPage() {
  const { schoolQuery, assignment, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const created = formatDate(assignment.createdAt, locale);
  const formAction = inSchool(schoolQuery, `${ASSIGNMENTS_PATH}/${assignment.id}`);
  return (
    <>
      <p>
        <Link to={inSchool(schoolQuery, ASSIGNMENTS_PATH)}>{t("assignments.edit.back")}</Link>
      </p>
      <h1>{t("assignments.edit.title")}</h1>
      <ErrorSummary errors={result?.errors} formError={result?.formError} />
      <dl className="facts">
        <div>
          <dt>{t("assignments.column.course")}</dt>
          <dd lang="nl">{assignment.course.title}</dd>
        </div>
        <div>
          <dt>{t("assignments.column.for")}</dt>
          <dd>{scopeText(t, assignment)}</dd>
        </div>
        <div>
          <dt>{t("assignments.edit.teachersNow")}</dt>
          <dd>{assignment.teachers}</dd>
        </div>
        <div>
          <dt>{t("assignments.column.dueDate")}</dt>
          <dd>{assignment.dueDate ? formatDate(assignment.dueDate, locale) : t("assignments.noDate")}</dd>
        </div>
        <div>
          <dt>{t("assignments.column.reminders")}</dt>
          <dd>{remindersText(t, assignment)}</dd>
        </div>
      </dl>
      <p>{assignment.createdBy ? t("assignments.edit.createdBy", { date: created, name: assignment.createdBy }) : t("assignments.edit.created", { date: created })}</p>

      {assignment.withdrawnAt ? (
        <Notice>{t("assignments.edit.withdrawnNotice", { date: formatDate(assignment.withdrawnAt, locale) })}</Notice>
      ) : (
        <>
          <section aria-labelledby="datum-en-herinneringen" className="panel">
            <h2 id="datum-en-herinneringen">{t("assignments.edit.scheduleTitle")}</h2>
            <p>{t("assignments.edit.scheduleIntro")}</p>
            <Form method="post" action={formAction} noValidate>
              <ScheduleFields values={result?.values ?? values} errors={result?.errors ?? {}} />
              <p>
                <button type="submit" className="button" name="intent" value="save">
                  {t("assignments.edit.save")}
                </button>
              </p>
            </Form>
          </section>
          <section aria-labelledby="intrekken" className="panel">
            <h2 id="intrekken">{t("assignments.withdraw.title")}</h2>
            <p>{t("assignments.withdraw.intro")}</p>
            <Form method="post" action={formAction}>
              <button type="submit" className="button button--secondary" name="intent" value="withdraw">
                {t("assignments.withdraw.submit")}
              </button>
            </Form>
          </section>
        </>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
