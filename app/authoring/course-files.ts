// A course as files, the way a content/ folder holds it: cursus.yml, NN-slug.mdx lessons and
// media/. Drafts, stored versions, zip archives and folders all convert to and from this.
export type CourseFile = { path: string; content: string } | { path: string; bytes: Uint8Array };

export function isTextFile(file: CourseFile): file is { path: string; content: string } {
  return "content" in file;
}
