// The public check of a certificate's verification code: anyone, signed in or not, learns
// whether a code is genuine and, if so, only the name, the course and the date. A GET form,
// so it works without JavaScript; not indexed and not cached, since the code is in the URL.
import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { type VerifiedCertificate, verifyCertificate } from "~/certificates/certificates.server";
import { VerificationQuerySchema } from "~/certificates/verification-code";
import { ErrorSummary, Field, Notice } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { ContentText } from "~/components/lesson/content-html";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

const title = pageTitle("verify.title");

export const meta: MetaFunction = (args) => [
  ...title(args),
  { name: "robots", content: "noindex, nofollow" },
  // The code is in this page's URL: it is not passed on to another site. (A meta tag, as the
  // server already sends a Referrer-Policy header for every page.)
  { name: "referrer", content: "no-referrer" },
];

export const headers: HeadersFunction = () => ({
  "X-Robots-Tag": "noindex, nofollow",
  "Cache-Control": "private, no-store",
});

type Outcome =
  | { status: "form" }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "notFound"; code: string }
  | ({ status: "found"; code: string } & VerifiedCertificate);

export async function loader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const input = query.get("code");
  if (input === null) return data({ input: "", outcome: { status: "form" } as Outcome });

  const formData = new FormData();
  formData.set("code", input);
  const form = parseForm(VerificationQuerySchema, formData);
  if (!form.ok) return data({ input, outcome: { status: "invalid", errors: form.errors } as Outcome }, { status: 400 });

  const { code } = form.data;
  const certificate = await verifyCertificate(code);
  if (!certificate) return data({ input, outcome: { status: "notFound", code } as Outcome }, { status: 404 });
  return data({ input: code, outcome: { status: "found", code, ...certificate } as Outcome });
}

export default function VerificationPage() {
  const { input, outcome } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const errors = outcome.status === "invalid" ? outcome.errors : undefined;
  return (
    <div className="narrow">
      <h1>{t("verify.title")}</h1>
      <ErrorSummary errors={errors} />

      {outcome.status === "found" ? (
        <Notice tone="success">
          <h2>{t("verify.foundTitle")}</h2>
          <p>{t("verify.foundIntro", { code: outcome.code })}</p>
          <dl className="facts">
            <div>
              <dt>{t("verify.name")}</dt>
              <dd>{outcome.name ?? t("verify.nameErased")}</dd>
            </div>
            <div>
              <dt>{t("verify.course")}</dt>
              <dd>
                <ContentText>{outcome.courseTitle}</ContentText>
              </dd>
            </div>
            <div>
              <dt>{t("verify.completedOn")}</dt>
              <dd>{formatDate(outcome.completedOn, locale)}</dd>
            </div>
          </dl>
        </Notice>
      ) : null}

      {outcome.status === "notFound" ? (
        <Notice>
          <h2>{t("verify.notFoundTitle")}</h2>
          <p>{t("verify.notFoundBody", { code: outcome.code })}</p>
        </Notice>
      ) : null}

      <p>{t("verify.intro")}</p>
      <Form method="get" action="/verificatie" noValidate>
        <Field
          key={input}
          name="code"
          label={t("verify.code")}
          hint={t("verify.codeHint")}
          autoComplete="off"
          defaultValue={input}
          error={errors?.code}
        />
        <button type="submit" className="button">
          {t("verify.submit")}
        </button>
      </Form>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
