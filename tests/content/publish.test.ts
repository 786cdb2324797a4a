import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { compileLesson } from "../../app/content/compile-lesson.server";
import type { CourseManifest } from "../../app/content/manifest";
import { publishCourse } from "../../app/content/publish.server";
import { VALID_QUIZ, lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

async function published(folder: string) {
  const result = await publishCourse(db, folder);
  if (result.status === "invalid") throw new Error(`unexpected faults: ${JSON.stringify(result.faults)}`);
  return result;
}

describe("publishing a course", () => {
  it("stores version 1 with metadata, manifest, compiled lessons and media", async () => {
    const folder = writeCourse({ "media/klas.png": Buffer.from("89504e470d0a1a0a", "hex") });
    fs.appendFileSync(path.join(folder, "02-quiz.mdx"), '\n<Afbeelding src="media/klas.png" alt="Een klaslokaal" />\n');
    const result = await published(folder);
    expect(result).toMatchObject({ status: "published", slug: "test-cursus", number: 1 });

    const version = await db.courseVersion.findUniqueOrThrow({ where: { id: result.versionId }, include: { lessons: true, media: true } });
    expect(version.title).toBe("Signalen in de klas");
    expect(version.lessons.map((item) => [item.position, item.slug, item.title])).toEqual([
      [1, "01-scenario", "Een les"],
      [2, "02-quiz", "Toets"],
    ]);
    expect(version.media).toHaveLength(1);
    expect(version.media[0]).toMatchObject({ path: "media/klas.png", contentType: "image/png" });

    const manifest = JSON.parse(version.manifest) as CourseManifest;
    expect(manifest.scenarios["verhitte-les"]?.start).toBe("begin");
    expect(manifest.scenarios["verhitte-les"]?.maxScores).toEqual({ signaleren: 4, duiden: 4, handelen: 4 });
    expect(manifest.quizzes.toets?.questions[0]?.options.map((option) => option.correct)).toEqual([false, true]);
    const quizLesson = version.lessons.find((item) => item.slug === "02-quiz")!;
    expect(quizLesson.segments).toContain(`/media/${version.id}/klas.png`);
  });

  it("keeps feedback, scores and answer keys out of the lesson pages", async () => {
    const result = await published(writeCourse());
    const lessons = await db.courseLesson.findMany({ where: { versionId: result.versionId } });
    const pages = lessons.map((item) => item.segments).join("\n");
    expect(pages).not.toContain("Eén uitspraak is geen reden voor een melding");
    expect(pages).not.toContain("Nee: één signaal is niet alarmerend");
    expect(pages).not.toMatch(/signaleren|juist|correct/);
    expect(JSON.parse(lessons[0]!.segments)).toContainEqual({ kind: "scenario", id: "verhitte-les" });
  });

  it("creates no new version for the same content, nor for changes in whitespace only", async () => {
    const folder = writeCourse();
    const first = await published(folder);
    expect(await published(folder)).toEqual({ ...first, status: "unchanged" });
    const file = path.join(folder, "01-scenario.mdx");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "   \r\n") + "\n\n");
    expect(await published(folder)).toEqual({ ...first, status: "unchanged" });
    expect(await db.courseVersion.count()).toBe(1);
  });

  it("publishes changed content as the next version and leaves the earlier one intact", async () => {
    const folder = writeCourse();
    const first = await published(folder);
    const before = await db.courseVersion.findUniqueOrThrow({ where: { id: first.versionId }, include: { lessons: true } });
    fs.writeFileSync(path.join(folder, "03-extra.mdx"), lesson("Een extra les.", "Extra"));
    const second = await published(folder);
    expect(second).toMatchObject({ status: "published", number: 2 });
    const after = await db.courseVersion.findUniqueOrThrow({ where: { id: first.versionId }, include: { lessons: true } });
    expect(after).toEqual(before);
  });

  it("never publishes a course with faults, and keeps what was published", async () => {
    const folder = writeCourse();
    const first = await published(folder);
    fs.writeFileSync(path.join(folder, "02-quiz.mdx"), lesson(VALID_QUIZ.replace("<Optie juist>", "<Optie>")));
    const result = await publishCourse(db, folder);
    expect(result.status).toBe("invalid");
    expect(await db.courseVersion.findMany({ select: { id: true } })).toEqual([{ id: first.versionId }]);
  });
});

describe("the compile sandbox", () => {
  it("refuses imports even when the checker is bypassed, and reads no file", async () => {
    await expect(compileLesson('import pkg from "../../package.json"\n\n# {pkg.name}')).rejects.toThrow(/may not import anything/);
    await expect(compileLesson('import fs from "node:fs"\n\n# x')).rejects.toThrow(/may not import anything/);
  });
});
