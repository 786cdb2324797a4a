import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { createConversation } from "~/registers/conversations.server";
import { formChoices } from "~/registers/directory.server";
import { overviewAfter } from "~/registers/notices";
import { CONVERSATION_FORM_FIELDS, ConversationFormSchema, EMPTY_CONVERSATION_VALUES, submittedValues } from "~/registers/schemas";
import { BackLink, ConversationForm } from "./_parts/register-forms";

export const meta = pageTitle("registers.conversationForm.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return { choices: await formChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin");
  const formData = await request.formData();
  const values = submittedValues(CONVERSATION_FORM_FIELDS, formData);
  const form = parseForm(ConversationFormSchema, formData);
  const saved = form.ok ? await createConversation(form.data, user.id) : form;
  if (!saved.ok) return data({ values, errors: saved.errors as FieldErrors }, { status: 400 });
  throw redirect(overviewAfter("gesprek-toegevoegd", saved.year));
}

export default function NewConversationPage() {
  const { choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink />
      <h1>{t("registers.conversationForm.newTitle")}</h1>
      <ErrorSummary errors={result?.errors} />
      <ConversationForm values={result?.values ?? EMPTY_CONVERSATION_VALUES} errors={result?.errors ?? {}} choices={choices} />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
