// What the xAPI learning records are, how many there are in a period, and where to download
// them. The download itself is the resource route beheer.xapi[.json].
import { type LoaderFunctionArgs, data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary, Field } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { countStatements, parsePeriod, periodQuery } from "~/progress/xapi-export.server";

export const meta = pageTitle("xapi.title");

interface LoaderData {
  values: { van: string; tot: string };
  errors: FieldErrors;
  /** Null while the period has errors. */
  count: number | null;
  hasPeriod: boolean;
  downloadHref: string | null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const params = new URL(request.url).searchParams;
  const values = { van: params.get("van") ?? "", tot: params.get("tot") ?? "" };
  const form = parsePeriod(params);
  if (!form.ok) {
    return data<LoaderData>({ values, errors: form.errors, count: null, hasPeriod: true, downloadHref: null }, { status: 400 });
  }
  return data<LoaderData>({
    values,
    errors: {},
    count: await countStatements(form.data),
    hasPeriod: Boolean(form.data.van || form.data.tot),
    downloadHref: `/beheer/xapi.json${periodQuery(form.data)}`,
  });
}

export default function XapiPage() {
  const { values, errors, count, hasPeriod, downloadHref } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const formattedCount = count === null ? "" : new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB").format(count);
  return (
    <>
      <h1>{t("xapi.title")}</h1>
      <ErrorSummary errors={errors} />
      <p className="lead">{t("xapi.intro")}</p>
      <p>{t("xapi.privacy")}</p>
      <p>{t("xapi.purpose")}</p>

      <section aria-labelledby="period-title" className="panel narrow">
        <h2 id="period-title">{t("xapi.periodTitle")}</h2>
        <p>{t("xapi.periodIntro")}</p>
        <Form method="get" noValidate>
          <Field name="van" label={t("xapi.from")} hint={t("xapi.dateHint")} autoComplete="off" defaultValue={values.van} error={errors.van} />
          <Field name="tot" label={t("xapi.to")} hint={t("xapi.dateHint")} autoComplete="off" defaultValue={values.tot} error={errors.tot} />
          <button type="submit" className="button button--secondary">
            {t("xapi.show")}
          </button>
        </Form>
      </section>

      {count !== null ? (
        <section>
          <p>{t(hasPeriod ? "xapi.countPeriod" : "xapi.countAll", { count: formattedCount })}</p>
          {count > 0 && downloadHref ? (
            <>
              <p>
                <a className="button" href={downloadHref} download>
                  {t("xapi.download")}
                </a>
              </p>
              <p className="field__hint">{t("xapi.downloadHint")}</p>
            </>
          ) : (
            <p>{t("xapi.nothing")}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
