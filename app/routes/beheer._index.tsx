import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { platformCounts } from "~/admin/directory.server";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin");
  return { name: user.name, counts: await platformCounts() };
}

export default function AdminHome() {
  const { name, counts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.welcome", { name })}</p>
      <p>{t("admin.counts", counts)}</p>
      <h2>{t("xapi.title")}</h2>
      <p>{t("xapi.adminIntro")}</p>
      <p>
        <Link to="/beheer/xapi">{t("xapi.adminLink")}</Link>
      </p>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
