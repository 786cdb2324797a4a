import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { NotYetAvailable } from "~/components/layout";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("author.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "author");
  return { name: user.name };
}

export default function AuthorHome() {
  const { name } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("author.title")}</h1>
      <p className="lead">{t("author.welcome", { name })}</p>
      <NotYetAvailable />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
