// The teachers' upload page: choose a file, read the check of every row, then invite all
// rows or drop the bad ones and invite the rest. Without JavaScript the checked text travels
// back in a hidden field with the lines to invite, so the file need not be chosen twice.
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { formatCount } from "~/registers/format";
import type { Candidate, PreviewCounts } from "~/school-teachers/candidates";
import { COLUMNS, type FileProblem, shown } from "~/school-teachers/teacher-file";

export type UploadActionData =
  | { stage: "failed"; problems: FileProblem[] }
  | {
      stage: "preview";
      rows: Candidate[];
      counts: PreviewCounts;
      newGroups: string[];
      /** The lines that may be invited: every row without a problem. */
      validLines: number[];
      content: string;
      /** The coordinator confirmed, but the rows chosen were no longer all valid. */
      changed: boolean;
    };

interface Paths {
  self: string;
  list: string;
}

const COLUMN_MEANINGS: Record<string, MessageKey> = {
  naam: "teachers.upload.col.naam",
  "e-mail": "teachers.upload.col.email",
  groep: "teachers.upload.col.groep",
};

const EXAMPLE = ["naam;e-mail;groep", "Fatima el Amrani;f.elamrani@school.nl;Team onderbouw", "Joost de Vries;j.devries@school.nl;Sectie maatschappijleer", "Sanne Bakker;s.bakker@school.nl;"].join(
  "\n",
);

function FileProblems({ problems }: { problems: FileProblem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  return (
    <div className="error-summary" role="alert" aria-labelledby="upload-failed-title" tabIndex={-1} ref={ref}>
      <h2 id="upload-failed-title">{t("teachers.upload.failedTitle")}</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{t(problem.key, problem.params)}</li>
        ))}
      </ul>
    </div>
  );
}

function Confirm({ paths, content, lines, label }: { paths: Paths; content: string; lines: number[]; label: string }) {
  return (
    <Form method="post" action={paths.self} encType="multipart/form-data">
      <input type="hidden" name="intent" value="import" />
      <input type="hidden" name="inhoud" value={content} />
      <input type="hidden" name="regels" value={lines.join(",")} />
      <p>
        <button type="submit" className="button">
          {label}
        </button>
      </p>
    </Form>
  );
}

function Preview({ paths, result }: { paths: Paths; result: Extract<UploadActionData, { stage: "preview" }> }) {
  const { t, locale } = useTranslation();
  const n = (count: number) => formatCount(count, locale);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  const { counts } = result;
  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 id="preview-title" tabIndex={-1} ref={ref}>
        {t("teachers.upload.previewTitle")}
      </h2>
      {result.changed ? (
        <div className="error-summary" role="alert">
          <p>{t("teachers.upload.changed")}</p>
        </div>
      ) : null}
      <p>{t("teachers.upload.previewSummary", { rows: n(counts.rows), valid: n(counts.valid), invalid: n(counts.invalid) })}</p>
      {result.newGroups.length > 0 ? <p>{t("teachers.upload.newGroups", { groups: result.newGroups.join(", ") })}</p> : null}

      {counts.invalid === 0 ? (
        <>
          <p>{t("teachers.upload.allValid")}</p>
          <Confirm paths={paths} content={result.content} lines={result.validLines} label={t("teachers.upload.confirmAll", { count: n(counts.valid) })} />
        </>
      ) : counts.valid > 0 ? (
        <>
          <p>{t("teachers.upload.someInvalid")}</p>
          <Confirm
            paths={paths}
            content={result.content}
            lines={result.validLines}
            label={t("teachers.upload.confirmValid", { invalid: n(counts.invalid), valid: n(counts.valid) })}
          />
        </>
      ) : (
        <p>{t("teachers.upload.noneValid")}</p>
      )}

      <table>
        <caption>{t("teachers.upload.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("teachers.upload.line")}</th>
            <th scope="col">{t("teachers.upload.name")}</th>
            <th scope="col">{t("teachers.upload.email")}</th>
            <th scope="col">{t("teachers.upload.group")}</th>
            <th scope="col">{t("teachers.upload.result")}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>{row.name ? shown(row.name) : <em>{t("teachers.upload.empty")}</em>}</td>
              <td>{row.email ? shown(row.email) : <em>{t("teachers.upload.empty")}</em>}</td>
              <td>{row.group ? (row.newGroup ? t("teachers.upload.newGroup", { group: shown(row.group) }) : shown(row.group)) : null}</td>
              <td>
                {row.problems.length === 0 ? (
                  <span className="badge badge--success">{t("teachers.upload.rowOk")}</span>
                ) : (
                  <>
                    <span className="badge badge--error">{t("teachers.upload.rowProblems")}</span>
                    <ul>
                      {row.problems.map((problem, index) => (
                        <li key={index}>{t(problem.key, problem.params)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Upload({ paths, again }: { paths: Paths; again: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">{t(again ? "teachers.upload.checkAnother" : "teachers.upload.fileTitle")}</h2>
      <Form method="post" action={paths.self} encType="multipart/form-data">
        <input type="hidden" name="intent" value="check" />
        <div className="field">
          <label htmlFor="bestand">{t("teachers.upload.file")}</label>
          <p className="field__hint" id="bestand-hint">
            {t("teachers.upload.fileHint")}
          </p>
          <input id="bestand" name="bestand" type="file" accept=".csv,text/csv" aria-describedby="bestand-hint" />
        </div>
        <button type="submit" className={again ? "button button--secondary" : "button"}>
          {t("teachers.upload.check")}
        </button>
      </Form>
    </section>
  );
}

function FileFormat() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="format-title">
      <h2 id="format-title">{t("teachers.upload.formatTitle")}</h2>
      <ul>
        <li>{t("teachers.upload.formatHeader")}</li>
        <li>{t("teachers.upload.formatSeparator")}</li>
        <li>{t("teachers.upload.formatGroup")}</li>
      </ul>
      <table>
        <caption>{t("teachers.upload.columnsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("teachers.upload.columnName")}</th>
            <th scope="col">{t("teachers.upload.columnMeaning")}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td>{t(COLUMN_MEANINGS[column.name]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("teachers.upload.exampleTitle")}</h3>
      <pre className="mail" lang="nl">
        {EXAMPLE}
      </pre>
    </section>
  );
}

export function UploadPage({ paths, result }: { paths: Paths; result: UploadActionData | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={paths.list}>{t("teachers.back")}</Link>
      </p>
      <h1>{t("teachers.upload.title")}</h1>
      {result?.stage === "failed" ? <FileProblems problems={result.problems} /> : null}
      <p className="lead">{t("teachers.upload.intro")}</p>
      {result?.stage === "preview" ? <Preview paths={paths} result={result} /> : null}
      <Upload paths={paths} again={result?.stage === "preview"} />
      <FileFormat />
    </>
  );
}
