// Images, video and captions of a course's open draft, for the editor's preview. Draft
// files change while authors work, so nothing keeps a copy; authors only.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { readDraftMedia } from "~/authoring/draft-files.server";
import { findOpenDraft } from "~/authoring/drafts.server";
import { requireRole } from "~/auth/session.server";
import { db } from "~/db.server";

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "author");
  const name = params["*"] ?? "";
  if (!name || name.includes("/") || name.includes("..")) throw notFound();
  const draft = await findOpenDraft(db, params.slug ?? "");
  const file = draft ? await readDraftMedia(db, draft.id, `media/${name}`) : null;
  if (!file) throw notFound();
  return new Response(file.bytes, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
