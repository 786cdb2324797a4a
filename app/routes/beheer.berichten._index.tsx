import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listOutbox } from "~/admin/directory.server";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("outbox.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return { messages: await listOutbox() };
}

export default function OutboxPage() {
  const { messages } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      {messages.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.recipient")}</th>
              <th scope="col">{t("outbox.created")}</th>
              <th scope="col">{t("outbox.status")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <th scope="row">
                  <Link to={message.id}>{message.subject}</Link>
                </th>
                <td>{message.recipient}</td>
                <td>{formatDateTime(message.createdAt, locale)}</td>
                <td>
                  {message.deliveredAt ? (
                    <span className="badge badge--success">{t("outbox.delivered")}</span>
                  ) : message.error ? (
                    <span className="badge badge--error">{t("outbox.failed")}</span>
                  ) : (
                    <span className="badge">{t("outbox.notDelivered")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
