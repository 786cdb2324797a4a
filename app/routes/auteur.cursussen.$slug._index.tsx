// One course as its authors work on it: the open draft (lessons, review, publishing), the
// versions with rollback and export, and withdrawing the course from new enrolments. Every
// form posts here and comes back with a notice or a clear message; no JavaScript needed.
import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { addLesson, deleteLesson, findOpenDraft, moveLesson, startDraft } from "~/authoring/drafts.server";
import { type AuthoringNotice, authoringNoticeFrom, coursePath, editorPath, versionPath, withNotice } from "~/authoring/notices";
import { type DraftView, courseWorkspace } from "~/authoring/overview.server";
import {
  discardDraft,
  publishDraft,
  reinstateCourse,
  rollbackToVersion,
  submitForReview,
  withdrawCourse,
  withdrawFromReview,
} from "~/authoring/workflow.server";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary, Field, Notice } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import type { Fault } from "~/content/faults";
import { db } from "~/db.server";
import { contentPageTitle } from "~/i18n/meta";
import { type MessageKey, formatDate, formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { CommentField, DraftStatusTag, FaultList, StepList } from "./_parts/authoring";

export const meta = contentPageTitle((data: { title: string }) => data.title, "error.404.title");

const notFound = () => new Response("Not Found", { status: 404 });

/** The draft as the page shows it: whether the reader wrote it, not who else did by id. */
function forReader({ authorIds, ...draft }: DraftView, readerId: string) {
  return { ...draft, ownWork: authorIds.includes(readerId) };
}

type Confirmation = { kind: "delete-lesson"; path: string; title: string } | { kind: "discard" } | { kind: "rollback"; number: number };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "author");
  const workspace = await courseWorkspace(db, params.slug ?? "");
  if (!workspace) throw notFound();
  const search = new URL(request.url).searchParams;
  const { draft, history } = workspace;
  const latest = history.versions[0] ?? null;

  let confirm: Confirmation | null = null;
  const asked = search.get("bevestig");
  const lesson = draft?.lessons.find((item) => item.path === search.get("bestand"));
  const rollbackTo = history.versions.find((version) => String(version.number) === search.get("versie"));
  if (asked === "les-verwijderen" && draft?.status === "DRAFT" && lesson) confirm = { kind: "delete-lesson", ...lesson };
  if (asked === "verwerpen" && draft) confirm = { kind: "discard" };
  if (asked === "terugzetten" && rollbackTo && rollbackTo.id !== latest?.id) confirm = { kind: "rollback", number: rollbackTo.number };

  return {
    slug: workspace.slug,
    title: workspace.title,
    withdrawnAt: workspace.withdrawnAt,
    notice: authoringNoticeFrom(search),
    draft: draft ? forReader(draft, user.id) : null,
    versions: history.versions,
    latestNumber: latest?.number ?? null,
    confirm,
  };
}

type ActionResult = { error?: MessageKey; errors?: FieldErrors; faults?: Fault[]; values?: { titel?: string; opmerking?: string } };

function problem(result: ActionResult, status = 400) {
  return data(result, { status });
}

