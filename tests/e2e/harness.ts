// One Signaal server (on a fresh SQLite database in a temp directory) and one Chromium per
// test file, plus the checks every browser test gets for free: browser errors fail the
// test, and a failed test prints what the server logged while it ran. Progress is saved per
// account, so a test that takes a course creates its own teacher instead of sharing the demo one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { type Database, createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { type RunningServer, spawnServer } from "../../scripts/lib/spawn-server";
import { DEFAULT_TEST_PASSWORD, createSchool, createUser } from "../factories";
import { markJavaScriptDisabled } from "./axe";
import { chromiumAvailable, launchChromium } from "./browser";

export interface NewPageOptions extends Pick<BrowserContextOptions, "javaScriptEnabled"> {
  /**
   * Console errors the test expects, such as Chromium's "Failed to load resource: ... 401"
   * after a refused login. Any other console error or uncaught exception fails the test.
   */
  expectConsoleErrors?: RegExp[];
}

export interface TestAccount {
  email: string;
  password: string;
  name: string;
}

export interface SignaalOptions {
  /**
   * More environment for the server, asked for each time it starts, so that a value known only
   * in a beforeAll hook (the port of a test SMTP server) can be passed: register that hook
   * before calling useSignaal(), as hooks run in the order they were registered.
   */
  env?: () => Record<string, string | undefined>;
}

export interface RestartOptions {
  /** Environment changed from this start on, as a deploy with new settings would (e.g. JOBS=on). */
  env?: Record<string, string | undefined>;
}

export interface Signaal {
  /** Base URL of the server, e.g. http://localhost:41234. */
  readonly url: string;
  /** A page in a new browser context: its own cookies, so its own visitor. Closed after the test. */
  newPage(options?: NewPageOptions): Promise<Page>;
  /**
   * A new teacher at a school of their own, written into the server's database with the test
   * factories: no progress, no sessions, nothing shared with another test.
   */
  createTeacher(overrides?: { name?: string }): Promise<TestAccount>;
  /**
   * Stops the server and starts it again on the same port and database, as a deploy or a
   * crash would. Browser contexts stay open; their sessions live in the database.
   */
  restart(options?: RestartOptions): Promise<void>;
  /**
   * The app's database client on the server's SQLite file, for what a test cannot do through
   * a page (queue a job as another instance would, wait for it). Closed after the file's tests
   * and by restart(): ask for it again afterwards.
   */
  database(): Database;
  /**
   * Takes SQLite's write lock from outside the server, so that its writes fail as they do in
   * an outage (busy, after the busy timeout). Returns the function that lets go; the lock is
   * let go after the test in any case.
   */
  holdWriteLock(): Promise<() => void>;
}

const SERVER_TIMEOUT_MS = 170_000;

interface OpenContext {
  context: BrowserContext;
  expected: RegExp[];
  errors: string[];
}

/**
 * Environment that moves the server's clock by `offsetMs` (Date.now() and new Date() in its
 * process), for behaviour tied to the hour of the day such as the reminders' sending hours.
 * A module imported before the app's own code swaps Date for a proxy of itself: every Date
 * stays a real Date (instanceof, Prisma, Zod), only "now" moves. The test's own clock is not
 * moved: it adds the same offset where it needs the server's "now".
 */
export function movedClockEnv(offsetMs: number): Record<string, string> {
  const code = [
    "const RealDate = Date;",
    "const realNow = RealDate.now.bind(RealDate);",
    `const now = () => realNow() + ${Math.round(offsetMs)};`,
    "RealDate.now = now;",
    "globalThis.Date = new Proxy(RealDate, {",
    "  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),",
    "  apply: () => new RealDate(now()).toString(),",
    "});",
  ].join("\n");
  const option = `--import=data:text/javascript,${encodeURIComponent(code)}`;
  return { NODE_OPTIONS: [process.env.NODE_OPTIONS, option].filter(Boolean).join(" ") };
}

