import { type ActionFunctionArgs, type LoaderFunctionArgs, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { NewPasswordSchema, PASSWORD_MIN_LENGTH } from "~/auth/password-policy";
import { verifyPassword } from "~/auth/password.server";
import { setPassword } from "~/auth/set-password.server";
import { requireUser, startSession } from "~/auth/session.server";
import { ErrorSummary, Field, Notice } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { db } from "~/db.server";
import { localeCookie } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { LOCALES, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("settings.title");

const LanguageSchema = z.object({ locale: z.enum(LOCALES, { message: "error.title" }) });
const ChangePasswordSchema = z.intersection(
  z.object({ current: z.string({ required_error: "password.required" }).min(1, "password.required") }),
  NewPasswordSchema,
);

type ActionResult = { intent: "language" | "password"; errors: FieldErrors; saved: MessageKey | null };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { locale: user.locale };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "language") {
    const form = parseForm(LanguageSchema, formData);
    if (!form.ok) return data<ActionResult>({ intent, errors: form.errors, saved: null }, { status: 400 });
    await db.user.update({ where: { id: user.id }, data: { locale: form.data.locale } });
    return data<ActionResult>(
      { intent, errors: {}, saved: "settings.language.saved" },
      { headers: { "Set-Cookie": await localeCookie.serialize(form.data.locale) } },
    );
  }

  if (intent === "password") {
    const form = parseForm(ChangePasswordSchema, formData);
    if (!form.ok) return data<ActionResult>({ intent, errors: form.errors, saved: null }, { status: 400 });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!passwordHash || !(await verifyPassword(passwordHash, form.data.current))) {
      return data<ActionResult>({ intent, errors: { current: "settings.password.currentWrong" }, saved: null }, { status: 400 });
    }
    await setPassword(user.id, form.data.password);
    // Every session ended with the old password; this browser continues on a new one.
    const cookie = await startSession(user.id, null);
    return data<ActionResult>({ intent, errors: {}, saved: "settings.password.saved" }, { headers: { "Set-Cookie": cookie } });
  }

  throw new Response("Unknown intent", { status: 400 });
}

export default function SettingsPage() {
  const { locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const passwordErrors = result?.intent === "password" ? result.errors : undefined;
  return (
    <div className="narrow">
      <h1>{t("settings.title")}</h1>
      {result?.saved ? <Notice tone="success">{t(result.saved)}</Notice> : null}
      <ErrorSummary errors={result?.errors} />

      <section aria-labelledby="language-title" className="panel">
        <h2 id="language-title">{t("settings.language.title")}</h2>
        <Form method="post">
          <input type="hidden" name="intent" value="language" />
          <fieldset>
            <legend>{t("settings.language.intro")}</legend>
            {LOCALES.map((option) => (
              <div className="choice" key={option}>
                <input type="radio" id={`locale-${option}`} name="locale" value={option} defaultChecked={locale === option} />
                <label htmlFor={`locale-${option}`} lang={option}>
                  {t(option === "nl" ? "settings.language.nl" : "settings.language.en")}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("settings.language.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="password-title" className="panel">
        <h2 id="password-title">{t("settings.password.title")}</h2>
        <p>{t("settings.password.intro")}</p>
        <p>{t("reset.intro", { min: PASSWORD_MIN_LENGTH })}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          <Field
            name="current"
            type="password"
            label={t("settings.password.current")}
            autoComplete="current-password"
            error={passwordErrors?.current}
          />
          <Field name="password" type="password" label={t("reset.password")} autoComplete="new-password" error={passwordErrors?.password} />
          <Field
            name="confirmation"
            type="password"
            label={t("reset.confirmation")}
            autoComplete="new-password"
            error={passwordErrors?.confirmation}
          />
          <button type="submit" className="button">
            {t("settings.password.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