const REFUSALS: Record<string, MessageKey> = {
  "not-found": "authoring.error.stalePage",
  "no-lesson": "authoring.error.stalePage",
  "not-editable": "authoring.error.notEditable",
  "wrong-status": "authoring.error.wrongStatus",
  "comment-too-long": "authoring.error.commentTooLong",
  "at-edge": "authoring.error.atEdge",
  "last-lesson": "authoring.error.lastLesson",
  "too-many": "authoring.error.tooManyLessons",
  unchanged: "authoring.error.unchangedDraft",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "author");
  const slug = params.slug ?? "";
  const course = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!course) throw notFound();
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const intent = field("intent");
  const here = coursePath(slug);
  const done = (notice: AuthoringNotice, version?: number) => redirect(withNotice(here, notice, version));
  const refused = (status: string, values?: ActionResult["values"]) => problem({ error: REFUSALS[status] ?? "authoring.error.wrongStatus", values }, 409);
  const actorId = user.id;

  // The course as a whole: no draft needed.
  if (intent === "start-draft") {
    const result = await startDraft(db, { courseSlug: slug, actorId });
    if (result.status === "started") return done("concept-gestart");
    if (result.status === "open-draft-exists") return done("concept-bestond-al");
    if (result.status === "no-sources") return problem({ error: "authoring.error.noSourcesDraft" }, 409);
    throw notFound();
  }
  if (intent === "withdraw-course") {
    await withdrawCourse(db, { courseSlug: slug, actorId });
    return done("cursus-teruggetrokken");
  }
  if (intent === "reinstate-course") {
    await reinstateCourse(db, { courseSlug: slug, actorId });
    return done("cursus-beschikbaar");
  }
  if (intent === "rollback") {
    const result = await rollbackToVersion(db, { courseSlug: slug, versionNumber: Number(field("versie")), actorId });
    if (result.status === "rolled-back") return done("teruggezet", result.number);
    if (result.status === "unknown-version") throw notFound();
    if (result.status === "faults") return problem({ error: "authoring.error.rollbackFaults", faults: result.faults });
    const key: MessageKey =
      result.status === "review-open" ? "authoring.error.rollbackReviewOpen" : result.status === "no-sources" ? "authoring.error.noSources" : "authoring.error.rollbackUnchanged";
    return problem({ error: key }, 409);
  }

  // Everything else acts on the open draft the page showed; a page older than the draft says so.
  const draft = await findOpenDraft(db, slug);
  if (!draft || draft.id !== field("concept")) return problem({ error: "authoring.error.stalePage" }, 409);
  const draftId = draft.id;
  const comment = field("opmerking");

  switch (intent) {
    case "add-lesson": {
      const result = await addLesson(db, { draftId, title: field("titel"), actorId });
      if (result.status === "added") return done("les-toegevoegd");
      if (result.status === "invalid") return problem({ errors: result.errors, values: { titel: field("titel") } });
      return refused(result.status, { titel: field("titel") });
    }
    case "move-lesson": {
      const direction = field("richting") === "omhoog" ? "up" : "down";
      const result = await moveLesson(db, { draftId, path: field("bestand"), direction, actorId });
      return result.status === "moved" ? done("les-verplaatst") : refused(result.status);
    }
    case "delete-lesson": {
      const result = await deleteLesson(db, { draftId, path: field("bestand"), actorId });
      return result.status === "deleted" ? done("les-verwijderd") : refused(result.status);
    }
    case "submit": {
      const result = await submitForReview(db, { draftId, actorId, comment });
      if (result.status === "submitted") return done("ingediend");
      if (result.status === "faults") return problem({ error: "authoring.error.faults", faults: result.faults, values: { opmerking: comment } });
      return refused(result.status, { opmerking: comment });
    }
    case "withdraw-review": {
      const result = await withdrawFromReview(db, { draftId, actorId });
      return result.status === "withdrawn" ? done("teruggetrokken-uit-review") : refused(result.status);
    }
    case "discard": {
      const result = await discardDraft(db, { draftId, actorId });
      return result.status === "discarded" ? done("verworpen") : refused(result.status);
    }
    case "publish": {
      const result = await publishDraft(db, { draftId, actorId, replaceNewer: field("vervang") === "ja" });
      if (result.status === "published") return done("gepubliceerd", result.number);
      if (result.status === "faults") return problem({ error: "authoring.error.publishFaults", faults: result.faults });
      if (result.status === "newer-version") return problem({ errors: { vervang: "authoring.error.confirmReplace" } });
      if (result.status === "unchanged") return problem({ error: "authoring.error.publishUnchanged" }, 409);
      return refused(result.status);
    }
    default:
      return problem({ error: "authoring.error.unknownIntent" });
  }
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type DraftData = NonNullable<LoaderData["draft"]>;

