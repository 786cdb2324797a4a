// A scenario block: the situation, the choices as a radio group in a form that works without
// JavaScript, and after each choice its feedback and the next step or the ending with the
// scores. Each choice is saved on the server, which walks the path; after the ending the
// learner may practise again without changing the saved score.
import { useFormAction } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { OUTCOMES, SCORE_DIMENSIONS, SETTINGS } from "~/content/components";
import type { PublicScenarioStep } from "~/content/manifest";
import type { ScenarioPosition } from "~/content/grading";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { SchoolContactsSection } from "~/school-contacts/contact-rules";
import { ContentHtml, ContentText } from "./content-html";
import { type ScenarioProgressView, eventId } from "./lesson-progress";
import { EVENT_FIELD, type ScenarioReply } from "./replies";
import { SchoolContactsPanel } from "./school-contacts";
import { UnsavedNotice, useSavingFetcher } from "./use-saving-fetcher";

export interface PublicScenario {
  id: string;
  title: string;
  setting: string;
  sector: string | null;
  step: PublicScenarioStep;
}

// Typed against the course language, so a new setting or outcome there needs a label here.
const SETTING_LABELS: Record<(typeof SETTINGS)[number], MessageKey> = {
  klas: "scenario.setting.klas",
  gang: "scenario.setting.gang",
  schoolplein: "scenario.setting.schoolplein",
  online: "scenario.setting.online",
  teamkamer: "scenario.setting.teamkamer",
  elders: "scenario.setting.elders",
};

const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], MessageKey> = {
  goed: "scenario.outcome.goed",
  matig: "scenario.outcome.matig",
  slecht: "scenario.outcome.slecht",
};

function label<K extends string>(labels: Record<K, MessageKey>, value: string): MessageKey | null {
  return Object.hasOwn(labels, value) ? labels[value as K] : null;
}

