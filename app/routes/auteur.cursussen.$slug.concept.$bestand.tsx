// The editor of one file of a course's open draft (a lesson or cursus.yml). The page works
// as a plain form; with JavaScript it autosaves, shows CodeMirror, the palette and the live
// preview. A save lands only on the revision it was based on, so no author's work is
// silently overwritten.
import { type ActionFunctionArgs, type LoaderFunctionArgs, data } from "@remix-run/node";
import {
  type ClientActionFunctionArgs,
  Link,
  type Params,
  type ShouldRevalidateFunction,
  isRouteErrorResponse,
  useActionData,
  useLoaderData,
} from "@remix-run/react";
import {
  type PresentAuthor,
  draftFileFaults,
  isEditorFile,
  markFileOpen,
  readDraftFile,
  saveDraftFile,
} from "~/authoring/draft-files.server";
import { findOpenDraft } from "~/authoring/drafts.server";
import { isLessonPath } from "~/authoring/lesson-files";
import { readEditorForm } from "~/authoring/editor-form.server";
import { coursePath, editorPath } from "~/authoring/notices";
import { requireRole } from "~/auth/session.server";
import type { EditorReply, PresentView, SaveReply, UnsavedReply } from "~/components/authoring/editor-reply";
import editorStyles from "~/components/authoring/editor.css";
import { LessonEditor } from "~/components/authoring/lesson-editor";
import { AUTHORS_GUIDE_PATH, paletteEntries } from "~/components/authoring/palette";
import { ErrorSummary, Notice } from "~/components/form";
import { MAX_LESSON_BYTES } from "~/content/course-metadata";
import { isOutage } from "~/db/database-errors.server";
import { db } from "~/db.server";
import { resolveLocale } from "~/i18n/locale.server";
import { contentPageTitle } from "~/i18n/meta";
import { type MessageKey, formatDateTime, translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export const links = () => [{ rel: "stylesheet", href: editorStyles }];

export const meta = contentPageTitle((data: { pageTitle: string }) => data.pageTitle, "error.404.title");

const notFound = () => new Response("Not Found", { status: 404 });

const READ_ONLY_REASONS: Record<string, MessageKey> = {
  IN_REVIEW: "editor.readOnly.IN_REVIEW",
  APPROVED: "editor.readOnly.APPROVED",
};

/** Every author may work on every course; the file must be a lesson or cursus.yml of the course's open draft. */
async function openDraftFile(request: Request, params: Params) {
  const user = await requireRole(request, "author");
  const slug = params.slug ?? "";
  const path = params.bestand ?? "";
  if (!isEditorFile(path)) throw notFound();
  const draft = await findOpenDraft(db, slug);
  if (!draft) throw notFound();
  return { user, slug, path, draft };
}

const presentView = (people: PresentAuthor[]): PresentView[] => people.map((person) => ({ name: person.name, openedAt: person.openedAt.toISOString() }));

function requestedPlace(search: URLSearchParams): { line: number; column: number } | null {
  const line = Number(search.get("regel"));
  const column = Number(search.get("kolom") ?? 1);
  return Number.isInteger(line) && line > 0 && Number.isInteger(column) && column > 0 ? { line, column } : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, slug, path, draft } = await openDraftFile(request, params);
  const file = await readDraftFile(db, draft.id, path);
  if (!file) throw notFound();
  const editable = draft.status === "DRAFT";
  const [faults, present, locale] = await Promise.all([
    draftFileFaults(db, { courseSlug: slug, draftId: draft.id, path }),
    editable ? markFileOpen(db, { draftId: draft.id, path, userId: user.id }) : Promise.resolve([]),
    resolveLocale(request, user),
  ]);
  const lesson = isLessonPath(path);
  const t = translator(locale);
  return {
    slug,
    pageTitle: lesson ? t("editor.lessonTitle", { file: path }) : t("editor.courseFileTitle"),
    file: {
      path,
      kind: lesson ? ("lesson" as const) : ("course" as const),
      content: file.content,
      revision: file.revision,
      updatedAt: file.updatedAt.toISOString(),
      updatedByName: file.updatedByName,
    },
    draftStatus: draft.status,
    editable,
    faults,
    present: presentView(present),
    palette: lesson && editable ? paletteEntries() : [],
    goTo: requestedPlace(new URL(request.url).searchParams),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, slug, path, draft } = await openDraftFile(request, params);
  const read = await readEditorForm(request);
  if (!read.ok) {
    return read.reason === "too-large"
      ? data<EditorReply>({ intent: "opslaan", status: "too-large", maxBytes: MAX_LESSON_BYTES, mine: null }, { status: 413 })
      : data<EditorReply>({ intent: "opslaan", status: "bad-request" }, { status: 400 });
  }
  const form = read.form;
  try {
    if (form.get("intent") === "aanwezig") {
      const present = draft.status === "DRAFT" ? await markFileOpen(db, { draftId: draft.id, path, userId: user.id }) : [];
      return data<EditorReply>({ intent: "aanwezig", present: presentView(present) });
    }
    const content = form.get("inhoud");
    // "Mijn versie opslaan" names the other author's revision: saving over it is a choice.
    const base = Number(form.get("overschrijven") ?? form.get("revisie"));
    if (form.get("intent") !== "opslaan" || content === null || !Number.isInteger(base)) {
      return data<EditorReply>({ intent: "opslaan", status: "bad-request" }, { status: 400 });
    }
    const result = await saveDraftFile(db, { draftId: draft.id, path, content, baseRevision: base, actorId: user.id });
    switch (result.status) {
      case "saved":
        return data<EditorReply>({
          intent: "opslaan",
          status: "saved",
          revision: result.revision,
          savedAt: result.savedAt.toISOString(),
          faults: await draftFileFaults(db, { courseSlug: slug, draftId: draft.id, path }),
        });
      case "conflict":
        return data<EditorReply>(
          { intent: "opslaan", status: "conflict", theirs: { ...result.theirs, updatedAt: result.theirs.updatedAt.toISOString() }, base, mine: content },
          { status: 409 },
        );
      case "not-editable":
        return data<EditorReply>({ intent: "opslaan", status: "not-editable", mine: content }, { status: 409 });
      case "too-large":
        return data<EditorReply>({ intent: "opslaan", status: "too-large", maxBytes: result.maxBytes, mine: content }, { status: 413 });
      case "not-found":
        throw notFound();
    }
  } catch (error) {
    // Nothing was saved; the editor keeps the text and tries again.
    if (isOutage(error)) return data<EditorReply>({ intent: "unsaved", reason: "network" }, { status: 503 });
    throw error;
  }
}

