import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Notice } from "~/components/form";
import { contentPageTitle } from "~/i18n/meta";
import { type MessageKey, formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import { noticeFrom, withNotice } from "~/school-teachers/notices";
import { deactivateTeacher, loadTeacher, reactivateTeacher, setTeacherGroups } from "~/school-teachers/teachers.server";

export const meta = contentPageTitle<{ teacher: { name: string } }>((data) => data.teacher.name, "teachers.title");

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const teacher = await loadTeacher(scope.school.id, params.userId ?? "");
  if (!teacher) throw notFound();
  return {
    school: scope.school.name,
    paths: {
      self: schoolPath(scope, `/coordinator/docenten/${teacher.id}`),
      list: schoolPath(scope, "/coordinator/docenten"),
      groups: schoolPath(scope, "/coordinator/groepen"),
    },
    notice: noticeFrom(new URL(request.url).searchParams),
    teacher: {
      ...teacher,
      since: teacher.since.toISOString(),
      deactivatedAt: teacher.deactivatedAt?.toISOString() ?? null,
      lastActivity: teacher.lastActivity?.toISOString() ?? null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const userId = params.userId ?? "";
  if (!(await loadTeacher(scope.school.id, userId))) throw notFound();
  const form = await request.formData();
  const intent = form.get("intent");
  const self = schoolPath(scope, `/coordinator/docenten/${userId}`);
  const unchanged = () => data<{ formError: MessageKey }>({ formError: "teachers.detail.unchanged" }, { status: 409 });

  if (intent === "deactivate") {
    if (!(await deactivateTeacher(scope.school.id, userId))) return unchanged();
    throw redirect(withNotice(self, "gedeactiveerd"));
  }
  if (intent === "reactivate") {
    if (!(await reactivateTeacher(scope.school.id, userId))) return unchanged();
    throw redirect(withNotice(self, "geheractiveerd"));
  }
  if (intent === "groups") {
    const groupIds = form.getAll("groupId").filter((value): value is string => typeof value === "string");
    await setTeacherGroups(scope.school.id, userId, groupIds);
    throw redirect(withNotice(self, "groepen-opgeslagen"));
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function TeacherPage() {
  const { paths, notice, teacher } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  // The membership decides what the button does; an account SSV blocked shows as deactivated too.
  const active = teacher.deactivatedAt === null;
  return (
    <>
      <p>
        <Link to={paths.list}>{t("teachers.back")}</Link>
      </p>
      <h1>{teacher.name}</h1>
      {notice ? <Notice tone="success">{t(notice.key)}</Notice> : null}
      <ErrorSummary formError={result?.formError} />

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t("teachers.detail.facts")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("teachers.detail.email")}</dt>
            <dd>{teacher.email}</dd>
          </div>
          <div>
            <dt>{t("teachers.detail.status")}</dt>
            <dd>{t(teacher.status === "active" ? "teachers.status.active" : "teachers.status.deactivated")}</dd>
          </div>
          <div>
            <dt>{t("teachers.detail.since")}</dt>
            <dd>{formatDate(teacher.since, locale)}</dd>
          </div>
          {teacher.deactivatedAt ? (
            <div>
              <dt>{t("teachers.detail.deactivatedAt")}</dt>
              <dd>{formatDate(teacher.deactivatedAt, locale)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("teachers.detail.lastActivity")}</dt>
            <dd>{teacher.lastActivity ? formatDate(teacher.lastActivity, locale) : t("teachers.list.noActivity")}</dd>
          </div>
          <div>
            <dt>{t("teachers.detail.completions")}</dt>
            <dd>{teacher.completions}</dd>
          </div>
        </dl>
        {teacher.accountDeactivated ? <p>{t("teachers.detail.accountBlocked")}</p> : null}
      </section>

      <section className="panel" aria-labelledby="groups-title">
        <h2 id="groups-title">{t("teachers.detail.groupsTitle")}</h2>
        {teacher.groups.length === 0 ? (
          <p>
            {t("teachers.detail.noGroups")} <Link to={paths.groups}>{t("teachers.detail.groupsLink")}</Link>
          </p>
        ) : (
          <Form method="post" action={paths.self}>
            <input type="hidden" name="intent" value="groups" />
            <fieldset>
              <legend>{t("teachers.detail.groupsLegend", { name: teacher.name })}</legend>
              {teacher.groups.map((group) => (
                <div className="choice" key={group.id}>
                  <input type="checkbox" id={`group-${group.id}`} name="groupId" value={group.id} defaultChecked={group.member} />
                  <label htmlFor={`group-${group.id}`}>{group.name}</label>
                </div>
              ))}
            </fieldset>
            <p>
              <button type="submit" className="button">
                {t("teachers.detail.saveGroups")}
              </button>
            </p>
          </Form>
        )}
      </section>

      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">{t(active ? "teachers.detail.deactivateTitle" : "teachers.detail.reactivateTitle")}</h2>
        <p>{t(active ? "teachers.detail.deactivateIntro" : "teachers.detail.reactivateIntro")}</p>
        <Form method="post" action={paths.self}>
          <input type="hidden" name="intent" value={active ? "deactivate" : "reactivate"} />
          <button type="submit" className={active ? "button button--secondary" : "button"}>
            {t(active ? "teachers.detail.deactivate" : "teachers.detail.reactivate")}
          </button>
        </Form>
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