export function ScenarioBlock({
  scenario,
  versionId,
  progress,
  token,
  locked,
  submitted,
  schoolContacts,
}: {
  scenario: PublicScenario;
  versionId: string;
  progress: ScenarioProgressView;
  token: string;
  locked: boolean;
  submitted: ScenarioReply | null;
  /** The learner's school contacts, shown at the ending; the lesson page always passes them. */
  schoolContacts?: SchoolContactsSection[];
}) {
  const { t } = useTranslation();
  const anchor = `scenario-${scenario.id}`;
  const turnId = `${anchor}-beurt`;
  const turnTitleId = `${turnId}-titel`;
  const errorId = `${anchor}-fout`;
  // Without JavaScript the answer is a new page: the fragment brings the reader back here.
  const action = `${useFormAction()}#${turnId}`;
  const { fetcher, reply: fetched, unsaved, resend } = useSavingFetcher<ScenarioReply>();
  const reply = fetched ?? submitted;
  // The saved position, unless this page has a newer answer (a choice or a practice round).
  const position: ScenarioPosition = reply?.position ?? progress.position;
  const path = reply?.position ? reply.path : progress.path;
  const practice = reply?.practice ?? false;
  const last = position.taken.at(-1);

  const turn = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data) turn.current?.focus();
  }, [fetcher.state, fetcher.data]);

  const settingLabel = label(SETTING_LABELS, scenario.setting);
  const setting = settingLabel ? t(settingLabel) : scenario.setting;
  const outcomeLabel = position.kind === "ending" ? label(OUTCOME_LABELS, position.ending.outcome) : null;
  const fields = (
    <>
      <input type="hidden" name="intent" value="scenario" />
      <input type="hidden" name="scenario" value={scenario.id} />
      <input type="hidden" name="versie" value={versionId} />
    </>
  );
  // A choice is saved as an event on the learner's course; a practice round only walks the path.
  const stepFields =
    practice || position.kind !== "step" ? (
      <>
        <input type="hidden" name="oefenen" value="1" />
        <input type="hidden" name="pad" value={path.join(",")} />
      </>
    ) : (
      <>
        <input type="hidden" name="stap" value={position.step.id} />
        <input type="hidden" name={EVENT_FIELD} value={eventId(token, "scenario", scenario.id, path.length)} />
      </>
    );

  if (locked) {
    return (
      <section className="block block--scenario" id={anchor} aria-labelledby={`${anchor}-titel`}>
        <p className="block__kind">{t("scenario.kind")}</p>
        <h2 id={`${anchor}-titel`}>
          <ContentText>{scenario.title}</ContentText>
        </h2>
        <p className="block__note">{t("lesson.blockLocked")}</p>
      </section>
    );
  }

  return (
    <section className="block block--scenario" id={anchor} aria-labelledby={`${anchor}-titel`}>
      <p className="block__kind">{t("scenario.kind")}</p>
      <h2 id={`${anchor}-titel`}>
        <ContentText>{scenario.title}</ContentText>
      </h2>
      <p className="block__meta">
        {t("scenario.setting", { setting })}
        {scenario.sector ? ` · ${t("scenario.sector", { sector: scenario.sector })}` : null}
      </p>

      <div id={turnId} className="scenario__turn" tabIndex={-1} ref={turn} role="group" aria-labelledby={turnTitleId}>
        {unsaved ? <UnsavedNotice onRetry={resend} busy={fetcher.state !== "idle"} /> : null}
        {reply?.error ? (
          <p className="block__error" id={errorId}>
            {t(reply.error)}
          </p>
        ) : null}
        {practice ? <p className="block__note">{t("scenario.practice")}</p> : null}

        {last ? (
          <div className="scenario__feedback">
            <h3 id={turnTitleId}>{t("scenario.feedback")}</h3>
            <p className="scenario__label">{t("scenario.yourChoice")}</p>
            <ContentHtml className="scenario__chosen" html={last.choiceHtml} />
            <ContentHtml className="scenario__feedback-text" html={last.feedbackHtml} />
          </div>
        ) : null}

        {position.kind === "step" ? (
          // Keyed by step, so no radio button stays checked from the step before.
          <fetcher.Form method="post" action={action} className="scenario__step" key={position.step.id}>
            <h3 id={last ? undefined : turnTitleId}>{t("scenario.step", { number: position.taken.length + 1 })}</h3>
            <ContentHtml className="scenario__situation" html={position.step.html} />
            {fields}
            {stepFields}
            <fieldset aria-describedby={reply?.error === "scenario.chooseFirst" ? errorId : undefined}>
              <legend>{t("scenario.choose")}</legend>
              {position.step.choices.map((choice) => {
                const id = `${anchor}-${position.step.id}-${choice.id}`;
                return (
                  <div className="option" key={choice.id}>
                    <input type="radio" name="keuze" id={id} value={choice.id} />
                    <label htmlFor={id}>
                      <ContentHtml as="span" html={choice.html} />
                    </label>
                  </div>
                );
              })}
            </fieldset>
            <button type="submit" className="button">
              {t("scenario.submit")}
            </button>
          </fetcher.Form>
        ) : (
          <div className={`scenario__ending outcome outcome--${position.ending.outcome}`}>
            <h3>{position.ending.title ? <ContentText>{position.ending.title}</ContentText> : t("scenario.ending")}</h3>
            {outcomeLabel ? <p className="outcome__label">{t(outcomeLabel)}</p> : null}
            <ContentHtml html={position.ending.html} />

            <h4>{t("scenario.scores")}</h4>
            <dl className="scores">
              {SCORE_DIMENSIONS.map((dimension) => (
                <div key={dimension} className="scores__row">
                  <dt>{t(`scenario.dimension.${dimension}`)}</dt>
                  <dd>
                    <strong>{t("scenario.score", { score: position.scores[dimension], max: position.maxScores[dimension] })}</strong>
                    <span className="scores__help">{t(`scenario.dimension.${dimension}.help`)}</span>
                  </dd>
                </div>
              ))}
            </dl>

            <details className="scenario__review">
              <summary>{t("scenario.review")}</summary>
              <ol>
                {position.taken.map((taken) => (
                  <li key={`${taken.stepId}-${taken.choiceId}`}>
                    <ContentHtml className="scenario__chosen" html={taken.choiceHtml} />
                    <ContentHtml className="scenario__feedback-text" html={taken.feedbackHtml} />
                  </li>
                ))}
              </ol>
            </details>

            {schoolContacts ? <SchoolContactsPanel sections={schoolContacts} /> : null}

            {practice ? null : <p className="block__note">{t("scenario.savedResult")}</p>}
            <fetcher.Form method="post" action={action}>
              {fields}
              <input type="hidden" name="oefenen" value="1" />
              <input type="hidden" name="opnieuw" value="1" />
              <button type="submit" className="button button--secondary">
                {t("scenario.practiceStart")}
              </button>
            </fetcher.Form>
          </div>
        )}
      </div>
    </section>
  );
}
