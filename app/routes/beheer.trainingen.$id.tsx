import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { formChoices } from "~/registers/directory.server";
import { formatDay } from "~/registers/format";
import { overviewAfter } from "~/registers/notices";
import { TRAINING_FORM_FIELDS, TrainingFormSchema, submittedValues } from "~/registers/schemas";
import { deleteTraining, findTraining, updateTraining } from "~/registers/trainings.server";
import { BackLink, DeleteQuestion, TrainingForm } from "./_parts/register-forms";

export const meta = pageTitle("registers.trainingForm.editTitle");

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const training = await findTraining(params.id ?? "");
  if (!training) throw notFound();
  const confirmDelete = new URL(request.url).searchParams.has("verwijderen");
  return { training, confirmDelete, choices: confirmDelete ? null : await formChoices() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "admin");
  const id = params.id ?? "";
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    const year = await deleteTraining(id);
    if (year === null) throw notFound();
    throw redirect(overviewAfter("training-verwijderd", year));
  }
  const values = submittedValues(TRAINING_FORM_FIELDS, formData);
  const form = parseForm(TrainingFormSchema, formData);
  const saved = form.ok ? await updateTraining(id, form.data) : form;
  if (saved === null) throw notFound();
  if (!saved.ok) return data({ values, errors: saved.errors as FieldErrors }, { status: 400 });
  throw redirect(overviewAfter("training-gewijzigd", saved.year));
}

export default function EditTrainingPage() {
  const { training, confirmDelete, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const day = formatDay(training.day, locale);
  if (confirmDelete || !choices) {
    return (
      <DeleteQuestion
        title={t("registers.trainingForm.deleteTitle")}
        question={t("registers.trainingForm.deleteQuestion", { title: training.title, date: day })}
        cancelTo={`/beheer/trainingen/${training.id}`}
      />
    );
  }
  const recorded = formatDate(training.createdAt, locale);
  return (
    <>
      <BackLink />
      <h1>{t("registers.trainingForm.editTitle")}</h1>
      <ErrorSummary errors={result?.errors} />
      <p>
        {training.recordedBy
          ? t("registers.form.recorded", { date: recorded, name: training.recordedBy })
          : t("registers.form.recordedUnknown", { date: recorded })}{" "}
        {t(training.prioritised ? "registers.form.prioritisedYes" : "registers.form.prioritisedNo", { municipality: training.municipality })}
      </p>
      <TrainingForm values={result?.values ?? training.values} errors={result?.errors ?? {}} choices={choices} />
      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t("registers.trainingForm.deleteTitle")}</h2>
        <p>{t("registers.trainingForm.deleteIntro")}</p>
        <p>
          <Link to="?verwijderen">{t("registers.trainingForm.deleteLink")}</Link>
        </p>
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
