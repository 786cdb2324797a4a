// The audit log of course content for administrators: who created, changed, approved,
// published, withdrew or rolled back what, and when; filtered by course and action.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { auditFilterFrom, listAuditEntries } from "~/authoring/audit-log.server";
import { AUDIT_ACTIONS, type AuditAction } from "~/authoring/audit-actions";
import { requireRole } from "~/auth/session.server";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { type MessageKey, formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("authoring.audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const filter = auditFilterFrom(new URL(request.url).searchParams);
  return { filter, log: await listAuditEntries(db, filter) };
}

const DETAIL_KEYS: Record<string, MessageKey> = {
  bestand: "authoring.audit.detail.bestand",
  versie: "authoring.audit.detail.versie",
  van: "authoring.audit.detail.van",
  titel: "authoring.audit.detail.titel",
  bron: "authoring.audit.detail.bron",
};

function actionKey(action: AuditAction): MessageKey {
  return `authoring.audit.action.${action}`;
}

function pageHref(filter: { courseSlug: string | null; action: string | null }, page: number): string {
  const params = new URLSearchParams();
  if (filter.courseSlug) params.set("cursus", filter.courseSlug);
  if (filter.action) params.set("actie", filter.action);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `/beheer/audit?${query}` : "/beheer/audit";
}

export default function AuditPage() {
  const { filter, log } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("authoring.audit.title")}</h1>
      <p className="lead">{t("authoring.audit.intro")}</p>
      <Form method="get" className="filter-form">
        <div className="field">
          <label htmlFor="cursus">{t("authoring.audit.course")}</label>
          <select id="cursus" name="cursus" defaultValue={filter.courseSlug ?? ""}>
            <option value="">{t("authoring.audit.allCourses")}</option>
            {log.courses.map((slug) => (
              <option key={slug} value={slug}>
                {slug}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="actie">{t("authoring.audit.action")}</label>
          <select id="actie" name="actie" defaultValue={filter.action ?? ""}>
            <option value="">{t("authoring.audit.allActions")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(actionKey(action))}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("authoring.audit.filter")}
        </button>
      </Form>
      <p role="status">{t("authoring.audit.count", { count: log.count })}</p>
      {log.entries.length === 0 ? (
        <p>{t("authoring.audit.empty")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("authoring.audit.caption", { page: log.page, pages: log.pages })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("authoring.audit.when")}</th>
              <th scope="col">{t("authoring.audit.who")}</th>
              <th scope="col">{t("authoring.audit.what")}</th>
              <th scope="col">{t("authoring.audit.course")}</th>
              <th scope="col">{t("authoring.audit.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.createdAt, locale)}</td>
                <td>{entry.actor ?? t("authoring.audit.unknownActor")}</td>
                <th scope="row">{t(actionKey(entry.action))}</th>
                <td>{entry.courseSlug ? <code>{entry.courseSlug}</code> : null}</td>
                <td>
                  {entry.detail.map(([key, value], index) => (
                    <span key={key}>
                      {index > 0 ? "; " : null}
                      {DETAIL_KEYS[key] ? t(DETAIL_KEYS[key]) : key}: {value}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log.pages > 1 ? (
        <nav aria-label={t("authoring.audit.pages")}>
          <p>
            {log.page > 1 ? <Link to={pageHref(filter, log.page - 1)}>{t("authoring.audit.previous")}</Link> : null}{" "}
            <span aria-current="page">{t("authoring.audit.pageStatus", { page: log.page, pages: log.pages })}</span>{" "}
            {log.page < log.pages ? <Link to={pageHref(filter, log.page + 1)}>{t("authoring.audit.next")}</Link> : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
