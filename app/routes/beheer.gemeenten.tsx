import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listMunicipalities } from "~/admin/directory.server";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("municipalities.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return { municipalities: await listMunicipalities() };
}

export default function MunicipalitiesPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("municipalities.title")}</h1>
      {municipalities.length === 0 ? (
        <p>{t("municipalities.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("municipalities.name")}</th>
              <th scope="col">{t("municipalities.cbs")}</th>
              <th scope="col">{t("municipalities.prioritised")}</th>
              <th scope="col">{t("municipalities.schools")}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((municipality) => (
              <tr key={municipality.id}>
                <th scope="row">{municipality.name}</th>
                <td>{municipality.cbsCode}</td>
                <td>{t(municipality.prioritised ? "municipalities.yes" : "municipalities.no")}</td>
                <td>{municipality.schools}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
