// Publishing as authoring needs it: the sources kept with each version, "unchanged" meaning
// the same as the latest version (or any version, for startup), rollbacks as new versions,
// work done inside the publish transaction, and two publishes at once.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { type PublishOptions, publishCourse } from "../../app/content/publish.server";
import { createAuthor } from "../factories/authoring";
import { lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

async function published(folder: string, options?: PublishOptions) {
  const result = await publishCourse(db, folder, options);
  if (result.status === "invalid") throw new Error(`unexpected faults: ${JSON.stringify(result.faults)}`);
  return result;
}

/** The standard course, and the same course with a third lesson. */
function twoContents() {
  const first = writeCourse();
  const second = writeCourse({ "03-extra.mdx": lesson("Een extra les.", "Extra") });
  return { first, second };
}

describe("the sources of a version", () => {
  it("keeps cursus.yml and every lesson exactly as written, with who published it and how", async () => {
    const folder = writeCourse({ "02-quiz.mdx": lesson("Tekst met spaties aan het eind.   \r\nEn een tweede regel.\r\n", "Toets") });
    const author = await createAuthor(db);
    const result = await published(folder, { origin: "editor", publishedById: author.id });
    const version = await db.courseVersion.findUniqueOrThrow({ where: { id: result.versionId }, include: { sources: { orderBy: { path: "asc" } } } });
    expect(version.sources.map((source) => source.path)).toEqual(["01-scenario.mdx", "02-quiz.mdx", "cursus.yml"]);
    for (const source of version.sources) expect(source.content).toBe(fs.readFileSync(path.join(folder, source.path), "utf8"));
    expect(version).toMatchObject({ origin: "editor", publishedById: author.id, restoredFromVersionId: null });
  });

  it("records a command-line publish as from files, by no one", async () => {
    const result = await published(writeCourse());
    expect(await db.courseVersion.findUniqueOrThrow({ where: { id: result.versionId } })).toMatchObject({ origin: "bestanden", publishedById: null });
  });

  it("gives a version published before sources were kept its sources when the same content comes again", async () => {
    const folder = writeCourse();
    const first = await published(folder);
    await db.courseVersionSource.deleteMany({});
    expect(await published(folder)).toMatchObject({ status: "unchanged", number: 1 });
    expect(await db.courseVersionSource.count({ where: { versionId: first.versionId } })).toBe(3);
  });
});

describe("what counts as unchanged", () => {
  it("compares with the latest version by default: earlier content comes back as a new version", async () => {
    const { first, second } = twoContents();
    expect(await published(first)).toMatchObject({ status: "published", number: 1 });
    expect(await published(second)).toMatchObject({ status: "published", number: 2 });
    expect(await published(first)).toMatchObject({ status: "published", number: 3 });
    expect(await published(first)).toMatchObject({ status: "unchanged", number: 3 });
    expect(await db.courseVersion.count()).toBe(3);
  });

  it("with unchangedWhen any, finds any earlier version, so a start never reverts newer work", async () => {
    const { first, second } = twoContents();
    const v1 = await published(first);
    await published(second);
    expect(await published(first, { unchangedWhen: "any" })).toEqual({ ...v1, status: "unchanged" });
    expect(await db.courseVersion.count()).toBe(2);
  });

  it("publishes a rollback as a new version that names the version it repeats", async () => {
    const { first, second } = twoContents();
    const v1 = await published(first);
    await published(second);
    const author = await createAuthor(db);
    const v3 = await published(first, { origin: "terugzetten", restoredFromVersionId: v1.versionId, publishedById: author.id });
    expect(v3).toMatchObject({ status: "published", number: 3 });
    const stored = await db.courseVersion.findUniqueOrThrow({ where: { id: v3.versionId } });
    expect(stored).toMatchObject({ origin: "terugzetten", restoredFromVersionId: v1.versionId, publishedById: author.id });
    expect(stored.contentHash).toBe((await db.courseVersion.findUniqueOrThrow({ where: { id: v1.versionId } })).contentHash);
  });
});

describe("work inside the publish transaction", () => {
  it("runs with the new version and is stored with it", async () => {
    const seen: { id: string; number: number }[] = [];
    const result = await published(writeCourse(), {
      within: async (tx, version) => {
        seen.push(version);
        await tx.auditEntry.create({ data: { action: "versie.gepubliceerd", courseSlug: "test-cursus", detail: JSON.stringify({ versie: version.number }) } });
      },
    });
    expect(seen).toEqual([{ id: result.versionId, number: 1 }]);
    expect(await db.auditEntry.count()).toBe(1);
  });

  it("stores nothing when it throws, and the error reaches the caller", async () => {
    const failing = publishCourse(db, writeCourse(), {
      within: async (tx) => {
        await tx.auditEntry.create({ data: { action: "versie.gepubliceerd", courseSlug: "test-cursus" } });
        throw new Error("stop");
      },
    });
    await expect(failing).rejects.toThrow("stop");
    expect(await db.courseVersion.count()).toBe(0);
    expect(await db.courseVersionSource.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
    expect(await db.course.count()).toBe(0);
  });

  it("is not run when nothing is published", async () => {
    const folder = writeCourse();
    await published(folder);
    let ran = false;
    expect(await published(folder, { within: async () => void (ran = true) })).toMatchObject({ status: "unchanged" });
    expect(ran).toBe(false);
  });
});

describe("two publishes at once", () => {
  it("of the same content make one version", async () => {
    const results = await Promise.all([published(writeCourse()), published(writeCourse())]);
    expect(results.map((result) => result.number)).toEqual([1, 1]);
    expect(results.map((result) => result.status).sort()).toEqual(["published", "unchanged"]);
    expect(await db.courseVersion.count()).toBe(1);
  });

  it("of different content make two numbered versions", async () => {
    const { first, second } = twoContents();
    const results = await Promise.all([published(first), published(second)]);
    expect(results.map((result) => result.number).sort()).toEqual([1, 2]);
    expect(await db.course.count()).toBe(1);
  });
});
