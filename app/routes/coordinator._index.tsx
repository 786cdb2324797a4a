import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { NotYetAvailable } from "~/components/layout";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("coordinator.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const schools = user.schools.filter((school) => school.role === "COORDINATOR").map((school) => school.name);
  return { name: user.name, schools };
}

export default function CoordinatorHome() {
  const { name, schools } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("coordinator.title")}</h1>
      {schools.map((school) => (
        <p className="lead" key={school}>
          {t("coordinator.welcome", { name, school })}
        </p>
      ))}
      <NotYetAvailable />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
