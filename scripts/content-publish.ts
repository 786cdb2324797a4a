// `npm run content:publish -- content/<course>`: checks, compiles and stores a course as a
// new version; the same content again changes nothing. Exits 1 when the course has faults.
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { formatFault } from "../app/content/faults";
import { publishCourse } from "../app/content/publish.server";

const folders = process.argv.slice(2).filter((argument) => !argument.startsWith("-"));
if (folders.length === 0) {
  console.error("Gebruik: npm run content:publish -- content/<cursusmap> [meer mappen]");
  process.exit(2);
}

const db = createDatabase(readDatabaseConfig());
let failed = false;
try {
  for (const folder of folders) {
    const started = performance.now();
    const result = await publishCourse(db, folder);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.status === "invalid") {
      failed = true;
      for (const fault of result.faults) console.log(formatFault(fault, folder));
      console.log(`${folder}: niet gepubliceerd (${result.faults.length} ${result.faults.length === 1 ? "fout" : "fouten"}); wat eerder gepubliceerd was, blijft zoals het was.`);
    } else if (result.status === "unchanged") {
      console.log(`${folder}: ongewijzigd, versie ${result.number} blijft de nieuwste.`);
    } else {
      console.log(`${folder}: versie ${result.number} gepubliceerd in ${seconds} s.`);
    }
  }
} finally {
  await db.$disconnect();
}
process.exit(failed ? 1 : 0);
