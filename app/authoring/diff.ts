// A readable diff between two states of a course: per file added, removed, moved, changed or
// unchanged, with line hunks for text. Whitespace is compared the way the content hash
// compares it, so a diff never shows a change that publishing would not count.
import { structuredPatch } from "diff";
import { normaliseText } from "~/content/content-hash.server";
import { type CourseFile, isTextFile } from "./course-files";
import { compareCoursePaths, isLessonPath, slugOfLessonPath } from "./lesson-files";

export type FileChange = "added" | "removed" | "moved" | "changed" | "unchanged";

export interface DiffLine {
  kind: "added" | "removed" | "context";
  text: string;
  /** Line number before and after; null on the side where the line does not exist. */
  oldNumber: number | null;
  newNumber: number | null;
}

export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

export interface FileDiff {
  path: string;
  /** For a lesson that moved: its name before. */
  previousPath: string | null;
  change: FileChange;
  /** Media: compared as bytes, no lines. */
  binary: boolean;
  added: number;
  removed: number;
  hunks: DiffHunk[];
}

const CONTEXT_LINES = 3;

function textOf(file: CourseFile | undefined): string {
  return file && isTextFile(file) ? normaliseText(file.content) : "";
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function hunksBetween(before: string, after: string): DiffHunk[] {
  const patch = structuredPatch("", "", before, after, undefined, undefined, { context: CONTEXT_LINES });
  return patch.hunks.map((hunk) => {
    let oldNumber = hunk.oldStart;
    let newNumber = hunk.newStart;
    const lines: DiffLine[] = [];
    for (const line of hunk.lines) {
      const marker = line[0];
      const text = line.slice(1);
      if (marker === "+") lines.push({ kind: "added", text, oldNumber: null, newNumber: newNumber++ });
      else if (marker === "-") lines.push({ kind: "removed", text, oldNumber: oldNumber++, newNumber: null });
      else if (marker === " ") lines.push({ kind: "context", text, oldNumber: oldNumber++, newNumber: newNumber++ });
      // "\ No newline at end of file" says nothing an author needs.
    }
    return { oldStart: hunk.oldStart, newStart: hunk.newStart, lines };
  });
}

function fileDiff(path: string, previousPath: string | null, before: CourseFile | undefined, after: CourseFile | undefined): FileDiff {
  const binary = (before !== undefined && !isTextFile(before)) || (after !== undefined && !isTextFile(after));
  let change: FileChange = !before ? "added" : !after ? "removed" : previousPath ? "moved" : "unchanged";
  if (binary) {
    const same = before && after && !isTextFile(before) && !isTextFile(after) && sameBytes(before.bytes, after.bytes);
    if (change === "unchanged" && !same) change = "changed";
    return { path, previousPath, change, binary, added: 0, removed: 0, hunks: [] };
  }
  const hunks = hunksBetween(textOf(before), textOf(after));
  if (change === "unchanged" && hunks.length > 0) change = "changed";
  const count = (kind: DiffLine["kind"]) => hunks.reduce((sum, hunk) => sum + hunk.lines.filter((line) => line.kind === kind).length, 0);
  return { path, previousPath, change, binary, added: count("added"), removed: count("removed"), hunks };
}

/**
 * The difference from `before` to `after`, file by file in reading order. A lesson whose
 * number changed but whose name stayed (02-gesprek.mdx → 03-gesprek.mdx) counts as moved.
 */
export function diffCourseFiles(before: readonly CourseFile[], after: readonly CourseFile[]): FileDiff[] {
  const old = new Map(before.map((file) => [file.path, file]));
  const now = new Map(after.map((file) => [file.path, file]));
  const gone = before.filter((file) => !now.has(file.path) && isLessonPath(file.path));
  const moves = new Map<string, string>();
  for (const file of after) {
    if (old.has(file.path) || !isLessonPath(file.path)) continue;
    const earlier = gone.find((candidate) => slugOfLessonPath(candidate.path) === slugOfLessonPath(file.path) && ![...moves.values()].includes(candidate.path));
    if (earlier) moves.set(file.path, earlier.path);
  }
  const moved = new Set(moves.values());
  const diffs = [
    ...after.map((file) => {
      const previousPath = moves.get(file.path) ?? null;
      return fileDiff(file.path, previousPath, old.get(previousPath ?? file.path), file);
    }),
    ...before.filter((file) => !now.has(file.path) && !moved.has(file.path)).map((file) => fileDiff(file.path, null, file, undefined)),
  ];
  return diffs.sort((a, b) => compareCoursePaths(a.path, b.path));
}
