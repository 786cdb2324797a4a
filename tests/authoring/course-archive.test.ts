// Courses as zip files: what an export holds, and how reading an uploaded zip refuses what
// could harm the server or lose an author's work.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Zippable, strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_ARCHIVE_ENTRIES, courseZip, readCourseZip } from "../../app/authoring/course-archive.server";
import type { CourseFile } from "../../app/authoring/course-files";
import { VALID_METADATA, VALID_QUIZ, lesson } from "../factories/course";

const PNG = new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));

const INLEIDING = lesson("# Inleiding\n\nÉén leerling zegt: “Dat klopt niet.” 🙂\n");

const COURSE: CourseFile[] = [
  { path: "cursus.yml", content: VALID_METADATA },
  { path: "01-inleiding.mdx", content: INLEIDING },
  { path: "02-quiz.mdx", content: lesson(VALID_QUIZ, "Toets") },
  { path: "media/klas.png", bytes: PNG },
];

function invalid(bytes: Uint8Array, options?: { slug?: string }): string {
  const reading = readCourseZip(bytes, options);
  if (reading.status !== "invalid") throw new Error(`expected the zip to be refused, got ${JSON.stringify(reading)}`);
  return reading.message;
}

/** A zip as another tool might make it: any names, any contents. */
function zipOf(entries: Record<string, string | Uint8Array>, options: { os?: number; attrs?: number } = {}): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(entries)) {
    zippable[name] = [typeof content === "string" ? strToU8(content) : content, options];
  }
  return zipSync(zippable);
}

/** Rewrites a 32-bit field of the first central directory entry: a hostile tool's lie. */
function patchDirectory(zip: Uint8Array, field: "crc" | "size", value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  let end = copy.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entry = view.getUint32(end + 16, true);
  view.setUint32(entry + (field === "crc" ? 16 : 24), value, true);
  return copy;
}

