// Creates a Prisma client for a database: the generated client of its provider, its driver
// adapter, slow-query logging, and a clear signal when the database is unreachable.
import { createRequire } from "node:module";
import type { PrismaClient as SqliteClient } from ".prisma/signaal-sqlite";
import { createAdapterFactory } from "./adapter.server";
import {
  DatabaseUnavailableError,
  databaseUnavailableResponse,
  isDatabaseUnavailable,
} from "./database-errors.server";
import type { DatabaseConfig } from "./database-config.server";

// Both generated clients have the same API (the schemas differ only in provider); the
// SQLite one serves as the type of both.
export type Database = SqliteClient;
export type { Prisma } from ".prisma/signaal-sqlite";

const SLOW_QUERY_MS = 200;

// The generated clients are CommonJS packages under node_modules/.prisma, a path that ESM
// imports may not name; require resolves it the way @prisma/client itself does.
const require = createRequire(import.meta.url);

export interface CreateDatabaseOptions {
  /**
   * What an outage throws: an Error for scripts, or a 503 Response for loaders and actions,
   * which Remix then renders with the error boundary's "database unavailable" message.
   */
  onUnavailable?: "error" | "response";
}

export function createDatabase(config: DatabaseConfig, options: CreateDatabaseOptions = {}): Database {
  const { PrismaClient } =
    config.provider === "sqlite"
      ? (require(".prisma/signaal-sqlite") as typeof import(".prisma/signaal-sqlite"))
      : (require(".prisma/signaal-postgresql") as typeof import(".prisma/signaal-sqlite"));
  const client = new PrismaClient({
    adapter: createAdapterFactory(config),
    log: [{ level: "query", emit: "event" }],
    errorFormat: "minimal",
  });
  client.$on("query", (event) => {
    if (event.duration >= SLOW_QUERY_MS) {
      console.warn(`slow query (${event.duration} ms): ${event.query.slice(0, 300)}`);
    }
  });
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          if (options.onUnavailable === "response") {
            console.error(`database unavailable: ${String(error)}`);
            throw databaseUnavailableResponse();
          }
          throw new DatabaseUnavailableError(error);
        }
      },
    },
  }) as unknown as Database;
}

