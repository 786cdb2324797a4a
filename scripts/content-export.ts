// `npm run content:export -- <slug> [--versie N] <doel>`: writes a published version (the
// latest without --versie) as a content/ folder, or as a zip when <doel> ends in .zip, so that
// what authors publish in the browser can live in git. Exits 1 when the course, the version or
// its sources are missing or the folder holds other things, 2 on a wrong command.
import fs from "node:fs";
import path from "node:path";
import { recordAudit } from "../app/authoring/audit.server";
import { courseZip, findVersionFiles } from "../app/authoring/course-archive.server";
import { isCoursePath, readCourseFolder, writeCourseFolder } from "../app/authoring/course-folder.server";
import { MEDIA_FOLDER } from "../app/content/course-metadata";
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";

const USAGE = "Gebruik: npm run content:export -- <cursus> [--versie N] <map of bestand.zip>";

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

function readArguments(argv: string[]): { slug: string; number: number | undefined; target: string } {
  const positional: string[] = [];
  let version: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === "--versie") version = argv[++index] ?? usage("--versie heeft een nummer nodig.");
    else if (argument.startsWith("--versie=")) version = argument.slice("--versie=".length);
    else if (argument.startsWith("-")) usage(`Onbekende optie: ${argument}`);
    else positional.push(argument);
  }
  if (positional.length !== 2) usage();
  if (version !== undefined && !/^[1-9]\d{0,8}$/.test(version)) usage(`--versie ${version} is geen versienummer (1, 2, 3 ...).`);
  return { slug: positional[0]!, number: version === undefined ? undefined : Number(version), target: positional[1]! };
}

/**
 * What in the folder is not a course file (dotfiles such as .gitkeep are left alone). A folder
 * that holds only course files is taken as the course's own, so that export can refresh a
 * content/ folder in git; anything else there is not ours to overwrite.
 */
function foreignEntries(folder: string): string[] {
  const foreign: string[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith(".")) continue;
    const full = path.join(folder, name);
    if (name === MEDIA_FOLDER && fs.lstatSync(full).isDirectory()) {
      for (const file of fs.readdirSync(full)) {
        const relative = `${MEDIA_FOLDER}/${file}`;
        if (!file.startsWith(".") && (!fs.lstatSync(path.join(full, file)).isFile() || !isCoursePath(relative))) foreign.push(relative);
      }
    } else if (!fs.lstatSync(full).isFile() || !isCoursePath(name)) {
      foreign.push(name);
    }
  }
  return foreign.sort();
}

const { slug, number, target } = readArguments(process.argv.slice(2));
const db = createDatabase(readDatabaseConfig());
let code = 0;
try {
  const found = await findVersionFiles(db, slug, number);
  if (found.status === "unknown") {
    console.error(number === undefined ? `De cursus ${slug} bestaat niet of heeft nog geen versie.` : `De cursus ${slug} heeft geen versie ${number}.`);
    code = 1;
  } else if (found.status === "no-sources") {
    console.error(`Versie ${found.number} van ${slug} is gepubliceerd voordat Signaal de bronbestanden bewaarde; er is niets om te exporteren.`);
    code = 1;
  } else if (target.toLowerCase().endsWith(".zip")) {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fs.writeFileSync(target, courseZip(slug, found.files));
    console.log(`${target}: versie ${found.number} van ${slug} geschreven (${found.files.length} bestanden).`);
  } else {
    // The folder's name is the course's identity: a target named otherwise gets the course folder inside it.
    const folder = path.basename(path.resolve(target)) === slug ? target : path.join(target, slug);
    const exists = fs.existsSync(folder);
    const foreign = exists && fs.statSync(folder).isDirectory() ? foreignEntries(folder) : [];
    if (exists && !fs.statSync(folder).isDirectory()) {
      console.error(`${folder} is een bestand, geen map. Er is niets geschreven.`);
      code = 1;
    } else if (foreign.length > 0) {
      console.error(`${folder} bevat al andere bestanden dan die van een cursus (${foreign.join(", ")}); kies een lege map. Er is niets geschreven.`);
      code = 1;
    } else {
      const keep = new Set(found.files.map((file) => file.path));
      if (exists) {
        for (const file of readCourseFolder(folder)) if (!keep.has(file.path)) fs.rmSync(path.join(folder, file.path));
      }
      writeCourseFolder(folder, found.files);
      console.log(`${folder}: versie ${found.number} van ${slug} geschreven (${found.files.length} bestanden).`);
    }
  }
  if (code === 0 && found.status === "ok") {
    await recordAudit(db, { actorId: null, action: "cursus.geexporteerd", courseSlug: slug, detail: { versie: found.number, via: "content:export" } });
  }
} finally {
  await db.$disconnect();
}
process.exit(code);
