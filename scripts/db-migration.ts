// Writes a new migration for both providers from the difference between the committed
// migrations and prisma/schema.prisma. `prisma migrate dev` does not work with driver
// adapters, so the history is replayed on a throw-away database instead:
// SQLite in memory, PostgreSQL in a scratch database that is dropped afterwards.
//   npm run db:migration -- add_courses
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runPrisma } from "./lib/prisma-cli";
import { MIGRATIONS, POSTGRESQL_SCHEMA, SQLITE_SCHEMA, derivePostgresqlSchema } from "./lib/schemas";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const adminUrl = process.env.POSTGRESQL_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const scratchName = "signaal_migration_scratch";

fs.writeFileSync(POSTGRESQL_SCHEMA, derivePostgresqlSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));

async function recreateScratchDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${scratchName}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${scratchName}`;
  return url.toString();
}

async function dropScratchDatabase() {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
  await client.end();
}

function diff(provider: "sqlite" | "postgresql", databaseUrl: string): string {
  const schema = provider === "sqlite" ? SQLITE_SCHEMA : POSTGRESQL_SCHEMA;
  const result = runPrisma(
    ["migrate", "diff", "--from-migrations", MIGRATIONS[provider], "--to-schema-datamodel", schema, "--script"],
    { databaseUrl, quiet: true },
  );
  if (result.status !== 0) throw new Error(`migrate diff (${provider}) failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const scripts = {
  sqlite: diff("sqlite", "file::memory:"),
  postgresql: diff("postgresql", await recreateScratchDatabase()),
};
await dropScratchDatabase();

const written: string[] = [];
for (const provider of ["sqlite", "postgresql"] as const) {
  const script = scripts[provider];
  if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE|PRAGMA)\b/.test(script)) continue;
  // Written to a temporary file first: an empty migration folder breaks the next command (P3015).
  const temporary = path.join(os.tmpdir(), `signaal-${provider}-${stamp}.sql`);
  fs.writeFileSync(temporary, script);
  const folder = path.join(MIGRATIONS[provider], `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.renameSync(temporary, path.join(folder, "migration.sql"));
  written.push(path.relative(process.cwd(), folder));
}
console.log(written.length ? `written:\n  ${written.join("\n  ")}` : "no changes: the migrations already match the schema");
