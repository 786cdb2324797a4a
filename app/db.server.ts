// The one Prisma client of the web process, for the database DATABASE_URL names. It
// survives module reloads in development, and a database outage in a loader or action
// becomes a 503 response that the error page explains.
import { type Database, createDatabase } from "./db/create-database.server";
import { getEnv } from "./env.server";

export type { Database, Prisma } from "./db/create-database.server";

const globalForDatabase = globalThis as unknown as { signaalDatabase?: Database };

export const db: Database = (globalForDatabase.signaalDatabase ??= createDatabase(getEnv().database, {
  onUnavailable: "response",
}));
