import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field, Notice } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import {
  type GroupChange,
  addGroupMember,
  createGroup,
  deleteGroup,
  listGroups,
  removeGroupMember,
  renameGroup,
  teacherChoices,
} from "~/school-teachers/groups.server";
import { type NoticeName, noticeFrom, withNotice } from "~/school-teachers/notices";

export const meta = pageTitle("teachers.groups.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const [groups, teachers] = await Promise.all([listGroups(scope.school.id), teacherChoices(scope.school.id)]);
  const self = schoolPath(scope, "/coordinator/groepen");
  const confirmId = new URL(request.url).searchParams.get("verwijderen");
  return {
    school: scope.school.name,
    paths: { self, teachers: schoolPath(scope, "/coordinator/docenten") },
    notice: noticeFrom(new URL(request.url).searchParams),
    confirmDelete: groups.find((group) => group.id === confirmId) ?? null,
    teachers: teachers.map(({ id, name, email }) => ({ id, name, email })),
    groups: groups.map((group) => ({
      ...group,
      deleteHref: `${self}${self.includes("?") ? "&" : "?"}verwijderen=${encodeURIComponent(group.id)}#bevestigen`,
    })),
  };
}

type ActionResult = { errors: FieldErrors; formError: MessageKey | null; values: Record<string, string> };

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const schoolId = scope.school.id;
  const form = await request.formData();
  const intent = form.get("intent");
  const groupId = text(form.get("groupId"));
  const userId = text(form.get("userId"));
  const name = text(form.get("name"));
  const self = schoolPath(scope, "/coordinator/groepen");

  const outcome = async (change: Promise<GroupChange>, notice: NoticeName, field: string | null) => {
    const result = await change;
    if (result.ok) throw redirect(withNotice(self, notice));
    const errors: FieldErrors = field ? { [field]: result.key } : {};
    return data<ActionResult>({ errors, formError: field ? null : result.key, values: field ? { [field]: name } : {} }, { status: 400 });
  };

  switch (intent) {
    case "create":
      return outcome(createGroup(schoolId, name), "groep-aangemaakt", "name");
    case "rename":
      return outcome(renameGroup(schoolId, groupId, name), "groep-hernoemd", `rename-${groupId}`);
    case "delete":
      return outcome(deleteGroup(schoolId, groupId), "groep-verwijderd", null);
    case "add":
      return outcome(addGroupMember(schoolId, groupId, userId), "lid-toegevoegd", `add-${groupId}`);
    case "remove":
      return outcome(removeGroupMember(schoolId, groupId, userId), "lid-verwijderd", null);
    default:
      throw new Response("Unknown intent", { status: 400 });
  }
}

function FieldError({ id, error }: { id: string; error: MessageKey | undefined }) {
  const { t } = useTranslation();
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      {t(error)}
    </p>
  ) : null;
}

