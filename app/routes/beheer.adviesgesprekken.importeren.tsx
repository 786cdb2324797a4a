import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { importAction } from "~/registers/import-action.server";
import { ImportPage } from "./_parts/register-import";

export const meta = pageTitle("registers.import.conversationsTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin");
  return importAction(request, "conversations", user.id);
}

export default function ImportConversationsPage() {
  return <ImportPage kind="conversations" result={useActionData<typeof action>()} />;
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
