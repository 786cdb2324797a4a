// Builds the Prisma driver adapter for the configured database, with the connection
// settings production needs: WAL and a busy timeout for SQLite, a bounded pool with
// timeouts for PostgreSQL (pg's default waits forever for a connection).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./database-config.server";
import { serialisedSqliteAdapter } from "./serialised-sqlite-adapter.server";

export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export interface PoolSettings {
  max: number;
  connectionTimeoutMillis: number;
  idleTimeoutMillis: number;
  statementTimeoutMillis: number;
}

export function readPoolSettings(env: Record<string, string | undefined> = process.env): PoolSettings {
  const number = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === "") return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) {
      throw new Error(`${name} must be a positive whole number, got "${value}"`);
    }
    return parsed;
  };
  return {
    max: number("DATABASE_POOL_SIZE", 10),
    connectionTimeoutMillis: number("DATABASE_CONNECT_TIMEOUT_MS", 5_000),
    idleTimeoutMillis: 30_000,
    statementTimeoutMillis: number("DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
  };
}

export function createAdapterFactory(config: DatabaseConfig, pool: PoolSettings = readPoolSettings()) {
  if (config.provider === "sqlite") {
    return serialisedSqliteAdapter(new PrismaBetterSQLite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  }
  return new PrismaPg({
    connectionString: config.url,
    max: pool.max,
    connectionTimeoutMillis: pool.connectionTimeoutMillis,
    idleTimeoutMillis: pool.idleTimeoutMillis,
    statement_timeout: pool.statementTimeoutMillis,
    application_name: "signaal",
  });
}
