// Brings a database up to date: applies committed migrations, and for SQLite turns on
// write-ahead logging (a setting stored in the database file itself).
import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "../../app/db/create-database.server";
import { type DatabaseConfig, describeDatabase } from "../../app/db/database-config.server";
import { runPrisma } from "./prisma-cli";

export class PrepareDatabaseError extends Error {
  name = "PrepareDatabaseError";
}

function explainFailure(config: DatabaseConfig, output: string): string {
  const where = describeDatabase(config);
  if (/P1000|P1010|authentication failed|denied access|role .* does not exist/i.test(output)) return `PostgreSQL refused the credentials in DATABASE_URL (${where}).`;
  if (/P1001|ECONNREFUSED|Can't reach/i.test(output)) return `Cannot reach the database server (${where}). Is it running?`;
  if (/P1003|does not exist/i.test(output)) return `The database in DATABASE_URL does not exist (${where}). Create it first.`;
  return `Applying migrations to ${where} failed:\n${output.trim()}`;
}

export function databaseUrlFor(config: DatabaseConfig): string {
  return config.provider === "sqlite" ? `file:${config.url}` : config.url;
}

export async function prepareDatabase(config: DatabaseConfig): Promise<void> {
  if (config.provider === "sqlite" && config.url !== ":memory:") {
    fs.mkdirSync(path.dirname(config.url), { recursive: true });
  }
  const result = runPrisma(["migrate", "deploy"], { databaseUrl: databaseUrlFor(config), quiet: true });
  if (result.status !== 0) throw new PrepareDatabaseError(explainFailure(config, result.stdout + result.stderr));
  if (config.provider === "sqlite") {
    const db = createDatabase(config);
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$disconnect();
  }
}