describe("exporting a course as a zip", () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  it("holds one folder named after the course with exactly the course's files", () => {
    const entries = unzipSync(courseZip("signalen-in-de-klas", COURSE));
    expect(Object.keys(entries)).toEqual([
      "signalen-in-de-klas/01-inleiding.mdx",
      "signalen-in-de-klas/02-quiz.mdx",
      "signalen-in-de-klas/cursus.yml",
      "signalen-in-de-klas/media/klas.png",
    ]);
    expect(new TextDecoder().decode(entries["signalen-in-de-klas/01-inleiding.mdx"])).toBe(INLEIDING);
    expect(entries["signalen-in-de-klas/media/klas.png"]).toEqual(PNG);
  });

  it("gives the same bytes for the same course, whatever the order of the files or the time zone", () => {
    process.env.TZ = "UTC";
    const first = courseZip("signalen-in-de-klas", COURSE);
    process.env.TZ = "Pacific/Auckland";
    const second = courseZip("signalen-in-de-klas", [...COURSE].reverse());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("unpacks with the system's unzip into a folder with the same files", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-zip-"));
    try {
      fs.writeFileSync(path.join(folder, "cursus.zip"), courseZip("signalen-in-de-klas", COURSE));
      try {
        execFileSync("unzip", ["-q", "cursus.zip"], { cwd: folder });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // no unzip on this machine
        throw error;
      }
      const course = path.join(folder, "signalen-in-de-klas");
      expect(fs.readFileSync(path.join(course, "01-inleiding.mdx"), "utf8")).toBe(INLEIDING);
      expect(new Uint8Array(fs.readFileSync(path.join(course, "media/klas.png")))).toEqual(PNG);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("reading a course zip", () => {
  it("gives back the exported course unchanged, text and media", () => {
    expect(readCourseZip(courseZip("signalen-in-de-klas", COURSE))).toEqual({
      status: "ok",
      slug: "signalen-in-de-klas",
      files: [COURSE[1], COURSE[2], COURSE[0], COURSE[3]],
    });
  });

  it("leaves out what operating systems add, and folder entries", () => {
    const zip = zipOf({
      "kort/": new Uint8Array(0),
      "kort/cursus.yml": VALID_METADATA,
      "kort/.DS_Store": new Uint8Array([0, 1, 2]),
      "__MACOSX/kort/._cursus.yml": new Uint8Array([0, 5, 22]),
      "kort/01-inleiding.mdx": lesson("Tekst."),
    });
    const reading = readCourseZip(zip);
    expect(reading).toMatchObject({ status: "ok", slug: "kort" });
    expect(reading.status === "ok" && reading.files.map((file) => file.path)).toEqual(["01-inleiding.mdx", "cursus.yml"]);
  });

  it("asks for the course folder itself when the zip holds only its contents, unless the caller names the course", () => {
    const zip = zipOf({ "cursus.yml": VALID_METADATA, "01-inleiding.mdx": lesson("Tekst.") });
    expect(invalid(zip)).toMatch(/precies één map bevatten met de naam van de cursus/);
    expect(readCourseZip(zip, { slug: "kort" })).toMatchObject({ status: "ok", slug: "kort" });
    expect(invalid(zipOf({ "een/cursus.yml": VALID_METADATA, "twee/cursus.yml": VALID_METADATA }))).toMatch(/precies één map/);
  });

  it("refuses files that do not belong in a course folder, naming them, rather than dropping them", () => {
    const zip = zipOf({ "kort/cursus.yml": VALID_METADATA, "kort/notities.txt": "x", "kort/media/fotos/klas.png": PNG });
    expect(invalid(zip)).toBe(
      "Deze bestanden horen niet in een cursusmap: notities.txt, media/fotos/klas.png. Een cursus bevat alleen cursus.yml, lessen zoals 01-inleiding.mdx en bestanden direct in media/.",
    );
  });

  it("refuses a lesson that is not UTF-8 text", () => {
    const latin1 = new Uint8Array(Buffer.from("---\ntitel: Café\n---\n", "latin1"));
    expect(invalid(zipOf({ "kort/cursus.yml": VALID_METADATA, "kort/01-inleiding.mdx": latin1 }))).toBe(
      "01-inleiding.mdx is geen tekst in UTF-8. Sla het bestand op als UTF-8 en pak de cursus opnieuw in.",
    );
  });
});

describe("reading a hostile zip", () => {
  it("refuses something that is not a zip", () => {
    expect(invalid(strToU8("titel: geen zip\n"))).toMatch(/^Dit is geen zip-bestand/);
    expect(invalid(new Uint8Array(0))).toMatch(/^Dit is geen zip-bestand/);
  });

  it.each([
    ["a path out of the folder", "kort/../../etc/cron.d/x"],
    ["a path that starts above the folder", "../01-inleiding.mdx"],
    ["an absolute path", "/etc/passwd"],
    ["a Windows drive", "C:/Windows/win.ini"],
    ["backslashes", "kort\\..\\..\\x"],
  ])("refuses %s", (_, name) => {
    const zip = zipOf({ "kort/cursus.yml": VALID_METADATA, [name]: "x" });
    expect(invalid(zip)).toBe(
      `Het zip-bestand bevat een onveilig pad: ${name}. Een pad mag niet met / of een stationsletter beginnen en geen .., lege mappen of \\ bevatten.`,
    );
  });

  it("refuses a symbolic link", () => {
    const link = zipOf({ "kort/media/klas.png": "/etc/passwd" }, { os: 3, attrs: (0o120777 << 16) >>> 0 });
    expect(invalid(link)).toBe("kort/media/klas.png is een symbolische link. Neem het bestand zelf op in het zip-bestand.");
  });

  it("refuses more entries than a course may have, before unpacking any", () => {
    const entries: Record<string, string> = { "kort/cursus.yml": VALID_METADATA };
    for (let index = 0; index < MAX_ARCHIVE_ENTRIES; index++) entries[`kort/media/m${index}.png`] = "x";
    expect(invalid(zipOf(entries))).toBe("Het zip-bestand bevat te veel onderdelen: een cursus mag er hoogstens 500 hebben.");
  });

  it("refuses a zip that declares more than 50 MB unpacked, before inflating anything", () => {
    const honest = zipOf({ "kort/cursus.yml": VALID_METADATA });
    expect(invalid(patchDirectory(honest, "size", 60 * 1024 * 1024))).toBe(
      "Het zip-bestand is uitgepakt groter dan 50 MB; een cursus mag samen hoogstens 50 MB zijn.",
    );
  });

  it("stops inflating a file that grows beyond the size it declared", () => {
    // 64 MB of zeros packs into a few hundred kB; the directory claims 100 bytes.
    const bomb = zipSync({ "kort/media/nul.png": [new Uint8Array(64 * 1024 * 1024), { level: 1 }] });
    const lying = patchDirectory(bomb, "size", 100);
    const started = performance.now();
    expect(invalid(lying)).toBe(
      "Het zip-bestand is beschadigd: kort/media/nul.png is onvolledig of klopt niet met zijn controlegetal. Pak de cursus opnieuw in.",
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a file whose contents do not match its checksum", () => {
    const zip = zipOf({ "kort/cursus.yml": VALID_METADATA });
    expect(invalid(patchDirectory(zip, "crc", 12345))).toMatch(/^Het zip-bestand is beschadigd: kort\/cursus.yml/);
  });

  it("refuses the same file twice", () => {
    const one = zipOf({ "kort/cursus.yml": VALID_METADATA });
    // Two central directory entries pointing at the same data, as a hand-made zip can.
    const view = new DataView(one.buffer);
    const end = one.length - 22;
    const directoryOffset = view.getUint32(end + 16, true);
    const directory = one.subarray(directoryOffset, end);
    const doubled = new Uint8Array(directoryOffset + 2 * directory.length + 22);
    doubled.set(one.subarray(0, directoryOffset));
    doubled.set(directory, directoryOffset);
    doubled.set(directory, directoryOffset + directory.length);
    doubled.set(one.subarray(end), directoryOffset + 2 * directory.length);
    const footer = new DataView(doubled.buffer, directoryOffset + 2 * directory.length);
    footer.setUint16(8, 2, true);
    footer.setUint16(10, 2, true);
    footer.setUint32(12, 2 * directory.length, true);
    expect(invalid(doubled)).toBe("kort/cursus.yml staat twee keer in het zip-bestand.");
  });
});
