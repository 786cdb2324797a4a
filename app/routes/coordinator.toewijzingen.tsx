import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { NotYetPage } from "./_parts/not-yet-page";

export const meta = pageTitle("nav.assignments");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  return null;
}

export default function Page() {
  return <NotYetPage title="nav.assignments" />;
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
