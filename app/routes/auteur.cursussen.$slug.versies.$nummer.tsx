// One published version: who published it, who wrote and approved the change, its steps, and
// what changed against the version before it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { courseHistory, versionDiff } from "~/authoring/history.server";
import { coursePath, versionPath } from "~/authoring/notices";
import { requireRole } from "~/auth/session.server";
import { db } from "~/db.server";
import { contentPageTitle } from "~/i18n/meta";
import { formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { DiffView, StepList } from "./_parts/authoring";

export const meta = contentPageTitle((data: { version: { title: string; number: number } }) => `${data.version.title} (${data.version.number})`, "error.404.title");

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "author");
  const slug = params.slug ?? "";
  const number = /^[1-9]\d{0,8}$/.test(params.nummer ?? "") ? Number(params.nummer) : null;
  if (number === null) throw notFound();
  const [history, diff] = await Promise.all([courseHistory(db, slug), versionDiff(db, slug, number)]);
  const version = history?.versions.find((item) => item.number === number);
  if (!history || !version || !diff) throw notFound();
  return { slug, version, diff };
}

export default function VersionPage() {
  const { slug, version, diff } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const someone = t("authoring.someone");
  return (
    <>
      <p>
        <Link to={coursePath(slug)}>{t("authoring.version.back", { title: version.title })}</Link>
      </p>
      <h1>{t("authoring.version.title", { title: version.title, number: version.number })}</h1>
      <dl className="facts">
        <div>
          <dt>{t("authoring.version.published")}</dt>
          <dd>{t("authoring.version.publishedBy", { date: formatDateTime(version.publishedAt, locale), name: version.publishedBy ?? t("authoring.version.commandLine") })}</dd>
        </div>
        <div>
          <dt>{t("authoring.version.origin")}</dt>
          <dd>
            {version.origin === "terugzetten" && version.restoredFromNumber
              ? t("authoring.origin.restoredFrom", { number: version.restoredFromNumber })
              : t(`authoring.origin.${version.origin}`)}
          </dd>
        </div>
        <div>
          <dt>{t("authoring.version.authors")}</dt>
          <dd>{version.authors.length > 0 ? version.authors.join(", ") : t("authoring.version.unknown")}</dd>
        </div>
        <div>
          <dt>{t("authoring.version.reviewer")}</dt>
          <dd>{version.reviewer ?? (version.origin === "editor" ? someone : t("authoring.version.noReview"))}</dd>
        </div>
      </dl>
      {version.note ? (
        <>
          <h2>{t("authoring.version.note")}</h2>
          <p lang="nl">{version.note}</p>
        </>
      ) : null}
      <p>
        <a href={`${versionPath(slug, version.number)}.zip`} download>
          {t("authoring.version.export")}
        </a>
      </p>
      {version.steps.length > 0 ? (
        <>
          <h2>{t("authoring.draft.stepsTitle")}</h2>
          <StepList steps={version.steps} />
        </>
      ) : null}
      <h2>{diff.previousNumber ? t("authoring.version.diffTitle", { number: diff.previousNumber }) : t("authoring.version.diffFirst")}</h2>
      <DiffView files={diff.files} />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
