// Hand-written SQL for the hottest paths (every signed-in request's session, every saved
// progress event). On SQLite it runs on Prisma's own connection with prepared statements
// kept per connection; on PostgreSQL it goes through Prisma's raw queries. Write SQL that
// both accept: double-quoted identifiers and `?` placeholders.
import type BetterSqlite3 from "better-sqlite3";
import { type Database, providerOf, sqliteConnection } from "./create-database.server";

const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

export function statement(client: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = prepared.get(client);
  if (!cache) {
    cache = new Map();
    prepared.set(client, cache);
  }
  let found = cache.get(sql);
  if (!found) {
    found = client.prepare(sql);
    cache.set(sql, found);
  }
  return found;
}

function postgresPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/** Rows of a SELECT. Dates come back as ISO text from SQLite and as Date from PostgreSQL. */
export async function selectRows<Row>(db: Database, sql: string, params: readonly unknown[]): Promise<Row[]> {
  if (providerOf(db) === "postgresql") return db.$queryRawUnsafe<Row[]>(postgresPlaceholders(sql), ...params);
  const sqlite = (await sqliteConnection(db))!;
  return sqlite.run((client) => statement(client, sql).all(...params.map(sqliteValue)) as Row[]);
}

/** A DateTime as Prisma writes it into SQLite, so that stored moments compare and sort alike. */
export function sqliteDateTime(moment: Date): string {
  return moment.toISOString().replace("Z", "+00:00");
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return sqliteDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}
