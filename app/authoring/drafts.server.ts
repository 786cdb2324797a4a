// An author's working copy of a course: a new course, a draft started from the latest version
// (or from imported files), and the lesson operations on it. A course has at most one open
// draft; lessons change only while the draft is a draft (not in review, not approved).
import type { DraftStatus } from ".prisma/signaal-sqlite";
import { SLUG_PATTERN } from "~/content/check-course.server";
import { isUniqueViolation, lockCourse } from "~/content/course-lock.server";
import { COURSE_FILE } from "~/content/course-metadata";
import type { FieldErrors } from "~/components/form-validation";
import type { Database, Prisma } from "~/db/create-database.server";
import { type AuditAction, recordAudit } from "./audit.server";
import { type CourseFile, isTextFile } from "./course-files";
import { MAX_LESSONS, isLessonPath, lessonPath, lessonSlug, newCourseMetadata, newLessonSource, renumbering, slugOfLessonPath, withLessonTitle } from "./lesson-files";

export const OPEN_DRAFT_STATUSES = ["DRAFT", "IN_REVIEW", "APPROVED"] as const satisfies readonly DraftStatus[];

type Tx = Prisma.TransactionClient;
type Reader = Database | Tx;

const TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;

export interface OpenDraft {
  id: string;
  status: DraftStatus;
  courseId: string;
  baseVersionId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const OPEN_DRAFT_SELECT = { id: true, status: true, courseId: true, baseVersionId: true, createdAt: true, updatedAt: true } as const;

export async function findOpenDraft(db: Reader, courseSlug: string): Promise<OpenDraft | null> {
  return db.courseDraft.findFirst({
    where: { course: { slug: courseSlug }, status: { in: [...OPEN_DRAFT_STATUSES] } },
    orderBy: { createdAt: "desc" },
    select: OPEN_DRAFT_SELECT,
  });
}

/** Marks someone as having changed the draft: from then on they may not approve it. */
export async function recordContributor(tx: Reader, draftId: string, userId: string): Promise<void> {
  const known = await tx.draftContributor.findUnique({ where: { draftId_userId: { draftId, userId } }, select: { userId: true } });
  if (!known) await tx.draftContributor.create({ data: { draftId, userId } });
}

function fileRows(files: readonly CourseFile[], actorId: string) {
  return files.map((file) =>
    isTextFile(file)
      ? { path: file.path, content: file.content, bytes: null, updatedById: actorId }
      : { path: file.path, content: null, bytes: Buffer.from(file.bytes), updatedById: actorId },
  );
}

// ---- A new course --------------------------------------------------------------------------

export type CreateCourseResult = { status: "created"; draftId: string } | { status: "invalid"; errors: FieldErrors } | { status: "exists" };

export function courseFormErrors(slug: string, title: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!SLUG_PATTERN.test(slug)) errors.slug = slug === "" ? "authoring.error.slugRequired" : "authoring.error.slugInvalid";
  if (title.length < 3 || title.length > 120) errors.titel = title === "" ? "authoring.error.titleRequired" : "authoring.error.titleLength";
  return errors;
}

/** A course with no versions yet, and a draft with a cursus.yml and a first lesson that pass the checker. */
export async function createCourse(db: Database, input: { slug: string; title: string; actorId: string }): Promise<CreateCourseResult> {
  const slug = input.slug.trim();
  const title = input.title.trim();
  const errors = courseFormErrors(slug, title);
  if (Object.keys(errors).length > 0) return { status: "invalid", errors };
  if (await db.course.findUnique({ where: { slug }, select: { id: true } })) return { status: "exists" };
  const files: CourseFile[] = [
    { path: COURSE_FILE, content: newCourseMetadata(title) },
    { path: lessonPath(1, "inleiding"), content: newLessonSource("Inleiding") },
  ];
  try {
    const draftId = await db.$transaction(async (tx) => {
      const course = await tx.course.create({ data: { slug } });
      const draft = await tx.courseDraft.create({
        data: { courseId: course.id, createdById: input.actorId, files: { create: fileRows(files, input.actorId) } },
        select: { id: true },
      });
      await recordContributor(tx, draft.id, input.actorId);
      await recordAudit(tx, { actorId: input.actorId, action: "cursus.aangemaakt", courseSlug: slug, detail: { titel: title } });
      return draft.id;
    }, TRANSACTION);
    return { status: "created", draftId };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "exists" };
    throw error;
  }
}

// ---- Starting a draft ----------------------------------------------------------------------

export type StartDraftResult =
  | { status: "started"; draftId: string }
  | { status: "open-draft-exists"; draftId: string }
  | { status: "no-sources" }
  | { status: "unknown-course" };

/**
 * A draft from the latest version's files, or from the given files (an import). With
 * `allowNewCourse` and files, a course that does not exist yet is created for them.
 */
