// Turns the text of an import file into rows ready to store, or into a list of problems in
// Dutch (with English available), one or more per bad line. Pure: the server supplies the
// municipalities and schools to look codes up in, and checks against stored records itself.
import type { MessageKey, Params } from "~/i18n/translate";
import { type CsvProblem, parseCsv } from "./csv";
import {
  type ConversationField,
  type ConversationFields,
  type Problem,
  type TrainingField,
  type TrainingFields,
  checkConversationFields,
  checkTrainingFields,
} from "./records";
import { cleanText, normaliseBrinCode, normaliseCbsCode } from "./rules";

export type ImportKind = "trainings" | "conversations";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** Problems shown on the page; the rest are counted. */
export const MAX_SHOWN_PROBLEMS = 200;

export interface ImportProblem {
  /** The line of the file, or null for a problem with the file as a whole. */
  line: number | null;
  key: MessageKey;
  params?: Params;
}

type TrainingColumnField = Exclude<TrainingField, "participants"> | "municipality" | "school";
type ConversationColumnField = ConversationField | "school";

export interface ColumnSpec<Field extends string> {
  name: string;
  field: Field;
  /** The column may be left out of the file altogether; its cells are then empty. */
  optional?: boolean;
}

export const TRAINING_COLUMNS: readonly ColumnSpec<TrainingColumnField>[] = [
  { name: "aanbieder", field: "provider" },
  { name: "naam_aanbieder", field: "providerName", optional: true },
  { name: "titel", field: "title" },
  { name: "datum", field: "date" },
  { name: "gemeente_cbs", field: "municipality" },
  { name: "school_brin", field: "school", optional: true },
  { name: "po", field: "participantsPo" },
  { name: "vo", field: "participantsVo" },
  { name: "mbo", field: "participantsMbo" },
  { name: "so", field: "participantsSo" },
  { name: "overig", field: "participantsOther" },
];

export const CONVERSATION_COLUMNS: readonly ColumnSpec<ConversationColumnField>[] = [
  { name: "datum", field: "date" },
  { name: "school_brin", field: "school" },
  { name: "onderwerp", field: "topic" },
  { name: "aanbieder", field: "provider" },
  { name: "naam_aanbieder", field: "providerName", optional: true },
];

export interface MunicipalityEntry {
  id: string;
  name: string;
  prioritised: boolean;
}

export interface SchoolEntry {
  id: string;
  brinCode: string;
  name: string;
  municipalityId: string;
}

/** The municipalities and schools to look codes up in. */
export interface Directory {
  municipalitiesByCbs: Map<string, MunicipalityEntry & { cbsCode: string }>;
  municipalitiesById: Map<string, MunicipalityEntry>;
  /** Keyed by BRIN code in capitals. */
  schoolsByBrin: Map<string, SchoolEntry>;
}

export interface TrainingRow extends TrainingFields {
  line: number;
  municipalityId: string;
  prioritised: boolean;
  schoolId: string | null;
}

export interface ConversationRow extends ConversationFields {
  line: number;
  schoolId: string;
  municipalityId: string;
  prioritised: boolean;
}

export type Validated<Row> = { rows: Row[]; problems: ImportProblem[] };

/** A cell value quoted in a message, shortened so that a stray paragraph does not fill the page. */
function shown(value: string | undefined): string {
  const text = cleanText(value);
  return [...text].length > 40 ? `${[...text].slice(0, 39).join("")}…` : text;
}

function fileProblem(problem: CsvProblem): ImportProblem {
  if (problem.code === "tooManyRows") return { line: null, key: "registers.import.error.tooManyRows" };
  return { line: problem.line, key: problem.code === "unclosedQuote" ? "registers.import.row.unclosedQuote" : "registers.import.row.textAfterQuote" };
}

/** A header cell as a column name: capitals, spaces and hyphens do not matter. */
function columnName(cell: string): string {
  return cleanText(cell).toLowerCase().replace(/[\s-]+/g, "_");
}

type HeaderResult<Field extends string> = { ok: true; columns: (Field | null)[] } | { ok: false; problems: ImportProblem[] };

