// Runs once per test run: migrates a template database that every worker then copies.
import fs from "node:fs";
import path from "node:path";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { ensureBuild } from "../../scripts/lib/build";
import { prepareDatabase } from "../../scripts/lib/prepare-database";
import {
  POSTGRESQL_TEMPLATE,
  POSTGRESQL_WORKER_PREFIX,
  SQLITE_TEMPLATE,
  postgresqlUrlFor,
  testProvider,
  withAdminClient,
} from "./test-database";

export async function setup() {
  // Server tests run the built app; build it once, before any worker starts.
  ensureBuild();
  if (testProvider() === "sqlite") {
    fs.rmSync(path.dirname(SQLITE_TEMPLATE), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(SQLITE_TEMPLATE), { recursive: true });
    await prepareDatabase(readDatabaseConfig(`file:${SQLITE_TEMPLATE}`));
    return;
  }
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${POSTGRESQL_TEMPLATE}" WITH (FORCE)`));
  await withAdminClient((client) => client.query(`CREATE DATABASE "${POSTGRESQL_TEMPLATE}"`));
  await prepareDatabase(readDatabaseConfig(postgresqlUrlFor(POSTGRESQL_TEMPLATE)));
}

export async function teardown() {
  if (testProvider() === "sqlite") return;
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [POSTGRESQL_TEMPLATE, `${POSTGRESQL_WORKER_PREFIX}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
