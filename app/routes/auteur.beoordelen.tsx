// Drafts waiting for review: what changed against the version they started from, the
// submitter's comment, and approve or request changes. An author does not approve their own
// work; the page says so instead of offering a button that would fail.
import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { coursePath, withNotice } from "~/authoring/notices";
import { draftsInReview } from "~/authoring/overview.server";
import { approve, requestChanges } from "~/authoring/workflow.server";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { type MessageKey, formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { CommentField, DiffView, StepList } from "./_parts/authoring";

export const meta = pageTitle("nav.review");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "author");
  const items = await draftsInReview(db, user.id);
  return {
    items: items.map(({ draft: { authorIds: _authorIds, ...draft }, ...item }) => ({ ...item, draft })),
  };
}

type ActionResult = { draftId: string; error?: MessageKey; errors?: FieldErrors; comment?: string };

const REFUSALS: Record<string, MessageKey> = {
  "own-work": "authoring.error.ownWork",
  "not-found": "authoring.error.stalePage",
  "wrong-status": "authoring.error.reviewMoved",
  "comment-too-long": "authoring.error.commentTooLong",
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "author");
  const form = await request.formData();
  const draftId = String(form.get("concept") ?? "");
  const comment = String(form.get("opmerking") ?? "");
  const intent = String(form.get("intent") ?? "");
  const draft = await db.courseDraft.findUnique({ where: { id: draftId }, select: { course: { select: { slug: true } } } });
  if (!draft) return data<ActionResult>({ draftId, error: "authoring.error.stalePage" }, { status: 409 });
  const course = coursePath(draft.course.slug);
  if (intent === "approve") {
    const result = await approve(db, { draftId, actorId: user.id, comment });
    if (result.status === "approved") throw redirect(withNotice(course, "goedgekeurd"));
    return data<ActionResult>({ draftId, error: REFUSALS[result.status], comment }, { status: 409 });
  }
  if (intent === "request-changes") {
    const result = await requestChanges(db, { draftId, actorId: user.id, comment });
    if (result.status === "changes-requested") throw redirect(withNotice(course, "wijzigingen-gevraagd"));
    if (result.status === "comment-required") {
      return data<ActionResult>({ draftId, errors: { [`opmerking-${draftId}`]: "authoring.error.commentRequired" }, comment }, { status: 400 });
    }
    return data<ActionResult>({ draftId, error: REFUSALS[result.status], comment }, { status: 409 });
  }
  return data<ActionResult>({ draftId, error: "authoring.error.unknownIntent" }, { status: 400 });
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["items"][number];

function ReviewItem({ item, index, result }: { item: Item; index: number; result: ActionResult | undefined }) {
  const { t, locale } = useTranslation();
  const { draft } = item;
  const mine = result?.draftId === draft.id ? result : undefined;
  const headingId = `beoordeling-${index}`;
  const commentId = `opmerking-${draft.id}`;
  const submitted = [...draft.steps].reverse().find((step) => step.action === "ingediend");
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>
        <Link to={coursePath(item.courseSlug)}>{item.title}</Link>
      </h2>
      <p>
        {submitted
          ? t("authoring.review.submittedBy", { name: submitted.actor ?? t("authoring.someone"), date: formatDateTime(submitted.at, locale) })
          : null}{" "}
        {draft.contributors.length > 0 ? t("authoring.draft.contributors", { names: draft.contributors.join(", ") }) : null}
      </p>
      {submitted?.comment ? (
        <blockquote className="authoring-steps__comment">
          <p>{submitted.comment}</p>
        </blockquote>
      ) : null}
      <details>
        <summary>{t("authoring.review.allSteps")}</summary>
        <StepList steps={draft.steps} />
      </details>
      <h3>{item.diff.previousNumber ? t("authoring.version.diffTitle", { number: item.diff.previousNumber }) : t("authoring.review.diffNew")}</h3>
      <DiffView files={item.diff.files} idPrefix={`diff-${index}`} />

      <h3>{t("authoring.review.decisionTitle")}</h3>
      {item.ownWork ? (
        <p>
          {t("authoring.review.ownWork")} <Link to={coursePath(item.courseSlug)}>{t("authoring.review.ownWorkLink", { title: item.title })}</Link>
        </p>
      ) : (
        <Form method="post" className="narrow">
          <input type="hidden" name="concept" value={draft.id} />
          <CommentField
            name="opmerking"
            id={commentId}
            label={t("authoring.review.commentLabel")}
            hint={t("authoring.review.commentHint")}
            error={mine?.errors?.[commentId]}
            defaultValue={mine?.comment}
          />
          <p>
            <button type="submit" name="intent" value="approve" className="button">
              {t("authoring.review.approve")}
            </button>{" "}
            <button type="submit" name="intent" value="request-changes" className="button button--secondary">
              {t("authoring.review.requestChanges")}
            </button>
          </p>
        </Form>
      )}
    </section>
  );
}

export default function ReviewPage() {
  const { items } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("nav.review")}</h1>
      <p className="lead">{t("authoring.review.intro")}</p>
      <ErrorSummary errors={result?.errors} formError={result?.error ?? null} />
      {items.length === 0 ? <p>{t("authoring.review.empty")}</p> : items.map((item, index) => <ReviewItem key={item.draft.id} item={item} index={index} result={result} />)}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