export default function GroupsPage() {
  const { school, paths, notice, confirmDelete, teachers, groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  return (
    <>
      <p>
        <Link to={paths.teachers}>{t("teachers.back")}</Link>
      </p>
      <h1>{t("teachers.groups.heading", { school })}</h1>
      {notice ? <Notice tone="success">{t(notice.key)}</Notice> : null}
      <ErrorSummary errors={errors} formError={result?.formError} />
      <p className="lead">{t("teachers.groups.intro")}</p>

      {confirmDelete ? (
        <section className="panel" id="bevestigen" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t("teachers.groups.confirmTitle", { group: confirmDelete.name })}</h2>
          <p>{t("teachers.groups.confirmBody")}</p>
          {confirmDelete.activeAssignments > 0 ? (
            <>
              <p>{t("teachers.groups.assignmentsNote", { count: confirmDelete.activeAssignments })}</p>
              <p>
                <Link to={paths.self}>{t("teachers.groups.cancel")}</Link>
              </p>
            </>
          ) : (
            <Form method="post" action={paths.self}>
              <input type="hidden" name="intent" value="delete" />
              <input type="hidden" name="groupId" value={confirmDelete.id} />
              <p>
                <button type="submit" className="button">
                  {t("teachers.groups.confirm")}
                </button>{" "}
                <Link to={paths.self}>{t("teachers.groups.cancel")}</Link>
              </p>
            </Form>
          )}
        </section>
      ) : null}

      <section className="panel" aria-labelledby="create-title">
        <h2 id="create-title">{t("teachers.groups.createTitle")}</h2>
        <Form method="post" action={paths.self} noValidate>
          <input type="hidden" name="intent" value="create" />
          <Field name="name" label={t("teachers.groups.name")} autoComplete="off" defaultValue={result?.values.name} error={errors.name} />
          <button type="submit" className="button">
            {t("teachers.groups.create")}
          </button>
        </Form>
      </section>

      {groups.length === 0 ? <p>{t("teachers.groups.empty")}</p> : null}
      {groups.map((group) => {
        const renameId = `rename-${group.id}`;
        const addId = `add-${group.id}`;
        const memberIds = new Set(group.members.map((member) => member.id));
        const candidates = teachers.filter((teacher) => !memberIds.has(teacher.id));
        return (
          <section key={group.id} className="panel" aria-labelledby={`group-${group.id}-title`}>
            <h2 id={`group-${group.id}-title`}>{group.name}</h2>
            <p>{t("teachers.groups.members", { count: group.members.length })}</p>
            {group.members.length === 0 ? (
              <p>{t("teachers.groups.noMembers")}</p>
            ) : (
              <ul>
                {group.members.map((member) => (
                  <li key={member.id}>
                    {member.name}
                    {member.active ? null : ` (${t("teachers.groups.inactive")})`}{" "}
                    <Form method="post" action={paths.self} className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="groupId" value={group.id} />
                      <input type="hidden" name="userId" value={member.id} />
                      <button type="submit" className="link-button" aria-label={t("teachers.groups.removeLabel", { name: member.name })}>
                        {t("teachers.groups.remove")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}

            {candidates.length === 0 ? (
              <p>{t("teachers.groups.allMembers")}</p>
            ) : (
              <Form method="post" action={paths.self}>
                <input type="hidden" name="intent" value="add" />
                <input type="hidden" name="groupId" value={group.id} />
                <div className={errors[addId] ? "field field--error" : "field"}>
                  <label htmlFor={addId}>{t("teachers.groups.add", { group: group.name })}</label>
                  <FieldError id={addId} error={errors[addId]} />
                  <select id={addId} name="userId" defaultValue="" aria-describedby={errors[addId] ? `${addId}-error` : undefined}>
                    <option value="">{t("teachers.groups.addChoose")}</option>
                    {candidates.map((teacher) => (
                      <option key={teacher.id} value={teacher.id}>
                        {teacher.name} ({teacher.email})
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="button button--secondary">
                  {t("teachers.groups.addSubmit")}
                </button>
              </Form>
            )}

            <Form method="post" action={paths.self} noValidate>
              <input type="hidden" name="intent" value="rename" />
              <input type="hidden" name="groupId" value={group.id} />
              <div className={errors[renameId] ? "field field--error" : "field"}>
                <label htmlFor={renameId}>{t("teachers.groups.rename", { group: group.name })}</label>
                <FieldError id={renameId} error={errors[renameId]} />
                <input
                  id={renameId}
                  name="name"
                  type="text"
                  autoComplete="off"
                  defaultValue={result?.values[renameId] ?? group.name}
                  aria-describedby={errors[renameId] ? `${renameId}-error` : undefined}
                  aria-invalid={errors[renameId] ? true : undefined}
                />
              </div>
              <button type="submit" className="button button--secondary">
                {t("teachers.groups.renameSubmit")}
              </button>
            </Form>

            <p>
              <Link to={group.deleteHref} aria-label={t("teachers.groups.deleteLabel", { group: group.name })}>
                {t("teachers.groups.delete")}
              </Link>
            </p>
          </section>
        );
      })}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
