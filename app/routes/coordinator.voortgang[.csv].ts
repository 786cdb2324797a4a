// The per-teacher progress table as a CSV file, with the page's filters and order. Names and
// e-mail addresses of the school's own teachers, for its coordinator; never reflections.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { TEACHER_SORTS, readQuery, teacherRows } from "~/assignments/dashboard-view";
import { schoolProgress } from "~/assignments/dashboard.server";
import { csvFileName, csvResponse, teacherProgressCsv } from "~/assignments/progress-csv";
import { db } from "~/db.server";
import { requireSchoolScope } from "~/school/school-scope.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const progress = await schoolProgress(db, scope.school.id);
  const query = readQuery(new URL(request.url).searchParams, progress, TEACHER_SORTS);
  return csvResponse(teacherProgressCsv(teacherRows(progress, query)), csvFileName("voortgang-per-docent", scope.school.brinCode, progress.now));
}
