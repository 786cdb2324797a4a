// Courses as zip archives, for export and import: one top folder named after the course holding
// cursus.yml, the lessons and media/, exactly as a content/ folder holds them. Reading trusts
// nothing in the archive: the central directory is read here (fflate's reader hides symlinks and
// trusts declared sizes), every size is checked before anything is inflated, and inflating stops
// as soon as a file grows past what it declared.
import { crc32 } from "node:zlib";
import { Inflate, type Zippable, zipSync } from "fflate";
import { COURSE_FILE, LESSON_FILE_PATTERN } from "~/content/course-metadata";
import type { Database } from "~/db/create-database.server";
import { type MessageKey, type Params, translator } from "~/i18n/translate";
import { recordAudit } from "./audit.server";
import { type CourseFile, isTextFile } from "./course-files";
import { isCoursePath } from "./course-folder.server";
import { versionFiles } from "./stored-files.server";

export const MAX_ARCHIVE_ENTRIES = 500;
/** All files together, unpacked. */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

export interface ArchiveProblem {
  key: MessageKey;
  params?: Params;
}

export type CourseZipReading =
  | { status: "ok"; slug: string; files: CourseFile[] }
  /** message is Dutch, for the command line; problem translates on a page. */
  | { status: "invalid"; message: string; problem: ArchiveProblem };

function byPath(a: CourseFile, b: CourseFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A zip of the course under `<slug>/`: the same files always give the same bytes. */
export function courseZip(slug: string, files: readonly CourseFile[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const file of [...files].sort(byPath)) {
    if (!isCoursePath(file.path)) throw new Error(`not a course path: ${file.path}`);
    entries[`${slug}/${file.path}`] = isTextFile(file)
      ? [new TextEncoder().encode(file.content), { level: 6 }]
      : // Images and video are compressed already.
        [file.bytes, { level: 0 }];
  }
  // Zip timestamps are local time: built from local parts at each call, they come out the
  // same in every time zone.
  return zipSync(entries, { mtime: new Date(1980, 0, 1, 0, 0, 0) }) as Uint8Array<ArrayBuffer>;
}

const dutch = translator("nl");

class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(dutch(problem.key, problem.params));
  }
}

const fail = (key: MessageKey, params?: Params): never => {
  throw new ArchiveError({ key, params });
};

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNIX = 3;
const SYMLINK = 0o120000;
const FILE_TYPE_MASK = 0o170000;

/** Operating systems' clutter, left out without a word. */
function isClutter(segments: string[]): boolean {
  const last = segments[segments.length - 1] ?? "";
  return segments.includes("__MACOSX") || last === ".DS_Store" || last === "Thumbs.db" || last === "desktop.ini" || last.startsWith("._");
}

function isUnsafe(name: string): boolean {
  if (name.includes("\\") || name.includes("\0") || name.startsWith("/") || /^[A-Za-z]:/.test(name)) return true;
  const segments = name.replace(/\/$/, "").split("/");
  return segments.some((segment) => segment === "" || segment === "." || segment === "..");
}

function readDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail("transfer.archive.notZip"));
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail("transfer.archive.notZip"));

  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) fail("transfer.archive.notZip");
  const count = u16(end + 10);
  const directoryOffset = u32(end + 16);
  // Zip64, for archives beyond 4 GB or 65,535 entries, marks these fields with all ones.
  if (directoryOffset === 0xffffffff) fail("transfer.archive.tooLarge", { max: MAX_ARCHIVE_BYTES / 1024 / 1024 });
  if (count > MAX_ARCHIVE_ENTRIES) fail("transfer.archive.tooManyEntries", { max: MAX_ARCHIVE_ENTRIES });

  const decoder = new TextDecoder("utf-8");
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (u32(at) !== DIRECTORY_ENTRY) fail("transfer.archive.notZip");
    const madeBy = u16(at + 4) >> 8;
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > bytes.length) fail("transfer.archive.notZip");
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (isUnsafe(name)) fail("transfer.archive.unsafePath", { file: name });
    if (madeBy === UNIX && ((u32(at + 38) >>> 16) & FILE_TYPE_MASK) === SYMLINK) fail("transfer.archive.symlink", { file: name });
    if (flags & 1) fail("transfer.archive.encrypted", { file: name });
    entries.push({
      name,
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    });
    at = next;
  }
  return entries;
}

/** The entry's bytes: never more than it declared, and only when they match its checksum. */
function inflateEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) fail("transfer.archive.damaged", { file: entry.name });
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) fail("transfer.archive.damaged", { file: entry.name });
  const packed = bytes.subarray(start, end);

  let data: Uint8Array;
  if (entry.method === 0) {
    data = packed;
  } else if (entry.method === 8) {
    const inflated = new Uint8Array(entry.size);
    let filled = 0;
    const inflater = new Inflate((chunk) => {
      if (filled + chunk.length > entry.size) fail("transfer.archive.damaged", { file: entry.name });
      inflated.set(chunk, filled);
      filled += chunk.length;
    });
    // Small pieces: a piece of a bomb inflates to at most about a thousand times its size
    // before the check above stops it.
    const PIECE = 8 * 1024;
    try {
      let offset = 0;
      do {
        inflater.push(packed.subarray(offset, offset + PIECE), offset + PIECE >= packed.length);
        offset += PIECE;
      } while (offset < packed.length);
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      fail("transfer.archive.damaged", { file: entry.name });
    }
    data = inflated.subarray(0, filled);
  } else {
    return fail("transfer.archive.compression", { file: entry.name });
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) fail("transfer.archive.damaged", { file: entry.name });
  return data;
}

