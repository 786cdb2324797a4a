// Builds the Remix app when build/ is missing or older than anything under app/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./prisma-cli";

export const BUILD_ENTRY = path.join(projectRoot, "build", "index.js");

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function isBuildCurrent(): boolean {
  const builtAt = fs.existsSync(BUILD_ENTRY) ? fs.statSync(BUILD_ENTRY).mtimeMs : 0;
  return builtAt > newestModification(path.join(projectRoot, "app"));
}

export function buildApp(): void {
  console.log("Building Signaal ...");
  const cli = path.join(projectRoot, "node_modules", "@remix-run", "dev", "dist", "cli.js");
  const result = spawnSync(process.execPath, [cli, "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`remix build failed with exit code ${result.status}`);
}

export function ensureBuild(): void {
  if (!isBuildCurrent()) buildApp();
}
