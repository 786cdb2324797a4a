import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { formChoices } from "~/registers/directory.server";
import { overviewAfter } from "~/registers/notices";
import { EMPTY_TRAINING_VALUES, TRAINING_FORM_FIELDS, TrainingFormSchema, submittedValues } from "~/registers/schemas";
import { createTraining } from "~/registers/trainings.server";
import { BackLink, TrainingForm } from "./_parts/register-forms";

export const meta = pageTitle("registers.trainingForm.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return { choices: await formChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin");
  const formData = await request.formData();
  const values = submittedValues(TRAINING_FORM_FIELDS, formData);
  const form = parseForm(TrainingFormSchema, formData);
  const saved = form.ok ? await createTraining(form.data, user.id) : form;
  if (!saved.ok) return data({ values, errors: saved.errors as FieldErrors }, { status: 400 });
  throw redirect(overviewAfter("training-toegevoegd", saved.year));
}

export default function NewTrainingPage() {
  const { choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink />
      <h1>{t("registers.trainingForm.newTitle")}</h1>
      <ErrorSummary errors={result?.errors} />
      <TrainingForm values={result?.values ?? EMPTY_TRAINING_VALUES} errors={result?.errors ?? {}} choices={choices} />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