export async function startDraft(
  db: Database,
  input: { courseSlug: string; actorId: string; files?: CourseFile[]; allowNewCourse?: boolean },
): Promise<StartDraftResult> {
  const { courseSlug, actorId, files } = input;
  const mayCreate = Boolean(files && input.allowNewCourse && SLUG_PATTERN.test(courseSlug));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx): Promise<StartDraftResult> => {
        let course = await tx.course.findUnique({ where: { slug: courseSlug }, select: { id: true } });
        if (!course && !mayCreate) return { status: "unknown-course" };
        const created = !course;
        course ??= await tx.course.create({ data: { slug: courseSlug }, select: { id: true } });
        await lockCourse(tx, course.id);
        const open = await tx.courseDraft.findFirst({ where: { courseId: course.id, status: { in: [...OPEN_DRAFT_STATUSES] } }, select: { id: true } });
        if (open) return { status: "open-draft-exists", draftId: open.id };
        const latest = await tx.courseVersion.findFirst({ where: { courseId: course.id }, orderBy: { number: "desc" }, select: { id: true, number: true } });
        const contents = files ?? (latest ? await storedVersionFiles(tx, latest.id) : null);
        if (!contents) return { status: "no-sources" };
        const draft = await tx.courseDraft.create({
          data: { courseId: course.id, createdById: actorId, baseVersionId: latest?.id ?? null, files: { create: fileRows(contents, actorId) } },
          select: { id: true },
        });
        // Imported files are the importer's work; a copy of a version is no one's yet.
        if (files) await recordContributor(tx, draft.id, actorId);
        if (created) await recordAudit(tx, { actorId, action: "cursus.aangemaakt", courseSlug });
        await recordAudit(tx, { actorId, action: "concept.gestart", courseSlug, detail: { versie: latest?.number ?? null, bron: files ? "bestanden" : "versie" } });
        return { status: "started", draftId: draft.id };
      }, TRANSACTION);
    } catch (error) {
      // Two first drafts of a new course at once both insert its row; the second tries again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

async function storedVersionFiles(tx: Tx, versionId: string): Promise<CourseFile[] | null> {
  const [sources, media] = await Promise.all([
    tx.courseVersionSource.findMany({ where: { versionId }, select: { path: true, content: true } }),
    tx.courseMedia.findMany({ where: { versionId }, select: { path: true, bytes: true } }),
  ]);
  if (sources.length === 0) return null;
  return [...sources, ...media.map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) }))];
}

// ---- Lessons -------------------------------------------------------------------------------

export type DraftRefusal = { status: "not-found" } | { status: "not-editable"; draftStatus: DraftStatus };

class Refused<R> extends Error {
  constructor(readonly result: R) {
    super("refused");
  }
}

/**
 * Runs a change to a draft's files in one transaction, only while the draft is a draft. The
 * status is checked by a conditional write, which on PostgreSQL also holds the draft's row
 * until the end, so a submit for review cannot slip in between. Records the contributor.
 */
