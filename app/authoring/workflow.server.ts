// A draft's way to a published version: draft → in review → approved → published, with the
// steps back (withdraw, changes requested) and aside (discard). Someone who did not write the
// change approves it; each step records who, when and an optional comment, and is written
// with its audit entry in one transaction. Also: withdrawing a course from new enrolments,
// and republishing an earlier version (rollback) as a new one.
import type { DraftStatus } from ".prisma/signaal-sqlite";
import { checkCourse } from "~/content/check-course.server";
import { courseContentHash } from "~/content/content-hash.server";
import type { Fault } from "~/content/faults";
import { publishCourse } from "~/content/publish.server";
import type { Database, Prisma } from "~/db/create-database.server";
import { type AuditAction, recordAudit } from "./audit.server";
import { withCourseFolder } from "./course-folder.server";
import { OPEN_DRAFT_STATUSES } from "./drafts.server";
import { draftFiles, versionFiles } from "./stored-files.server";

type Tx = Prisma.TransactionClient;

export const MAX_COMMENT_LENGTH = 2000;
const TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;

/** The DraftStep actions, as the schema names them. */
export type StepAction = "ingediend" | "goedgekeurd" | "wijzigingen-gevraagd" | "gepubliceerd" | "teruggetrokken-uit-review" | "verworpen";

export type StepRefusal = { status: "not-found" } | { status: "wrong-status"; draftStatus: DraftStatus } | { status: "comment-too-long" };

function cleanComment(comment: string | null | undefined): string | null {
  const text = comment?.trim() ?? "";
  return text === "" ? null : text;
}

interface Transition {
  draftId: string;
  actorId: string;
  from: readonly DraftStatus[];
  to: DraftStatus;
  step: StepAction;
  audit: AuditAction;
  comment?: string | null;
  /** Runs in the transaction before the status changes; a result refuses the step. */
  guard?: (tx: Tx, draft: { id: string; courseSlug: string }) => Promise<{ status: string } | null>;
}

/**
 * Moves a draft from one of `from` to `to` with a conditional write: two steps at once cannot
 * both pass, and a draft that moved on meanwhile answers with its status.
 */
async function transition<Extra extends { status: string } = never>(
  db: Database,
  { draftId, actorId, from, to, step, audit, comment, guard }: Transition,
): Promise<{ status: "done" } | StepRefusal | Extra> {
  const text = cleanComment(comment);
  if (text && text.length > MAX_COMMENT_LENGTH) return { status: "comment-too-long" };
  return db.$transaction(async (tx) => {
    const draft = await tx.courseDraft.findUnique({ where: { id: draftId }, select: { id: true, status: true, course: { select: { slug: true } } } });
    if (!draft) return { status: "not-found" } as const;
    if (!from.includes(draft.status)) return { status: "wrong-status", draftStatus: draft.status } as const;
    const refused = guard ? await guard(tx, { id: draft.id, courseSlug: draft.course.slug }) : null;
    if (refused) return refused as Extra;
    const moved = await tx.courseDraft.updateMany({ where: { id: draftId, status: { in: [...from] } }, data: { status: to } });
    if (moved.count === 0) {
      const now = await tx.courseDraft.findUniqueOrThrow({ where: { id: draftId }, select: { status: true } });
      return { status: "wrong-status", draftStatus: now.status } as const;
    }
    await tx.draftStep.create({ data: { draftId, action: step, actorId, comment: text } });
    await recordAudit(tx, { actorId, action: audit, courseSlug: draft.course.slug });
    return { status: "done" } as const;
  }, TRANSACTION);
}

// ---- Review --------------------------------------------------------------------------------

export type SubmitResult = { status: "submitted" } | { status: "faults"; faults: Fault[] } | { status: "unchanged" } | StepRefusal;

/** Sends a draft for review: only a draft without faults that differs from the version it started from. */
export async function submitForReview(db: Database, input: { draftId: string; actorId: string; comment?: string | null }): Promise<SubmitResult> {
  const draft = await db.courseDraft.findUnique({
    where: { id: input.draftId },
    select: { status: true, course: { select: { slug: true } }, baseVersionId: true },
  });
  if (!draft) return { status: "not-found" };
  if (draft.status !== "DRAFT") return { status: "wrong-status", draftStatus: draft.status };
  const files = await draftFiles(db, input.draftId);
  const checked = await withCourseFolder(draft.course.slug, files, async (folder) => {
    const course = checkCourse(folder);
    if (course.faults.length > 0) return { faults: course.faults, hash: null };
    return { faults: [], hash: courseContentHash(course.folder, course.lessons.map((lesson) => lesson.file)) };
  });
  if (checked.faults.length > 0) return { status: "faults", faults: checked.faults };
  if (draft.baseVersionId) {
    const base = await db.courseVersion.findUnique({ where: { id: draft.baseVersionId }, select: { contentHash: true } });
    if (base?.contentHash === checked.hash) return { status: "unchanged" };
  }
  const result = await transition(db, { ...input, from: ["DRAFT"], to: "IN_REVIEW", step: "ingediend", audit: "concept.ingediend" });
  return result.status === "done" ? { status: "submitted" } : result;
}