function unsavedReason(error: unknown): UnsavedReply["reason"] {
  // A redirect is the way to the login page: the session ended.
  if (error instanceof Response) return "session";
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return "gone";
    if (error.status === 401 || error.status === 403) return "session";
  }
  return "network";
}

/**
 * With JavaScript, a save that could not reach the server (or was refused because the
 * session ended) comes back as "unsaved" instead of replacing the page with an error: the
 * editor keeps the text and tries again.
 */
export async function clientAction({ serverAction }: ClientActionFunctionArgs): Promise<EditorReply> {
  try {
    return (await serverAction()) as EditorReply;
  } catch (error) {
    return { intent: "unsaved", reason: unsavedReason(error) };
  }
}

// Autosave and the presence heartbeat answer with everything the editor needs.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) => {
  const intent = formData?.get("intent");
  if (intent === "opslaan" || intent === "aanwezig") return false;
  return defaultShouldRevalidate;
};

const REFUSED: Partial<Record<SaveReply["status"], MessageKey>> = {
  "too-large": "editor.error.tooLarge",
  "not-editable": "editor.status.notEditable",
  "bad-request": "editor.badRequest",
};

export default function DraftFileEditorPage() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof clientAction>() ?? null;
  const { t, locale } = useTranslation();
  const saveReply = reply?.intent === "opslaan" ? reply : null;
  const url = editorPath(page.slug, page.file.path);
  const readOnlyReason = page.editable ? null : (READ_ONLY_REASONS[page.draftStatus] ?? "editor.readOnly.other");
  const date = formatDateTime(page.file.updatedAt, locale);
  return (
    <div className="editor-page">
      <p>
        <Link to={coursePath(page.slug)}>{t("editor.backToCourse")}</Link>
      </p>
      <h1>{page.pageTitle}</h1>
      <ErrorSummary formError={saveReply ? (REFUSED[saveReply.status] ?? null) : null} />
      {saveReply?.status === "saved" ? (
        <Notice tone="success">
          <p>{t("editor.saved")}</p>
        </Notice>
      ) : null}
      {readOnlyReason ? (
        <Notice>
          <p>{t(readOnlyReason)}</p>
        </Notice>
      ) : null}
      <p className="editor-page__meta">
        {page.file.updatedByName ? t("editor.lastChange", { date, name: page.file.updatedByName }) : t("editor.lastChangeUnknown", { date })}{" "}
        <a href={AUTHORS_GUIDE_PATH} target="_blank" rel="noopener">
          {t("editor.help")}
        </a>
      </p>
      <LessonEditor
        key={`${page.slug}/${page.file.path}`}
        action={url}
        file={page.file}
        editable={page.editable}
        faults={page.faults}
        present={page.present}
        palette={page.palette}
        reply={saveReply}
        goTo={page.goTo}
        previewUrl={page.file.kind === "lesson" ? `${url}/voorbeeld` : null}
      />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
