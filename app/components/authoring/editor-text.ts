// Text operations of the lesson editor that do not depend on which editor shows the text
// (CodeMirror, or the plain textarea without JavaScript): where a fault's line and column
// are, how a palette template goes in, and where two versions of a text differ.
import { diffLines } from "diff";

/** The offset of a 1-based line and column, clamped to the text (a fault may point past a line's end). */
export function offsetAt(text: string, line: number, column: number): number {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf("\n", start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(start + Math.max(column - 1, 0), lineEnd);
}

const ID_ATTRIBUTE = /\bid="([a-z][a-z0-9-]*)"/g;

/**
 * The template with every id it defines made unique against the text: "begin" becomes
 * "begin-2" (or -3, ...) when the text already has id="begin". References inside the
 * template (volgende="...") follow their renamed step or ending.
 */
export function withUniqueIds(template: string, text: string): string {
  const taken = new Set([...text.matchAll(ID_ATTRIBUTE)].map((match) => match[1]!));
  const defined = new Set([...template.matchAll(ID_ATTRIBUTE)].map((match) => match[1]!));
  const renamed = new Map<string, string>();
  for (const id of defined) {
    if (!taken.has(id)) continue;
    let number = 2;
    while (taken.has(`${id}-${number}`) || defined.has(`${id}-${number}`)) number += 1;
    renamed.set(id, `${id}-${number}`);
    taken.add(`${id}-${number}`);
  }
  if (renamed.size === 0) return template;
  return template.replace(/\b(id|volgende)="([a-z][a-z0-9-]*)"/g, (match, name: string, id: string) =>
    renamed.has(id) ? `${name}="${renamed.get(id)}"` : match,
  );
}

export interface Insertion {
  from: number;
  to: number;
  insert: string;
  /** Where the cursor goes afterwards: just after the inserted component. */
  cursor: number;
}

/**
 * Puts a component in the text at the selection, on lines of its own with a blank line
 * around it, as MDX needs; its ids are made unique first.
 */
export function componentInsertion(text: string, from: number, to: number, template: string): Insertion {
  const before = text.slice(0, from);
  const after = text.slice(to);
  const block = withUniqueIds(template, before + after);
  const prefix = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const suffix = after.startsWith("\n\n") ? "" : after.startsWith("\n") || after === "" ? "\n" : "\n\n";
  return { from, to, insert: prefix + block + suffix, cursor: from + prefix.length + block.length };
}

export function applyInsertion(text: string, insertion: Insertion): string {
  return text.slice(0, insertion.from) + insertion.insert + text.slice(insertion.to);
}

export interface ChangedLine {
  /** "theirs": only in the other author's text; "mine": only in this author's. */
  side: "theirs" | "mine";
  /** The line's number in its own text. */
  line: number;
  text: string;
}

/**
 * The lines in which two texts differ, in order, each with its number in its own text; null
 * when they differ too much to list (the editor then shows the two texts only).
 */
export function changedLines(theirs: string, mine: string): ChangedLine[] | null {
  const parts = diffLines(theirs, mine, { timeout: 200 });
  if (!parts) return null;
  const changes: ChangedLine[] = [];
  let theirLine = 1;
  let myLine = 1;
  for (const part of parts) {
    const lines = part.value.replace(/\n$/, "").split("\n");
    if (part.removed) for (const text of lines) changes.push({ side: "theirs", line: theirLine++, text });
    else if (part.added) for (const text of lines) changes.push({ side: "mine", line: myLine++, text });
    else {
      theirLine += part.count ?? lines.length;
      myLine += part.count ?? lines.length;
    }
  }
  return changes;
}
