// Authoring test data: authors, a published course with its sources, a draft started from
// it, and a change to a draft file the way the editor saves one.
import { recordContributor, startDraft } from "../../app/authoring/drafts.server";
import type { Database } from "../../app/db/create-database.server";
import { type UserOverrides, createUserWithRole } from "./index";
import { publishTestCourse } from "./completion";

export function createAuthor(db: Database, overrides: UserOverrides = {}) {
  return createUserWithRole(db, "author", overrides);
}

/** The standard test course published as version 1 (with its sources), and a draft of it. */
export async function createDraft(db: Database, actorId: string, slug = "test-cursus") {
  await publishTestCourse(db, slug);
  const started = await startDraft(db, { courseSlug: slug, actorId });
  if (started.status !== "started") throw new Error(`could not start a draft: ${started.status}`);
  return started.draftId;
}

/** Changes one text file of a draft as the editor would: a new revision, and the writer recorded. */
export async function writeDraftFile(db: Database, draftId: string, path: string, content: string, actorId: string) {
  await db.$transaction(async (tx) => {
    await tx.draftFile.upsert({
      where: { draftId_path: { draftId, path } },
      create: { draftId, path, content, updatedById: actorId },
      update: { content, revision: { increment: 1 }, updatedById: actorId },
    });
    await recordContributor(tx, draftId, actorId);
  });
}

/** A draft file's text. */
export async function draftText(db: Database, draftId: string, path: string): Promise<string | null> {
  const file = await db.draftFile.findUnique({ where: { draftId_path: { draftId, path } }, select: { content: true } });
  return file?.content ?? null;
}
