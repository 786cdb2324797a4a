// The editor's live preview of a lesson, as JSON: the checker's faults, or the lesson as
// teachers will see it. Posted by the editor with the text as it stands, saved or not;
// authors only, and the body is read up to a lesson's size and no further.
import type { ActionFunctionArgs } from "@remix-run/node";
import { findOpenDraft } from "~/authoring/drafts.server";
import { isLessonPath } from "~/authoring/lesson-files";
import { readEditorForm } from "~/authoring/editor-form.server";
import { draftPreviewSettings, previewLesson } from "~/authoring/preview.server";
import { requireRole } from "~/auth/session.server";
import type { PreviewReply } from "~/components/authoring/lesson-preview";
import { db } from "~/db.server";

const notFound = () => new Response("Not Found", { status: 404 });

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "author");
  const slug = params.slug ?? "";
  const file = params.bestand ?? "";
  if (!isLessonPath(file)) throw notFound();
  const draft = await findOpenDraft(db, slug);
  if (!draft) throw notFound();
  const read = await readEditorForm(request);
  const source = read.ok ? read.form.get("inhoud") : null;
  if (!read.ok || source === null) {
    return new Response(read.ok || read.reason === "bad-form" ? "Bad Request" : "Payload Too Large", { status: read.ok || read.reason === "bad-form" ? 400 : 413 });
  }
  const settings = await draftPreviewSettings(db, draft.id);
  const preview = await previewLesson(source, {
    courseSlug: slug,
    file,
    passMark: settings.passMark,
    fileExists: (path) => settings.mediaPaths.has(path),
  });
  return Response.json({ ...preview, maxAttempts: settings.maxAttempts } satisfies PreviewReply, { headers: { "Cache-Control": "private, no-store" } });
}

export function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
