import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import { importTeacherFile, previewTeacherFile, validLines } from "~/school-teachers/bulk-invite.server";
import { withNotice } from "~/school-teachers/notices";
import type { UploadPreview } from "~/school-teachers/bulk-invite.server";
import { readUploadForm } from "~/school-teachers/upload.server";
import { type UploadActionData, UploadPage } from "./_parts/teacher-upload";

export const meta = pageTitle("teachers.upload.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  return {
    school: scope.school.name,
    paths: { self: schoolPath(scope, "/coordinator/docenten/uploaden"), list: schoolPath(scope, "/coordinator/docenten") },
  };
}

function previewData(preview: Extract<UploadPreview, { ok: true }>, content: string, changed: boolean): UploadActionData {
  return { stage: "preview", rows: preview.rows, counts: preview.counts, newGroups: preview.newGroups, validLines: validLines(preview.rows), content, changed };
}

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const form = await readUploadForm(request);
  if (!form.ok) return data<UploadActionData>({ stage: "failed", problems: [form.problem] }, { status: 400 });

  if (form.intent === "check") {
    const preview = await previewTeacherFile(scope.school.id, form.text);
    if (!preview.ok) return data<UploadActionData>({ stage: "failed", problems: preview.problems }, { status: 400 });
    return data<UploadActionData>(previewData(preview, form.text, false));
  }

  const inviter = { schoolId: scope.school.id, schoolName: scope.school.name, userId: scope.user.id, name: scope.user.name };
  const outcome = await importTeacherFile(inviter, form.text, form.lines);
  if (outcome.ok) throw redirect(withNotice(schoolPath(scope, "/coordinator/docenten"), "geimporteerd", outcome.invited));
  if (outcome.reason === "conflict" || !outcome.preview) {
    return data<UploadActionData>({ stage: "failed", problems: [{ key: "teachers.upload.error.conflict" }] }, { status: 409 });
  }
  if (!outcome.preview.ok) return data<UploadActionData>({ stage: "failed", problems: outcome.preview.problems }, { status: 400 });
  return data<UploadActionData>(previewData(outcome.preview, form.text, true), { status: 409 });
}

export default function UploadTeachersPage() {
  const { paths } = useLoaderData<typeof loader>();
  return <UploadPage paths={paths} result={useActionData<typeof action>()} />;
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
