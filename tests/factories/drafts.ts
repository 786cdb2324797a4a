// Drafts for tests: a course with an open draft holding the files a content/ folder would,
// a valid small course unless the test says otherwise.
import type { DraftStatus } from ".prisma/signaal-sqlite";
import type { Database } from "../../app/db/create-database.server";
import { VALID_METADATA, VALID_QUIZ, lesson } from "./course";

export const DRAFT_LESSON = lesson("## Inleiding\n\nEen eerste les.\n", "Inleiding");

export interface DraftOverrides {
  courseSlug?: string;
  /** Text files as strings, media as bytes; null leaves a default file out. */
  files?: Record<string, string | Uint8Array | null>;
  status?: DraftStatus;
  createdById?: string | null;
}

export async function createDraft(db: Database, overrides: DraftOverrides = {}) {
  const slug = overrides.courseSlug ?? "concept-cursus";
  const files: Record<string, string | Uint8Array | null> = {
    "cursus.yml": VALID_METADATA,
    "01-inleiding.mdx": DRAFT_LESSON,
    "02-toets.mdx": lesson(VALID_QUIZ, "Toets"),
    ...overrides.files,
  };
  const course = await db.course.upsert({ where: { slug }, create: { slug }, update: {} });
  return db.courseDraft.create({
    data: {
      courseId: course.id,
      status: overrides.status ?? "DRAFT",
      createdById: overrides.createdById ?? null,
      files: {
        create: Object.entries(files)
          .filter((entry): entry is [string, string | Uint8Array] => entry[1] !== null)
          .map(([path, content]) =>
            typeof content === "string" ? { path, content, updatedById: overrides.createdById ?? null } : { path, bytes: Buffer.from(content) },
          ),
      },
    },
    include: { course: true },
  });
}
