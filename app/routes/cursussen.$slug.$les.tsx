import { type ActionFunctionArgs, type LoaderFunctionArgs, data } from "@remix-run/node";
import { Link, type ShouldRevalidateFunction, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { ContentText } from "~/components/lesson/content-html";
import { CourseBreadcrumb } from "~/components/lesson/course-breadcrumb";
import type { LessonReply } from "~/components/lesson/replies";
import { LessonSegments, replyHasBlock } from "~/components/lesson/segments";
import { contentPageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import { latestVersion, lessonView, versionOfCourse } from "~/learning/courses.server";
import { answerLessonForm, invalidRequest } from "~/learning/lesson-answers.server";

export const meta = contentPageTitle(
  (data: { lesson: { title: string }; course: { title: string } }) => `${data.lesson.title} — ${data.course.title}`,
  "error.404.title"
);

function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

/** Only the public view of the lesson leaves the server: no feedback, scores or answer keys. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const version = await latestVersion(params.slug ?? "");
  const view = version ? lessonView(version, params.les ?? "") : null;
  if (!view) throw notFound();
  return view;
}

/** A choice in a scenario or the answers to a quiz, answered in the version the page showed. */
export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const slug = params.slug ?? "";
  const latest = await latestVersion(slug);
  if (!latest) throw notFound();
  const form = await request.formData().catch(() => null);
  const submittedVersion = form?.get("versie");
  const version = typeof submittedVersion === "string" && submittedVersion !== "" ? await versionOfCourse(slug, submittedVersion) : latest;
  if (!form || !version) {
    const refused = invalidRequest();
    return data<LessonReply>(refused.reply, { status: refused.status });
  }
  const lesson = version.lessons.get(params.les ?? "");
  if (!lesson) throw notFound();
  const { status, reply } = answerLessonForm(version, lesson, form);
  return data<LessonReply>(reply, { status });
}

// Answering changes nothing on the server yet (progress is not saved), so the lesson need
// not be read again after a choice or a quiz.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) => {
  const intent = formData?.get("intent");
  if (intent === "scenario" || intent === "quiz") return false;
  return defaultShouldRevalidate;
};

export default function LessonPage() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() ?? null;
  const { t } = useTranslation();
  const { course, lesson, previous, next } = page;
  const courseUrl = `/cursussen/${course.slug}`;
  const strayError = reply && !replyHasBlock(page, reply) ? reply.error : null;
  return (
    <>
      <CourseBreadcrumb course={course} />
      <p className="lesson__position">{t("lesson.position", { number: lesson.position, total: page.total })}</p>
      <h1>
        <ContentText>{lesson.title}</ContentText>
      </h1>
      <ErrorSummary formError={strayError} />

      <div className="lesson">
        <LessonSegments page={page} reply={reply} />
      </div>

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