async function changeDraft<R>(
  db: Database,
  draftId: string,
  actorId: string,
  work: (tx: Tx, draft: { courseSlug: string }, refuse: (result: R) => never) => Promise<R>,
): Promise<R | DraftRefusal> {
  try {
    return await db.$transaction(async (tx) => {
      const touched = await tx.courseDraft.updateMany({ where: { id: draftId, status: "DRAFT" }, data: { updatedAt: new Date() } });
      const draft = await tx.courseDraft.findUnique({ where: { id: draftId }, select: { status: true, course: { select: { slug: true } } } });
      if (!draft) return { status: "not-found" } as const;
      if (touched.count === 0) return { status: "not-editable", draftStatus: draft.status } as const;
      const result = await work(tx, { courseSlug: draft.course.slug }, (refusal) => {
        throw new Refused(refusal);
      });
      await recordContributor(tx, draftId, actorId);
      return result;
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof Refused) return error.result as R;
    throw error;
  }
}

async function lessonPaths(tx: Tx, draftId: string): Promise<string[]> {
  const rows = await tx.draftFile.findMany({ where: { draftId }, select: { path: true } });
  return rows
    .map((row) => row.path)
    .filter(isLessonPath)
    .sort();
}

/** Renames lessons in two steps, so that swapping two names never meets the unique (draft, path). */
async function renameLessons(tx: Tx, draftId: string, renames: [string, string][], actorId: string): Promise<void> {
  for (const [from] of renames) {
    await tx.draftFile.update({ where: { draftId_path: { draftId, path: from } }, data: { path: `~${from}` } });
  }
  for (const [from, to] of renames) {
    await tx.draftFile.update({
      where: { draftId_path: { draftId, path: `~${from}` } },
      data: { path: to, revision: { increment: 1 }, updatedById: actorId },
    });
  }
}

async function audit(tx: Tx, actorId: string, action: AuditAction, courseSlug: string, detail: Record<string, string | number | null>) {
  await recordAudit(tx, { actorId, action, courseSlug, detail });
}

function lessonTitleErrors(title: string): FieldErrors {
  if (title === "") return { titel: "authoring.error.lessonTitleRequired" };
  if (title.length < 3 || title.length > 120) return { titel: "authoring.error.lessonTitleLength" };
  return {};
}

export type AddLessonResult = { status: "added"; path: string } | { status: "invalid"; errors: FieldErrors } | { status: "too-many" } | DraftRefusal;

export async function addLesson(db: Database, input: { draftId: string; title: string; actorId: string }): Promise<AddLessonResult> {
  const title = input.title.trim();
  const errors = lessonTitleErrors(title);
  if (Object.keys(errors).length > 0) return { status: "invalid", errors };
  return changeDraft<AddLessonResult>(db, input.draftId, input.actorId, async (tx, draft, refuse) => {
    const paths = await lessonPaths(tx, input.draftId);
    const last = paths.at(-1);
    const position = (last ? Number(last.slice(0, 2)) : 0) + 1;
    if (position > MAX_LESSONS) refuse({ status: "too-many" });
    const path = lessonPath(position, lessonSlug(title));
    await tx.draftFile.create({ data: { draftId: input.draftId, path, content: newLessonSource(title), updatedById: input.actorId } });
    await audit(tx, input.actorId, "les.toegevoegd", draft.courseSlug, { bestand: path });
    return { status: "added", path };
  });
}

export type MoveLessonResult = { status: "moved"; path: string } | { status: "no-lesson" } | { status: "at-edge" } | DraftRefusal;

/** Moves a lesson one place up or down and numbers all lessons 01..N again. */
export async function moveLesson(
  db: Database,
  input: { draftId: string; path: string; direction: "up" | "down"; actorId: string },
): Promise<MoveLessonResult> {
  return changeDraft<MoveLessonResult>(db, input.draftId, input.actorId, async (tx, draft, refuse) => {
    const paths = await lessonPaths(tx, input.draftId);
    const index = paths.indexOf(input.path);
    if (index < 0) refuse({ status: "no-lesson" });
    const other = input.direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= paths.length) refuse({ status: "at-edge" });
    const order = [...paths];
    [order[index], order[other]] = [order[other]!, order[index]!];
    const renames = renumbering(order);
    await renameLessons(tx, input.draftId, renames, input.actorId);
    const path = renames.find(([from]) => from === input.path)?.[1] ?? input.path;
    await audit(tx, input.actorId, "les.verplaatst", draft.courseSlug, { bestand: path, van: input.path });
    return { status: "moved", path };
  });
}

export type RenameLessonResult =
  | { status: "renamed"; path: string }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "no-lesson" }
  | { status: "name-taken" }
  | DraftRefusal;

/** Gives a lesson a new title: the titel in its front matter and the name of its file. */
export async function renameLesson(db: Database, input: { draftId: string; path: string; title: string; actorId: string }): Promise<RenameLessonResult> {
  const title = input.title.trim();
  const errors = lessonTitleErrors(title);
  if (Object.keys(errors).length > 0) return { status: "invalid", errors };
  return changeDraft<RenameLessonResult>(db, input.draftId, input.actorId, async (tx, draft, refuse) => {
    const file = await tx.draftFile.findUnique({ where: { draftId_path: { draftId: input.draftId, path: input.path } }, select: { content: true } });
    if (!file || !isLessonPath(input.path)) refuse({ status: "no-lesson" });
    const path = lessonPath(Number(input.path.slice(0, 2)), lessonSlug(title));
    if (path !== input.path && (await tx.draftFile.findUnique({ where: { draftId_path: { draftId: input.draftId, path } }, select: { id: true } }))) {
      refuse({ status: "name-taken" });
    }
    await tx.draftFile.update({
      where: { draftId_path: { draftId: input.draftId, path: input.path } },
      data: { path, content: withLessonTitle(file!.content ?? "", title), revision: { increment: 1 }, updatedById: input.actorId },
    });
    await audit(tx, input.actorId, "les.hernoemd", draft.courseSlug, { bestand: path, van: input.path });
    return { status: "renamed", path };
  });
}

export type DeleteLessonResult = { status: "deleted" } | { status: "no-lesson" } | { status: "last-lesson" } | DraftRefusal;

/** Deletes a lesson (never the last one) and numbers the others 01..N again. */
export async function deleteLesson(db: Database, input: { draftId: string; path: string; actorId: string }): Promise<DeleteLessonResult> {
  return changeDraft<DeleteLessonResult>(db, input.draftId, input.actorId, async (tx, draft, refuse) => {
    const paths = await lessonPaths(tx, input.draftId);
    if (!paths.includes(input.path)) refuse({ status: "no-lesson" });
    if (paths.length === 1) refuse({ status: "last-lesson" });
    await tx.draftFile.delete({ where: { draftId_path: { draftId: input.draftId, path: input.path } } });
    await renameLessons(tx, input.draftId, renumbering(paths.filter((path) => path !== input.path)), input.actorId);
    await audit(tx, input.actorId, "les.verwijderd", draft.courseSlug, { bestand: input.path });
    return { status: "deleted" };
  });
}
