// Prisma CLI configuration. The CLI talks to the database through the same driver adapters
// as the app (Prisma 6's WebAssembly schema engine; the native engines cannot be downloaded
// here). DATABASE_URL picks the provider, its schema and its migrations folder.
// Run the CLI through the npm scripts (db:*): they set the engine variables it needs.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { readDatabaseConfig, type DatabaseConfig } from "./app/db/database-config.server";
import { SQLITE_BUSY_TIMEOUT_MS } from "./app/db/adapter.server";

const database = readDatabaseConfig();

export const schemaPaths = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
} as const;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaPaths[database.provider].schema,
  migrations: { path: schemaPaths[database.provider].migrations },
  adapter: async () => cliAdapterFactory(database),
});

// Workarounds for Prisma 6.19.3's adapters when driven by the CLI. The app's own client
// does not need them (it never reads catalog tables nor runs scripts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAdapter = any;

function cliAdapterFactory(config: DatabaseConfig) {
  if (config.provider === "sqlite") {
    if (config.url !== ":memory:") fs.mkdirSync(path.dirname(config.url), { recursive: true });
    const factory = new PrismaBetterSQLite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return patchFactory(factory, runMultiStatementSqlAsScript);
  }
  const factory = new PrismaPg({
    connectionString: config.url,
    max: 2,
    connectionTimeoutMillis: 5_000,
    Client: CatalogNamesAsTextClient,
  } as pg.PoolConfig);
  return patchFactory(factory, sendScriptWhole);
}

function patchFactory<F extends { connect(): Promise<unknown>; connectToShadowDb(): Promise<unknown> }>(
  factory: F,
  patch: (adapter: AnyAdapter) => void,
): F {
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patch(adapter);
    return adapter;
  };
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    patch(adapter);
    return adapter;
  };
  return factory;
}

// adapter-better-sqlite3: replaying migrations (migrate diff --from-migrations) sends whole
// migration files through executeRaw, and better-sqlite3's prepare() accepts one statement
// (no upstream issue found yet; verified on 6.19.3).
function runMultiStatementSqlAsScript(adapter: AnyAdapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: { sql: string; args: unknown[] }) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && /more than one statement/i.test(String(error))) {
        adapter.client.exec(query.sql);
        return 0;
      }
      throw error;
    }
  };
}

// adapter-pg: executeScript splits migration scripts on every ";", which breaks string
// literals and $$ bodies. PostgreSQL accepts a whole script as one simple query.
function sendScriptWhole(adapter: AnyAdapter) {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
}

// adapter-pg: the migration engine reads catalog columns of type name (oid 19) and "char"
// (oid 18), which the adapter cannot deserialise; they are plain text.
// https://github.com/prisma/orm/issues/27403
class CatalogNamesAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args.length - 1;
    // pg.Pool calls query with a callback; direct callers get a promise.
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: Error | null, result?: pg.QueryResult) => void;
      args[last] = (error: Error | null, result?: pg.QueryResult) => callback(error, result && readCatalogNamesAsText(result));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return returned && typeof returned.then === "function" ? returned.then(readCatalogNamesAsText) : returned;
  }
}

function readCatalogNamesAsText(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
  }
  return result;
}
