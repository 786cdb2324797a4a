// Reads DATABASE_URL once and says which database Signaal talks to. Shared by the app,
// prisma.config.ts and the scripts, so that all three always agree.
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseConfig {
  provider: DatabaseProvider;
  /** For SQLite an absolute file path (or ":memory:"); for PostgreSQL the connection URL. */
  url: string;
}

export const DEFAULT_SQLITE_FILE = "data/signaal.db";

export class DatabaseConfigError extends Error {
  name = "DatabaseConfigError";
}

export function readDatabaseConfig(
  databaseUrl: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const value = databaseUrl?.trim() ?? "";
  if (value === "") {
    return { provider: "sqlite", url: path.resolve(cwd, DEFAULT_SQLITE_FILE) };
  }
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length);
    if (file === "") throw new DatabaseConfigError("DATABASE_URL 'file:' names no file");
    return { provider: "sqlite", url: file === ":memory:" ? file : path.resolve(cwd, file) };
  }
  if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
    try {
      new URL(value);
    } catch {
      throw new DatabaseConfigError("DATABASE_URL is not a valid PostgreSQL URL");
    }
    return { provider: "postgresql", url: value };
  }
  throw new DatabaseConfigError(
    "DATABASE_URL must be empty (SQLite in data/), start with file: (SQLite) or with postgresql:// (PostgreSQL)",
  );
}

/** The URL without its password, for logs and messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === "sqlite") return `sqlite ${config.url}`;
  const url = new URL(config.url);
  if (url.password) url.password = "***";
  return `postgresql ${url.toString()}`;
}
