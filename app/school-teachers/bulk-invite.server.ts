// Inviting many teachers from an uploaded file. Checking writes nothing and reports every
// row; importing names the rows the coordinator agreed to (all of them, or the good ones
// after dropping the bad), checks the file again inside one transaction and invites those
// rows only if each of them is still valid: all of them or none.
import { db } from "~/db.server";
import { type Candidate, type PreviewCounts, checkCandidates, countCandidates } from "./candidates";
import { type Inviter, type Reader, SERIALIZABLE, isConflict, loadSchoolFacts, mailInvitations, storeInvitations } from "./invitations.server";
import { checkEmail } from "./rules";
import { type FileProblem, readTeacherFile } from "./teacher-file";

export type UploadPreview =
  | { ok: false; problems: FileProblem[] }
  | { ok: true; rows: Candidate[]; counts: PreviewCounts; newGroups: string[] };

async function preview(reader: Reader, schoolId: string, text: string, now: Date): Promise<UploadPreview> {
  const file = readTeacherFile(text);
  if (!file.ok) return file;
  const emails = new Set<string>();
  for (const row of file.rows) {
    const email = checkEmail(row.email);
    if (email.ok) emails.add(email.value);
  }
  const facts = await loadSchoolFacts(reader, schoolId, [...emails], now);
  const rows = checkCandidates(file.rows, facts);
  const newGroups = [...new Set(rows.filter((row) => row.newGroup && row.problems.length === 0).map((row) => row.group!))];
  return { ok: true, rows, counts: countCandidates(rows), newGroups };
}

/** Checks an uploaded file against the school without writing anything. */
export function previewTeacherFile(schoolId: string, text: string, now = new Date()): Promise<UploadPreview> {
  return preview(db, schoolId, text, now);
}

export type ImportOutcome =
  | { ok: true; invited: number }
  /** Nothing was written. "changed": a chosen row is no longer valid (or no longer in the file); the preview is fresh. */
  | { ok: false; reason: "file" | "changed" | "conflict"; preview: UploadPreview | null };

/** The lines that can be invited as the preview stands: every valid row. */
export function validLines(rows: readonly Candidate[]): number[] {
  return rows.filter((row) => row.problems.length === 0).map((row) => row.line);
}

/**
 * Invites the rows on the given lines, in one transaction, if every one of them is valid now;
 * otherwise writes nothing. Mails go out after the transaction has committed.
 */
export async function importTeacherFile(inviter: Inviter, text: string, lines: readonly number[], now = new Date()): Promise<ImportOutcome> {
  const chosen = new Set(lines);
  let outcome;
  try {
    outcome = await db.$transaction(async (tx) => {
      const checked = await preview(tx, inviter.schoolId, text, now);
      if (!checked.ok) return { ok: false as const, reason: "file" as const, preview: checked };
      const rows = checked.rows.filter((row) => chosen.has(row.line));
      const stale = chosen.size === 0 || rows.length !== chosen.size || rows.some((row) => row.problems.length > 0);
      if (stale) return { ok: false as const, reason: "changed" as const, preview: checked };
      return { ok: true as const, created: await storeInvitations(tx, inviter, rows, now) };
    }, SERIALIZABLE);
  } catch (error) {
    if (!isConflict(error)) throw error;
    return { ok: false, reason: "conflict", preview: null };
  }
  if (!outcome.ok) return outcome;
  await mailInvitations(inviter, outcome.created);
  return { ok: true, invited: outcome.created.length };
}
