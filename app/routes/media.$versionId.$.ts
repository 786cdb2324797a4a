// Images, video and captions of a published course version, for signed-in people. A
// version never changes, so its files may be cached for good.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { db } from "~/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const file = await db.courseMedia.findUnique({
    where: { versionId_path: { versionId: params.versionId ?? "", path: `media/${params["*"] ?? ""}` } },
    select: { contentType: true, bytes: true },
  });
  if (!file) throw new Response("Not Found", { status: 404 });
  return new Response(file.bytes, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}
