// Runs before each test file. The first file of a worker process gets the worker its own
// database (a copy of the migrated template) and points DATABASE_URL at it, before any
// application module is imported.
import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { failOnConsoleError } from "../support/console";
import {
  clonePostgresqlTemplate,
  copySqliteTemplate,
  postgresqlUrlFor,
  runPrefix,
  sqliteWorkerFile,
  testProvider,
} from "./test-database";

const state = globalThis as unknown as { signaalTestDatabaseUrl?: string };

if (!state.signaalTestDatabaseUrl) {
  const workerId = process.env.VITEST_POOL_ID ?? "1";
  if (testProvider() === "sqlite") {
    const file = sqliteWorkerFile(workerId);
    copySqliteTemplate(file);
    state.signaalTestDatabaseUrl = `file:${file}`;
  } else {
    const name = `${runPrefix()}w${workerId}_${process.pid}`;
    await clonePostgresqlTemplate(name);
    state.signaalTestDatabaseUrl = postgresqlUrlFor(name);
  }
}
process.env.DATABASE_URL = state.signaalTestDatabaseUrl;
process.env.NODE_ENV = "test";
process.env.APP_URL = "http://localhost:3000";
delete process.env.SMTP_URL;

failOnConsoleError();

if (typeof document !== "undefined") {
  const { cleanup } = await import("@testing-library/react");
  afterEach(cleanup);
}