function readHeader<Field extends string>(specs: readonly ColumnSpec<Field>[], cells: string[]): HeaderResult<Field> {
  // Problems with the header are about the file as a whole: no line number.
  const line = null;
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const columns = cells.map((cell) => {
    const name = columnName(cell);
    const spec = specs.find((candidate) => candidate.name === name);
    if (!name) return null;
    if (!spec) problems.push({ line, key: "registers.import.error.unknownColumn", params: { column: shown(cell) } });
    else if (seen.has(name)) problems.push({ line, key: "registers.import.error.duplicateColumn", params: { column: name } });
    seen.add(name);
    return spec?.field ?? null;
  });
  for (const spec of specs) {
    if (!spec.optional && !seen.has(spec.name)) problems.push({ line, key: "registers.import.error.missingColumn", params: { column: spec.name } });
  }
  // An empty header cell (a stray separator at the end of the line, say) is fine while its column stays empty.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}

type RawRow<Field extends string> = { line: number; raw: Partial<Record<Field, string>> };

/** Splits the file into header and rows; problems with the file as a whole stop here. */
function readRows<Field extends string>(
  specs: readonly ColumnSpec<Field>[],
  text: string,
): { ok: true; rows: RawRow<Field>[]; problems: ImportProblem[] } | { ok: false; problems: ImportProblem[] } {
  if (text.trim() === "") return { ok: false, problems: [{ line: null, key: "registers.import.error.empty" }] };
  const csv = parseCsv(text, { maxRecords: MAX_IMPORT_ROWS });
  if (!csv.ok) return { ok: false, problems: [fileProblem(csv.problem)] };
  const [header, ...records] = csv.records;
  if (!header) return { ok: false, problems: [{ line: null, key: "registers.import.error.empty" }] };
  const mapped = readHeader(specs, header.cells);
  if (!mapped.ok) return mapped;
  if (records.length === 0) return { ok: false, problems: [{ line: null, key: "registers.import.error.noRows" }] };
  const problems: ImportProblem[] = [];
  const rows: RawRow<Field>[] = [];
  for (const record of records) {
    // Spreadsheets may add empty cells at the end of a line; a missing cell or a value beyond the header is refused.
    const extra = record.cells.slice(mapped.columns.length).some((cell) => cell.trim() !== "");
    if (record.cells.length < mapped.columns.length || extra) {
      problems.push({
        line: record.line,
        key: "registers.import.row.columnCount",
        params: { found: record.cells.length, expected: mapped.columns.length },
      });
      continue;
    }
    const unnamed = record.cells.findIndex((cell, index) => mapped.columns[index] === null && cell.trim() !== "");
    if (unnamed !== -1) {
      problems.push({ line: record.line, key: "registers.import.row.unnamedColumn", params: { number: unnamed + 1 } });
      continue;
    }
    const raw: Partial<Record<Field, string>> = {};
    mapped.columns.forEach((field, index) => {
      if (field) raw[field] = record.cells[index] ?? "";
    });
    rows.push({ line: record.line, raw });
  }
  return { ok: true, rows, problems };
}

const COUNT_COLUMNS: Record<string, string> = {
  participantsPo: "po",
  participantsVo: "vo",
  participantsMbo: "mbo",
  participantsSo: "so",
  participantsOther: "overig",
};

/** The message for a problem in one cell of a row, naming the value the file holds. */
function rowMessage(problem: Problem<TrainingField | ConversationField>, raw: Partial<Record<string, string>>): RowProblem {
  return { field: problem.field, ...cellMessage(problem, raw) };
}

function cellMessage(problem: Problem<TrainingField | ConversationField>, raw: Partial<Record<string, string>>): Omit<ImportProblem, "line"> {
  const value = shown(raw[problem.field]);
  switch (problem.field) {
    case "provider":
      return problem.code === "required"
        ? { key: "registers.import.row.providerMissing" }
        : { key: "registers.import.row.providerUnknown", params: { value } };
    case "providerName": {
      const provider = shown(raw.provider);
      if (problem.code === "required") return { key: "registers.import.row.providerNameMissing", params: { provider } };
      if (problem.code === "providerNameNotAllowed") return { key: "registers.import.row.providerNameNotAllowed", params: { provider } };
      return { key: "registers.import.row.providerNameTooLong" };
    }
    case "title":
      return { key: problem.code === "required" ? "registers.import.row.titleMissing" : "registers.import.row.titleTooLong" };
    case "topic":
      return { key: problem.code === "required" ? "registers.import.row.topicMissing" : "registers.import.row.topicTooLong" };
    case "date":
      if (problem.code === "required") return { key: "registers.import.row.dateMissing" };
      if (problem.code === "dateNonexistent") return { key: "registers.import.row.dateNonexistent", params: { value } };
      if (problem.code === "dateFuture") return { key: "registers.import.row.dateFuture", params: { value } };
      if (problem.code === "dateTooEarly") return { key: "registers.import.row.dateTooEarly", params: { value } };
      return { key: "registers.import.row.dateFormat", params: { value } };
    case "participants":
      return { key: "registers.import.row.participantsNone" };
    default: {
      const column = COUNT_COLUMNS[problem.field] ?? problem.field;
      if (problem.code === "countNegative") return { key: "registers.import.row.countNegative", params: { column, value } };
      if (problem.code === "countTooLarge") return { key: "registers.import.row.countTooLarge", params: { column, value } };
      return { key: "registers.import.row.countNotNumber", params: { column, value } };
    }
  }
}

/** What makes two trainings the same one: every field, text regardless of capitals. */
export function trainingKey(row: Omit<TrainingFields, "participants"> & { municipalityId: string; schoolId: string | null }): string {
  return JSON.stringify([
    row.date,
    row.provider,
    cleanText(row.providerName).toLowerCase(),
    cleanText(row.title).toLowerCase(),
    row.municipalityId,
    row.schoolId,
    row.participantsPo,
    row.participantsVo,
    row.participantsMbo,
    row.participantsSo,
    row.participantsOther,
  ]);
}

export function conversationKey(row: ConversationFields & { schoolId: string }): string {
  return JSON.stringify([row.date, row.schoolId, cleanText(row.topic).toLowerCase(), row.provider, cleanText(row.providerName).toLowerCase()]);
}

/** Marks the second and later of identical rows, naming the first. */
function markDuplicates<Row extends { line: number }>(rows: Row[], key: (row: Row) => string, problems: ImportProblem[]): Row[] {
  const first = new Map<string, number>();
  return rows.filter((row) => {
    const rowKey = key(row);
    const earlier = first.get(rowKey);
    if (earlier !== undefined) {
      problems.push({ line: row.line, key: "registers.import.row.duplicateInFile", params: { other: earlier } });
      return false;
    }
    first.set(rowKey, row.line);
    return true;
  });
}

function byLine(a: ImportProblem, b: ImportProblem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/** A problem in one row, with the field it is about, to list a row's problems in column order. */
type RowProblem = Omit<ImportProblem, "line"> & { field: string };

function addRowProblems(problems: ImportProblem[], line: number, rowProblems: RowProblem[], order: readonly string[]) {
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const sorted = [...rowProblems].sort((a, b) => rank(a.field) - rank(b.field));
  problems.push(...sorted.map(({ key, params }) => (params ? { line, key, params } : { line, key })));
}

const TRAINING_ORDER = [...TRAINING_COLUMNS.map((column) => column.field as string), "participants"];
const CONVERSATION_ORDER = CONVERSATION_COLUMNS.map((column) => column.field as string);

export function validateTrainingRows(text: string, directory: Directory, today?: string): Validated<TrainingRow> {
  const read = readRows(TRAINING_COLUMNS, text);
  if (!read.ok) return { rows: [], problems: read.problems };
  const problems = [...read.problems];
  const rows: TrainingRow[] = [];
  for (const { line, raw } of read.rows) {
    const rowProblems: RowProblem[] = [];
    const checked = checkTrainingFields(raw, today);
    if (!checked.ok) rowProblems.push(...checked.problems.map((problem) => rowMessage(problem, raw)));

    const cbs = cleanText(raw.municipality);
    const municipality = cbs ? directory.municipalitiesByCbs.get(normaliseCbsCode(cbs)) : undefined;
    if (!cbs) rowProblems.push({ field: "municipality", key: "registers.import.row.municipalityMissing" });
    else if (!municipality) rowProblems.push({ field: "municipality", key: "registers.import.row.municipalityUnknown", params: { value: shown(cbs) } });

    const brin = cleanText(raw.school);
    const school = brin ? directory.schoolsByBrin.get(normaliseBrinCode(brin)) : undefined;
    if (brin && !school) rowProblems.push({ field: "school", key: "registers.import.row.schoolUnknown", params: { value: shown(brin) } });
    if (school && municipality && school.municipalityId !== municipality.id) {
      rowProblems.push({
        field: "school",
        key: "registers.import.row.schoolOtherMunicipality",
        params: { school: `${school.name} (${school.brinCode})`, municipality: `${municipality.name} (${municipality.cbsCode})` },
      });
    }

    addRowProblems(problems, line, rowProblems, TRAINING_ORDER);
    if (rowProblems.length === 0 && checked.ok && municipality) {
      rows.push({ ...checked.value, line, municipalityId: municipality.id, prioritised: municipality.prioritised, schoolId: school?.id ?? null });
    }
  }
  const unique = markDuplicates(rows, trainingKey, problems);
  return { rows: unique, problems: problems.sort(byLine) };
}

export function validateConversationRows(text: string, directory: Directory, today?: string): Validated<ConversationRow> {
  const read = readRows(CONVERSATION_COLUMNS, text);
  if (!read.ok) return { rows: [], problems: read.problems };
  const problems = [...read.problems];
  const rows: ConversationRow[] = [];
  for (const { line, raw } of read.rows) {
    const rowProblems: RowProblem[] = [];
    const checked = checkConversationFields(raw, today);
    if (!checked.ok) rowProblems.push(...checked.problems.map((problem) => rowMessage(problem, raw)));

    const brin = cleanText(raw.school);
    const school = brin ? directory.schoolsByBrin.get(normaliseBrinCode(brin)) : undefined;
    const municipality = school ? directory.municipalitiesById.get(school.municipalityId) : undefined;
    if (!brin) rowProblems.push({ field: "school", key: "registers.import.row.schoolMissing" });
    else if (!school || !municipality) rowProblems.push({ field: "school", key: "registers.import.row.schoolUnknown", params: { value: shown(brin) } });

    addRowProblems(problems, line, rowProblems, CONVERSATION_ORDER);
    if (rowProblems.length === 0 && checked.ok && school && municipality) {
      rows.push({ ...checked.value, line, schoolId: school.id, municipalityId: school.municipalityId, prioritised: municipality.prioritised });
    }
  }
  const unique = markDuplicates(rows, conversationKey, problems);
  return { rows: unique, problems: problems.sort(byLine) };
}

export interface YearSummary {
  year: number;
  rows: number;
  /** Participants of trainings; null for conversations. */
  participants: number | null;
}

export interface ImportSummary {
  rows: number;
  participants: number | null;
  years: YearSummary[];
}

/** What the file holds, per year (oldest first) and in all. */
export function summarise(rows: { date: string; participants?: number }[]): ImportSummary {
  const years = new Map<number, YearSummary>();
  let participants: number | null = null;
  for (const row of rows) {
    const year = Number(row.date.slice(0, 4));
    const summary = years.get(year) ?? { year, rows: 0, participants: row.participants === undefined ? null : 0 };
    summary.rows += 1;
    if (row.participants !== undefined) {
      summary.participants = (summary.participants ?? 0) + row.participants;
      participants = (participants ?? 0) + row.participants;
    }
    years.set(year, summary);
  }
  return { rows: rows.length, participants, years: [...years.values()].sort((a, b) => a.year - b.year) };
}