function HiddenDraft({ draftId, intent }: { draftId: string; intent: string }) {
  return (
    <>
      <input type="hidden" name="concept" value={draftId} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
}

function Confirm({ slug, confirm, draftId }: { slug: string; confirm: Confirmation; draftId: string | null }) {
  const { t } = useTranslation();
  const [title, body, button]: [string, string, string] =
    confirm.kind === "delete-lesson"
      ? [t("authoring.confirm.deleteTitle"), t("authoring.confirm.deleteBody", { title: confirm.title, path: confirm.path }), t("authoring.confirm.deleteButton")]
      : confirm.kind === "discard"
        ? [t("authoring.confirm.discardTitle"), t("authoring.confirm.discardBody"), t("authoring.confirm.discardButton")]
        : [t("authoring.confirm.rollbackTitle", { number: confirm.number }), t("authoring.confirm.rollbackBody", { number: confirm.number }), t("authoring.confirm.rollbackButton", { number: confirm.number })];
  return (
    <>
      <h1>{title}</h1>
      <p>{body}</p>
      <Form method="post" action={coursePath(slug)}>
        {confirm.kind === "rollback" ? (
          <>
            <input type="hidden" name="intent" value="rollback" />
            <input type="hidden" name="versie" value={confirm.number} />
          </>
        ) : (
          <HiddenDraft draftId={draftId ?? ""} intent={confirm.kind === "discard" ? "discard" : "delete-lesson"} />
        )}
        {confirm.kind === "delete-lesson" ? <input type="hidden" name="bestand" value={confirm.path} /> : null}
        <p>
          <button type="submit" className="button">
            {button}
          </button>{" "}
          <Link to={coursePath(slug)}>{t("authoring.confirm.cancel")}</Link>
        </p>
      </Form>
    </>
  );
}

function LessonList({ slug, draft }: { slug: string; draft: DraftData }) {
  const { t } = useTranslation();
  const editable = draft.status === "DRAFT";
  return (
    <>
      <h3 id="lessen">{t("authoring.draft.lessonsTitle")}</h3>
      <ol className="authoring-lessons" aria-labelledby="lessen">
        {draft.lessons.map((lesson, index) => (
          <li key={lesson.path}>
            <span className="authoring-lessons__title">{lesson.title}</span> <code>{lesson.path}</code>{" "}
            <Link to={editorPath(slug, lesson.path)}>
              {t(editable ? "authoring.draft.edit" : "authoring.draft.view")}
              <span className="visually-hidden"> {lesson.title}</span>
            </Link>
            {editable ? (
              <span className="authoring-lessons__actions">
                {(["omhoog", "omlaag"] as const).map((direction) =>
                  (direction === "omhoog" ? index > 0 : index < draft.lessons.length - 1) ? (
                    <Form method="post" className="inline-form" key={direction}>
                      <HiddenDraft draftId={draft.id} intent="move-lesson" />
                      <input type="hidden" name="bestand" value={lesson.path} />
                      <input type="hidden" name="richting" value={direction} />
                      <button type="submit" className="link-button">
                        {t(direction === "omhoog" ? "authoring.draft.moveUp" : "authoring.draft.moveDown")}
                        <span className="visually-hidden"> {lesson.title}</span>
                      </button>
                    </Form>
                  ) : null,
                )}
                {draft.lessons.length > 1 ? (
                  <Link to={`?bevestig=les-verwijderen&bestand=${encodeURIComponent(lesson.path)}`}>
                    {t("authoring.draft.delete")}
                    <span className="visually-hidden"> {lesson.title}</span>
                  </Link>
                ) : null}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <p>
        {draft.otherFiles.includes("cursus.yml") ? (
          <Link to={editorPath(slug, "cursus.yml")}>{t(editable ? "authoring.draft.editMetadata" : "authoring.draft.viewMetadata")}</Link>
        ) : null}
      </p>
      {draft.otherFiles.filter((path) => path !== "cursus.yml").length > 0 ? (
        <p>{t("authoring.draft.media", { files: draft.otherFiles.filter((path) => path !== "cursus.yml").join(", ") })}</p>
      ) : null}
    </>
  );
}

function ReviewControls({ draft, result }: { draft: DraftData; result: ActionResult | undefined }) {
  const { t } = useTranslation();
  if (draft.status === "DRAFT") {
    return (
      <Form method="post" className="narrow">
        <HiddenDraft draftId={draft.id} intent="submit" />
        <p>{t("authoring.draft.submitIntro")}</p>
        <CommentField name="opmerking" label={t("authoring.comment.optional")} defaultValue={result?.values?.opmerking} />
        <button type="submit" className="button">
          {t("authoring.draft.submit")}
        </button>
      </Form>
    );
  }
  if (draft.status === "IN_REVIEW") {
    return (
      <>
        <p>{t(draft.ownWork ? "authoring.draft.inReviewOwn" : "authoring.draft.inReview")}</p>
        <p>
          <Link to="/auteur/beoordelen">{t("authoring.draft.toReview")}</Link>
        </p>
        <Form method="post">
          <HiddenDraft draftId={draft.id} intent="withdraw-review" />
          <button type="submit" className="button button--secondary">
            {t("authoring.draft.withdrawReview")}
          </button>
        </Form>
      </>
    );
  }
  const replaceError = result?.errors?.vervang;
  return (
    <Form method="post">
      <HiddenDraft draftId={draft.id} intent="publish" />
      <p>{t("authoring.draft.approvedIntro")}</p>
      {draft.newerNumber ? (
        <div className={replaceError ? "field field--error" : "field"}>
          <p id="vervang-hint">{t("authoring.draft.newerWarning", { number: draft.newerNumber, base: draft.baseNumber ?? 0 })}</p>
          {replaceError ? (
            <p className="field__error" id="vervang-error">
              {t(replaceError)}
            </p>
          ) : null}
          <div className="choice">
            <input
              type="checkbox"
              id="vervang"
              name="vervang"
              value="ja"
              aria-describedby={replaceError ? "vervang-hint vervang-error" : "vervang-hint"}
              aria-invalid={replaceError ? true : undefined}
            />
            <label htmlFor="vervang">{t("authoring.draft.replaceLabel", { number: draft.newerNumber })}</label>
          </div>
        </div>
      ) : null}
      <button type="submit" className="button">
        {t("authoring.draft.publish")}
      </button>
    </Form>
  );
}

function DraftSection({ slug, draft, result }: { slug: string; draft: DraftData; result: ActionResult | undefined }) {
  const { t, locale } = useTranslation();
  return (
    <>
      <p>
        {t("authoring.draft.statusLabel")} <DraftStatusTag status={draft.status} />
      </p>
      <p>
        {draft.baseNumber
          ? t("authoring.draft.startedFrom", { name: draft.createdBy ?? t("authoring.someone"), date: formatDateTime(draft.createdAt, locale), number: draft.baseNumber })
          : t("authoring.draft.startedNew", { name: draft.createdBy ?? t("authoring.someone"), date: formatDateTime(draft.createdAt, locale) })}{" "}
        {draft.contributors.length > 0 ? t("authoring.draft.contributors", { names: draft.contributors.join(", ") }) : null}
      </p>
      {draft.newerNumber && draft.status !== "APPROVED" ? (
        <Notice>{t("authoring.draft.newerNotice", { number: draft.newerNumber, base: draft.baseNumber ?? 0 })}</Notice>
      ) : null}
      <LessonList slug={slug} draft={draft} />
      {draft.status === "DRAFT" ? (
        <Form method="post" className="narrow">
          <HiddenDraft draftId={draft.id} intent="add-lesson" />
          <h3 id="les-toevoegen">{t("authoring.draft.addTitle")}</h3>
          <Field name="titel" label={t("authoring.draft.addLabel")} defaultValue={result?.values?.titel} error={result?.errors?.titel} required />
          <button type="submit" className="button button--secondary">
            {t("authoring.draft.addSubmit")}
          </button>
        </Form>
      ) : null}
      <h3>{t("authoring.draft.reviewTitle")}</h3>
      <ReviewControls draft={draft} result={result} />
      <p>
        <Link to="?bevestig=verwerpen">{t("authoring.draft.discard")}</Link>
      </p>
      <h3>{t("authoring.draft.stepsTitle")}</h3>
      <StepList steps={draft.steps} />
    </>
  );
}

function VersionsSection({ slug, versions, latestNumber }: { slug: string; versions: LoaderData["versions"]; latestNumber: number | null }) {
  const { t, locale } = useTranslation();
  return (
    <section aria-labelledby="versies">
      <h2 id="versies">{t("authoring.versions.title")}</h2>
      {versions.length === 0 ? (
        <p>{t("authoring.versions.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("authoring.versions.number")}</th>
              <th scope="col">{t("authoring.versions.published")}</th>
              <th scope="col">{t("authoring.versions.origin")}</th>
              <th scope="col">{t("authoring.versions.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  <Link to={versionPath(slug, version.number)}>{t("authoring.versions.link", { number: version.number })}</Link>
                  {version.number === latestNumber ? <> {t("authoring.versions.latest")}</> : null}
                </th>
                <td>
                  {formatDate(version.publishedAt, locale)}
                  {version.publishedBy ? <>, {t("authoring.versions.by", { name: version.publishedBy })}</> : null}
                </td>
                <td>
                  {version.origin === "terugzetten" && version.restoredFromNumber
                    ? t("authoring.origin.restoredFrom", { number: version.restoredFromNumber })
                    : t(`authoring.origin.${version.origin}`)}
                </td>
                <td>
                  <a href={`${versionPath(slug, version.number)}.zip`} download>
                    {t("authoring.versions.export")}
                    <span className="visually-hidden"> {t("authoring.versions.link", { number: version.number })}</span>
                  </a>
                  {version.number !== latestNumber ? (
                    <>
                      {" · "}
                      <Link to={`?bevestig=terugzetten&versie=${version.number}`}>
                        {t("authoring.versions.rollback")}
                        <span className="visually-hidden"> {t("authoring.versions.link", { number: version.number })}</span>
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default function CourseWorkspacePage() {
  const { slug, title, withdrawnAt, notice, draft, versions, latestNumber, confirm } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { t, locale } = useTranslation();
  if (confirm) return <Confirm slug={slug} confirm={confirm} draftId={draft?.id ?? null} />;
  return (
    <>
      <p>
        <Link to="/auteur">{t("authoring.backToCourses")}</Link>
      </p>
      <h1>{title}</h1>
      <p>
        <code>{slug}</code>
        {withdrawnAt ? (
          <>
            {" "}
            <span className="badge badge--error">{t("authoring.home.withdrawn")}</span>
          </>
        ) : null}
      </p>
      {notice ? <Notice tone="success">{t(notice.key, { number: notice.version })}</Notice> : null}
      <ErrorSummary errors={result?.errors} formError={result?.error ?? null} />
      {result?.faults && result.faults.length > 0 ? (
        <section aria-labelledby="fouten" className="panel">
          <h2 id="fouten">{t("authoring.faults.title", { count: result.faults.length })}</h2>
          <FaultList slug={slug} faults={result.faults} />
        </section>
      ) : null}

      <section aria-labelledby="concept">
        <h2 id="concept">{t("authoring.draft.title")}</h2>
        {draft ? (
          <DraftSection slug={slug} draft={draft} result={result} />
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="start-draft" />
            <p>{t(latestNumber ? "authoring.draft.noneIntro" : "authoring.draft.noneNoVersion")}</p>
            <button type="submit" className="button">
              {t("authoring.draft.start")}
            </button>
          </Form>
        )}
      </section>

      <VersionsSection slug={slug} versions={versions} latestNumber={latestNumber} />

      <section aria-labelledby="beschikbaarheid">
        <h2 id="beschikbaarheid">{t("authoring.availability.title")}</h2>
        <p>
          {withdrawnAt
            ? t("authoring.availability.withdrawn", { date: formatDate(withdrawnAt, locale) })
            : t("authoring.availability.available")}
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value={withdrawnAt ? "reinstate-course" : "withdraw-course"} />
          <button type="submit" className="button button--secondary">
            {t(withdrawnAt ? "authoring.availability.reinstate" : "authoring.availability.withdraw")}
          </button>
        </Form>
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
