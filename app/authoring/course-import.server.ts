// Importing a course from a zip in the browser: the content is checked like a publish, content
// equal to the latest version changes nothing, and anything else becomes a draft that goes
// through review like any change (the command line's content:publish is the direct route).
import { checkCourse } from "~/content/check-course.server";
import { courseContentHash } from "~/content/content-hash.server";
import type { Fault } from "~/content/faults";
import { MAX_MEDIA_BYTES } from "~/content/publish.server";
import type { Database } from "~/db/create-database.server";
import { readBoundedMultipart } from "~/utils/bounded-multipart.server";
import { recordAudit } from "./audit.server";
import { type ArchiveProblem, readCourseZip } from "./course-archive.server";
import { isTextFile } from "./course-files";
import { withCourseFolder } from "./course-folder.server";
import { startDraft } from "./drafts.server";

export type ImportResult =
  | { status: "invalid"; message: string; problem: ArchiveProblem }
  | { status: "faults"; slug: string; faults: Fault[] }
  | { status: "unchanged"; slug: string; number: number }
  | { status: "draft"; slug: string; draftId: string }
  | { status: "open-draft-exists"; slug: string; draftId: string };

/** The zip as uploaded (unpacked it may hold as much again: MAX_ARCHIVE_BYTES). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type CourseUpload = { ok: true; bytes: Uint8Array } | { ok: false; problem: ArchiveProblem };

/** The uploaded zip, read with its size bounded before anything is kept. */
export async function readCourseUpload(request: Request, field: string): Promise<CourseUpload> {
  const reading = await readBoundedMultipart(request, {
    fields: new Set([field]),
    maxPartBytes: MAX_UPLOAD_BYTES,
    maxRequestBytes: MAX_UPLOAD_BYTES + 64 * 1024,
  });
  if (!reading.ok) return { ok: false, problem: { key: reading.reason === "tooLarge" ? "transfer.import.error.tooLarge" : "transfer.import.error.badForm" } };
  const file = reading.formData.get(field);
  // A form sent without a chosen file carries an empty part without a name.
  if (!(file instanceof Blob) || (file.size === 0 && !(file instanceof File && file.name))) return { ok: false, problem: { key: "transfer.import.error.noFile" } };
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function importCourseArchive(db: Database, input: { bytes: Uint8Array; actorId: string }): Promise<ImportResult> {
  const archive = readCourseZip(input.bytes);
  if (archive.status === "invalid") return archive;
  const { slug, files } = archive;

  const checked = await withCourseFolder(slug, files, async (folder) => {
    const course = checkCourse(folder);
    const faults = [...course.faults];
    for (const file of files) {
      if (!isTextFile(file) && file.bytes.length > MAX_MEDIA_BYTES) {
        faults.push({ file: file.path, line: 1, column: 1, message: `Dit bestand is groter dan ${MAX_MEDIA_BYTES / 1024 / 1024} MB.` });
      }
    }
    if (faults.length > 0) return { faults, contentHash: null };
    return { faults, contentHash: courseContentHash(course.folder, course.lessons.map((lesson) => lesson.file)) };
  });
  if (!checked.contentHash) return { status: "faults", slug, faults: checked.faults };

  const latest = await db.courseVersion.findFirst({
    where: { course: { slug } },
    orderBy: { number: "desc" },
    select: { number: true, contentHash: true },
  });
  if (latest?.contentHash === checked.contentHash) return { status: "unchanged", slug, number: latest.number };

  const started = await startDraft(db, { courseSlug: slug, actorId: input.actorId, files, allowNewCourse: true });
  switch (started.status) {
    case "started":
      await recordAudit(db, { actorId: input.actorId, action: "cursus.geimporteerd", courseSlug: slug, detail: { versie: latest?.number ?? null } });
      return { status: "draft", slug, draftId: started.draftId };
    case "open-draft-exists":
      return { status: "open-draft-exists", slug, draftId: started.draftId };
    default:
      // With files given and new courses allowed, startDraft has what it needs.
      throw new Error(`importing ${slug}: startDraft answered ${started.status}`);
  }
}
