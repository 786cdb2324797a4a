// The learner's own certificate for a course, as a PDF download. Only the signed-in person's
// completion is ever looked up, so nobody can fetch another person's certificate.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { certificatePdf } from "~/certificates/certificates.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const pdf = await certificatePdf(user, slug);
  if (!pdf) throw new Response("Not Found", { status: 404 });
  const fileSlug = slug.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  // A copy on a plain ArrayBuffer, which is what a Response body takes.
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": `attachment; filename="signaal-certificaat-${fileSlug}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
