// Shared parts of the authors' pages: a draft's status in words, its steps, the checker's
// faults with links into the editor, and a diff that marks added and removed lines in text
// (not by colour alone).
import { Link } from "@remix-run/react";
import type { FileChange, FileDiff } from "~/authoring/diff";
import { editorPath } from "~/authoring/notices";
import type { StepAction } from "~/authoring/workflow.server";
import type { MessageKey } from "~/i18n/translate";
import { formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

type DraftStatus = "DRAFT" | "IN_REVIEW" | "APPROVED" | "PUBLISHED" | "DISCARDED";

export const DRAFT_STATUS_KEYS: Record<DraftStatus, MessageKey> = {
  DRAFT: "authoring.status.DRAFT",
  IN_REVIEW: "authoring.status.IN_REVIEW",
  APPROVED: "authoring.status.APPROVED",
  PUBLISHED: "authoring.status.PUBLISHED",
  DISCARDED: "authoring.status.DISCARDED",
};

const STEP_KEYS: Record<StepAction, MessageKey> = {
  ingediend: "authoring.step.ingediend",
  goedgekeurd: "authoring.step.goedgekeurd",
  "wijzigingen-gevraagd": "authoring.step.wijzigingen-gevraagd",
  gepubliceerd: "authoring.step.gepubliceerd",
  "teruggetrokken-uit-review": "authoring.step.teruggetrokken-uit-review",
  verworpen: "authoring.step.verworpen",
};

const CHANGE_KEYS: Record<FileChange, MessageKey> = {
  added: "authoring.diff.added",
  removed: "authoring.diff.removed",
  moved: "authoring.diff.moved",
  changed: "authoring.diff.changed",
  unchanged: "authoring.diff.unchanged",
};

export function DraftStatusTag({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return <span className={status === "APPROVED" ? "badge badge--success" : "badge"}>{t(DRAFT_STATUS_KEYS[status])}</span>;
}

export interface StepData {
  action: StepAction;
  actor: string | null;
  comment: string | null;
  at: string | Date;
}

export function StepList({ steps }: { steps: StepData[] }) {
  const { t, locale } = useTranslation();
  if (steps.length === 0) return <p>{t("authoring.steps.none")}</p>;
  return (
    <ol className="authoring-steps">
      {steps.map((step, index) => (
        <li key={index}>
          {t(STEP_KEYS[step.action] ?? "authoring.step.unknown", { name: step.actor ?? t("authoring.someone"), date: formatDateTime(step.at, locale) })}
          {step.comment ? (
            <blockquote className="authoring-steps__comment">
              <p>{step.comment}</p>
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export interface FaultData {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function FaultList({ slug, faults }: { slug: string; faults: FaultData[] }) {
  const { t } = useTranslation();
  return (
    <ul className="fault-list">
      {faults.map((fault, index) => {
        const place = `${fault.file}:${fault.line}:${fault.column}`;
        return (
          <li key={index}>
            {fault.file === "." ? (
              <code>{place}</code>
            ) : (
              <Link to={`${editorPath(slug, fault.file)}?regel=${fault.line}&kolom=${fault.column}`}>
                <code>{place}</code>
                <span className="visually-hidden"> ({t("authoring.faults.openInEditor")})</span>
              </Link>
            )}{" "}
            <span lang="nl">{fault.message}</span>
          </li>
        );
      })}
    </ul>
  );
}

function FileDiffView({ file, headingId }: { file: FileDiff; headingId: string }) {
  const { t } = useTranslation();
  return (
    <section className="diff-file" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <code>{file.path}</code> <span className="badge">{t(CHANGE_KEYS[file.change])}</span>
      </h3>
      {file.previousPath ? <p>{t("authoring.diff.movedFrom", { path: file.previousPath })}</p> : null}
      {file.binary ? (
        file.change === "unchanged" ? null : <p>{t("authoring.diff.binary")}</p>
      ) : file.hunks.length > 0 ? (
        <>
          <p>{t("authoring.diff.counts", { added: file.added, removed: file.removed })}</p>
          <table className="diff">
            <caption className="visually-hidden">{t("authoring.diff.caption", { path: file.path })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("authoring.diff.oldLine")}</th>
                <th scope="col">{t("authoring.diff.newLine")}</th>
                <th scope="col">{t("authoring.diff.kind")}</th>
                <th scope="col">{t("authoring.diff.text")}</th>
              </tr>
            </thead>
            {file.hunks.map((hunk, hunkIndex) => (
              <tbody key={hunkIndex}>
                {hunkIndex > 0 ? (
                  <tr className="diff__gap">
                    <td colSpan={4}>{t("authoring.diff.gap")}</td>
                  </tr>
                ) : null}
                {hunk.lines.map((line, lineIndex) => (
                  <tr key={lineIndex} className={`diff__line diff__line--${line.kind}`}>
                    <td>{line.oldNumber ?? ""}</td>
                    <td>{line.newNumber ?? ""}</td>
                    <td>
                      {line.kind === "added" ? (
                        <>
                          <span aria-hidden="true">+</span>
                          <span className="visually-hidden">{t("authoring.diff.lineAdded")}</span>
                        </>
                      ) : line.kind === "removed" ? (
                        <>
                          <span aria-hidden="true">−</span>
                          <span className="visually-hidden">{t("authoring.diff.lineRemoved")}</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <code>{line.text}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </>
      ) : null}
    </section>
  );
}

/** The files that changed, each with its lines; unchanged files are named in one line. */
export function DiffView({ files, idPrefix = "diff" }: { files: FileDiff[] | null; idPrefix?: string }) {
  const { t } = useTranslation();
  if (!files) return <p>{t("authoring.diff.noSources")}</p>;
  const changed = files.filter((file) => file.change !== "unchanged");
  const unchanged = files.filter((file) => file.change === "unchanged");
  return (
    <div className="diff-view">
      {changed.length === 0 ? <p>{t("authoring.diff.none")}</p> : changed.map((file, index) => <FileDiffView key={file.path} file={file} headingId={`${idPrefix}-${index}`} />)}
      {unchanged.length > 0 ? <p>{t("authoring.diff.unchangedFiles", { files: unchanged.map((file) => file.path).join(", ") })}</p> : null}
    </div>
  );
}

/** A comment to a step: a textarea with its label, hint and error tied to it. */
export function CommentField({
  name,
  label,
  hint,
  error,
  defaultValue,
  id = name,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  defaultValue?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
      <textarea id={id} name={name} rows={3} maxLength={2000} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
    </div>
  );
}
