import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Link, type ShouldRevalidateFunction, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { ErrorSummary, Notice } from "~/components/form";
import { ContentText } from "~/components/lesson/content-html";
import { CourseBreadcrumb } from "~/components/lesson/course-breadcrumb";
import { LessonCompletion } from "~/components/lesson/lesson-completion";
import type { LessonReply } from "~/components/lesson/replies";
import { LessonSegments, replyHasBlock } from "~/components/lesson/segments";
import { contentPageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { isOutage } from "~/db/database-errors.server";
import { db } from "~/db.server";
import { lessonView } from "~/learning/courses.server";
import { invalidRequest } from "~/learning/lesson-answers.server";
import { lessonProgressView } from "~/learning/lesson-progress.server";
import { answerLessonPost, unsavedOutcome } from "~/learning/lesson-post.server";
import { loadLearnerCourse } from "~/progress/learner-progress.server";
import { contactSections } from "~/school-contacts/contacts.server";

export const meta = contentPageTitle(
  (data: { lesson: { title: string }; course: { title: string } }) => `${data.lesson.title} — ${data.course.title}`,
  "error.404.title"
);

function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

/** Only the public view of the lesson leaves the server: no feedback, scores or answer keys. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const learner = await loadLearnerCourse(db, user.id, params.slug ?? "");
  const lesson = learner?.version.lessons.get(params.les ?? "");
  const view = learner && lesson ? lessonView(learner.version, lesson.slug) : null;
  if (!learner || !lesson || !view) throw notFound();
  const retake = new URL(request.url).searchParams.get("opnieuw");
  const [progress, schoolContacts] = await Promise.all([
    lessonProgressView(db, { userId: user.id, learner, lesson, retake }),
    // Whom to bring in at the learner's own schools, shown at every scenario's ending.
    contactSections(db, user.schools),
  ]);
  return { ...view, progress, schoolContacts };
}

/** A choice, a quiz attempt, "les afronden" or a reflection, in the version the page showed. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null);
  if (!form) {
    const refused = invalidRequest();
    return data<LessonReply>(refused.reply, { status: refused.status });
  }
  const user = await requireUser(request).catch((error: unknown) => {
    if (!isOutage(error)) throw error;
    return null;
  });
  const outcome = user
    ? await answerLessonPost(db, { userId: user.id, courseSlug: params.slug ?? "", lessonSlug: params.les ?? "", form })
    : unsavedOutcome(form);
  if ("notFound" in outcome) throw notFound();
  if ("redirect" in outcome) return redirect(outcome.redirect);
  return data<LessonReply>(outcome.reply, { status: outcome.status });
}

// A saved answer changes the lesson's progress, so the page is read again; a practice round
// or a reflection draft changes nothing else on it.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) => {
  if (formData?.has("oefenen") || formData?.get("intent") === "reflectie") return false;
  return defaultShouldRevalidate;
};

export default function LessonPage() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() ?? null;
  const { t } = useTranslation();
  const { course, lesson, previous, next, progress } = page;
  const courseUrl = `/cursussen/${course.slug}`;
  const strayError = reply && !replyHasBlock(page, reply) ? reply.error : null;
  return (
    <>
      <CourseBreadcrumb course={course} />
      <p className="lesson__position">
        {t("lesson.position", { number: lesson.position, total: page.total })} ·{" "}
        <span className={`status status--${progress.status}`}>{t(`lesson.status.${progress.status}`)}</span>
      </p>
      <h1>
        <ContentText>{lesson.title}</ContentText>
      </h1>
      <ErrorSummary formError={strayError} />
      {progress.currentLesson ? (
        <Notice>
          <p>{t("lesson.lockedNotice")}</p>
          <p>
            <Link to={`${courseUrl}/${progress.currentLesson.slug}`}>{t("lesson.goToCurrent", { lesson: progress.currentLesson.title })}</Link>
          </p>
        </Notice>
      ) : null}

      <div className="lesson">
        <LessonSegments page={page} progress={progress} reply={reply} schoolContacts={page.schoolContacts} />
      </div>

      <LessonCompletion progress={progress} lessonSlug={lesson.slug} versionId={course.versionId} />

      <nav aria-label={t("lesson.navigation")} className="lesson-nav">
        {previous ? (
          <Link className="lesson-nav__link lesson-nav__link--previous" to={`${courseUrl}/${previous.slug}`} rel="prev">
            <span className="lesson-nav__label">{t("lesson.previous")}</span> <ContentText>{previous.title}</ContentText>
          </Link>
        ) : null}
        {next ? (
          <Link className="lesson-nav__link lesson-nav__link--next" to={`${courseUrl}/${next.slug}`} rel="next">
            <span className="lesson-nav__label">{t("lesson.next")}</span> <ContentText>{next.title}</ContentText>
          </Link>
        ) : (
          <Link className="lesson-nav__link lesson-nav__link--next" to={courseUrl}>
            {t("lesson.backToCourse")}
          </Link>
        )}
      </nav>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
