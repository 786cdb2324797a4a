// The import page of either register: upload a file to check, read its problems or its
// summary, confirm, and read what the file must look like. Without JavaScript the checked text
// travels back in a hidden field, so the file need not be chosen twice.
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "~/i18n/use-translation";
import type { MessageKey } from "~/i18n/translate";
import { formatCount } from "~/registers/format";
import type { ImportActionData } from "~/registers/import-action.server";
import { CONVERSATION_COLUMNS, type ImportKind, type ImportProblem, type ImportSummary, TRAINING_COLUMNS } from "~/registers/import-rows";
import { BackLink } from "./register-forms";

const PATHS: Record<ImportKind, string> = {
  trainings: "/beheer/trainingen/importeren",
  conversations: "/beheer/adviesgesprekken/importeren",
};

const EXAMPLES: Record<ImportKind, string> = {
  trainings: [
    "aanbieder;naam_aanbieder;titel;datum;gemeente_cbs;school_brin;po;vo;mbo;so;overig",
    "SSV;;Signalen van radicalisering herkennen;14-03-2023;GM0363;;0;24;0;0;2",
    'gemeente;Gemeente Zwolle;"Polarisatie in de klas; wat doe je?";2023-05-02;0193;12AB;18;0;0;0;0',
  ].join("\n"),
  conversations: [
    "datum;school_brin;onderwerp;aanbieder;naam_aanbieder",
    "14-03-2023;12AB;Omgaan met een zorgwekkende uitspraak van een leerling;SSV;",
    "2023-06-20;34CD;Veiligheidsplan na een incident;anders;Politie Oost-Nederland",
  ].join("\n"),
};

const COLUMN_MEANINGS: Record<ImportKind, Record<string, MessageKey>> = {
  trainings: {
    aanbieder: "registers.import.col.aanbieder",
    naam_aanbieder: "registers.import.col.naam_aanbieder",
    titel: "registers.import.col.titel",
    datum: "registers.import.col.datum",
    gemeente_cbs: "registers.import.col.gemeente_cbs",
    school_brin: "registers.import.col.school_brin.trainings",
    po: "registers.import.col.counts",
    vo: "registers.import.col.counts",
    mbo: "registers.import.col.counts",
    so: "registers.import.col.counts",
    overig: "registers.import.col.counts",
  },
  conversations: {
    datum: "registers.import.col.datum",
    school_brin: "registers.import.col.school_brin.conversations",
    onderwerp: "registers.import.col.onderwerp",
    aanbieder: "registers.import.col.aanbieder",
    naam_aanbieder: "registers.import.col.naam_aanbieder",
  },
};

function ProblemReport({ problems, problemCount }: { problems: ImportProblem[]; problemCount: number }) {
  const { t, locale } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  return (
    <div className="error-summary" role="alert" aria-labelledby="import-failed-title" tabIndex={-1} ref={ref}>
      <h2 id="import-failed-title">{t("registers.import.failedTitle")}</h2>
      <p>{t("registers.import.failedIntro")}</p>
      {problemCount > problems.length ? (
        <p>{t("registers.import.failedCount", { count: formatCount(problemCount, locale), shown: formatCount(problems.length, locale) })}</p>
      ) : null}
      <ul>
        {problems.map((problem, index) => {
          const message = t(problem.key, problem.params);
          return <li key={index}>{problem.line === null ? message : t("registers.import.line", { line: problem.line, message })}</li>;
        })}
      </ul>
    </div>
  );
}

function Ready({ kind, summary, content }: { kind: ImportKind; summary: ImportSummary; content: string }) {
  const { t, locale } = useTranslation();
  const n = (count: number) => formatCount(count, locale);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [content]);
  return (
    <section className="panel" aria-labelledby="import-ready-title">
      <h2 id="import-ready-title" tabIndex={-1} ref={ref}>
        {t("registers.import.readyTitle")}
      </h2>
      <p>
        {kind === "trainings"
          ? t("registers.import.readyTrainings", { count: n(summary.rows), participants: n(summary.participants ?? 0) })
          : t("registers.import.readyConversations", { count: n(summary.rows) })}
      </p>
      <table>
        <caption>{t("registers.import.readyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("registers.import.year")}</th>
            <th scope="col">{t(kind === "trainings" ? "registers.import.trainings" : "registers.import.conversations")}</th>
            {kind === "trainings" ? <th scope="col">{t("registers.import.participants")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {summary.years.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td>{n(year.rows)}</td>
              {kind === "trainings" ? <td>{n(year.participants ?? 0)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("registers.import.readyNote")}</p>
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="import" />
        <input type="hidden" name="inhoud" value={content} />
        <p>
          <button type="submit" className="button">
            {t("registers.import.confirm")}
          </button>{" "}
          <Link to={PATHS[kind]} reloadDocument>
            {t("registers.import.another")}
          </Link>
        </p>
      </Form>
    </section>
  );
}

function Upload() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-upload-title">
      <h2 id="import-upload-title">{t("registers.import.uploadTitle")}</h2>
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="check" />
        <div className="field">
          <label htmlFor="bestand">{t("registers.import.file")}</label>
          <p className="field__hint" id="bestand-hint">
            {t("registers.import.fileHint")}
          </p>
          <input id="bestand" name="bestand" type="file" accept=".csv,text/csv" aria-describedby="bestand-hint" />
        </div>
        <button type="submit" className="button">
          {t("registers.import.check")}
        </button>
      </Form>
    </section>
  );
}

function FileFormat({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const columns = kind === "trainings" ? TRAINING_COLUMNS : CONVERSATION_COLUMNS;
  return (
    <section aria-labelledby="import-format-title">
      <h2 id="import-format-title">{t("registers.import.formatTitle")}</h2>
      <ul>
        <li>{t("registers.import.formatHeader")}</li>
        <li>{t("registers.import.formatSeparator")}</li>
        <li>{t("registers.import.formatEmpty")}</li>
      </ul>
      <table>
        <caption>{t("registers.import.columnsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("registers.import.columnName")}</th>
            <th scope="col">{t("registers.import.columnMeaning")}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td>{t(COLUMN_MEANINGS[kind][column.name] ?? "registers.import.col.counts")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("registers.import.exampleTitle")}</h3>
      <pre className="mail" lang="nl">
        {EXAMPLES[kind]}
      </pre>
    </section>
  );
}

export function ImportPage({ kind, result }: { kind: ImportKind; result: ImportActionData | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink />
      <h1>{t(kind === "trainings" ? "registers.import.trainingsTitle" : "registers.import.conversationsTitle")}</h1>
      {result?.stage === "failed" ? <ProblemReport problems={result.problems} problemCount={result.problemCount} /> : null}
      <p className="lead">{t("registers.import.intro")}</p>
      {result?.stage === "ready" ? <Ready kind={kind} summary={result.summary} content={result.content} /> : <Upload />}
      <FileFormat kind={kind} />
    </>
  );
}
