// Names and creates the databases the test suite runs on. One template per run, migrated
// once; one copy per worker process.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type TestProvider = "sqlite" | "postgresql";

export const ARTIFACTS = path.resolve(__dirname, "..", ".artifacts");
/**
 * PostgreSQL databases of one test run share a prefix with the run's id, so that two runs
 * against the same server (a developer's and CI's) never drop each other's databases.
 */
export function runPrefix(): string {
  process.env.SIGNAAL_TEST_RUN ??= String(process.pid);
  return `signaal_test_${process.env.SIGNAAL_TEST_RUN}_`;
}

/** This run's folder for SQLite files; runs side by side in one checkout keep apart. */
export function sqliteRunFolder(): string {
  runPrefix();
  return path.join(ARTIFACTS, "sqlite", `run-${process.env.SIGNAAL_TEST_RUN}`);
}

export function sqliteTemplate(): string {
  return path.join(sqliteRunFolder(), "template.db");
}

export function postgresqlTemplate(): string {
  return `${runPrefix()}template`;
}

export function testProvider(): TestProvider {
  return process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
}

/** The server-level PostgreSQL URL (any database) the suite may create databases with. */
export function postgresqlAdminUrl(): string {
  const url = process.env.TEST_POSTGRESQL_URL;
  if (!url) throw new Error("TEST_DATABASE=postgresql needs TEST_POSTGRESQL_URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres");
  return url;
}

export function postgresqlUrlFor(database: string): string {
  const url = new URL(postgresqlAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresqlAdminUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function sqliteWorkerFile(workerId: string): string {
  return path.join(sqliteRunFolder(), `worker-${workerId}-${process.pid}.db`);
}

export function copySqliteTemplate(target: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.copyFileSync(sqliteTemplate(), target);
}

export async function clonePostgresqlTemplate(database: string): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    // Two workers cloning the same template at once may collide; the loser waits and retries.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${database}" TEMPLATE "${postgresqlTemplate()}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
}
