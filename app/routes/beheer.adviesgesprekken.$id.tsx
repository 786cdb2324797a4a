import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { deleteConversation, findConversation, updateConversation } from "~/registers/conversations.server";
import { formChoices } from "~/registers/directory.server";
import { formatDay } from "~/registers/format";
import { overviewAfter } from "~/registers/notices";
import { CONVERSATION_FORM_FIELDS, ConversationFormSchema, submittedValues } from "~/registers/schemas";
import { BackLink, ConversationForm, DeleteQuestion } from "./_parts/register-forms";

export const meta = pageTitle("registers.conversationForm.editTitle");

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const conversation = await findConversation(params.id ?? "");
  if (!conversation) throw notFound();
  const confirmDelete = new URL(request.url).searchParams.has("verwijderen");
  return { conversation, confirmDelete, choices: confirmDelete ? null : await formChoices() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "admin");
  const id = params.id ?? "";
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    const year = await deleteConversation(id);
    if (year === null) throw notFound();
    throw redirect(overviewAfter("gesprek-verwijderd", year));
  }
  const values = submittedValues(CONVERSATION_FORM_FIELDS, formData);
  const form = parseForm(ConversationFormSchema, formData);
  const saved = form.ok ? await updateConversation(id, form.data) : form;
  if (saved === null) throw notFound();
  if (!saved.ok) return data({ values, errors: saved.errors as FieldErrors }, { status: 400 });
  throw redirect(overviewAfter("gesprek-gewijzigd", saved.year));
}

export default function EditConversationPage() {
  const { conversation, confirmDelete, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  if (confirmDelete || !choices) {
    return (
      <DeleteQuestion
        title={t("registers.conversationForm.deleteTitle")}
        question={t("registers.conversationForm.deleteQuestion", { school: conversation.school, date: formatDay(conversation.day, locale) })}
        cancelTo={`/beheer/adviesgesprekken/${conversation.id}`}
      />
    );
  }
  const recorded = formatDate(conversation.createdAt, locale);
  return (
    <>
      <BackLink />
      <h1>{t("registers.conversationForm.editTitle")}</h1>
      <ErrorSummary errors={result?.errors} />
      <p>
        {conversation.recordedBy
          ? t("registers.form.recorded", { date: recorded, name: conversation.recordedBy })
          : t("registers.form.recordedUnknown", { date: recorded })}{" "}
        {t(conversation.prioritised ? "registers.form.prioritisedYes" : "registers.form.prioritisedNo", { municipality: conversation.municipality })}
      </p>
      <ConversationForm values={result?.values ?? conversation.values} errors={result?.errors ?? {}} choices={choices} />
      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t("registers.conversationForm.deleteTitle")}</h2>
        <p>{t("registers.conversationForm.deleteIntro")}</p>
        <p>
          <Link to="?verwijderen">{t("registers.conversationForm.deleteLink")}</Link>
        </p>
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
