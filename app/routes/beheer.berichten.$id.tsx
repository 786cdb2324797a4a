import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { findOutboxMessage } from "~/admin/directory.server";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("outbox.message");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const message = await findOutboxMessage(params.id ?? "");
  if (!message) throw new Response("Not Found", { status: 404 });
  return { message };
}

export default function OutboxMessagePage() {
  const { message } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p>
        <Link to="/beheer/berichten">{t("outbox.back")}</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl>
        <dt>{t("outbox.recipient")}</dt>
        <dd>{message.recipient}</dd>
        <dt>{t("outbox.created")}</dt>
        <dd>{formatDateTime(message.createdAt, locale)}</dd>
      </dl>
      <pre className="mail">{message.text}</pre>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
