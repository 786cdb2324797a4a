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
import type { SerialisedSqliteFactory, SqliteConnection } from "./serialised-sqlite-adapter.server";

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
  const adapter = createAdapterFactory(config);
  const client = new PrismaClient({
    adapter,
    log: [{ level: "query", emit: "event" }],
    errorFormat: "minimal",
  });
  client.$on("query", (event) => {
    if (event.duration >= SLOW_QUERY_MS) {
      console.warn(`slow query (${event.duration} ms): ${event.query.slice(0, 300)}`);
    }
  });
  const database = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw isDatabaseUnavailable(error) ? unavailable(error, options) : error;
        }
      },
    },
  }) as unknown as Database;
  connections.set(database, config.provider === "sqlite" ? { provider: "sqlite", factory: adapter as SerialisedSqliteFactory, options } : { provider: "postgresql" });
  return database;
}

type Registered = { provider: "sqlite"; factory: SerialisedSqliteFactory; options: CreateDatabaseOptions } | { provider: "postgresql" };

// On globalThis because a client may be created by one copy of this module and used by
// another (the server build and the tests share the web process's client).
const connections: WeakMap<Database, Registered> = ((globalThis as { signaalConnections?: WeakMap<Database, Registered> }).signaalConnections ??=
  new WeakMap());

export function providerOf(db: Database): "sqlite" | "postgresql" {
  const registered = connections.get(db);
  if (!registered) throw new Error("this database client was not made by createDatabase");
  return registered.provider;
}

/**
 * The SQLite connection under a client, for hot paths that run their own SQL (null on
 * PostgreSQL). A direct query skips Prisma's per-query work, which is most of the cost of a
 * small query on SQLite.
 */
export async function sqliteConnection(db: Database): Promise<SqliteConnection | null> {
  const registered = connections.get(db);
  if (registered?.provider !== "sqlite") return null;
  const { factory, options } = registered;
  if (!factory.connection()) await db.$connect();
  const connection = factory.connection()!;
  return {
    // An outage is reported the way the client reports it for Prisma's own queries.
    run: (work) =>
      connection.run(work).catch((error: unknown) => {
        throw isDatabaseUnavailable(error) ? unavailable(error, options) : error;
      }),
  };
}

function unavailable(error: unknown, options: CreateDatabaseOptions): unknown {
  if (options.onUnavailable === "response") {
    console.error(`database unavailable: ${String(error)}`);
    return databaseUnavailableResponse();
  }
  return new DatabaseUnavailableError(error);
}

