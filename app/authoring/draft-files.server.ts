// The text files of a draft as the lesson editor reads and saves them. A save names the
// revision it was based on and only lands on that revision, so one author never silently
// overwrites another; presence (who has a file open) is a hint for a warning, not a lock.
import { checkCourse } from "~/content/check-course.server";
import { COURSE_FILE, MAX_LESSON_BYTES } from "~/content/course-metadata";
import type { Fault } from "~/content/faults";
import { mediaContentType } from "~/content/media-types";
import type { Database } from "~/db/create-database.server";
import { recordAudit } from "./audit.server";
import { withCourseFolder } from "./course-folder.server";
import { recordContributor } from "./drafts.server";
import { isLessonPath } from "./lesson-files";
import { draftFiles } from "./stored-files.server";

export { MAX_LESSON_BYTES };

/** Someone counts as present while their editor's last heartbeat is this recent. */
export const PRESENCE_WINDOW_MS = 2 * 60 * 1000;
/** Autosave saves every few seconds; the audit log names an author's work on a file once per this period. */
export const AUDIT_QUIET_MS = 10 * 60 * 1000;

/** The files the editor opens: cursus.yml and the lessons (media are not text). */
export function isEditorFile(path: string): boolean {
  return path === COURSE_FILE || isLessonPath(path);
}

/** Form posts turn line breaks into CRLF; the sources keep LF, so diffs show only real changes. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export interface DraftFileView {
  path: string;
  content: string;
  revision: number;
  updatedAt: Date;
  updatedByName: string | null;
}

export async function readDraftFile(db: Database, draftId: string, path: string): Promise<DraftFileView | null> {
  const file = await db.draftFile.findUnique({
    where: { draftId_path: { draftId, path } },
    select: { path: true, content: true, bytes: true, revision: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!file || file.content === null || file.bytes !== null) return null;
  return { path: file.path, content: file.content, revision: file.revision, updatedAt: file.updatedAt, updatedByName: file.updatedBy?.name ?? null };
}

export type SaveResult =
  | { status: "saved"; revision: number; savedAt: Date }
  | { status: "conflict"; theirs: { content: string; revision: number; updatedByName: string | null; updatedAt: Date } }
  | { status: "not-editable"; draftStatus: string }
  | { status: "too-large"; maxBytes: number }
  | { status: "not-found" };

export interface SaveInput {
  draftId: string;
  path: string;
  content: string;
  /** The revision the author's text was based on. */
  baseRevision: number;
  actorId: string;
}

export async function saveDraftFile(db: Database, input: SaveInput): Promise<SaveResult> {
  const content = normaliseLineEndings(input.content);
  if (Buffer.byteLength(content, "utf8") > MAX_LESSON_BYTES) return { status: "too-large", maxBytes: MAX_LESSON_BYTES };
  const { draftId, path, actorId } = input;

  return db.$transaction(async (tx) => {
    const draft = await tx.courseDraft.findUnique({ where: { id: draftId }, select: { status: true, course: { select: { slug: true } } } });
    const current = await tx.draftFile.findUnique({
      where: { draftId_path: { draftId, path } },
      select: { content: true, bytes: true, revision: true, updatedAt: true },
    });
    if (!draft || !current || current.content === null || current.bytes !== null) return { status: "not-found" as const };
    if (draft.status !== "DRAFT") return { status: "not-editable" as const, draftStatus: draft.status };
    // Nothing changed (a save on leaving the editor, or both authors typed the same): no new revision.
    if (current.content === content) return { status: "saved" as const, revision: current.revision, savedAt: current.updatedAt };

    // The status is part of the condition too: a draft sent for review in the meantime stays as it was sent.
    const updated = await tx.draftFile.updateMany({
      where: { draftId, path, revision: input.baseRevision, draft: { status: "DRAFT" } },
      data: { content, revision: { increment: 1 }, updatedById: actorId },
    });
    const file = await tx.draftFile.findUniqueOrThrow({
      where: { draftId_path: { draftId, path } },
      select: { content: true, revision: true, updatedAt: true, updatedBy: { select: { name: true } } },
    });
    if (updated.count === 0) {
      // Someone else saved first. Had they saved exactly this text, there is nothing to choose between.
      if (file.content === content) return { status: "saved" as const, revision: file.revision, savedAt: file.updatedAt };
      const status = (await tx.courseDraft.findUniqueOrThrow({ where: { id: draftId }, select: { status: true } })).status;
      if (status !== "DRAFT") return { status: "not-editable" as const, draftStatus: status };
      return {
        status: "conflict" as const,
        theirs: { content: file.content ?? "", revision: file.revision, updatedByName: file.updatedBy?.name ?? null, updatedAt: file.updatedAt },
      };
    }

    await recordContributor(tx, draftId, actorId);
    const action = path === COURSE_FILE ? "bestand.gewijzigd" : "les.gewijzigd";
    const detail = { bestand: path };
    const recent = await tx.auditEntry.findFirst({
      where: { actorId, action, courseSlug: draft.course.slug, detail: JSON.stringify(detail), createdAt: { gte: new Date(Date.now() - AUDIT_QUIET_MS) } },
      select: { id: true },
    });
    if (!recent) await recordAudit(tx, { actorId, action, courseSlug: draft.course.slug, detail });
    return { status: "saved" as const, revision: file.revision, savedAt: file.updatedAt };
  });
}

export interface PresentAuthor {
  name: string;
  openedAt: Date;
}

/** Who else had this file open in the last two minutes. */
export async function othersPresent(db: Database, draftId: string, path: string, userId: string): Promise<PresentAuthor[]> {
  const file = await db.draftFile.findUnique({
    where: { draftId_path: { draftId, path } },
    select: { openedById: true, openedAt: true, openedBy: { select: { name: true } } },
  });
  if (!file?.openedAt || !file.openedBy || file.openedById === userId) return [];
  if (Date.now() - file.openedAt.getTime() > PRESENCE_WINDOW_MS) return [];
  return [{ name: file.openedBy.name, openedAt: file.openedAt }];
}

/**
 * Notes that this author has the file open and answers who else had it open. The file keeps
 * one name: two authors' heartbeats take turns, so each sees the other on every beat.
 */
export async function markFileOpen(db: Database, input: { draftId: string; path: string; userId: string }): Promise<PresentAuthor[]> {
  const { draftId, path, userId } = input;
  const others = await othersPresent(db, draftId, path, userId);
  const file = await db.draftFile.findUnique({ where: { draftId_path: { draftId, path } }, select: { revision: true, updatedAt: true } });
  if (file) {
    // updatedAt says when the text last changed, so it is written back unchanged; a save in
    // between (another revision) wins and this beat is simply skipped.
    await db.draftFile.updateMany({
      where: { draftId, path, revision: file.revision },
      data: { openedById: userId, openedAt: new Date(), updatedAt: file.updatedAt },
    });
  }
  return others;
}

/** The faults of one file, from checking the whole draft (ids must be unique across lessons). */
export async function draftFileFaults(db: Database, input: { courseSlug: string; draftId: string; path: string }): Promise<Fault[]> {
  const files = await draftFiles(db, input.draftId);
  const course = await withCourseFolder(input.courseSlug, files, async (folder) => checkCourse(folder));
  return course.faults.filter((fault) => fault.file === input.path);
}

/** A media file of a draft, for the editor's preview. */
export async function readDraftMedia(db: Database, draftId: string, path: string) {
  const file = await db.draftFile.findUnique({ where: { draftId_path: { draftId, path } }, select: { bytes: true } });
  if (!file?.bytes) return null;
  return { bytes: file.bytes, contentType: mediaContentType(path) };
}
