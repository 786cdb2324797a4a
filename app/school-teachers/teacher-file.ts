// Reads an uploaded list of teachers: a header line naming the columns naam, e-mail and
// (optional) groep, then one teacher per line, separated by semicolons or commas. Problems
// with the file as a whole stop here; problems with a line travel with that line, so the
// report can list every row.
import type { MessageKey, Params } from "~/i18n/translate";
import { type CsvProblem, parseCsv } from "~/registers/csv";
import { cleanText } from "~/registers/rules";
import type { RawCandidate } from "./candidates";

export const MAX_UPLOAD_BYTES = 512 * 1024;
export const MAX_UPLOAD_ROWS = 1000;

export interface FileProblem {
  key: MessageKey;
  params?: Params;
}

export type TeacherFile = { ok: true; rows: RawCandidate[] } | { ok: false; problems: FileProblem[] };

type Column = "name" | "email" | "group";

/** Header names as people write them, compared without capitals, spaces, hyphens, dots or underscores. */
const HEADER_NAMES: Record<string, Column> = {
  naam: "name",
  name: "name",
  email: "email",
  emailadres: "email",
  mail: "email",
  groep: "group",
  sectie: "group",
  groepofsectie: "group",
  group: "group",
};

export const COLUMNS: readonly { name: string; column: Column; optional: boolean }[] = [
  { name: "naam", column: "name", optional: false },
  { name: "e-mail", column: "email", optional: false },
  { name: "groep", column: "group", optional: true },
];

function headerName(cell: string): string {
  return cleanText(cell).toLowerCase().replace(/[\s._-]+/g, "");
}

/** A value quoted in a message, shortened so that a stray paragraph does not fill the page. */
export function shown(value: string | undefined): string {
  const text = cleanText(value);
  return [...text].length > 40 ? `${[...text].slice(0, 39).join("")}…` : text;
}

function csvProblem(problem: CsvProblem): FileProblem {
  if (problem.code === "tooManyRows") return { key: "teachers.upload.error.tooManyRows", params: { max: MAX_UPLOAD_ROWS } };
  return {
    key: problem.code === "unclosedQuote" ? "teachers.upload.error.unclosedQuote" : "teachers.upload.error.textAfterQuote",
    params: { line: problem.line },
  };
}

function readHeader(cells: string[]): { ok: true; columns: (Column | null)[] } | { ok: false; problems: FileProblem[] } {
  if (cells.some((cell) => cell.includes("@"))) return { ok: false, problems: [{ key: "teachers.upload.error.noHeader" }] };
  const problems: FileProblem[] = [];
  const seen = new Set<Column>();
  const columns = cells.map((cell) => {
    const name = headerName(cell);
    if (!name) return null;
    const column = HEADER_NAMES[name];
    if (!column) {
      problems.push({ key: "teachers.upload.error.unknownColumn", params: { column: shown(cell) } });
      return null;
    }
    if (seen.has(column)) problems.push({ key: "teachers.upload.error.duplicateColumn", params: { column: shown(cell) } });
    seen.add(column);
    return column;
  });
  for (const { name, column, optional } of COLUMNS) {
    if (!optional && !seen.has(column)) problems.push({ key: "teachers.upload.error.missingColumn", params: { column: name } });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}

export function readTeacherFile(text: string): TeacherFile {
  if (text.trim() === "") return { ok: false, problems: [{ key: "teachers.upload.error.empty" }] };
  const csv = parseCsv(text, { maxRecords: MAX_UPLOAD_ROWS });
  if (!csv.ok) return { ok: false, problems: [csvProblem(csv.problem)] };
  const [header, ...records] = csv.records;
  if (!header) return { ok: false, problems: [{ key: "teachers.upload.error.empty" }] };
  const mapped = readHeader(header.cells);
  if (!mapped.ok) return mapped;
  if (records.length === 0) return { ok: false, problems: [{ key: "teachers.upload.error.noRows" }] };

  const rows = records.map((record): RawCandidate => {
    const row: RawCandidate = { line: record.line, problems: [] };
    mapped.columns.forEach((column, index) => {
      if (column) row[column] = record.cells[index] ?? "";
    });
    // Spreadsheets may add empty cells at the end of a line; a value beyond the header is refused.
    const extra = record.cells.slice(mapped.columns.length).some((cell) => cell.trim() !== "");
    const unnamed = record.cells.some((cell, index) => index < mapped.columns.length && mapped.columns[index] === null && cell.trim() !== "");
    if (extra || unnamed) {
      row.problems!.push({
        field: null,
        key: "teachers.problem.extraValues",
        params: { found: record.cells.filter((cell) => cell.trim() !== "").length },
      });
    }
    return row;
  });
  return { ok: true, rows };
}
