// Reads the lesson editor's form posts with a limit that holds before anything is decoded,
// also for a request without Content-Length: a lesson may be 256 kB, which URL-encoding can
// triple, and nothing larger is read into memory.
import { MAX_LESSON_BYTES } from "~/content/course-metadata";

/** Room for a lesson at its largest, every byte encoded as %XX, and the other fields. */
export const MAX_EDITOR_FORM_BYTES = MAX_LESSON_BYTES * 3 + 16 * 1024;

export type EditorForm = { ok: true; form: URLSearchParams } | { ok: false; reason: "too-large" | "bad-form" };

export async function readEditorForm(request: Request, maxBytes = MAX_EDITOR_FORM_BYTES): Promise<EditorForm> {
  if (!(request.headers.get("Content-Type") ?? "").startsWith("application/x-www-form-urlencoded")) return { ok: false, reason: "bad-form" };
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) return { ok: false, reason: "too-large" };
  const reader = request.body?.getReader();
  if (!reader) return { ok: true, form: new URLSearchParams() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  return { ok: true, form: new URLSearchParams(Buffer.concat(chunks).toString("utf8")) };
}
