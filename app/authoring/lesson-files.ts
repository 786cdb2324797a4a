// Lesson files in a course folder are named NN-slug.mdx and read in that order. These pure
// helpers name a new lesson, and say which files to rename so the order reads 01..N again.
import { parse, stringify } from "yaml";
import { COURSE_FILE, LESSON_FILE_PATTERN } from "~/content/course-metadata";

export const MAX_LESSONS = 99;
const MAX_SLUG_LENGTH = 50;

export function isLessonPath(path: string): boolean {
  return LESSON_FILE_PATTERN.test(path);
}

/** "Het gesprek: één stap verder" → "het-gesprek-een-stap-verder". */
export function lessonSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  return slug || "les";
}

export function lessonPath(position: number, slug: string): string {
  return `${String(position).padStart(2, "0")}-${slug}.mdx`;
}

/** The part after the number: "02-het-gesprek.mdx" → "het-gesprek". */
export function slugOfLessonPath(path: string): string {
  return path.replace(/^\d{2}-/, "").replace(/\.mdx$/, "");
}

/** A YAML value on one line, quoted only where YAML needs it. */
export function yamlValue(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export function newLessonSource(title: string): string {
  return `---\ntitel: ${yamlValue(title)}\n---\n\n## Waar gaat deze les over?\n\nSchrijf hier de tekst van deze les.\n`;
}

export function newCourseMetadata(title: string): string {
  return [
    `titel: ${yamlValue(title)}`,
    "samenvatting: Schrijf hier in twee of drie zinnen voor wie de cursus is en wat je leert.",
    "doelgroep: [PO, VO, MBO]",
    "minuten: 20",
    "voldoende: 70",
    "pogingen: 3",
    "volgorde: vast",
    "versienotitie: Eerste versie.",
    "",
  ].join("\n");
}

/** Sets the titel in a lesson's front matter, when it has one on a line of its own. */
export function withLessonTitle(source: string, title: string): string {
  const lines = source.split("\n");
  if (lines[0]?.trim() !== "---") return source;
  for (let index = 1; index < lines.length && lines[index]!.trim() !== "---"; index += 1) {
    if (/^titel\s*:/.test(lines[index]!)) {
      lines[index] = `titel: ${yamlValue(title)}`;
      return lines.join("\n");
    }
  }
  return source;
}

/**
 * The renames that number the lessons 01..N in the given order: [from, to] for every lesson
 * whose name changes.
 */
export function renumbering(orderedPaths: readonly string[]): [string, string][] {
  return orderedPaths
    .map((path, index): [string, string] => [path, lessonPath(index + 1, slugOfLessonPath(path))])
    .filter(([from, to]) => from !== to);
}

/** Course files in reading order: cursus.yml, the lessons, then media. */
export function compareCoursePaths(a: string, b: string): number {
  const rank = (path: string) => (path === COURSE_FILE ? 0 : isLessonPath(path) ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A lesson's titel from its front matter; the name of its file when there is none to read. */
export function lessonTitle(source: string | null, path: string): string {
  const lines = (source ?? "").replace(/\r\n?/g, "\n").split("\n");
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (lines[0]?.trim() === "---" && end > 0) {
    try {
      const frontMatter = parse(lines.slice(1, end).join("\n")) as { titel?: unknown } | null;
      if (typeof frontMatter?.titel === "string" && frontMatter.titel.trim() !== "") return frontMatter.titel.trim();
    } catch {
      // A broken front matter is the checker's to report; the list shows the file name.
    }
  }
  return slugOfLessonPath(path);
}

/** The titel in a cursus.yml, or null when it cannot be read. */
export function metadataTitle(source: string | null): string | null {
  try {
    const metadata = parse(source ?? "") as { titel?: unknown } | null;
    return typeof metadata?.titel === "string" && metadata.titel.trim() !== "" ? metadata.titel.trim() : null;
  } catch {
    return null;
  }
}
