// The end of a lesson: what is still open, or the button that completes the lesson (a
// normal form, so it works without JavaScript; the server moves on to the next lesson).
import { Form } from "@remix-run/react";
import { Notice } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { type LessonProgressView, eventId } from "./lesson-progress";
import { EVENT_FIELD } from "./replies";

export function LessonCompletion({ progress, lessonSlug, versionId }: { progress: LessonProgressView; lessonSlug: string; versionId: string }) {
  const { t } = useTranslation();
  if (progress.status === "locked") return null;
  if (progress.status === "completed") return <Notice tone="success">{t("lesson.completedNotice")}</Notice>;
  return (
    <section className="lesson-completion" aria-labelledby="les-afronden">
      <h2 id="les-afronden">{t("lesson.completeTitle")}</h2>
      {progress.outstanding.length > 0 ? (
        <>
          <p>{t("lesson.outstandingIntro")}</p>
          <ul>
            {progress.outstanding.map((block) => {
              const title = block.title ?? t(block.kind === "scenario" ? "scenario.kind" : "quiz.kind");
              return (
                <li key={`${block.kind}-${block.id}`}>
                  <a href={`#${block.kind}-${block.id}`} lang={block.title ? "nl" : undefined}>
                    {t(block.kind === "scenario" ? "lesson.outstanding.scenario" : "lesson.outstanding.quiz", { title })}
                  </a>
                  {block.exhausted ? <p className="block__error">{t("lesson.outstanding.exhausted", { title })}</p> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <Form method="post">
          <p>{t("lesson.completeIntro")}</p>
          <input type="hidden" name="intent" value="afronden" />
          <input type="hidden" name="versie" value={versionId} />
          <input type="hidden" name={EVENT_FIELD} value={eventId(progress.token, "les", lessonSlug)} />
          <button type="submit" className="button">
            {t("lesson.completeButton")}
          </button>
        </Form>
      )}
    </section>
  );
}
