// A reflection block: the prompt, a privacy warning and a place to write. The answer is a
// private draft, saved while the teacher types (and with a button without JavaScript);
// nobody but its writer ever reads it.
import { useFormAction } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { formatTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { ContentHtml } from "./content-html";
import type { ReflectionView } from "./lesson-progress";
import type { ReflectionReply } from "./replies";
import { UnsavedNotice, useSavingFetcher } from "./use-saving-fetcher";

export interface PublicReflection {
  id: string;
  promptHtml: string;
}

const SAVE_AFTER_TYPING_MS = 1_200;

export function ReflectionBlock({
  reflection,
  versionId,
  saved,
  submitted,
}: {
  reflection: PublicReflection;
  versionId: string;
  saved: ReflectionView;
  submitted: ReflectionReply | null;
}) {
  const { t, locale } = useTranslation();
  const anchor = `reflectie-${reflection.id}`;
  const action = `${useFormAction()}#${anchor}`;
  const { fetcher, reply: fetched, unsaved, resend } = useSavingFetcher<ReflectionReply>();
  const reply = fetched ?? submitted;
  const [text, setText] = useState(saved.text);
  const lastSent = useRef(saved.text);

  const save = (value: string) => {
    if (value === lastSent.current) return;
    lastSent.current = value;
    fetcher.submit({ intent: "reflectie", reflectie: reflection.id, versie: versionId, tekst: value });
  };
  useEffect(() => {
    const timer = setTimeout(() => save(text), SAVE_AFTER_TYPING_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const savedAt = reply?.savedAt ?? saved.updatedAt;
  const error = reply?.error ?? null;
  const statusId = `${anchor}-opslag`;
  const errorId = `${anchor}-fout`;
  let status = t("reflection.autosave");
  if (fetcher.state !== "idle") status = t("reflection.saving");
  else if (savedAt && !unsaved && !error) status = `${t("reflection.savedAt", { time: formatTime(savedAt, locale) })} ${t("reflection.autosave")}`;

  return (
    <section className="block block--reflection" id={anchor} aria-labelledby={`${anchor}-titel`}>
      <h2 id={`${anchor}-titel`}>{t("reflection.kind")}</h2>
      <ContentHtml id={`${anchor}-vraag`} className="reflection__prompt" html={reflection.promptHtml} />
      <div className="privacy-warning" id={`${anchor}-privacy`}>
        <p className="privacy-warning__title">{t("reflection.privacyTitle")}</p>
        <p>{t("reflection.privacy")}</p>
      </div>
      <fetcher.Form method="post" action={action} onSubmit={() => (lastSent.current = text)}>
        <input type="hidden" name="intent" value="reflectie" />
        <input type="hidden" name="reflectie" value={reflection.id} />
        <input type="hidden" name="versie" value={versionId} />
        <div className={error ? "field field--error" : "field"}>
          <label htmlFor={`${anchor}-antwoord`}>{t("reflection.answer")}</label>
          <p className="field__hint" id={statusId} aria-live="polite">
            {status}
          </p>
          {error ? (
            <p className="field__error" id={errorId}>
              {t(error)}
            </p>
          ) : null}
          <textarea
            id={`${anchor}-antwoord`}
            name="tekst"
            rows={6}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => save(text)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${anchor}-vraag`, `${anchor}-privacy`, statusId, error ? errorId : null].filter(Boolean).join(" ")}
          />
        </div>
        {unsaved ? <UnsavedNotice onRetry={resend} busy={fetcher.state !== "idle"} /> : null}
        <button type="submit" className="button button--secondary">
          {t("reflection.save")}
        </button>
      </fetcher.Form>
    </section>
  );
}
