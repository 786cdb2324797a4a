// What the authors' pages show: every course with its latest version and open draft, one
// course's workspace (its draft, lessons and versions), and the drafts waiting for review.
import type { DraftStatus } from ".prisma/signaal-sqlite";
import { COURSE_FILE } from "~/content/course-metadata";
import type { Database } from "~/db/create-database.server";
import { OPEN_DRAFT_STATUSES } from "./drafts.server";
import { type CourseDiff, type CourseHistory, type StepView, courseHistory, draftDiff, stepView } from "./history.server";
import { isLessonPath, lessonTitle, metadataTitle } from "./lesson-files";
import { draftAuthorIds } from "./workflow.server";

export interface AuthorCourse {
  slug: string;
  title: string;
  latest: { number: number; publishedAt: Date } | null;
  draftStatus: DraftStatus | null;
  withdrawn: boolean;
}

const OPEN = { status: { in: [...OPEN_DRAFT_STATUSES] } };

async function draftTitle(db: Database, draftId: string): Promise<string | null> {
  const file = await db.draftFile.findUnique({ where: { draftId_path: { draftId, path: COURSE_FILE } }, select: { content: true } });
  return metadataTitle(file?.content ?? null);
}

export async function authorCourses(db: Database): Promise<AuthorCourse[]> {
  const courses = await db.course.findMany({
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      withdrawnAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, title: true, publishedAt: true } },
      drafts: { where: OPEN, orderBy: { createdAt: "desc" }, take: 1, select: { id: true, status: true } },
    },
  });
  return Promise.all(
    courses.map(async (course) => {
      const latest = course.versions[0] ?? null;
      const draft = course.drafts[0] ?? null;
      const title = latest?.title ?? (draft ? await draftTitle(db, draft.id) : null) ?? course.slug;
      return {
        slug: course.slug,
        title,
        latest: latest ? { number: latest.number, publishedAt: latest.publishedAt } : null,
        draftStatus: draft?.status ?? null,
        withdrawn: course.withdrawnAt !== null,
      };
    }),
  );
}

export interface DraftView {
  id: string;
  status: DraftStatus;
  baseNumber: number | null;
  /** A version published after the draft started; publishing the draft replaces it. */
  newerNumber: number | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  contributors: string[];
  /** The people who may not approve: contributors and the last submitter. */
  authorIds: string[];
  lessons: { path: string; title: string }[];
  otherFiles: string[];
  steps: StepView[];
}

async function draftView(db: Database, draftId: string, latest: { id: string; number: number } | null): Promise<DraftView | null> {
  const draft = await db.courseDraft.findUnique({
    where: { id: draftId },
    select: {
      id: true,
      status: true,
      baseVersionId: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      contributors: { select: { user: { select: { name: true } } } },
      files: { select: { path: true, content: true } },
      steps: { orderBy: { createdAt: "asc" }, select: { action: true, comment: true, createdAt: true, actor: { select: { name: true } } } },
    },
  });
  if (!draft) return null;
  const base = draft.baseVersionId ? await db.courseVersion.findUnique({ where: { id: draft.baseVersionId }, select: { number: true } }) : null;
  const paths = draft.files.map((file) => file.path).sort();
  return {
    id: draft.id,
    status: draft.status,
    baseNumber: base?.number ?? null,
    newerNumber: latest && latest.id !== draft.baseVersionId ? latest.number : null,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    createdBy: draft.createdBy?.name ?? null,
    contributors: draft.contributors.map((row) => row.user.name).sort((a, b) => a.localeCompare(b, "nl")),
    authorIds: [...(await draftAuthorIds(db, draft.id))],
    lessons: draft.files
      .filter((file) => isLessonPath(file.path))
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((file) => ({ path: file.path, title: lessonTitle(file.content, file.path) })),
    otherFiles: paths.filter((path) => !isLessonPath(path)),
    steps: draft.steps.map(stepView),
  };
}

export interface CourseWorkspace {
  slug: string;
  title: string;
  withdrawnAt: Date | null;
  draft: DraftView | null;
  history: CourseHistory;
}

/** One course as its authors work on it; null for an unknown course. */
export async function courseWorkspace(db: Database, courseSlug: string): Promise<CourseWorkspace | null> {
  const history = await courseHistory(db, courseSlug);
  if (!history) return null;
  const open = await db.courseDraft.findFirst({ where: { course: { slug: courseSlug }, ...OPEN }, orderBy: { createdAt: "desc" }, select: { id: true } });
  const latest = history.versions[0] ?? null;
  const draft = open ? await draftView(db, open.id, latest) : null;
  const title = latest?.title ?? (open ? await draftTitle(db, open.id) : null) ?? courseSlug;
  return { slug: courseSlug, title, withdrawnAt: history.withdrawnAt, draft, history };
}

export interface ReviewItem {
  courseSlug: string;
  title: string;
  draft: DraftView;
  diff: CourseDiff;
  /** The reader wrote or submitted this change, so someone else approves it. */
  ownWork: boolean;
}

/** Drafts in review, oldest submission first, as the reader sees them. */
export async function draftsInReview(db: Database, readerId: string): Promise<ReviewItem[]> {
  const drafts = await db.courseDraft.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: { updatedAt: "asc" },
    select: { id: true, course: { select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, title: true } } } } },
  });
  const items: ReviewItem[] = [];
  for (const row of drafts) {
    const latest = row.course.versions[0] ?? null;
    const [draft, diff, title] = await Promise.all([draftView(db, row.id, latest), draftDiff(db, row.id), draftTitle(db, row.id)]);
    if (!draft || !diff) continue;
    items.push({ courseSlug: row.course.slug, title: title ?? latest?.title ?? row.course.slug, draft, diff, ownWork: draft.authorIds.includes(readerId) });
  }
  return items;
}
