import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordSchema } from "~/auth/password-policy";
import { findValidResetToken, resetPassword } from "~/auth/password-reset.server";
import { requireAnonymous } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { PasswordPair } from "~/components/password-pair";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("reset.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const token = await findValidResetToken(params.token ?? "");
  return { valid: token !== null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = parseForm(NewPasswordSchema, await request.formData());
  if (!form.ok) return data({ errors: form.errors, invalidLink: false }, { status: 400 });
  const done = await resetPassword(params.token ?? "", form.data.password);
  if (!done) return data({ errors: {} as FieldErrors, invalidLink: true }, { status: 410 });
  throw redirect("/login?wachtwoord=gewijzigd");
}

export default function ResetPasswordPage() {
  const { valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!valid || actionData?.invalidLink) {
    return (
      <div className="narrow">
        <h1>{t("reset.title")}</h1>
        <p>{t("reset.invalidLink")}</p>
        <p>
          <Link to="/wachtwoord-vergeten">{t("reset.requestNew")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("reset.title")}</h1>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <PasswordPair errors={actionData?.errors} />
        <button type="submit" className="button">
          {t("reset.submit")}
        </button>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
