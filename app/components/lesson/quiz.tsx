// A quiz block: a fieldset per question (radio buttons for one answer, checkboxes for
// several), graded on the server, which also counts the attempts and keeps the result.
// Only after grading does the page learn which options were right, with the explanation
// of each. A passed quiz may be taken again as practice.
import { useLocation } from "@remix-run/react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import type { PublicQuizQuestion } from "~/content/manifest";
import type { QuizResult } from "~/content/grading";
import { useTranslation } from "~/i18n/use-translation";
import { ContentHtml, ContentText } from "./content-html";
import { type QuizProgressView, eventId } from "./lesson-progress";
import { EVENT_FIELD, type QuizReply, answerField } from "./replies";
import { UnsavedNotice, useSavingFetcher } from "./use-saving-fetcher";

export interface PublicQuiz {
  id: string;
  title: string | null;
  passMark: number;
  questions: PublicQuizQuestion[];
}

export function QuizBlock({
  quiz,
  versionId,
  progress,
  token,
  locked,
  retakeRequested,
  submitted,
}: {
  quiz: PublicQuiz;
  versionId: string;
  progress: QuizProgressView;
  token: string;
  locked: boolean;
  /** The learner asked for the form again without JavaScript (?opnieuw=<quiz>). */
  retakeRequested: boolean;
  submitted: QuizReply | null;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const anchor = `quiz-${quiz.id}`;
  const titleId = `${anchor}-titel`;
  const resultId = `${anchor}-resultaat`;
  // Posted to the lesson itself, without the page's ?opnieuw: after grading, "Opnieuw maken"
  // must lead to a new address, or the browser would only scroll.
  const action = `${location.pathname}#${resultId}`;
  const { fetcher, reply: fetched, unsaved, resend } = useSavingFetcher<QuizReply>();
  // "Opnieuw maken" puts the answer on this page aside; the form starts empty again.
  const [round, setRound] = useState(0);
  const [dismissed, setDismissed] = useState<QuizReply | null>(null);
  const latest = fetched ?? submitted;
  const reply = latest && latest !== dismissed ? latest : null;
  const wantsForm = round > 0 || retakeRequested;
  const result = reply?.result ?? (wantsForm ? null : progress.lastResult);
  const exhausted = !progress.passed && progress.attempts >= progress.maxAttempts;

  const resultBox = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data && fetcher.data !== dismissed) resultBox.current?.focus();
  }, [fetcher.state, fetcher.data, dismissed]);
  useEffect(() => {
    if (round > 0) title.current?.focus();
  }, [round]);

  function retry(event: FormEvent) {
    // Without JavaScript the form asks for the page afresh; with it, nothing needs loading.
    event.preventDefault();
    setDismissed(latest);
    setRound((value) => value + 1);
  }

  const questionErrors = Object.entries(reply?.errors ?? {});
  const hasErrors = questionErrors.length > 0 || Boolean(reply?.error);
  const heading = (
    <>
      <p className="block__kind">{t("quiz.kind")}</p>
      <h2 id={titleId} tabIndex={-1} ref={title}>
        {quiz.title ? <ContentText>{quiz.title}</ContentText> : t("quiz.kind")}
      </h2>
      <p className="block__meta">{t("quiz.passMark", { passMark: quiz.passMark })}</p>
    </>
  );

  if (locked) {
    return (
      <section className="block block--quiz" id={anchor} aria-labelledby={titleId}>
        {heading}
        <p className="block__note">{t("lesson.blockLocked")}</p>
      </section>
    );
  }

  const nextAttempt = Math.min(progress.attempts + 1, progress.maxAttempts);
  let afterResult: ReactNode = null;
  if (reply?.practice) {
    afterResult = <p className="block__note">{t("quiz.practice")}</p>;
  } else if (progress.passed) {
    afterResult = <p className="block__note">{t("quiz.savedPassed")}</p>;
  } else if (exhausted) {
    afterResult = <p className="block__error">{t("quiz.exhausted", { max: progress.maxAttempts })}</p>;
  } else if (progress.attempts > 0) {
    afterResult = <p className="block__note">{t("quiz.attemptsLeft", { left: progress.maxAttempts - progress.attempts, max: progress.maxAttempts })}</p>;
  }

  return (
    <section className="block block--quiz" id={anchor} aria-labelledby={titleId}>
      {heading}

      <div
        id={resultId}
        tabIndex={-1}
        ref={resultBox}
        className="quiz__focus"
        {...(hasErrors || result ? { role: "group", "aria-labelledby": hasErrors ? `${resultId}-fout` : `${resultId}-titel` } : {})}
      >
        {unsaved ? <UnsavedNotice onRetry={resend} busy={fetcher.state !== "idle"} /> : null}
        {hasErrors ? (
          <div className="error-summary" role="alert">
            <h3 id={`${resultId}-fout`}>{t("form.errorSummary")}</h3>
            {reply?.error ? <p>{t(reply.error)}</p> : null}
            {questionErrors.length > 0 ? (
              <ul>
                {quiz.questions.map((question, index) =>
                  reply?.errors[question.id] ? (
                    <li key={question.id}>
                      <a href={`#${optionId(anchor, question.id, question.options[0]?.id ?? "")}`}>
                        {t("quiz.unansweredSummary", { number: index + 1 })}
                      </a>
                    </li>
                  ) : null
                )}
              </ul>
            ) : null}
          </div>
        ) : null}
        {result ? <QuizScore result={result} titleId={`${resultId}-titel`} /> : null}
        {result ? afterResult : null}
      </div>

      {result ? (
        <>
          <QuizReview quiz={quiz} result={result} />
          {exhausted ? null : (
            <form method="get" action={`${location.pathname}#${titleId}`} onSubmit={retry}>
              <input type="hidden" name="opnieuw" value={quiz.id} />
              <button type="submit" className="button button--secondary">
                {progress.passed ? t("quiz.practiceStart") : t("quiz.retryAttempt", { number: nextAttempt, max: progress.maxAttempts })}
              </button>
            </form>
          )}
        </>
      ) : exhausted ? (
        <p className="block__error">{t("quiz.exhausted", { max: progress.maxAttempts })}</p>
      ) : (
        <fetcher.Form method="post" action={action} noValidate key={round}>
          <input type="hidden" name="intent" value="quiz" />
          <input type="hidden" name="quiz" value={quiz.id} />
          <input type="hidden" name="versie" value={versionId} />
          {/* Once the quiz is passed, taking it again is practice: the saved result stays. */}
          {progress.passed ? (
            <input type="hidden" name="oefenen" value="1" />
          ) : (
            <input type="hidden" name={EVENT_FIELD} value={eventId(token, "quiz", quiz.id, progress.attempts)} />
          )}
          <p className="block__note">
            {progress.passed ? t("quiz.practice") : t("quiz.attempt", { number: nextAttempt, max: progress.maxAttempts })}
          </p>
          {quiz.questions.map((question, index) => {
            const error = reply?.errors[question.id];
            const hintId = `${anchor}-${question.id}-hint`;
            const errorId = `${anchor}-${question.id}-fout`;
            const chosen = reply?.answers[question.id] ?? [];
            return (
              <fieldset
                key={question.id}
                className={error ? "quiz__question field--error" : "quiz__question"}
                aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              >
                <legend>
                  <span className="quiz__number">{t("quiz.question", { number: index + 1, total: quiz.questions.length })}</span>
                  <ContentHtml as="span" className="quiz__text" html={question.html} />
                </legend>
                <p className="field__hint" id={hintId}>
                  {t(question.type === "meer" ? "quiz.chooseMany" : "quiz.chooseOne")}
                </p>
                {error ? (
                  <p className="field__error" id={errorId}>
                    {t(error)}
                  </p>
                ) : null}
                {question.options.map((option) => {
                  const id = optionId(anchor, question.id, option.id);
                  return (
                    <div className="option" key={option.id}>
                      <input
                        type={question.type === "meer" ? "checkbox" : "radio"}
                        name={answerField(question.id)}
                        id={id}
                        value={option.id}
                        defaultChecked={chosen.includes(option.id)}
                      />
                      <label htmlFor={id}>
                        <ContentHtml as="span" html={option.html} />
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
          <button type="submit" className="button">
            {t("quiz.submit")}
          </button>
        </fetcher.Form>
      )}
    </section>
  );
}

function optionId(anchor: string, questionId: string, optionId: string): string {
  return `${anchor}-${questionId}-${optionId}`;
}

function QuizScore({ result, titleId }: { result: QuizResult; titleId: string }) {
  const { t } = useTranslation();
  const right = result.questions.filter((question) => question.correct).length;
  return (
    <div className={result.passed ? "quiz__score verdict verdict--passed" : "quiz__score verdict verdict--failed"}>
      <h3 id={titleId}>{t("quiz.result")}</h3>
      <p className="verdict__label">{t(result.passed ? "quiz.passed" : "quiz.failed", { passMark: result.passMark })}</p>
      <p>{t("quiz.score", { right, total: result.questions.length, percentage: result.scorePercentage })}</p>
    </div>
  );
}

function QuizReview({ quiz, result }: { quiz: PublicQuiz; result: QuizResult }) {
  const { t } = useTranslation();
  return (
    <ol className="quiz__review">
      {result.questions.map((graded, index) => {
        const question = quiz.questions.find((candidate) => candidate.id === graded.id);
        return (
          <li key={graded.id} className={graded.correct ? "reviewed reviewed--right" : "reviewed reviewed--wrong"}>
            <h4>
              {t("quiz.question", { number: index + 1, total: quiz.questions.length })}:{" "}
              <span className="reviewed__verdict">
                <span aria-hidden="true">{graded.correct ? "✓ " : "✗ "}</span>
                {t(graded.correct ? "quiz.questionRight" : "quiz.questionWrong")}
              </span>
            </h4>
            {question ? <ContentHtml className="quiz__text" html={question.html} /> : null}
            <ul className="reviewed__options">
              {graded.options.map((option) => (
                <li
                  key={option.id}
                  className={[
                    "reviewed__option",
                    option.correct ? "reviewed__option--correct" : "",
                    option.chosen ? "reviewed__option--chosen" : "",
                  ]
                    .filter(Boolean)
                    .join(" ")}
                >
                  <p className="reviewed__status">
                    <strong>{t(option.correct ? "quiz.optionCorrect" : "quiz.optionIncorrect")}</strong>
                    {option.chosen ? ` (${t("quiz.optionChosen")})` : null}
                  </p>
                  <ContentHtml html={option.html} />
                  <ContentHtml className="reviewed__explanation" html={option.explanationHtml} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
