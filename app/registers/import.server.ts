// Imports historical trainings or advisory conversations from CSV text: all rows or none.
// Checking reads the file against the municipalities, schools and records in the database;
// importing checks again and writes every row inside one transaction, so that what is
// stored was valid at the moment it was written and a repeated submission finds its rows
// already there.
import { db } from "~/db.server";
import { type Reader, loadDirectory } from "./directory.server";
import {
  type ConversationRow,
  type ImportKind,
  type ImportProblem,
  type ImportSummary,
  MAX_SHOWN_PROBLEMS,
  type TrainingRow,
  conversationKey,
  summarise,
  trainingKey,
  validateConversationRows,
  validateTrainingRows,
} from "./import-rows";
import { dateToDay, dayToDate, todayInNetherlands } from "./rules";

export type ImportFailure = { ok: false; problems: ImportProblem[]; problemCount: number };
export type ImportCheck = { ok: true; summary: ImportSummary } | ImportFailure;
export type ImportResult = { ok: true; summary: ImportSummary } | ImportFailure;

type Checked =
  | { kind: "trainings"; rows: TrainingRow[]; problems: ImportProblem[] }
  | { kind: "conversations"; rows: ConversationRow[]; problems: ImportProblem[] };

const INSERT_BATCH = 500;

function dateSpan(rows: { date: string }[]) {
  const days = rows.map((row) => row.date).sort();
  return { gte: dayToDate(days[0]!), lte: dayToDate(days[days.length - 1]!) };
}

/** Rows that are already stored (typed in earlier, or an earlier import) are problems too. */
function dropStored<Row extends { line: number }>(rows: Row[], stored: Set<string>, key: (row: Row) => string, problems: ImportProblem[]): Row[] {
  return rows.filter((row) => {
    if (!stored.has(key(row))) return true;
    problems.push({ line: row.line, key: "registers.import.row.alreadyStored" });
    return false;
  });
}

async function check(kind: ImportKind, text: string, reader: Reader): Promise<Checked> {
  const directory = await loadDirectory(reader);
  const today = todayInNetherlands();
  if (kind === "trainings") {
    const { rows, problems } = validateTrainingRows(text, directory, today);
    if (rows.length === 0) return { kind, rows, problems };
    const stored = await reader.classroomTraining.findMany({
      where: { date: dateSpan(rows) },
      select: {
        date: true,
        provider: true,
        providerName: true,
        title: true,
        municipalityId: true,
        schoolId: true,
        participantsPo: true,
        participantsVo: true,
        participantsMbo: true,
        participantsSo: true,
        participantsOther: true,
      },
    });
    const keys = new Set(stored.map((training) => trainingKey({ ...training, date: dateToDay(training.date) })));
    const fresh = dropStored(rows, keys, trainingKey, problems);
    return { kind, rows: fresh, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  const { rows, problems } = validateConversationRows(text, directory, today);
  if (rows.length === 0) return { kind, rows, problems };
  const stored = await reader.advisoryConversation.findMany({
    where: { date: dateSpan(rows) },
    select: { date: true, schoolId: true, topic: true, provider: true, providerName: true },
  });
  const keys = new Set(stored.map((conversation) => conversationKey({ ...conversation, date: dateToDay(conversation.date) })));
  const fresh = dropStored(rows, keys, conversationKey, problems);
  return { kind, rows: fresh, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

function failure(problems: ImportProblem[]): ImportFailure {
  return { ok: false, problems: problems.slice(0, MAX_SHOWN_PROBLEMS), problemCount: problems.length };
}

/** Checks a file without writing anything: its problems, or what importing it would add. */
export async function checkImport(kind: ImportKind, text: string): Promise<ImportCheck> {
  const checked = await check(kind, text, db);
  if (checked.problems.length > 0) return failure(checked.problems);
  return { ok: true, summary: summarise(checked.rows) };
}

/** True for the errors of a transaction that lost a race with another one: nothing was written. */
function isConflict(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : null;
  return code === "P2034" || code === "P2003";
}

/** Checks the file again and stores every row in one transaction, or nothing. */
export async function runImport(kind: ImportKind, text: string, recordedById: string): Promise<ImportResult> {
  try {
    return await db.$transaction(
      async (tx): Promise<ImportResult> => {
        const checked = await check(kind, text, tx);
        if (checked.problems.length > 0) return failure(checked.problems);
        if (checked.kind === "trainings") {
          for (let start = 0; start < checked.rows.length; start += INSERT_BATCH) {
            await tx.classroomTraining.createMany({
              data: checked.rows.slice(start, start + INSERT_BATCH).map(({ line: _line, date, ...row }) => ({ ...row, date: dayToDate(date), recordedById })),
            });
          }
        } else {
          for (let start = 0; start < checked.rows.length; start += INSERT_BATCH) {
            await tx.advisoryConversation.createMany({
              data: checked.rows.slice(start, start + INSERT_BATCH).map(({ line: _line, date, ...row }) => ({ ...row, date: dayToDate(date), recordedById })),
            });
          }
        }
        return { ok: true, summary: summarise(checked.rows) };
      },
      // Serializable: two imports of the same file at once cannot both pass the check for stored rows.
      { isolationLevel: "Serializable", maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (!isConflict(error)) throw error;
    return failure([{ line: null, key: "registers.import.error.conflict" }]);
  }
}
