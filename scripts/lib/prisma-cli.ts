// Runs the Prisma CLI for the database DATABASE_URL names. Prisma 6 would otherwise try to
// download native engines it does not use here (prisma.config.ts selects the JS engine);
// pointing the engine variables at any existing file stops that.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function prismaEnv(databaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_DISABLE_WARNINGS: "1",
    CHECKPOINT_DISABLE: "1",
  };
  if (databaseUrl !== undefined) env.DATABASE_URL = databaseUrl;
  return env;
}

export interface PrismaRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runPrisma(args: string[], options: { databaseUrl?: string; quiet?: boolean } = {}): PrismaRun {
  const bin = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: projectRoot,
    env: prismaEnv(options.databaseUrl),
    encoding: "utf8",
    stdio: options.quiet ? "pipe" : ["ignore", "inherit", "inherit"],
  });
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** For the npm scripts: `npm run prisma -- migrate status`. */
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPrisma(process.argv.slice(2)).status);
}
