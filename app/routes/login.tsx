import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { checkCredentials } from "~/auth/login.server";
import { homePathFor, loadSessionUser, readSessionId, requireAnonymous, startSession } from "~/auth/session.server";
import { ErrorSummary, Field, Notice } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { safeRedirect } from "~/utils/safe-redirect";

export const meta = pageTitle("login.title");

const LoginSchema = z.object({
  email: z.string({ required_error: "login.emailRequired" }).trim().min(1, "login.emailRequired").email("login.emailInvalid"),
  password: z.string({ required_error: "login.passwordRequired" }).min(1, "login.passwordRequired"),
  redirectTo: z.string().optional(),
});

const NOTICES: Record<string, MessageKey> = {
  "sessie=verlopen": "login.sessionEnded",
  "wachtwoord=gewijzigd": "login.passwordReset",
  "uitgelogd=1": "login.loggedOut",
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const params = new URL(request.url).searchParams;
  const notice = Object.entries(NOTICES).find(([query]) => {
    const [key, value] = query.split("=");
    return params.get(key!) === value;
  })?.[1];
  return { notice: notice ?? null, redirectTo: safeRedirect(params.get("redirectTo"), "") };
}

// No requireAnonymous here: signing in while signed in switches accounts, ending the old session.
export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(LoginSchema, await request.formData());
  if (!form.ok) return data({ errors: form.errors, formError: null, email: "" }, { status: 400 });

  const result = await checkCredentials({
    email: form.data.email,
    password: form.data.password,
    clientIp: context.clientIp ?? "unknown",
  });
  if (!result.ok) {
    const formError: MessageKey = result.reason === "throttled" ? "login.throttled" : "login.invalid";
    return data({ errors: {} as FieldErrors, formError, email: form.data.email }, { status: result.reason === "throttled" ? 429 : 401 });
  }
  const cookie = await startSession(result.userId, readSessionId(request));
  const user = await loadSessionUser(result.userId);
  throw redirect(safeRedirect(form.data.redirectTo, homePathFor(user.roles)), { headers: { "Set-Cookie": cookie } });
}

export default function LoginPage() {
  const { notice, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("login.title")}</h1>
      {notice && !actionData ? <Notice>{t(notice)}</Notice> : null}
      <ErrorSummary errors={actionData?.errors} formError={actionData?.formError} />
      <p>{t("login.intro")}</p>
      <Form method="post" noValidate>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field
          name="email"
          type="email"
          label={t("login.email")}
          autoComplete="username"
          defaultValue={actionData?.email}
          error={actionData?.errors.email}
        />
        <Field
          name="password"
          type="password"
          label={t("login.password")}
          autoComplete="current-password"
          error={actionData?.errors.password}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/wachtwoord-vergeten">{t("login.forgot")}</Link>
      </p>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
