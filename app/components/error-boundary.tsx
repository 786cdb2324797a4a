// The one error boundary every route uses: a Dutch (or English) page per status code,
// never a stack trace.
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { DATABASE_UNAVAILABLE } from "~/db/database-error-code";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

const PAGES: Record<number, { title: MessageKey; body: MessageKey }> = {
  403: { title: "error.403.title", body: "error.403.body" },
  404: { title: "error.404.title", body: "error.404.body" },
  503: { title: "error.503.title", body: "error.503.body" },
};

export function statusOf(error: unknown): number {
  if (isRouteErrorResponse(error)) return error.status;
  return 500;
}

export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  let status = statusOf(error);
  if (isRouteErrorResponse(error) && String(error.data).includes(DATABASE_UNAVAILABLE)) status = 503;
  const page = PAGES[status] ?? { title: "error.title", body: "error.body" };
  return (
    <section className="panel error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t(page.title)}</h1>
      <p>{t(page.body)}</p>
      <p>
        <a href="/">{t("error.home")}</a>
      </p>
    </section>
  );
}
