// Builds the Remix app for production when build/ is missing, older than anything under
// app/, or a development build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./prisma-cli";

export const BUILD_ENTRY = path.join(projectRoot, "build", "index.js");
/** Written after a production build; `remix dev` writes development builds to the same folder. */
const PRODUCTION_MARKER = path.join(projectRoot, "build", "production-build.json");

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function isBuildCurrent(): boolean {
  if (!fs.existsSync(BUILD_ENTRY) || !fs.existsSync(PRODUCTION_MARKER)) return false;
  const builtAt = Math.min(fs.statSync(BUILD_ENTRY).mtimeMs, fs.statSync(PRODUCTION_MARKER).mtimeMs);
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
  fs.writeFileSync(PRODUCTION_MARKER, JSON.stringify({ builtAt: new Date().toISOString() }));
}

export function ensureBuild(): void {
  if (!isBuildCurrent()) buildApp();
}
