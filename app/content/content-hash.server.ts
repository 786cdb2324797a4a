// A course's identity as content: the same sources give the same hash, whatever the line
// endings or trailing whitespace.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { COURSE_FILE, MEDIA_FOLDER } from "./course-metadata";

export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n+$/, "\n");
}

function mediaFiles(root: string): string[] {
  const folder = path.join(root, MEDIA_FOLDER);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${MEDIA_FOLDER}/${entry.name}`)
    .sort();
}

/**
 * Raise when compiling or rendering changes what a published version holds, so that the
 * next publish stores a new version instead of finding the old one "unchanged".
 */
export const PIPELINE_VERSION = 2;

export function courseContentHash(root: string, lessonFiles: string[]): string {
  const hash = createHash("sha256").update(`signaal-pipeline-${PIPELINE_VERSION}`);
  for (const file of [COURSE_FILE, ...lessonFiles]) {
    hash.update(`\0${file}\0`).update(normaliseText(fs.readFileSync(path.join(root, file), "utf8")));
  }
  for (const file of mediaFiles(root)) hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

export { mediaFiles };
