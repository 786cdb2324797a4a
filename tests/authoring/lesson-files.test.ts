import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CourseMetadataSchema } from "../../app/content/course-metadata";
import {
  compareCoursePaths,
  lessonSlug,
  lessonTitle,
  metadataTitle,
  newCourseMetadata,
  newLessonSource,
  renumbering,
  withLessonTitle,
} from "../../app/authoring/lesson-files";

describe("naming lessons", () => {
  it("makes a file name from a Dutch title: lower case, ascii, dashes", () => {
    expect(lessonSlug("Het gesprek: één stap verder!")).toBe("het-gesprek-een-stap-verder");
    expect(lessonSlug("  Ça va? Ölçü & co  ")).toBe("ca-va-olcu-co");
    expect(lessonSlug("???")).toBe("les");
    expect(lessonSlug("a".repeat(80)).length).toBeLessThanOrEqual(50);
  });

  it("renumbers lessons 01..N in the given order, naming only the files that change", () => {
    expect(renumbering(["02-b.mdx", "01-a.mdx", "03-c.mdx"])).toEqual([
      ["02-b.mdx", "01-b.mdx"],
      ["01-a.mdx", "02-a.mdx"],
    ]);
    expect(renumbering(["01-a.mdx", "03-c.mdx"])).toEqual([["03-c.mdx", "02-c.mdx"]]);
  });

  it("orders course files as a reader meets them", () => {
    expect(["media/a.png", "02-b.mdx", "cursus.yml", "01-a.mdx"].sort(compareCoursePaths)).toEqual(["cursus.yml", "01-a.mdx", "02-b.mdx", "media/a.png"]);
  });
});

describe("titles in front matter and cursus.yml", () => {
  it("writes titles YAML can read back, whatever they contain", () => {
    for (const title of ["Wij: en zij", "'Quotes' en \"meer\"", "# geen commentaar", "Ja"]) {
      const source = newLessonSource(title);
      expect(lessonTitle(source, "01-x.mdx")).toBe(title);
      expect(metadataTitle(newCourseMetadata(title))).toBe(title);
    }
  });

  it("gives a new course a cursus.yml that passes the metadata rules", () => {
    expect(CourseMetadataSchema.safeParse(parse(newCourseMetadata("Signalen in het mbo"))).success).toBe(true);
  });

  it("changes the titel line of a lesson and nothing else", () => {
    const source = "---\ntitel: Oud\nminuten: 5\n---\n\ntitel: dit is tekst\n";
    expect(withLessonTitle(source, "Nieuw: beter")).toBe("---\ntitel: \"Nieuw: beter\"\nminuten: 5\n---\n\ntitel: dit is tekst\n");
  });

  it("falls back to the file name when the front matter cannot be read", () => {
    expect(lessonTitle("---\ntitel: [kapot\n---\n", "03-het-gesprek.mdx")).toBe("het-gesprek");
    expect(lessonTitle("geen kop", "03-het-gesprek.mdx")).toBe("het-gesprek");
  });
});
