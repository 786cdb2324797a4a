// The round trip of a course through a zip: export a published version, import it again, from
// the browser (a draft for review) and from the command line (published directly).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { courseZip, exportCourseVersion, findVersionFiles, readCourseZip } from "../../app/authoring/course-archive.server";
import { type CourseFile, isTextFile } from "../../app/authoring/course-files";
import { readCourseFolder } from "../../app/authoring/course-folder.server";
import { importCourseArchive } from "../../app/authoring/course-import.server";
import { draftFiles } from "../../app/authoring/stored-files.server";
import { checkCourse } from "../../app/content/check-course.server";
import { publishCourse } from "../../app/content/publish.server";
import { projectRoot } from "../../scripts/lib/prisma-cli";
import { createUserWithRole } from "../factories";
import { VALID_METADATA, lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

let authorId = "";

beforeEach(async () => {
  await resetDatabase();
  authorId = (await createUserWithRole(db, "author")).id;
});

/** A course folder with a picture, published as version 1. */
async function publishedCourse(slug = "test-cursus") {
  const folder = writeCourse({ "media/klas.png": PNG, "02-quiz.mdx": lesson(`Een klaslokaal.\n\n<Afbeelding src="media/klas.png" alt="Een klaslokaal" />\n`, "Toets") }, slug);
  const result = await publishCourse(db, folder);
  if (result.status === "invalid") throw new Error(JSON.stringify(result.faults));
  return { folder, result };
}

async function exported(slug: string, number?: number): Promise<Uint8Array> {
  const download = await exportCourseVersion(db, { slug, number, actorId: authorId });
  if (download.status !== "ok") throw new Error(`export failed: ${download.status}`);
  return download.bytes;
}

function filesOf(zip: Uint8Array): CourseFile[] {
  const reading = readCourseZip(zip);
  if (reading.status !== "ok") throw new Error(reading.message);
  return reading.files;
}

const stored = async () => ({ courses: await db.course.count(), drafts: await db.courseDraft.count(), versions: await db.courseVersion.count() });

describe("exporting a published version", () => {
  it("holds exactly the published files, byte for byte, and passes the checker", async () => {
    const { folder } = await publishedCourse();
    const zip = await exported("test-cursus");
    const files = filesOf(zip);
    expect(files).toEqual(readCourseFolder(folder));

    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-export-"));
    try {
      fs.mkdirSync(path.join(unpacked, "test-cursus"));
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(unpacked, "test-cursus", file.path)), { recursive: true });
        fs.writeFileSync(path.join(unpacked, "test-cursus", file.path), isTextFile(file) ? file.content : file.bytes);
      }
      expect(checkCourse(path.join(unpacked, "test-cursus")).faults).toEqual([]);
      expect(await publishCourse(db, path.join(unpacked, "test-cursus"))).toMatchObject({ status: "unchanged", number: 1 });
    } finally {
      fs.rmSync(unpacked, { recursive: true, force: true });
    }
  });

  it("gives any version on request, the latest without a number, and records who downloaded which", async () => {
    const { folder } = await publishedCourse();
    fs.appendFileSync(path.join(folder, "01-scenario.mdx"), "\nEen nieuwe alinea.\n");
    await publishCourse(db, folder);

    expect(filesOf(await exported("test-cursus", 1)).find((file) => file.path === "01-scenario.mdx")).not.toMatchObject({
      content: expect.stringContaining("Een nieuwe alinea."),
    });
    expect(await findVersionFiles(db, "test-cursus")).toMatchObject({ status: "ok", number: 2 });
    expect(await findVersionFiles(db, "test-cursus", 3)).toEqual({ status: "unknown" });
    expect(await findVersionFiles(db, "bestaat-niet")).toEqual({ status: "unknown" });

    const audit = await db.auditEntry.findMany({ where: { action: "cursus.geexporteerd" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: authorId, courseSlug: "test-cursus", detail: JSON.stringify({ versie: 1 }) })]);
  });

  it("round-trips a real course with video, captions and a picture unchanged through export and import", async () => {
    const folder = path.join(projectRoot, "content", "demo-signaleren");
    const published = await publishCourse(db, folder);
    expect(published).toMatchObject({ status: "published", number: 1 });
    const zip = await exported("demo-signaleren");
    expect(filesOf(zip)).toEqual(readCourseFolder(folder));
    expect(await importCourseArchive(db, { bytes: zip, actorId: authorId })).toEqual({ status: "unchanged", slug: "demo-signaleren", number: 1 });
  });

  it("says so for a version published before sources were kept", async () => {
    const { result } = await publishedCourse();
    await db.courseVersionSource.deleteMany({ where: { versionId: result.versionId } });
    expect(await exportCourseVersion(db, { slug: "test-cursus", number: 1, actorId: authorId })).toEqual({
      status: "no-sources",
      slug: "test-cursus",
      number: 1,
    });
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe("importing a course zip in the browser", () => {
  it("changes nothing for a course equal to its latest version", async () => {
    await publishedCourse();
    const before = await stored();
    expect(await importCourseArchive(db, { bytes: await exported("test-cursus"), actorId: authorId })).toEqual({
      status: "unchanged",
      slug: "test-cursus",
      number: 1,
    });
    expect(await stored()).toEqual(before);
  });

  it("changes nothing when only whitespace differs: Windows line ends, trailing spaces, blank lines at the end", async () => {
    await publishedCourse();
    const edited = filesOf(await exported("test-cursus")).map((file) =>
      isTextFile(file) ? { path: file.path, content: `${file.content.replace(/\n/g, "  \r\n")}\r\n\r\n` } : file,
    );
    const result = await importCourseArchive(db, { bytes: courseZip("test-cursus", edited), actorId: authorId });
    expect(result).toEqual({ status: "unchanged", slug: "test-cursus", number: 1 });
    expect(await db.courseDraft.count()).toBe(0);
  });

  it("makes a real change a draft with the imported files, to go through review, and records the import", async () => {
    await publishedCourse();
    const files = filesOf(await exported("test-cursus")).map((file) =>
      file.path === "01-scenario.mdx" && isTextFile(file) ? { ...file, content: file.content.replace("Een les met een scenario.", "Een les met één scenario.") } : file,
    );
    const result = await importCourseArchive(db, { bytes: courseZip("test-cursus", files), actorId: authorId });
    expect(result).toMatchObject({ status: "draft", slug: "test-cursus" });
    if (result.status !== "draft") return;

    const draft = await db.courseDraft.findUniqueOrThrow({ where: { id: result.draftId }, include: { contributors: true } });
    expect(draft).toMatchObject({ status: "DRAFT", createdById: authorId });
    expect(draft.contributors.map((contributor) => contributor.userId)).toEqual([authorId]);
    expect(await draftFiles(db, result.draftId)).toEqual(files);
    expect(await db.courseVersion.count()).toBe(1);
    expect(await db.auditEntry.findFirst({ where: { action: "cursus.geimporteerd" } })).toMatchObject({ actorId: authorId, courseSlug: "test-cursus" });

    // A second import waits until that draft is published or discarded.
    expect(await importCourseArchive(db, { bytes: courseZip("test-cursus", files), actorId: authorId })).toEqual({
      status: "open-draft-exists",
      slug: "test-cursus",
      draftId: result.draftId,
    });
    expect(await db.courseDraft.count()).toBe(1);
  });

  it("makes a course that does not exist yet a new course with a draft", async () => {
    const files: CourseFile[] = [
      { path: "cursus.yml", content: VALID_METADATA },
      { path: "01-inleiding.mdx", content: lesson("# Inleiding\n\nWelkom.\n") },
    ];
    const result = await importCourseArchive(db, { bytes: courseZip("nieuwe-cursus", files), actorId: authorId });
    expect(result).toMatchObject({ status: "draft", slug: "nieuwe-cursus" });
    expect(await db.course.findUnique({ where: { slug: "nieuwe-cursus" } })).not.toBeNull();
    expect(await db.courseVersion.count()).toBe(0);
    const actions = (await db.auditEntry.findMany({ orderBy: { createdAt: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["cursus.aangemaakt", "cursus.geimporteerd"]));
  });

  it("lists the checker's faults at their file, line and column, and stores nothing", async () => {
    const files: CourseFile[] = [
      { path: "cursus.yml", content: VALID_METADATA },
      { path: "01-inleiding.mdx", content: lesson("# Inleiding\n\n<Scenario titel=\"Zonder id\">\n</Scenario>\n") },
    ];
    const result = await importCourseArchive(db, { bytes: courseZip("kapotte-cursus", files), actorId: authorId });
    expect(result).toMatchObject({ status: "faults", slug: "kapotte-cursus" });
    if (result.status !== "faults") return;
    expect(result.faults.length).toBeGreaterThan(0);
    expect(result.faults[0]).toMatchObject({ file: "01-inleiding.mdx", line: 7 });
    expect(await stored()).toEqual({ courses: 0, drafts: 0, versions: 0 });
  });

  it.each([
    ["a path out of the folder", () => zipSync({ "kort/cursus.yml": strToU8(VALID_METADATA), "kort/../../x.mdx": strToU8("x") }), /onveilig pad: kort\/..\/..\/x.mdx/],
    ["an absolute path", () => zipSync({ "/etc/cron.d/signaal": strToU8("x") }), /onveilig pad: \/etc\/cron.d\/signaal/],
    [
      "too many entries",
      () => zipSync(Object.fromEntries(Array.from({ length: 501 }, (_, index) => [`kort/media/m${index}.png`, strToU8("x")]))),
      /te veel onderdelen/,
    ],
    [
      "a declared-size bomb",
      () => {
        const zip = zipSync({ "kort/media/groot.png": strToU8("x") });
        const view = new DataView(zip.buffer);
        view.setUint32(view.getUint32(zip.length - 22 + 16, true) + 24, 0xfffffff0, true);
        return zip;
      },
      /groter dan 50 MB/,
    ],
    ["not a zip", () => strToU8("PK dit lijkt op een zip maar is het niet"), /geen zip-bestand/],
  ])("refuses %s with a message and stores nothing", async (_, make, message) => {
    const result = await importCourseArchive(db, { bytes: make(), actorId: authorId });
    expect(result).toMatchObject({ status: "invalid", message: expect.stringMatching(message) });
    expect(await stored()).toEqual({ courses: 0, drafts: 0, versions: 0 });
    expect(await db.auditEntry.count()).toBe(0);
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "scripts", script), ...args],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("the command line round trip", () => {
  it("exports a version as a folder and as a zip that publish again as unchanged, and refuses a folder with other files", async () => {
    const { folder } = await publishedCourse();
    const target = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-cli-"));
    try {
      const [asFolder, asZip] = await Promise.all([
        run("content-export.ts", "test-cursus", path.join(target, "git")),
        run("content-export.ts", "test-cursus", "--versie", "1", path.join(target, "test-cursus-versie-1.zip")),
      ]);
      // stderr may carry the database's slow-query log on a busy machine, so only the outcome counts.
      expect(asFolder).toMatchObject({ code: 0, stdout: expect.stringContaining("versie 1 van test-cursus geschreven (4 bestanden).") });
      expect(asZip).toMatchObject({ code: 0, stdout: expect.stringContaining("test-cursus-versie-1.zip: versie 1 van test-cursus geschreven (4 bestanden).") });
      // A folder named otherwise gets the course folder inside it: the folder's name is the course.
      expect(readCourseFolder(path.join(target, "git", "test-cursus"))).toEqual(readCourseFolder(folder));
      expect(fs.readdirSync(path.join(target, "git", "test-cursus")).sort()).toEqual(fs.readdirSync(folder).sort());
      expect(filesOf(new Uint8Array(fs.readFileSync(path.join(target, "test-cursus-versie-1.zip"))))).toEqual(readCourseFolder(folder));

      const republished = await run("content-publish.ts", path.join(target, "test-cursus-versie-1.zip"));
      expect(republished.code).toBe(0);
      expect(republished.stdout).toContain("ongewijzigd, versie 1 blijft de nieuwste.");

      fs.writeFileSync(path.join(target, "git", "test-cursus", "notities.txt"), "van mij");
      const refused = await run("content-export.ts", "test-cursus", path.join(target, "git", "test-cursus"));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("bevat al andere bestanden dan die van een cursus (notities.txt); kies een lege map. Er is niets geschreven.");
      expect(fs.readFileSync(path.join(target, "git", "test-cursus", "notities.txt"), "utf8")).toBe("van mij");
    } finally {
      fs.rmSync(target, { recursive: true, force: true });
    }
  });

  it("publishes a changed zip directly as a new version, and refuses a hostile one", async () => {
    const { folder } = await publishedCourse();
    const target = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-cli-"));
    try {
      const files = readCourseFolder(folder).map((file) =>
        file.path === "01-scenario.mdx" && isTextFile(file) ? { ...file, content: `${file.content}\nEen extra alinea.\n` } : file,
      );
      fs.writeFileSync(path.join(target, "nieuw.zip"), courseZip("test-cursus", files));
      fs.writeFileSync(path.join(target, "kwaad.zip"), zipSync({ "../buiten.mdx": strToU8("x") }));
      const [changed, hostile] = await Promise.all([
        run("content-publish.ts", path.join(target, "nieuw.zip")),
        run("content-publish.ts", path.join(target, "kwaad.zip")),
      ]);
      expect(changed.code).toBe(0);
      expect(changed.stdout).toMatch(/nieuw\.zip: versie 2 gepubliceerd/);
      expect(hostile.code).toBe(1);
      expect(hostile.stdout).toContain("kwaad.zip: niet gepubliceerd. Het zip-bestand bevat een onveilig pad: ../buiten.mdx.");
      expect(await db.courseVersion.count()).toBe(2);
    } finally {
      fs.rmSync(target, { recursive: true, force: true });
    }
  });
});
