// The two Prisma schemas: prisma/schema.prisma (SQLite) is the one people edit;
// prisma/postgresql/schema.prisma is derived from it.
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./prisma-cli";

export const SQLITE_SCHEMA = path.join(projectRoot, "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(projectRoot, "prisma", "postgresql", "schema.prisma");
export const MIGRATIONS = {
  sqlite: path.join(projectRoot, "prisma", "migrations"),
  postgresql: path.join(projectRoot, "prisma", "postgresql", "migrations"),
} as const;

export function derivePostgresqlSchema(sqliteSchema: string): string {
  return sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../node_modules/.prisma/signaal-sqlite"', 'output     = "../../node_modules/.prisma/signaal-postgresql"');
}

export function readSchemas() {
  return {
    sqlite: fs.readFileSync(SQLITE_SCHEMA, "utf8"),
    postgresql: fs.readFileSync(POSTGRESQL_SCHEMA, "utf8"),
  };
}
