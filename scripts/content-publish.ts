// `npm run content:publish -- content/<course> [course.zip]`: checks, compiles and stores a course
// as a new version, from a folder or from a zip holding one (as content:export and the
// authors' download write it); the same content again changes nothing. This is the direct
// route for content kept in git: no draft, no review. Exits 1 when a course has faults.
import fs from "node:fs";
import path from "node:path";
import { readCourseZip } from "../app/authoring/course-archive.server";
import { withCourseFolder } from "../app/authoring/course-folder.server";
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { formatFault } from "../app/content/faults";
import { type PublishResult, publishCourse } from "../app/content/publish.server";
import type { Database } from "../app/db/create-database.server";

const targets = process.argv.slice(2).filter((argument) => !argument.startsWith("-"));
if (targets.length === 0) {
  console.error("Gebruik: npm run content:publish -- content/<cursusmap> [meer mappen of .zip-bestanden]");
  process.exit(2);
}

/** The result, and how its faults' files are named: the folder, or the course folder inside the zip. */
async function publishTarget(db: Database, target: string): Promise<{ result: PublishResult; faultPrefix: string } | { problem: string }> {
  if (!target.toLowerCase().endsWith(".zip")) return { result: await publishCourse(db, target), faultPrefix: target };
  if (!fs.existsSync(target)) return { problem: `Het bestand ${target} bestaat niet.` };
  // A zip of only the folder's contents is read as the course its file is named after.
  const archive = readCourseZip(new Uint8Array(fs.readFileSync(target)), { slug: path.basename(target).replace(/\.zip$/i, "") });
  if (archive.status === "invalid") return { problem: archive.message };
  const result = await withCourseFolder(archive.slug, archive.files, (folder) => publishCourse(db, folder));
  return { result, faultPrefix: `${target}/${archive.slug}` };
}

const db = createDatabase(readDatabaseConfig());
let failed = false;
try {
  for (const target of targets) {
    const started = performance.now();
    const outcome = await publishTarget(db, target);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if ("problem" in outcome) {
      failed = true;
      console.log(`${target}: niet gepubliceerd. ${outcome.problem}`);
      continue;
    }
    const { result, faultPrefix } = outcome;
    if (result.status === "invalid") {
      failed = true;
      for (const fault of result.faults) console.log(formatFault(fault, faultPrefix));
      console.log(`${target}: niet gepubliceerd (${result.faults.length} ${result.faults.length === 1 ? "fout" : "fouten"}); wat eerder gepubliceerd was, blijft zoals het was.`);
    } else if (result.status === "unchanged") {
      console.log(`${target}: ongewijzigd, versie ${result.number} blijft de nieuwste.`);
    } else {
      console.log(`${target}: versie ${result.number} gepubliceerd in ${seconds} s.`);
    }
  }
} finally {
  await db.$disconnect();
}
process.exit(failed ? 1 : 0);