/** Takes a draft back from review to change it further (any author may). */
export async function withdrawFromReview(
  db: Database,
  input: { draftId: string; actorId: string; comment?: string | null },
): Promise<{ status: "withdrawn" } | StepRefusal> {
  const result = await transition(db, {
    ...input,
    from: ["IN_REVIEW"],
    to: "DRAFT",
    step: "teruggetrokken-uit-review",
    audit: "concept.teruggetrokken",
  });
  return result.status === "done" ? { status: "withdrawn" } : result;
}

/** Sends a draft back to its authors; the comment says what to change. */
export async function requestChanges(
  db: Database,
  input: { draftId: string; actorId: string; comment: string },
): Promise<{ status: "changes-requested" } | { status: "comment-required" } | StepRefusal> {
  if (!cleanComment(input.comment)) return { status: "comment-required" };
  const result = await transition(db, {
    ...input,
    from: ["IN_REVIEW"],
    to: "DRAFT",
    step: "wijzigingen-gevraagd",
    audit: "concept.wijzigingen-gevraagd",
  });
  return result.status === "done" ? { status: "changes-requested" } : result;
}

/** Who may not approve a draft: everyone who changed it, and whoever sent it for review last. */
export async function draftAuthorIds(db: Database | Tx, draftId: string): Promise<Set<string>> {
  const [contributors, submitted] = await Promise.all([
    db.draftContributor.findMany({ where: { draftId }, select: { userId: true } }),
    db.draftStep.findFirst({ where: { draftId, action: "ingediend" }, orderBy: { createdAt: "desc" }, select: { actorId: true } }),
  ]);
  const ids = new Set(contributors.map((row) => row.userId));
  if (submitted?.actorId) ids.add(submitted.actorId);
  return ids;
}

export async function approve(
  db: Database,
  input: { draftId: string; actorId: string; comment?: string | null },
): Promise<{ status: "approved" } | { status: "own-work" } | StepRefusal> {
  const result = await transition<{ status: "own-work" }>(db, {
    ...input,
    from: ["IN_REVIEW"],
    to: "APPROVED",
    step: "goedgekeurd",
    audit: "concept.goedgekeurd",
    guard: async (tx, draft) => ((await draftAuthorIds(tx, draft.id)).has(input.actorId) ? { status: "own-work" } : null),
  });
  return result.status === "done" ? { status: "approved" } : result;
}

/** Discards a draft that is not published: its files stay in the database, out of the way. */
export async function discardDraft(
  db: Database,
  input: { draftId: string; actorId: string; comment?: string | null },
): Promise<{ status: "discarded" } | StepRefusal> {
  const result = await transition(db, { ...input, from: OPEN_DRAFT_STATUSES, to: "DISCARDED", step: "verworpen", audit: "concept.verworpen" });
  return result.status === "done" ? { status: "discarded" } : result;
}

// ---- Publishing ----------------------------------------------------------------------------

export type PublishDraftResult =
  | { status: "published"; number: number; versionId: string }
  | { status: "newer-version"; number: number }
  | { status: "unchanged"; number: number }
  | { status: "faults"; faults: Fault[] }
  | { status: "not-found" }
  | { status: "wrong-status"; draftStatus: DraftStatus };

class DraftMoved extends Error {}

/**
 * Publishes an approved draft through the same pipeline as content:publish. When a version
 * was published after the draft started (a rollback, say), publishing would replace it:
 * that needs `replaceNewer`, so no one's published work is overwritten unseen.
 */
export async function publishDraft(
  db: Database,
  input: { draftId: string; actorId: string; replaceNewer?: boolean },
): Promise<PublishDraftResult> {
  const draft = await db.courseDraft.findUnique({
    where: { id: input.draftId },
    select: { status: true, baseVersionId: true, courseId: true, course: { select: { slug: true } } },
  });
  if (!draft) return { status: "not-found" };
  if (draft.status !== "APPROVED") return { status: "wrong-status", draftStatus: draft.status };
  const latest = await db.courseVersion.findFirst({ where: { courseId: draft.courseId }, orderBy: { number: "desc" }, select: { id: true, number: true } });
  if (latest && latest.id !== draft.baseVersionId && !input.replaceNewer) return { status: "newer-version", number: latest.number };

  const slug = draft.course.slug;
  const files = await draftFiles(db, input.draftId);
  try {
    const result = await withCourseFolder(slug, files, (folder) =>
      publishCourse(db, folder, {
        origin: "editor",
        publishedById: input.actorId,
        within: async (tx, version) => {
          const marked = await tx.courseDraft.updateMany({
            where: { id: input.draftId, status: "APPROVED" },
            data: { status: "PUBLISHED", publishedVersionId: version.id },
          });
          if (marked.count === 0) throw new DraftMoved();
          await tx.draftStep.create({ data: { draftId: input.draftId, action: "gepubliceerd", actorId: input.actorId } });
          await recordAudit(tx, { actorId: input.actorId, action: "versie.gepubliceerd", courseSlug: slug, detail: { versie: version.number } });
        },
      }),
    );
    if (result.status === "invalid") return { status: "faults", faults: result.faults };
    if (result.status === "unchanged") return { status: "unchanged", number: result.number };
    return { status: "published", number: result.number, versionId: result.versionId };
  } catch (error) {
    if (!(error instanceof DraftMoved)) throw error;
    const now = await db.courseDraft.findUniqueOrThrow({ where: { id: input.draftId }, select: { status: true } });
    return { status: "wrong-status", draftStatus: now.status };
  }
}

