// `npm start`: builds the app when the build is missing or older than the source, brings
// the database up to date, adds the demo data to an empty database (unless this is a
// production start), and serves Signaal.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { hasAnyUser, seedDemo } from "./lib/demo-data";
import { prepareDatabase } from "./lib/prepare-database";
import { projectRoot } from "./lib/prisma-cli";

const callerIsProduction = process.env.NODE_ENV === "production";
const withDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === "1" : !callerIsProduction;

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const buildFile = path.join(projectRoot, "build", "index.js");
  const builtAt = fs.existsSync(buildFile) ? fs.statSync(buildFile).mtimeMs : 0;
  if (builtAt > newestModification(path.join(projectRoot, "app"))) return;
  if (callerIsProduction && builtAt > 0) return; // production deploys build explicitly
  console.log("Building Signaal ...");
  const result = spawnSync(process.execPath, [path.join(projectRoot, "node_modules", "@remix-run", "dev", "dist", "cli.js"), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureBuild();
const config = readDatabaseConfig();
try {
  await prepareDatabase(config);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (withDemo) {
  const db = createDatabase(config);
  if (!(await hasAnyUser(db))) {
    await seedDemo(db);
    console.log("Demo data added (see README for the demo accounts).");
  }
  await db.$disconnect();
}

process.env.NODE_ENV = "production";
const { startServer } = await import("../app/server/main");
await startServer(projectRoot);
