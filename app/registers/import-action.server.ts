// The import pages' action, the same for trainings and conversations: check an uploaded file
// and show its problems or a summary; import the checked text when the administrator confirms.
import { data, redirect } from "@remix-run/node";
import type { ImportKind, ImportProblem, ImportSummary } from "./import-rows";
import { checkImport, runImport } from "./import.server";
import { overviewAfter } from "./notices";
import { readImportForm } from "./upload.server";

export type ImportActionData =
  | { stage: "failed"; problems: ImportProblem[]; problemCount: number }
  | { stage: "ready"; summary: ImportSummary; content: string };

export async function importAction(request: Request, kind: ImportKind, recordedById: string) {
  const form = await readImportForm(request);
  if (!form.ok) return data<ImportActionData>({ stage: "failed", problems: [form.problem], problemCount: 1 }, { status: 400 });
  if (form.intent === "check") {
    const checked = await checkImport(kind, form.text);
    if (!checked.ok) return data<ImportActionData>({ stage: "failed", problems: checked.problems, problemCount: checked.problemCount }, { status: 400 });
    return data<ImportActionData>({ stage: "ready", summary: checked.summary, content: form.text });
  }
  const result = await runImport(kind, form.text, recordedById);
  if (!result.ok) return data<ImportActionData>({ stage: "failed", problems: result.problems, problemCount: result.problemCount }, { status: 400 });
  const newestYear = result.summary.years[result.summary.years.length - 1]!.year;
  throw redirect(overviewAfter(kind === "trainings" ? "trainingen-geimporteerd" : "gesprekken-geimporteerd", newestYear, result.summary.rows));
}
