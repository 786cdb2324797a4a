// Publishes every course folder under content/ (idempotent: unchanged courses stay as they
// are). Used by `npm start` outside production, so a fresh installation has content.
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../app/db/create-database.server";
import { formatFault } from "../../app/content/faults";
import { type PublishOptions, publishCourse } from "../../app/content/publish.server";
import { projectRoot } from "./prisma-cli";

export const CONTENT_ROOT = path.join(projectRoot, "content");

export function courseFolders(root = CONTENT_ROOT): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => path.join(root, entry.name))
    .sort();
}

export async function publishContentFolder(
  db: Database,
  log: (line: string) => void = console.log,
  options: Pick<PublishOptions, "unchangedWhen"> = {},
): Promise<void> {
  for (const folder of courseFolders()) {
    const name = path.relative(projectRoot, folder);
    const result = await publishCourse(db, folder, options);
    if (result.status === "invalid") {
      log(`${name}: not published, ${result.faults.length} fault(s):`);
      for (const fault of result.faults) log(`  ${formatFault(fault, name)}`);
    } else if (result.status === "published") {
      log(`${name}: version ${result.number} published`);
    }
  }
}