// ---- The course as a whole -----------------------------------------------------------------

export type CourseAvailabilityResult = { status: "done" } | { status: "already" } | { status: "unknown-course" };

/** Takes a course out of the catalogue for new teachers; those who started go on. */
export async function withdrawCourse(db: Database, input: { courseSlug: string; actorId: string }): Promise<CourseAvailabilityResult> {
  return setAvailability(db, input, true);
}

export async function reinstateCourse(db: Database, input: { courseSlug: string; actorId: string }): Promise<CourseAvailabilityResult> {
  return setAvailability(db, input, false);
}

async function setAvailability(db: Database, input: { courseSlug: string; actorId: string }, withdraw: boolean): Promise<CourseAvailabilityResult> {
  return db.$transaction(async (tx) => {
    const changed = await tx.course.updateMany({
      where: { slug: input.courseSlug, withdrawnAt: withdraw ? null : { not: null } },
      data: withdraw ? { withdrawnAt: new Date(), withdrawnById: input.actorId } : { withdrawnAt: null, withdrawnById: null },
    });
    if (changed.count === 0) {
      const exists = await tx.course.findUnique({ where: { slug: input.courseSlug }, select: { id: true } });
      return { status: exists ? "already" : "unknown-course" } as const;
    }
    await recordAudit(tx, { actorId: input.actorId, action: withdraw ? "cursus.teruggetrokken" : "cursus.weer-beschikbaar", courseSlug: input.courseSlug });
    return { status: "done" } as const;
  }, TRANSACTION);
}

export type RollbackResult =
  | { status: "rolled-back"; number: number; versionId: string }
  | { status: "unchanged"; number: number }
  | { status: "review-open"; draftStatus: DraftStatus }
  | { status: "faults"; faults: Fault[] }
  | { status: "no-sources" }
  | { status: "unknown-version" };

class ReviewOpen extends Error {
  constructor(readonly draftStatus: DraftStatus) {
    super("review open");
  }
}

/**
 * Publishes an earlier version's files again as the newest version. Refused while a draft
 * is in review or approved: its reviewer judged it against the current version. A draft
 * still being written may stay; publishing it later asks to replace the newer version.
 */
export async function rollbackToVersion(
  db: Database,
  input: { courseSlug: string; versionNumber: number; actorId: string },
): Promise<RollbackResult> {
  const version = await db.courseVersion.findFirst({
    where: { course: { slug: input.courseSlug }, number: input.versionNumber },
    select: { id: true, number: true, courseId: true },
  });
  if (!version) return { status: "unknown-version" };
  const reviewing = (tx: Database | Tx) =>
    tx.courseDraft.findFirst({ where: { courseId: version.courseId, status: { in: ["IN_REVIEW", "APPROVED"] } }, select: { status: true } });
  const open = await reviewing(db);
  if (open) return { status: "review-open", draftStatus: open.status };
  const files = await versionFiles(db, version.id);
  if (!files) return { status: "no-sources" };
  try {
    const result = await withCourseFolder(input.courseSlug, files, (folder) =>
      publishCourse(db, folder, {
        origin: "terugzetten",
        publishedById: input.actorId,
        restoredFromVersionId: version.id,
        within: async (tx, created) => {
          const review = await reviewing(tx);
          if (review) throw new ReviewOpen(review.status);
          await recordAudit(tx, {
            actorId: input.actorId,
            action: "versie.teruggezet",
            courseSlug: input.courseSlug,
            detail: { versie: created.number, van: version.number },
          });
        },
      }),
    );
    if (result.status === "invalid") return { status: "faults", faults: result.faults };
    if (result.status === "unchanged") return { status: "unchanged", number: result.number };
    return { status: "rolled-back", number: result.number, versionId: result.versionId };
  } catch (error) {
    if (error instanceof ReviewOpen) return { status: "review-open", draftStatus: error.draftStatus };
    throw error;
  }
}
