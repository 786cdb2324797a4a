import { type ActionFunctionArgs, type LoaderFunctionArgs, data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { requestPasswordReset } from "~/auth/password-reset.server";
import { requireAnonymous } from "~/auth/session.server";
import { ErrorSummary, Field, Notice } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("forgot.title");

const ForgotSchema = z.object({
  email: z.string({ required_error: "login.emailRequired" }).trim().min(1, "login.emailRequired").email("login.emailInvalid"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = parseForm(ForgotSchema, await request.formData());
  if (!form.ok) return data({ sent: false, errors: form.errors }, { status: 400 });
  await requestPasswordReset(form.data.email);
  return { sent: true, errors: {} as FieldErrors };
}

export default function ForgotPasswordPage() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("forgot.title")}</h1>
      {actionData?.sent ? (
        <Notice tone="success">{t("forgot.sent")}</Notice>
      ) : (
        <>
          <ErrorSummary errors={actionData?.errors} />
          <p>{t("forgot.intro")}</p>
          <Form method="post" noValidate>
            <Field name="email" type="email" label={t("login.email")} autoComplete="email" error={actionData?.errors.email} />
            <button type="submit" className="button">
              {t("forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t("forgot.backToLogin")}</Link>
      </p>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
