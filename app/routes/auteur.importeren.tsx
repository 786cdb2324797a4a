// Importing a course from a zip: faults are listed as the checker reports them, content equal
// to the latest version changes nothing, and anything new becomes a draft for review.
import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { ArchiveProblem } from "~/authoring/course-archive.server";
import { importCourseArchive, readCourseUpload } from "~/authoring/course-import.server";
import { coursePath, withNotice } from "~/authoring/notices";
import { requireRole } from "~/auth/session.server";
import type { Fault } from "~/content/faults";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("transfer.import.title");

export type ImportActionData =
  | { stage: "failed"; problem: ArchiveProblem }
  | { stage: "faults"; slug: string; faults: Fault[] }
  | { stage: "unchanged"; slug: string; number: number }
  | { stage: "open-draft"; slug: string };

const ARCHIVE_FIELD = "bestand";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "author");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "author");
  const upload = await readCourseUpload(request, ARCHIVE_FIELD);
  if (!upload.ok) return data<ImportActionData>({ stage: "failed", problem: upload.problem }, { status: 400 });
  const result = await importCourseArchive(db, { bytes: upload.bytes, actorId: user.id });
  switch (result.status) {
    case "invalid":
      return data<ImportActionData>({ stage: "failed", problem: result.problem }, { status: 400 });
    case "faults":
      return data<ImportActionData>({ stage: "faults", slug: result.slug, faults: result.faults }, { status: 400 });
    case "unchanged":
      return data<ImportActionData>({ stage: "unchanged", slug: result.slug, number: result.number });
    case "open-draft-exists":
      return data<ImportActionData>({ stage: "open-draft", slug: result.slug }, { status: 409 });
    case "draft":
      throw redirect(withNotice(coursePath(result.slug), "concept-geimporteerd"));
  }
}

/** The outcome takes focus, so that a screen reader hears it after the upload. */
function useFocusOn<T extends HTMLElement>(result: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  return ref;
}

function Faults({ slug, faults }: { slug: string; faults: Fault[] }) {
  const { t } = useTranslation();
  const ref = useFocusOn<HTMLDivElement>(faults);
  return (
    <div className="error-summary" role="alert" aria-labelledby="import-failed-title" tabIndex={-1} ref={ref}>
      <h2 id="import-failed-title">{t("transfer.import.failedTitle")}</h2>
      <p>{faults.length === 1 ? t("transfer.import.faultsOne", { slug }) : t("transfer.import.faultsMany", { slug, count: faults.length })}</p>
      {/* The checker's messages are Dutch, for authors. */}
      <ul lang="nl" aria-label={t("transfer.import.faultsCaption")}>
        {faults.map((fault, index) => (
          <li key={index}>
            <code>
              {fault.file}:{fault.line}:{fault.column}
            </code>{" "}
            {fault.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Problem({ problem }: { problem: ArchiveProblem }) {
  const { t } = useTranslation();
  const ref = useFocusOn<HTMLDivElement>(problem);
  return (
    <div className="error-summary" role="alert" aria-labelledby="import-failed-title" tabIndex={-1} ref={ref}>
      <h2 id="import-failed-title">{t("transfer.import.failedTitle")}</h2>
      <ul>
        <li>
          <a href={`#${ARCHIVE_FIELD}`}>{t(problem.key, problem.params)}</a>
        </li>
      </ul>
    </div>
  );
}

function Outcome({ result }: { result: ImportActionData }) {
  const { t } = useTranslation();
  const ref = useFocusOn<HTMLDivElement>(result);
  if (result.stage === "failed") return <Problem problem={result.problem} />;
  if (result.stage === "faults") return <Faults slug={result.slug} faults={result.faults} />;
  if (result.stage === "unchanged") {
    return (
      <div className="notice" role="status" aria-labelledby="import-outcome-title" tabIndex={-1} ref={ref}>
        <h2 id="import-outcome-title">{t("transfer.import.unchangedTitle")}</h2>
        <p>{t("transfer.import.unchanged", { slug: result.slug, number: result.number })}</p>
      </div>
    );
  }
  return (
    <div className="notice" role="status" aria-labelledby="import-outcome-title" tabIndex={-1} ref={ref}>
      <h2 id="import-outcome-title">{t("transfer.import.openDraftTitle")}</h2>
      <p>{t("transfer.import.openDraft", { slug: result.slug })}</p>
      <p>
        <Link to={coursePath(result.slug)}>{t("transfer.import.openDraftLink", { slug: result.slug })}</Link>
      </p>
    </div>
  );
}

export default function ImportCoursePage() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const error = result?.stage === "failed" ? t(result.problem.key, result.problem.params) : null;
  const describedBy = [`${ARCHIVE_FIELD}-hint`, error ? `${ARCHIVE_FIELD}-error` : null].filter(Boolean).join(" ");
  return (
    <>
      <p>
        <Link to="/auteur">{t("transfer.import.back")}</Link>
      </p>
      <h1>{t("transfer.import.title")}</h1>
      {result ? <Outcome result={result} /> : null}
      <p className="lead">{t("transfer.import.intro")}</p>
      <Form method="post" encType="multipart/form-data">
        <div className={error ? "field field--error" : "field"}>
          <label htmlFor={ARCHIVE_FIELD}>{t("transfer.import.file")}</label>
          <p className="field__hint" id={`${ARCHIVE_FIELD}-hint`}>
            {t("transfer.import.fileHint")}
          </p>
          {error ? (
            <p className="field__error" id={`${ARCHIVE_FIELD}-error`}>
              {error}
            </p>
          ) : null}
          <input
            id={ARCHIVE_FIELD}
            name={ARCHIVE_FIELD}
            type="file"
            accept=".zip,application/zip"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit" className="button">
          {t("transfer.import.submit")}
        </button>
      </Form>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
