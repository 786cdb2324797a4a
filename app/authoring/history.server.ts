// A course's history for authors: every version with who published it, who wrote and who
// approved the change, and the steps on the way; and diffs of a version against the one
// before it, or of a draft against the version it started from.
import type { Database } from "~/db/create-database.server";
import type { CourseFile } from "./course-files";
import { type FileDiff, diffCourseFiles } from "./diff";
import { draftFiles, versionFiles } from "./stored-files.server";
import type { StepAction } from "./workflow.server";

export interface StepView {
  action: StepAction;
  actor: string | null;
  comment: string | null;
  at: Date;
}

export interface VersionView {
  id: string;
  number: number;
  title: string;
  /** The versienotitie of its cursus.yml. */
  note: string | null;
  publishedAt: Date;
  publishedBy: string | null;
  origin: "bestanden" | "editor" | "terugzetten";
  restoredFromNumber: number | null;
  /** Who changed the draft that became this version. */
  authors: string[];
  /** Who approved it. */
  reviewer: string | null;
  steps: StepView[];
}

export interface CourseHistory {
  slug: string;
  withdrawnAt: Date | null;
  versions: VersionView[];
}

const STEP_SELECT = { action: true, comment: true, createdAt: true, actor: { select: { name: true } } } as const;

export function stepView(step: { action: string; comment: string | null; createdAt: Date; actor: { name: string } | null }): StepView {
  return { action: step.action as StepAction, actor: step.actor?.name ?? null, comment: step.comment, at: step.createdAt };
}

function noteOf(metadata: string): string | null {
  try {
    const note = (JSON.parse(metadata) as { versienotitie?: unknown }).versienotitie;
    return typeof note === "string" ? note : null;
  } catch {
    return null;
  }
}

function originOf(origin: string): VersionView["origin"] {
  return origin === "editor" || origin === "terugzetten" ? origin : "bestanden";
}

/** Every version of a course, newest first; null for an unknown course. */
export async function courseHistory(db: Database, courseSlug: string): Promise<CourseHistory | null> {
  const course = await db.course.findUnique({
    where: { slug: courseSlug },
    select: {
      slug: true,
      withdrawnAt: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          title: true,
          metadata: true,
          publishedAt: true,
          origin: true,
          restoredFromVersionId: true,
          publishedBy: { select: { name: true } },
          draft: {
            select: {
              contributors: { select: { user: { select: { name: true } } } },
              steps: { orderBy: { createdAt: "asc" }, select: STEP_SELECT },
            },
          },
        },
      },
    },
  });
  if (!course) return null;
  const numbers = new Map(course.versions.map((version) => [version.id, version.number]));
  return {
    slug: course.slug,
    withdrawnAt: course.withdrawnAt,
    versions: course.versions.map((version) => {
      const steps = version.draft?.steps.map(stepView) ?? [];
      return {
        id: version.id,
        number: version.number,
        title: version.title,
        note: noteOf(version.metadata),
        publishedAt: version.publishedAt,
        publishedBy: version.publishedBy?.name ?? null,
        origin: originOf(version.origin),
        restoredFromNumber: version.restoredFromVersionId ? (numbers.get(version.restoredFromVersionId) ?? null) : null,
        authors: (version.draft?.contributors.map((row) => row.user.name) ?? []).sort((a, b) => a.localeCompare(b, "nl")),
        reviewer: [...steps].reverse().find((step) => step.action === "goedgekeurd")?.actor ?? null,
        steps,
      };
    }),
  };
}

export interface CourseDiff {
  /** The version compared against; null when there is none (a first version, a new course). */
  previousNumber: number | null;
  /** null when a side was published before sources were kept, so there is nothing to compare. */
  files: FileDiff[] | null;
}

async function diffAgainst(db: Database, previousVersionId: string | null, after: CourseFile[] | null): Promise<FileDiff[] | null> {
  if (!after) return null;
  const before = previousVersionId ? await versionFiles(db, previousVersionId) : [];
  return before ? diffCourseFiles(before, after) : null;
}

/** A version against the one before it; null when the course or version does not exist. */
export async function versionDiff(db: Database, courseSlug: string, number: number): Promise<CourseDiff | null> {
  const version = await db.courseVersion.findFirst({ where: { course: { slug: courseSlug }, number }, select: { id: true, courseId: true } });
  if (!version) return null;
  const previous = await db.courseVersion.findFirst({
    where: { courseId: version.courseId, number: { lt: number } },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  return { previousNumber: previous?.number ?? null, files: await diffAgainst(db, previous?.id ?? null, await versionFiles(db, version.id)) };
}

/** A draft against the version it started from (all files added for a new course). */
export async function draftDiff(db: Database, draftId: string): Promise<CourseDiff | null> {
  const draft = await db.courseDraft.findUnique({ where: { id: draftId }, select: { baseVersionId: true } });
  if (!draft) return null;
  const base = draft.baseVersionId ? await db.courseVersion.findUnique({ where: { id: draft.baseVersionId }, select: { number: true } }) : null;
  return { previousNumber: base?.number ?? null, files: await diffAgainst(db, draft.baseVersionId, await draftFiles(db, draftId)) };
}