function isText(relativePath: string): boolean {
  return relativePath === COURSE_FILE || LESSON_FILE_PATTERN.test(relativePath);
}

function readArchive(bytes: Uint8Array, fallbackSlug: string | undefined): { slug: string; files: CourseFile[] } {
  const entries = readDirectory(bytes);
  const declared = entries.reduce((total, entry) => total + entry.size, 0);
  if (declared > MAX_ARCHIVE_BYTES) fail("transfer.archive.tooLarge", { max: MAX_ARCHIVE_BYTES / 1024 / 1024 });

  const files = entries.filter((entry) => !entry.name.endsWith("/") && !isClutter(entry.name.split("/")));
  if (files.length === 0) fail("transfer.archive.empty");

  const tops = new Set(files.map((entry) => entry.name.split("/")[0]!));
  const inFolder = files.every((entry) => entry.name.includes("/"));
  let slug: string;
  let strip: number;
  if (tops.size === 1 && inFolder) {
    slug = [...tops][0]!;
    strip = slug.length + 1;
  } else if (fallbackSlug !== undefined) {
    slug = fallbackSlug;
    strip = 0;
  } else {
    return fail("transfer.archive.oneTopFolder");
  }

  const strays = files.map((entry) => entry.name.slice(strip)).filter((relative) => !isCoursePath(relative));
  if (strays.length > 0) {
    const shown = strays.slice(0, 5).join(", ") + (strays.length > 5 ? ` (+${strays.length - 5})` : "");
    fail("transfer.archive.notCoursePath", { files: shown });
  }
  const seen = new Set<string>();
  for (const entry of files) {
    if (seen.has(entry.name)) fail("transfer.archive.duplicate", { file: entry.name });
    seen.add(entry.name);
  }

  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const result: CourseFile[] = files.map((entry) => {
    const relative = entry.name.slice(strip);
    const data = inflateEntry(bytes, entry);
    if (!isText(relative)) return { path: relative, bytes: data.slice() };
    try {
      return { path: relative, content: utf8.decode(data) };
    } catch {
      return fail("transfer.archive.notUtf8", { file: relative });
    }
  });
  return { slug, files: result.sort(byPath) };
}

/**
 * The course in a zip. The zip holds one folder, whose name is the course's slug (as a
 * content/ folder's name is); a zip of only the folder's contents is read as the course
 * `slug` when the caller names one, and refused otherwise. Files that are not part of a course
 * folder are refused rather than dropped, so nothing an author packed is lost unseen; only
 * operating systems' clutter (__MACOSX/, .DS_Store) is left out.
 */
export function readCourseZip(bytes: Uint8Array, options: { slug?: string } = {}): CourseZipReading {
  try {
    return { status: "ok", ...readArchive(bytes, options.slug) };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return { status: "invalid", message: error.message, problem: error.problem };
  }
}

// ---- Exporting a version -------------------------------------------------------------------

export type VersionFilesLookup =
  | { status: "ok"; slug: string; number: number; files: CourseFile[] }
  | { status: "unknown" }
  /** Published before sources were kept: there is nothing to export. */
  | { status: "no-sources"; slug: string; number: number };

/** The files of version `number` of a course, or of its latest version. */
export async function findVersionFiles(db: Database, slug: string, number?: number): Promise<VersionFilesLookup> {
  const version = await db.courseVersion.findFirst({
    where: { course: { slug }, ...(number === undefined ? {} : { number }) },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  if (!version) return { status: "unknown" };
  const files = await versionFiles(db, version.id);
  return files ? { status: "ok", slug, number: version.number, files } : { status: "no-sources", slug, number: version.number };
}

export function exportFileName(slug: string, number: number): string {
  return `${slug}-versie-${number}.zip`;
}

export type CourseExport =
  | { status: "ok"; fileName: string; bytes: Uint8Array<ArrayBuffer> }
  | Exclude<VersionFilesLookup, { status: "ok" }>;

/** A version as a zip, for someone who downloads it; the download is recorded in the audit log. */
export async function exportCourseVersion(
  db: Database,
  input: { slug: string; number?: number; actorId: string | null },
): Promise<CourseExport> {
  const found = await findVersionFiles(db, input.slug, input.number);
  if (found.status !== "ok") return found;
  await recordAudit(db, { actorId: input.actorId, action: "cursus.geexporteerd", courseSlug: found.slug, detail: { versie: found.number } });
  return { status: "ok", fileName: exportFileName(found.slug, found.number), bytes: courseZip(found.slug, found.files) };
}
