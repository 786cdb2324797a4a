import { describe, expect, it } from "vitest";
import { readPoolSettings } from "../../app/db/adapter.server";
import { createDatabase } from "../../app/db/create-database.server";
import { DatabaseConfigError, readDatabaseConfig } from "../../app/db/database-config.server";
import { DatabaseUnavailableError } from "../../app/db/database-errors.server";
import { allowConsoleErrors } from "../support/console";
import { db } from "../support/database";
import { testProvider } from "../setup/test-database";

describe("choosing the database", () => {
  it("uses SQLite under data/ when DATABASE_URL is empty", () => {
    expect(readDatabaseConfig("", "/srv/signaal")).toEqual({ provider: "sqlite", url: "/srv/signaal/data/signaal.db" });
    expect(readDatabaseConfig("  ", "/srv/signaal").provider).toBe("sqlite");
  });

  it("uses SQLite for a file: URL and PostgreSQL for a postgresql:// URL", () => {
    expect(readDatabaseConfig("file:./x.db", "/srv")).toEqual({ provider: "sqlite", url: "/srv/x.db" });
    expect(readDatabaseConfig("postgresql://u:p@db:5432/signaal").provider).toBe("postgresql");
  });

  it("refuses anything else with a message that says what is allowed", () => {
    expect(() => readDatabaseConfig("mysql://db/signaal")).toThrow(DatabaseConfigError);
    expect(() => readDatabaseConfig("mysql://db/signaal")).toThrow(/postgresql:\/\//);
  });
});

describe("connection settings", () => {
  it.runIf(testProvider() === "sqlite")("runs SQLite in WAL mode with a busy timeout", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBe(5_000);
  });

  it("gives the PostgreSQL pool an explicit size and connection timeout, adjustable by environment", () => {
    expect(readPoolSettings({})).toMatchObject({ max: 10, connectionTimeoutMillis: 5_000 });
    expect(readPoolSettings({ DATABASE_POOL_SIZE: "25", DATABASE_CONNECT_TIMEOUT_MS: "2000" })).toMatchObject({
      max: 25,
      connectionTimeoutMillis: 2_000,
    });
    expect(() => readPoolSettings({ DATABASE_POOL_SIZE: "veel" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});

describe("an unreachable database", () => {
  it("is reported as unavailable (PostgreSQL server not listening), within the connection timeout", async () => {
    const unreachable = createDatabase(readDatabaseConfig("postgresql://postgres@127.0.0.1:1/signaal"));
    const started = Date.now();
    await expect(unreachable.user.count()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(10_000);
    await unreachable.$disconnect();
  });

  it("is reported as a 503 response inside the web app", async () => {
    const unreachable = createDatabase(readDatabaseConfig("postgresql://postgres@127.0.0.1:1/signaal"), { onUnavailable: "response" });
    const logged = allowConsoleErrors();
    const failure = await unreachable.user.count().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Response);
    expect((failure as Response).status).toBe(503);
    expect(logged()).toContain("database unavailable");
    await unreachable.$disconnect();
  });

  it("is reported as unavailable for an SQLite file that cannot be opened", async () => {
    const unreachable = createDatabase(readDatabaseConfig("file:/nonexistent-directory/signaal.db"));
    await expect(unreachable.user.count()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await unreachable.$disconnect().catch(() => undefined);
  });
});
