import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listSchools } from "~/admin/directory.server";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("schools.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return { schools: await listSchools() };
}

export default function SchoolsPage() {
  const { schools } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("schools.title")}</h1>
      {schools.length === 0 ? (
        <p>{t("schools.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("schools.name")}</th>
              <th scope="col">{t("schools.brin")}</th>
              <th scope="col">{t("schools.sector")}</th>
              <th scope="col">{t("schools.municipality")}</th>
              <th scope="col">{t("schools.members")}</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.id}>
                <th scope="row">{school.name}</th>
                <td>{school.brinCode}</td>
                <td>{school.sector}</td>
                <td>{school.municipality}</td>
                <td>{school.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
