// Courses as folders on disk: the content pipeline (checkCourse, publishCourse) reads
// folders, so drafts, stored versions and uploaded archives are written to a private
// temporary folder for it, and folders are read back into files for export and import.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { COURSE_FILE, LESSON_FILE_PATTERN, MEDIA_FOLDER } from "~/content/course-metadata";
import { type CourseFile, isTextFile } from "./course-files";

const MEDIA_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Whether a path may be part of a course folder: cursus.yml, a lesson, or a file directly in media/. */
export function isCoursePath(relativePath: string): boolean {
  if (relativePath === COURSE_FILE) return true;
  if (LESSON_FILE_PATTERN.test(relativePath)) return true;
  const [folder, name, ...rest] = relativePath.split("/");
  return folder === MEDIA_FOLDER && name !== undefined && rest.length === 0 && MEDIA_NAME_PATTERN.test(name) && !name.includes("..");
}

function writeFiles(folder: string, files: readonly CourseFile[]): void {
  for (const file of files) {
    if (!isCoursePath(file.path)) throw new Error(`not a course path: ${file.path}`);
    const target = path.join(folder, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, isTextFile(file) ? file.content : file.bytes);
  }
}

/** Writes the files to a fresh folder named after the course, runs `work` on it, and removes it again. */
export async function withCourseFolder<T>(slug: string, files: readonly CourseFile[], work: (folder: string) => Promise<T>): Promise<T> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-course-"));
  try {
    const folder = path.join(parent, slug);
    fs.mkdirSync(folder);
    writeFiles(folder, files);
    return await work(folder);
  } finally {
    fs.rmSync(parent, { recursive: true, force: true });
  }
}

/** Writes the files into an existing or new folder (for `content:export`). */
export function writeCourseFolder(folder: string, files: readonly CourseFile[]): void {
  fs.mkdirSync(folder, { recursive: true });
  writeFiles(folder, files);
}

/** The course files of a folder; anything else in it is left out. */
export function readCourseFolder(folder: string): CourseFile[] {
  const files: CourseFile[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (!fs.statSync(full).isFile() || !isCoursePath(name)) continue;
    files.push({ path: name, content: fs.readFileSync(full, "utf8") });
  }
  const media = path.join(folder, MEDIA_FOLDER);
  if (fs.existsSync(media)) {
    for (const name of fs.readdirSync(media).sort()) {
      const relative = `${MEDIA_FOLDER}/${name}`;
      if (fs.statSync(path.join(media, name)).isFile() && isCoursePath(relative)) {
        files.push({ path: relative, bytes: new Uint8Array(fs.readFileSync(path.join(media, name))) });
      }
    }
  }
  return files;
}
