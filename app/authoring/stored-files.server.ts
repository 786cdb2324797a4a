// The files of a stored version or of a draft, as a content/ folder would hold them.
import type { Database } from "~/db/create-database.server";
import type { CourseFile } from "./course-files";

function byPath(a: CourseFile, b: CourseFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The sources and media of a published version; null for a version published before
 * sources were kept (it can be published again from its folder to get them).
 */
export async function versionFiles(db: Database, versionId: string): Promise<CourseFile[] | null> {
  const [sources, media] = await Promise.all([
    db.courseVersionSource.findMany({ where: { versionId }, select: { path: true, content: true } }),
    db.courseMedia.findMany({ where: { versionId }, select: { path: true, bytes: true } }),
  ]);
  if (sources.length === 0) return null;
  return [...sources, ...media.map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) }))].sort(byPath);
}

export async function draftFiles(db: Database, draftId: string): Promise<CourseFile[]> {
  const rows = await db.draftFile.findMany({ where: { draftId }, select: { path: true, content: true, bytes: true } });
  return rows
    .map((row): CourseFile => (row.bytes ? { path: row.path, bytes: new Uint8Array(row.bytes) } : { path: row.path, content: row.content ?? "" }))
    .sort(byPath);
}
