// The committed migrations must build exactly the schema in prisma/*.prisma, for the
// provider this run uses; and the PostgreSQL schema must be the SQLite one, re-targeted.
import { describe, expect, it } from "vitest";
import { MIGRATIONS, POSTGRESQL_SCHEMA, SQLITE_SCHEMA, derivePostgresqlSchema, readSchemas } from "../../scripts/lib/schemas";
import { runPrisma } from "../../scripts/lib/prisma-cli";
import { postgresqlUrlFor, testProvider, withAdminClient } from "../setup/test-database";

describe("schema and migrations", () => {
  it("keeps the PostgreSQL schema identical to the SQLite schema but for provider and client output", () => {
    const { sqlite, postgresql } = readSchemas();
    expect(postgresql).toBe(derivePostgresqlSchema(sqlite));
  });

  // Replays every migration on a scratch database through the Prisma CLI: slow on a busy machine.
  it(`have not drifted apart (${testProvider()})`, { timeout: 90_000 }, async () => {
    const provider = testProvider();
    let shadowUrl = "file::memory:";
    const scratch = `signaal_drift_${process.pid}`;
    if (provider === "postgresql") {
      await withAdminClient(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${scratch}"`);
      });
      shadowUrl = postgresqlUrlFor(scratch);
    }
    try {
      const result = runPrisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          MIGRATIONS[provider],
          "--to-schema-datamodel",
          provider === "sqlite" ? SQLITE_SCHEMA : POSTGRESQL_SCHEMA,
          "--exit-code",
        ],
        { databaseUrl: shadowUrl, quiet: true },
      );
      // 0: no difference; 2: the schema has changes that no migration holds (run npm run db:migration).
      expect(result.status, result.stdout + result.stderr).toBe(0);
    } finally {
      if (provider === "postgresql") {
        await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`));
      }
    }
  });
});
