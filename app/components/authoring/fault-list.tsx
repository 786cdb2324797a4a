// The checker's faults for the open file, each a link to its place: without JavaScript it
// leads to the text field, with it the cursor moves to the line and column. The count is
// announced politely whenever it changes.
import type { MouseEvent } from "react";
import { CONTENT_LANGUAGE } from "~/components/lesson/content-html";
import type { Fault } from "~/content/faults";
import { useTranslation } from "~/i18n/use-translation";

export const FAULTS_TITLE_ID = "fouten-titel";
export const FAULTS_COUNT_ID = "fouten-aantal";

export function FaultList({
  faults,
  title,
  target,
  onGoTo,
}: {
  faults: readonly Fault[];
  title: string;
  /** The id of the text field the links lead to. */
  target: string;
  onGoTo?: (fault: Fault) => void;
}) {
  const { t } = useTranslation();
  const count =
    faults.length === 0 ? t("editor.faults.none") : faults.length === 1 ? t("editor.faults.countOne") : t("editor.faults.count", { count: faults.length });
  const goTo = (fault: Fault) => (event: MouseEvent) => {
    if (!onGoTo) return;
    event.preventDefault();
    onGoTo(fault);
  };
  return (
    <section className="editor-faults" aria-labelledby={FAULTS_TITLE_ID}>
      <h2 id={FAULTS_TITLE_ID}>{title}</h2>
      <p id={FAULTS_COUNT_ID} role="status" className={faults.length > 0 ? "editor-faults__count editor-faults__count--faults" : "editor-faults__count"}>
        {count}
      </p>
      {faults.length > 0 ? (
        <ol className="editor-faults__list">
          {faults.map((fault, index) => (
            <li key={`${fault.line}:${fault.column}:${index}`}>
              <a href={`#${target}`} onClick={goTo(fault)}>
                <span className="editor-faults__place">{`${t("editor.faults.place", { line: fault.line, column: fault.column })}:`}</span>{" "}
                <span lang={CONTENT_LANGUAGE}>{fault.message}</span>
              </a>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
