// `npm run content:check -- content/<course>`: checks a course and prints every fault as
// file:line:column message (in Dutch, for authors). Exits 1 when there is any fault.
import { checkCourse } from "../app/content/check-course.server";
import { formatFault } from "../app/content/faults";

const folders = process.argv.slice(2).filter((argument) => !argument.startsWith("-"));
if (folders.length === 0) {
  console.error("Gebruik: npm run content:check -- content/<cursusmap> [meer mappen]");
  process.exit(2);
}

let total = 0;
for (const folder of folders) {
  const course = checkCourse(folder);
  for (const fault of course.faults) console.log(formatFault(fault, folder));
  total += course.faults.length;
  if (course.faults.length === 0) {
    console.log(`${folder}: in orde (${course.lessons.length} ${course.lessons.length === 1 ? "les" : "lessen"}, geen fouten).`);
  } else {
    console.log(`${folder}: ${course.faults.length} ${course.faults.length === 1 ? "fout" : "fouten"}.`);
  }
}
process.exit(total > 0 ? 1 : 0);
