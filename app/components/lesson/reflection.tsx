// A reflection block: the prompt, a privacy warning and a place to write. Saving reflections
// is built later (they are the teacher's alone); until then the page says so plainly.
import { useTranslation } from "~/i18n/use-translation";
import { ContentHtml } from "./content-html";

export interface PublicReflection {
  id: string;
  promptHtml: string;
}

export function ReflectionBlock({ reflection }: { reflection: PublicReflection }) {
  const { t } = useTranslation();
  const anchor = `reflectie-${reflection.id}`;
  return (
    <section className="block block--reflection" id={anchor} aria-labelledby={`${anchor}-titel`}>
      <h2 id={`${anchor}-titel`}>{t("reflection.kind")}</h2>
      <ContentHtml id={`${anchor}-vraag`} className="reflection__prompt" html={reflection.promptHtml} />
      <div className="privacy-warning" id={`${anchor}-privacy`}>
        <p className="privacy-warning__title">{t("reflection.privacyTitle")}</p>
        <p>{t("reflection.privacy")}</p>
      </div>
      <div className="field">
        <label htmlFor={`${anchor}-antwoord`}>{t("reflection.answer")}</label>
        <p className="field__hint" id={`${anchor}-opslag`}>
          {t("reflection.notSaved")}
        </p>
        <textarea id={`${anchor}-antwoord`} rows={6} aria-describedby={`${anchor}-vraag ${anchor}-privacy ${anchor}-opslag`} />
      </div>
    </section>
  );
}
