// A fault in a course, located the way an editor shows it: file, line, column.

export interface Fault {
  /** Path relative to the course folder, e.g. "02-signalen.mdx". */
  file: string;
  line: number;
  column: number;
  /** Dutch, for authors. */
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

export function formatFault(fault: Fault, folder?: string): string {
  const file = folder ? `${folder.replace(/\/$/, "")}/${fault.file}` : fault.file;
  return `${file}:${fault.line}:${fault.column} ${fault.message}`;
}

export function sortFaults(faults: Fault[]): Fault[] {
  return [...faults].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