/** Registers the hooks of a test file and returns the running server and browser. */
export function useSignaal(options: SignaalOptions = {}): Signaal {
  let directory: string | undefined;
  let databaseUrl: string | undefined;
  let server: RunningServer | undefined;
  let database: Database | undefined;
  let browser: Browser | undefined;
  let open: OpenContext[] = [];
  // What servers stopped by restart() logged, so a failed test still shows all of it.
  let earlierOutput = "";
  let outputAtStart = 0;
  let teachers = 0;
  let lock: BetterSqlite3.Database | undefined;
  // What restart() changed in the environment, kept for later starts.
  let changedEnv: Record<string, string | undefined> = {};
  const releaseLock = () => {
    lock?.exec("ROLLBACK");
    lock?.close();
    lock = undefined;
  };

  const output = () => earlierOutput + (server?.output() ?? "");
  const openDatabase = (): Database => {
    if (!databaseUrl || !server) throw new Error("Signaal is not running (beforeAll failed or has not run yet)");
    // The app's own client on the server's SQLite file (WAL and a busy timeout, so the two
    // processes share it), opened on first use and closed after the file's tests.
    database ??= createDatabase(readDatabaseConfig(databaseUrl));
    return database;
  };
  const start = (restart?: { port: number }) =>
    spawnServer({
      databaseUrl: databaseUrl!,
      port: restart?.port,
      // No SMTP server, so mail stays in the outbox where the tests read it, and no proxy in
      // front, unless the test's env says otherwise: undefined removes a variable the
      // developer's shell may have set. A restart runs the build it has (production skips the
      // build step), as a deploy would: a rebuild of sources edited meanwhile would change the
      // asset names under the open pages.
      env: {
        SMTP_URL: undefined,
        TRUST_PROXY: undefined,
        ...options.env?.(),
        ...changedEnv,
        ...(restart ? { NODE_ENV: "production" } : {}),
      },
      timeoutMs: SERVER_TIMEOUT_MS,
    });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "signaal-e2e-"));
    databaseUrl = `file:${path.join(directory, "e2e.db")}`;
    server = await start();
    if (chromiumAvailable) browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await database?.$disconnect();
    await server?.stop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  beforeEach(({ onTestFailed }) => {
    outputAtStart = output().length;
    onTestFailed(() => {
      const logged = output().slice(outputAtStart).trim();
      console.log(`\n[e2e] Server output during the failed test:\n${logged || "(nothing)"}\n`);
    });
  });

  afterEach(async () => {
    releaseLock();
    const contexts = open;
    open = [];
    await Promise.all(contexts.map(({ context }) => context.close()));
    const unexpected = contexts.flatMap(({ errors, expected }) =>
      errors.filter((error) => !expected.some((pattern) => pattern.test(error))),
    );
    expect(unexpected.length, `the browser reported errors:\n${unexpected.join("\n")}\nunexpected errors`).toBe(0);
  });

  return {
    get url() {
      if (!server) throw new Error("Signaal is not running (beforeAll failed or has not run yet)");
      return server.url;
    },
    async newPage(options = {}) {
      if (!browser || !server) throw new Error("The browser is not running: use newPage only in the browser suites");
      const context = await browser.newContext({
        baseURL: server.url,
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: "nl-NL",
      });
      if (options.javaScriptEnabled === false) markJavaScriptDisabled(context);
      const entry: OpenContext = { context, expected: options.expectConsoleErrors ?? [], errors: [] };
      open.push(entry);
      context.on("console", (message) => {
        if (message.type() === "error") entry.errors.push(`console.error on ${message.page()?.url() ?? "?"}: ${message.text()}`);
      });
      context.on("weberror", (error) => entry.errors.push(`uncaught exception on ${error.page()?.url() ?? "?"}: ${String(error.error())}`));
      return context.newPage();
    },
    async createTeacher(overrides = {}) {
      const db = openDatabase();
      teachers += 1;
      const school = await createSchool(db);
      const name = overrides.name ?? `Docent Test ${teachers}`;
      const user = await createUser(db, { name, schools: [{ schoolId: school.id, role: "TEACHER" }] });
      return { email: user.email, password: DEFAULT_TEST_PASSWORD, name: user.name };
    },
    async restart(restartOptions = {}) {
      if (!server) throw new Error("Signaal is not running (beforeAll failed or has not run yet)");
      changedEnv = { ...changedEnv, ...restartOptions.env };
      const stopped = server;
      server = undefined;
      await stopped.stop();
      earlierOutput += stopped.output();
      // `prisma migrate deploy` at start fails (SQLite busy) while another process has the
      // file open, even idle: the factories' client lets go and opens again when needed.
      await database?.$disconnect();
      database = undefined;
      // Same port, so open pages and the contexts' base URL still point at it.
      server = await start({ port: stopped.port });
    },
    database: openDatabase,
    async holdWriteLock() {
      if (!databaseUrl) throw new Error("Signaal is not running (beforeAll failed or has not run yet)");
      if (lock) throw new Error("the write lock is already held");
      lock = new BetterSqlite3(readDatabaseConfig(databaseUrl).url, { timeout: 5_000 });
      lock.exec("BEGIN IMMEDIATE");
      return releaseLock;
    },
  };
}
