// Checks a whole course folder: cursus.yml, the lesson files, and what must hold across
// lessons (unique ids). Reads files; runs nothing.
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { type CheckedLesson, checkLesson } from "./check-lesson.server";
import { COURSE_FILE, type CourseMetadata, CourseMetadataSchema, LESSON_FILE_PATTERN } from "./course-metadata";
import { type Fault, START, sortFaults } from "./faults";
import { yamlFaults, zodFaults } from "./yaml-faults.server";

export interface CheckedCourse {
  folder: string;
  /** The folder name, which is the course's permanent identifier. */
  slug: string;
  faults: Fault[];
  metadata: CourseMetadata | null;
  lessons: CheckedLesson[];
}

/** A course folder name, which is also its permanent slug. */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{2,63}$/;
const ID_KIND_NAMES = { Scenario: "scenario", Quiz: "quiz", Vraag: "vraag", Reflectie: "reflectie" } as const;

export function checkCourse(folder: string): CheckedCourse {
  const root = path.resolve(folder);
  const slug = path.basename(root);
  const faults: Fault[] = [];
  const result: CheckedCourse = { folder: root, slug, faults, metadata: null, lessons: [] };

  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    faults.push({ file: ".", ...START, message: `De map ${folder} bestaat niet.` });
    return result;
  }
  if (!SLUG_PATTERN.test(slug)) {
    faults.push({ file: ".", ...START, message: `De mapnaam "${slug}" is ongeldig: gebruik kleine letters, cijfers en streepjes (3 tot 64 tekens).` });
  }

  const metadataPath = path.join(root, COURSE_FILE);
  if (!fs.existsSync(metadataPath)) {
    faults.push({ file: COURSE_FILE, ...START, message: `${COURSE_FILE} ontbreekt: elke cursus heeft een bestand met titel, samenvatting en andere gegevens.` });
  } else {
    const text = fs.readFileSync(metadataPath, "utf8");
    const document = parseDocument(text, { prettyErrors: false });
    const syntax = yamlFaults(document, text, { line: 0, column: 0 });
    for (const item of syntax) faults.push({ file: COURSE_FILE, ...item.position, message: item.message.replace("De kop", COURSE_FILE) });
    if (syntax.length === 0) {
      const parsed = CourseMetadataSchema.safeParse(document.toJS() ?? {});
      if (parsed.success) result.metadata = parsed.data;
      else for (const item of zodFaults(parsed.error, document, text, { line: 0, column: 0 })) faults.push({ file: COURSE_FILE, ...item.position, message: item.message });
    }
  }

  const entries = fs.readdirSync(root).filter((name) => name.endsWith(".mdx") || name.endsWith(".md")).sort();
  for (const name of entries) {
    if (!LESSON_FILE_PATTERN.test(name)) {
      faults.push({ file: name, ...START, message: `De bestandsnaam "${name}" is ongeldig: gebruik twee cijfers, een streepje en kleine letters, bijvoorbeeld 01-inleiding.mdx.` });
    }
  }
  const lessonFiles = entries.filter((name) => LESSON_FILE_PATTERN.test(name));
  if (lessonFiles.length === 0) {
    faults.push({ file: ".", ...START, message: "Deze cursus heeft nog geen lessen (bestanden als 01-inleiding.mdx)." });
  }

  const fileExists = (relative: string) => {
    const resolved = path.resolve(root, relative);
    return resolved.startsWith(root + path.sep) && fs.existsSync(resolved) && fs.statSync(resolved).isFile();
  };
  const seenIds = new Map<string, { file: string; line: number }>();
  for (const name of lessonFiles) {
    const lesson = checkLesson(name, fs.readFileSync(path.join(root, name), "utf8"), { fileExists });
    result.lessons.push(lesson);
    faults.push(...lesson.faults);
    for (const { kind, id, position } of lesson.ids) {
      const key = `${kind}:${id}`;
      const earlier = seenIds.get(key);
      if (earlier) {
        faults.push({
          file: name,
          ...position,
          message: `Het ${ID_KIND_NAMES[kind]}-id "${id}" is al gebruikt in ${earlier.file} (regel ${earlier.line}); elk id komt één keer voor in de cursus.`,
        });
      } else {
        seenIds.set(key, { file: name, line: position.line });
      }
    }
  }
  result.faults = sortFaults(faults);
  return result;
}
