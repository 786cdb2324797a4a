// The stored xAPI statements of a period as a JSON file, for administrators. Streamed: the
// body is written batch by batch while the administrator's browser downloads it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/session.server";
import { translator } from "~/i18n/translate";
import { exportFileName, parsePeriod, statementStream } from "~/progress/xapi-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin");
  const form = parsePeriod(new URL(request.url).searchParams);
  if (!form.ok) {
    const t = translator(user.locale);
    const messages = Object.values(form.errors).map((key) => (key ? t(key) : ""));
    return new Response(messages.join("\n"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(statementStream(form.data), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(form.data)}"`,
      "Cache-Control": "no-store",
    },
  });
}
