// A published version of a course as a zip of its content/ folder, for authors and
// administrators: to keep it in git, to work on it elsewhere, or to import it again.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportCourseVersion } from "~/authoring/course-archive.server";
import { requireRole } from "~/auth/session.server";
import { db } from "~/db.server";
import { translator } from "~/i18n/translate";

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["author", "admin"]);
  const t = translator(user.locale);
  const number = /^[1-9]\d{0,8}$/.test(params.nummer ?? "") ? Number(params.nummer) : null;
  if (number === null) throw textResponse(404, t("transfer.export.notFound"));

  const exported = await exportCourseVersion(db, { slug: params.slug ?? "", number, actorId: user.id });
  if (exported.status === "unknown") throw textResponse(404, t("transfer.export.notFound"));
  if (exported.status === "no-sources") throw textResponse(409, t("transfer.export.noSources", { slug: exported.slug, number: exported.number }));
  return new Response(exported.bytes, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(exported.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
