// Runs once per test run: migrates a template database that every worker then copies.
import fs from "node:fs";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { ensureBuild } from "../../scripts/lib/build";
import { prepareDatabase } from "../../scripts/lib/prepare-database";
import {
  postgresqlTemplate,
  postgresqlUrlFor,
  runPrefix,
  sqliteRunFolder,
  sqliteTemplate,
  testProvider,
  withAdminClient,
} from "./test-database";

export async function setup() {
  // Server tests run the built app; build it once, before any worker starts.
  ensureBuild();
  if (testProvider() === "sqlite") {
    fs.mkdirSync(sqliteRunFolder(), { recursive: true });
    await prepareDatabase(readDatabaseConfig(`file:${sqliteTemplate()}`));
    return;
  }
  // Workers inherit SIGNAAL_TEST_RUN from this process, and with it the run's prefix.
  const template = postgresqlTemplate();
  await withAdminClient((client) => client.query(`CREATE DATABASE "${template}"`));
  await prepareDatabase(readDatabaseConfig(postgresqlUrlFor(template)));
}

export async function teardown() {
  if (testProvider() === "sqlite") {
    fs.rmSync(sqliteRunFolder(), { recursive: true, force: true });
    return;
  }
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname::text FROM pg_database WHERE starts_with(datname, $1)`, [
      runPrefix(),
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
