// Lessons written to attack the platform: each is refused with a clear Dutch message, and
// nothing in them runs (a canary file that executed code would create stays absent).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { publishCourse } from "../../app/content/publish.server";
import { lesson, writeCourse } from "../factories/course";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

const canary = path.join(os.tmpdir(), `signaal-canary-${process.pid}`);
const writeCanary = `require('fs').writeFileSync(${JSON.stringify(canary)}, 'ran')`;

const hostile: [string, string, RegExp][] = [
  ["an import of package.json", lesson('import pkg from "../../package.json"\n\nNaam: {pkg.name}\n'), /import en export zijn niet toegestaan/],
  ["JavaScript front matter", `---js\n{ titel: ${writeCanary} }\n---\n\nTekst.\n`, /Alleen een gewone kop met "---" is toegestaan/],
  ["an expression reading the environment", lesson("Database: {process.env.DATABASE_URL}\n"), /Accolades \{ \} zijn niet toegestaan/],
  ["an expression with side effects", lesson(`{${writeCanary}}\n`), /Accolades \{ \} zijn niet toegestaan/],
  ["a script element", lesson(`<script>{${writeCanary}}</script>\n`), /Onbekend onderdeel <script>|Accolades/],
  ["an unknown component", lesson('<Iframe src="https://evil.example" />\n'), /Onbekend onderdeel <Iframe>/],
  ["an event handler attribute", lesson('<Notitie onClick="alert(1)">Tekst</Notitie>\n'), /kent de eigenschap "onClick" niet/],
  ["a 5 MB lesson", lesson("a".repeat(5 * 1024 * 1024)), /Deze les is te groot/],
];

describe.each(hostile)("a lesson with %s", (_what, source, message) => {
  it("is refused with a clear message, is not published, and runs nothing", async () => {
    fs.rmSync(canary, { force: true });
    const result = await publishCourse(db, writeCourse({ "03-aanval.mdx": source }));
    expect(result.status).toBe("invalid");
    const faults = result.status === "invalid" ? result.faults : [];
    expect(faults.find((fault) => fault.file === "03-aanval.mdx")?.message).toMatch(message);
    expect(await db.courseVersion.count()).toBe(0);
    expect(fs.existsSync(canary)).toBe(false);
  });
});
