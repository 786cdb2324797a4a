// The page a learner reaches after finishing a course: what they completed and when, their
// recorded results, the certificate and its verification code. Only ever their own.
import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { completionSummary } from "~/certificates/certificates.server";
import { ContentText } from "~/components/lesson/content-html";
import { CourseBreadcrumb } from "~/components/lesson/course-breadcrumb";
import { SCORE_DIMENSIONS } from "~/content/components";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("completion.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const completion = await completionSummary(user.id, slug);
  if (!completion) throw redirect(`/cursussen/${encodeURIComponent(slug)}`);
  return {
    completion,
    certificatePath: `/cursussen/${encodeURIComponent(slug)}/certificaat.pdf`,
    verifyPath: `/verificatie?code=${encodeURIComponent(completion.verificationCode)}`,
  };
}

export default function CompletionPage() {
  const { completion, certificatePath, verifyPath } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const hasResults = completion.scenarios.length > 0 || completion.quizzes.length > 0;
  return (
    <>
      <CourseBreadcrumb course={{ slug: completion.slug, title: completion.courseTitle }} />
      <h1>{t("completion.title")}</h1>
      <dl className="facts">
        <div>
          <dt>{t("completion.course")}</dt>
          <dd>
            <ContentText>{completion.courseTitle}</ContentText>
          </dd>
        </div>
        <div>
          <dt>{t("completion.completedOn")}</dt>
          <dd>{formatDate(completion.completedAt, locale)}</dd>
        </div>
        <div>
          <dt>{t("completion.version")}</dt>
          <dd>{completion.versionNumber}</dd>
        </div>
      </dl>

      <section className="panel" aria-labelledby="certificate-title">
        <h2 id="certificate-title">{t("completion.certificateTitle")}</h2>
        <p>{t("completion.certificateIntro")}</p>
        <dl className="facts">
          <div>
            <dt>{t("completion.code")}</dt>
            <dd>
              <strong>{completion.verificationCode}</strong>
            </dd>
          </div>
        </dl>
        <p>
          {/* A resource route: the browser downloads it, no client-side navigation. */}
          <a className="button" href={certificatePath} download>
            {t("completion.download")}
          </a>
        </p>
        <p>{t("completion.verifyIntro")}</p>
        <p>
          <Link to={verifyPath}>{t("completion.verifyLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="results-title">
        <h2 id="results-title">{t("completion.resultsTitle")}</h2>
        {hasResults ? null : <p>{t("completion.noResults")}</p>}
        {completion.scenarios.length > 0 ? (
          <table>
            <caption>{t("completion.scenarios")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("completion.scenario")}</th>
                {SCORE_DIMENSIONS.map((dimension) => (
                  <th scope="col" key={dimension}>
                    {t(`scenario.dimension.${dimension}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {completion.scenarios.map((scenario, index) => (
                <tr key={scenario.id}>
                  <th scope="row">
                    {scenario.title ? (
                      <ContentText>{scenario.title}</ContentText>
                    ) : (
                      t("completion.scenarioUntitled", { number: index + 1 })
                    )}
                  </th>
                  {SCORE_DIMENSIONS.map((dimension) => (
                    <td key={dimension}>
                      {scenario.scores === null
                        ? t("completion.scenarioNotScored")
                        : scenario.maxScores
                          ? t("scenario.score", { score: scenario.scores[dimension], max: scenario.maxScores[dimension] })
                          : scenario.scores[dimension]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {completion.quizzes.length > 0 ? (
          <table>
            <caption>{t("completion.quizzes")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("completion.quiz")}</th>
                <th scope="col">{t("completion.bestScore")}</th>
                <th scope="col">{t("completion.attempts")}</th>
              </tr>
            </thead>
            <tbody>
              {completion.quizzes.map((quiz, index) => (
                <tr key={quiz.id}>
                  <th scope="row">
                    {quiz.title ? <ContentText>{quiz.title}</ContentText> : t("completion.quizUntitled", { number: index + 1 })}
                  </th>
                  <td>{t("completion.percentage", { score: Math.round(quiz.bestScore) })}</td>
                  <td>{quiz.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
