// Reads the import form: an uploaded CSV file to check, or the checked text sent back to
// import. Bounded in size before anything is decoded, and decoded strictly as UTF-8 so that a
// file in another encoding is refused instead of stored with garbled letters.
import { readBoundedMultipart } from "~/utils/bounded-multipart.server";
import { type ImportProblem, MAX_IMPORT_BYTES } from "./import-rows";

export type ImportIntent = "check" | "import";
export type ImportForm = { ok: true; intent: ImportIntent; text: string } | { ok: false; problem: ImportProblem };

export const FILE_FIELD = "bestand";
export const CONTENT_FIELD = "inhoud";

const FIELDS = new Set(["intent", FILE_FIELD, CONTENT_FIELD]);
// The checked text comes back with its line breaks as CRLF (browsers send them so), which
// may make it larger than the file was; it is measured again without them below.
const MAX_PART_BYTES = 2 * MAX_IMPORT_BYTES;
const MAX_REQUEST_BYTES = MAX_PART_BYTES + 64 * 1024;

const problem = (key: ImportProblem["key"]): ImportForm => ({ ok: false, problem: { line: null, key } });

/** The file's text, or a problem: not UTF-8, or not text at all (a spreadsheet, say). */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: { line: null, key: "registers.import.error.empty" } };
  let text: string;
  try {
    // The decoder drops a byte order mark at the start.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { line: null, key: "registers.import.error.notUtf8" } };
  }
  if (text.includes("\u0000")) return { ok: false, problem: { line: null, key: "registers.import.error.notUtf8" } };
  return { ok: true, text };
}

export async function readImportForm(request: Request): Promise<ImportForm> {
  const reading = await readBoundedMultipart(request, { fields: FIELDS, maxPartBytes: MAX_PART_BYTES, maxRequestBytes: MAX_REQUEST_BYTES });
  if (!reading.ok) return problem(reading.reason === "tooLarge" ? "registers.import.error.tooLarge" : "registers.import.error.badForm");
  const { formData } = reading;
  const intent = formData.get("intent");
  if (intent === "import") {
    const content = formData.get(CONTENT_FIELD);
    if (typeof content !== "string" || content === "") return problem("registers.import.error.badForm");
    const text = content.replace(/\r\n/g, "\n");
    if (new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES) return problem("registers.import.error.tooLarge");
    return { ok: true, intent, text };
  }
  const file = formData.get(FILE_FIELD);
  if (!(file instanceof Blob) || (file.size === 0 && !(file instanceof File && file.name))) return problem("registers.import.error.noFile");
  if (file.size > MAX_IMPORT_BYTES) return problem("registers.import.error.tooLarge");
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? { ok: true, intent: "check", text: decoded.text } : { ok: false, problem: decoded.problem };
}
