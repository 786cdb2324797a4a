// Reads the upload form: a file to check, or the checked text sent back with the lines the
// coordinator chose to import. Bounded in size before anything is decoded (a request
// without Content-Length too), and decoded strictly as UTF-8 the way the registers' import
// does (app/registers/upload.server.ts).
import { decodeCsv } from "~/registers/upload.server";
import { readBoundedMultipart } from "~/utils/bounded-multipart.server";
import { type FileProblem, MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS } from "./teacher-file";

export const FILE_FIELD = "bestand";
export const CONTENT_FIELD = "inhoud";
export const LINES_FIELD = "regels";

export type UploadForm =
  | { ok: true; intent: "check"; text: string }
  | { ok: true; intent: "import"; text: string; lines: number[] }
  | { ok: false; problem: FileProblem };

const FIELDS = new Set(["intent", FILE_FIELD, CONTENT_FIELD, LINES_FIELD]);
// The checked text comes back with CRLF line breaks (browsers send them so); measured again without.
const MAX_PART_BYTES = 2 * MAX_UPLOAD_BYTES;
const MAX_REQUEST_BYTES = 2 * MAX_PART_BYTES + 64 * 1024;

const tooLarge: UploadForm = { ok: false, problem: { key: "teachers.upload.error.tooLarge", params: { max: MAX_UPLOAD_BYTES / 1024 } } };
const badForm: UploadForm = { ok: false, problem: { key: "teachers.upload.error.badForm" } };

/** "3,4,7" → [3, 4, 7]; anything else than line numbers makes the form unusable. */
export function parseLines(value: string): number[] | null {
  if (value.trim() === "") return [];
  const lines = value.split(",").map((part) => Number(part.trim()));
  if (lines.some((line) => !Number.isSafeInteger(line) || line < 1) || lines.length > MAX_UPLOAD_ROWS) return null;
  return lines;
}

export async function readUploadForm(request: Request): Promise<UploadForm> {
  const reading = await readBoundedMultipart(request, { fields: FIELDS, maxPartBytes: MAX_PART_BYTES, maxRequestBytes: MAX_REQUEST_BYTES });
  if (!reading.ok) return reading.reason === "tooLarge" ? tooLarge : badForm;
  const { formData } = reading;
  if (formData.get("intent") === "import") {
    const content = formData.get(CONTENT_FIELD);
    const lines = parseLines(String(formData.get(LINES_FIELD) ?? ""));
    if (typeof content !== "string" || content === "" || !lines) return badForm;
    const text = content.replace(/\r\n/g, "\n");
    if (new TextEncoder().encode(text).byteLength > MAX_UPLOAD_BYTES) return tooLarge;
    return { ok: true, intent: "import", text, lines };
  }
  const file = formData.get(FILE_FIELD);
  if (!(file instanceof Blob) || (file.size === 0 && !(file instanceof File && file.name))) {
    return { ok: false, problem: { key: "teachers.upload.error.noFile" } };
  }
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge;
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) {
    const key = decoded.problem.key === "registers.import.error.notUtf8" ? "teachers.upload.error.notUtf8" : "teachers.upload.error.empty";
    return { ok: false, problem: { key } };
  }
  return { ok: true, intent: "check", text: decoded.text };
}
