// When another author saved the file first: both texts side by side, and a deliberate
// choice. "Mijn versie opslaan" saves over theirs (naming their revision); "Hun versie
// overnemen" loads theirs. Without JavaScript the first is a submit button of the editor's
// form and the second a link that opens the file afresh; the author's text stays in the
// editor until they choose.
import { type MouseEvent, useEffect, useMemo, useRef } from "react";
import { CONTENT_LANGUAGE } from "~/components/lesson/content-html";
import { formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { TheirVersion } from "./editor-reply";
import { changedLines } from "./editor-text";

/** Enough to see what changed; both texts are shown in full below. */
const MAX_CHANGED_LINES = 60;

export function ConflictNotice({
  theirs,
  mine,
  formId,
  reloadHref,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: TheirVersion;
  mine: string;
  /** The editor's form, which "Mijn versie opslaan" submits without JavaScript. */
  formId: string;
  /** The file's page, which shows their version when opened afresh. */
  reloadHref: string;
  onKeepMine?: () => void;
  onTakeTheirs?: () => void;
}) {
  const { t, locale } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const changes = useMemo(() => changedLines(theirs.content, mine), [theirs.content, mine]);
  useEffect(() => heading.current?.focus(), [theirs.revision]);
  const handle = (callback?: () => void) => (event: MouseEvent) => {
    if (!callback) return;
    event.preventDefault();
    callback();
  };
  return (
    <section className="conflict" aria-labelledby="conflict-titel">
      <h2 id="conflict-titel" tabIndex={-1} ref={heading}>
        {t("editor.conflict.title")}
      </h2>
      <p>{t("editor.conflict.body", { name: theirs.updatedByName ?? t("editor.conflict.someone"), date: formatDateTime(theirs.updatedAt, locale) })}</p>
      {changes ? (
        <>
          <h3 id="conflict-verschillen">{t("editor.conflict.differences")}</h3>
          <ol className="conflict__changes" aria-labelledby="conflict-verschillen">
            {changes.slice(0, MAX_CHANGED_LINES).map((change, index) => (
              <li key={index} className={`conflict__change conflict__change--${change.side}`}>
                <span aria-hidden="true">{change.side === "theirs" ? "− " : "+ "}</span>
                {t(change.side === "theirs" ? "editor.conflict.onlyTheirs" : "editor.conflict.onlyMine", { line: change.line })}{" "}
                <code lang={CONTENT_LANGUAGE}>{change.text}</code>
              </li>
            ))}
          </ol>
          {changes.length > MAX_CHANGED_LINES ? <p>{t("editor.conflict.moreDifferences", { count: changes.length - MAX_CHANGED_LINES })}</p> : null}
        </>
      ) : null}
      <div className="conflict__texts">
        <div>
          <h3 id="conflict-hun">{t("editor.conflict.theirs")}</h3>
          <pre className="conflict__text" lang={CONTENT_LANGUAGE} tabIndex={0} aria-labelledby="conflict-hun">
            {theirs.content}
          </pre>
        </div>
        <div>
          <h3 id="conflict-mijn">{t("editor.conflict.mine")}</h3>
          <pre className="conflict__text" lang={CONTENT_LANGUAGE} tabIndex={0} aria-labelledby="conflict-mijn">
            {mine}
          </pre>
        </div>
      </div>
      <div className="conflict__choices">
        <div>
          <button type="submit" form={formId} name="overschrijven" value={theirs.revision} className="button" aria-describedby="conflict-mijn-uitleg" onClick={handle(onKeepMine)}>
            {t("editor.conflict.keepMine")}
          </button>
          <p id="conflict-mijn-uitleg" className="field__hint">
            {t("editor.conflict.keepMineHint")}
          </p>
        </div>
        <div>
          <a href={reloadHref} className="button button--secondary" aria-describedby="conflict-hun-uitleg" onClick={handle(onTakeTheirs)}>
            {t("editor.conflict.takeTheirs")}
          </a>
          <p id="conflict-hun-uitleg" className="field__hint">
            {t("editor.conflict.takeTheirsHint")}
          </p>
        </div>
      </div>
    </section>
  );
}
