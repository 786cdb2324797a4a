import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { NotYetAvailable } from "~/components/layout";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("teacher.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "teacher");
  const schools = user.schools.filter((school) => school.role === "TEACHER").map((school) => school.name);
  return { name: user.name, schools };
}

export default function TeacherHome() {
  const { name, schools } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("teacher.title")}</h1>
      <p className="lead">{t("teacher.welcome", { name })}</p>
      {schools.map((school) => (
        <p key={school}>{t("teacher.school", { school })}</p>
      ))}
      <NotYetAvailable />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
