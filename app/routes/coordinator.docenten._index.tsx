import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field, Notice } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { type MessageKey, formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import { groupNames } from "~/school-teachers/groups.server";
import { inviteTeacher, resendInvitation, revokeInvitation } from "~/school-teachers/invitations.server";
import { noticeFrom, withNotice } from "~/school-teachers/notices";
import { listTeachers } from "~/school-teachers/teachers.server";

export const meta = pageTitle("teachers.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const [teachers, groups] = await Promise.all([
    listTeachers(scope.school.id),
    groupNames(scope.school.id),
  ]);
  return {
    school: scope.school.name,
    paths: {
      self: schoolPath(scope, "/coordinator/docenten"),
      upload: schoolPath(scope, "/coordinator/docenten/uploaden"),
      groups: schoolPath(scope, "/coordinator/groepen"),
    },
    notice: noticeFrom(new URL(request.url).searchParams),
    groups,
    teachers: teachers.map((teacher) => ({
      ...teacher,
      href: teacher.kind === "teacher" ? schoolPath(scope, `/coordinator/docenten/${teacher.id}`) : null,
      lastActivity: teacher.lastActivity?.toISOString() ?? null,
      expiresAt: teacher.expiresAt?.toISOString() ?? null,
    })),
  };
}

type ActionResult = { intent: "invite" | "resend" | "revoke"; errors: FieldErrors; formError: MessageKey | null; values: Record<string, string> };

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const form = await request.formData();
  const intent = form.get("intent");
  const inviter = { schoolId: scope.school.id, schoolName: scope.school.name, userId: scope.user.id, name: scope.user.name };
  const self = schoolPath(scope, "/coordinator/docenten");

  if (intent === "invite") {
    const values = { name: text(form.get("name")), email: text(form.get("email")), group: text(form.get("group")) };
    const result = await inviteTeacher(inviter, values);
    if (result.ok) throw redirect(withNotice(self, "uitgenodigd"));
    return data<ActionResult>({ intent, errors: result.errors, formError: result.formError, values }, { status: 400 });
  }
  if (intent === "resend" || intent === "revoke") {
    const id = text(form.get("invitationId"));
    const result = intent === "resend" ? await resendInvitation(inviter, id) : await revokeInvitation(scope.school.id, id);
    if (result.ok) throw redirect(withNotice(self, intent === "resend" ? "opnieuw-verstuurd" : "ingetrokken"));
    return data<ActionResult>({ intent, errors: {}, formError: result.key, values: {} }, { status: 409 });
  }
  throw new Response("Unknown intent", { status: 400 });
}

function StatusText({ status, expiresAt }: { status: string; expiresAt: string | null }) {
  const { t, locale } = useTranslation();
  if (status === "invited") return <>{t("teachers.status.invited", { date: formatDate(expiresAt!, locale) })}</>;
  if (status === "invitationExpired") return <>{t("teachers.status.invitationExpired", { date: formatDate(expiresAt!, locale) })}</>;
  return <>{t(status === "active" ? "teachers.status.active" : "teachers.status.deactivated")}</>;
}

export default function TeachersPage() {
  const { school, paths, notice, groups, teachers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const self = paths.self;
  const inviteErrors = result?.intent === "invite" ? result.errors : undefined;
  const count = (status: string) => teachers.filter((teacher) => teacher.status === status).length;
  return (
    <>
      <h1>{t("teachers.heading", { school })}</h1>
      {notice ? <Notice tone="success">{t(notice.key, { count: notice.count })}</Notice> : null}
      <ErrorSummary errors={inviteErrors} formError={result?.formError} />
      <p className="lead">{t("teachers.intro")}</p>
      <ul>
        <li>
          <Link to={paths.upload}>{t("teachers.links.upload")}</Link>
        </li>
        <li>
          <Link to={paths.groups}>{t("teachers.links.groups")}</Link>
        </li>
      </ul>

      <section className="panel" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("teachers.invite.title")}</h2>
        <p>{t("teachers.invite.intro")}</p>
        <Form method="post" action={self} noValidate>
          <input type="hidden" name="intent" value="invite" />
          <Field name="name" label={t("teachers.invite.name")} autoComplete="off" defaultValue={result?.values.name} error={inviteErrors?.name} />
          <Field
            name="email"
            type="email"
            label={t("teachers.invite.email")}
            autoComplete="off"
            defaultValue={result?.values.email}
            error={inviteErrors?.email}
          />
          <div className={inviteErrors?.group ? "field field--error" : "field"}>
            <label htmlFor="group">{t("teachers.invite.group")}</label>
            <p className="field__hint" id="group-hint">
              {t("teachers.invite.groupHint")}
            </p>
            {inviteErrors?.group ? (
              <p className="field__error" id="group-error">
                {t(inviteErrors.group)}
              </p>
            ) : null}
            <input
              id="group"
              name="group"
              type="text"
              list="group-names"
              autoComplete="off"
              defaultValue={result?.values.group}
              aria-describedby={inviteErrors?.group ? "group-hint group-error" : "group-hint"}
              aria-invalid={inviteErrors?.group ? true : undefined}
            />
            <datalist id="group-names">
              {groups.map((group) => (
                <option key={group} value={group} />
              ))}
            </datalist>
          </div>
          <button type="submit" className="button">
            {t("teachers.invite.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="list-title">
        <h2 id="list-title">{t("teachers.list.title")}</h2>
        {teachers.length === 0 ? (
          <p>{t("teachers.list.empty")}</p>
        ) : (
          <>
            <p>{t("teachers.list.summary", { active: count("active"), invited: count("invited") + count("invitationExpired"), deactivated: count("deactivated") })}</p>
            <table>
              <caption>{t("teachers.list.caption", { school })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("teachers.list.name")}</th>
                  <th scope="col">{t("teachers.list.email")}</th>
                  <th scope="col">{t("teachers.list.status")}</th>
                  <th scope="col">{t("teachers.list.groups")}</th>
                  <th scope="col">{t("teachers.list.lastActivity")}</th>
                  <th scope="col">{t("teachers.list.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {teachers.map((teacher) => (
                  <tr key={`${teacher.kind}-${teacher.id}`}>
                    <th scope="row">
                      {teacher.href ? <Link to={teacher.href}>{teacher.name}</Link> : teacher.name}
                    </th>
                    <td>{teacher.email}</td>
                    <td>
                      <StatusText status={teacher.status} expiresAt={teacher.expiresAt} />
                    </td>
                    <td>{teacher.groups.length > 0 ? teacher.groups.join(", ") : t("teachers.list.noGroups")}</td>
                    <td>
                      {teacher.kind === "invitation"
                        ? t("teachers.list.notApplicable")
                        : teacher.lastActivity
                          ? formatDate(teacher.lastActivity, locale)
                          : t("teachers.list.noActivity")}
                    </td>
                    <td>
                      {teacher.kind === "invitation" ? (
                        <>
                          <Form method="post" action={self} className="inline-form">
                            <input type="hidden" name="intent" value="resend" />
                            <input type="hidden" name="invitationId" value={teacher.id} />
                            <button type="submit" className="link-button" aria-label={t("teachers.list.resendLabel", { name: teacher.name })}>
                              {t("teachers.list.resend")}
                            </button>
                          </Form>{" "}
                          <Form method="post" action={self} className="inline-form">
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="invitationId" value={teacher.id} />
                            <button type="submit" className="link-button" aria-label={t("teachers.list.revokeLabel", { name: teacher.name })}>
                              {t("teachers.list.revoke")}
                            </button>
                          </Form>
                        </>
                      ) : (
                        t("teachers.list.notApplicable")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
