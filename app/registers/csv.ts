// Reads CSV text as Excel and other spreadsheets write it (RFC 4180): semicolons (Dutch Excel)
// or commas, fields in double quotes that may hold separators, doubled quotes and line
// breaks. Every record keeps the line of the file it starts on, for messages such as "Regel 7".
// Anything ambiguous is refused rather than guessed.

export type Separator = ";" | ",";

export interface CsvRecord {
  /** The line of the file where the record starts; the first line is 1. */
  line: number;
  cells: string[];
}

export type CsvProblem = { code: "unclosedQuote" | "textAfterQuote"; line: number } | { code: "tooManyRows"; max: number };

export type CsvResult = { ok: true; separator: Separator; records: CsvRecord[] } | { ok: false; problem: CsvProblem };

/** The separator of the header line: whichever of ; and , occurs more often outside quotes. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

/**
 * Splits CSV text into records of cells, leaving out empty ones. A UTF-8 byte order mark at
 * the start is dropped.
 * maxRecords bounds the records after the header line; one more is refused.
 */
export function parseCsv(input: string, options: { maxRecords: number; separator?: Separator }): CsvResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const separator = options.separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  // A quoted field has ended; only a separator or a line break may follow.
  let afterQuote = false;
  let quoteLine = 1;
  let index = 0;

  const endRecord = (): CsvProblem | null => {
    cells.push(cell);
    // Empty lines, and the rows of separators only that spreadsheets write for empty rows, are skipped.
    if (cells.some((value) => value.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    afterQuote = false;
    // The header line and maxRecords data records are allowed.
    if (records.length > options.maxRecords + 1) return { code: "tooManyRows", max: options.maxRecords };
    return null;
  };

  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        index += 1;
        continue;
      }
      if (char === "\r" || char === "\n") {
        // A line break inside quotes belongs to the field; CRLF is kept as one line break.
        cell += "\n";
        index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
        line += 1;
        continue;
      }
      cell += char;
      index += 1;
      continue;
    }
    if (char === separator) {
      cells.push(cell);
      cell = "";
      afterQuote = false;
      index += 1;
      continue;
    }
    if (char === "\r" || char === "\n") {
      const problem = endRecord();
      if (problem) return { ok: false, problem };
      index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      if (char === " " || char === "\t") {
        index += 1;
        continue;
      }
      return { ok: false, problem: { code: "textAfterQuote", line } };
    }
    if (char === '"' && cell.trim() === "") {
      // Spaces before an opening quote, as some programs write, are not part of the value.
      cell = "";
      quoted = true;
      quoteLine = line;
      index += 1;
      continue;
    }
    cell += char;
    index += 1;
  }
  if (quoted) return { ok: false, problem: { code: "unclosedQuote", line: quoteLine } };
  // The last record, unless the text ended with a line break.
  if (cell !== "" || cells.length > 0 || afterQuote) {
    const problem = endRecord();
    if (problem) return { ok: false, problem };
  }
  return { ok: true, separator, records };
}
