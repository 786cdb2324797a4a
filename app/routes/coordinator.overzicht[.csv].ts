// The school overview's table (progress per course) as a CSV file, with the page's filters.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { COURSE_SORTS, courseRows, readQuery } from "~/assignments/dashboard-view";
import { schoolProgress } from "~/assignments/dashboard.server";
import { courseProgressCsv, csvFileName, csvResponse } from "~/assignments/progress-csv";
import { db } from "~/db.server";
import { requireSchoolScope } from "~/school/school-scope.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const progress = await schoolProgress(db, scope.school.id);
  const query = readQuery(new URL(request.url).searchParams, progress, COURSE_SORTS);
  const rows = courseRows(progress, { ...query, course: null, status: null });
  return csvResponse(courseProgressCsv(rows), csvFileName("voortgang-per-cursus", scope.school.brinCode, progress.now));
}
