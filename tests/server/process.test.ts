// Signaal as an operator starts it: `npm start` in a child process, on its own database.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../scripts/lib/demo-data";
import { type RunningServer, spawnServer } from "../../scripts/lib/spawn-server";
import { DEFAULT_TEST_PASSWORD, createSchool, createUser } from "../factories";

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function temporaryDatabase(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-process-"));
  cleanups.push(() => fs.rmSync(directory, { recursive: true, force: true }));
  return `file:${path.join(directory, "data", "signaal.db")}`;
}

async function start(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await spawnServer({ databaseUrl, env });
  cleanups.push(() => server.stop("SIGKILL"));
  return server;
}

async function login(server: RunningServer, email: string, password: string): Promise<Response> {
  return fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
}

// Each test starts one or two real server processes (build check, migrations, demo data,
// publishing content/); on a busy 2-core machine that takes a while.
const PROCESS_TEST_TIMEOUT_MS = 90_000;

describe("starting Signaal", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("creates the SQLite database with demo accounts and content on first start; a second start keeps data and adds nothing", async () => {
    const databaseUrl = temporaryDatabase();
    const first = await start(databaseUrl);
    for (const email of Object.values(DEMO_ACCOUNTS)) {
      expect((await login(first, email, DEMO_PASSWORD)).status, email).toBe(302);
    }
    await first.stop();

    const db = createDatabase(readDatabaseConfig(databaseUrl));
    await createUser(db, { email: "toegevoegd@school.test" });
    const schoolsBefore = await db.school.count();
    const versionsBefore = await db.courseVersion.count();
    expect(versionsBefore, "the courses in content/ are published on first start").toBeGreaterThan(0);
    await db.$disconnect();

    const second = await start(databaseUrl);
    await second.stop();
    const after = createDatabase(readDatabaseConfig(databaseUrl));
    expect(await after.user.count()).toBe(Object.keys(DEMO_ACCOUNTS).length + 1);
    expect(await after.school.count()).toBe(schoolsBefore);
    expect(await after.courseVersion.count()).toBe(versionsBefore);
    await after.$disconnect();
  });

  it("adds no demo accounts to a production start unless asked", async () => {
    const databaseUrl = temporaryDatabase();
    const server = await start(databaseUrl, { NODE_ENV: "production", SEED_DEMO: "" });
    expect((await login(server, DEMO_ACCOUNTS.admin, DEMO_PASSWORD)).status).toBe(401);
  });

  it("says clearly when the port is taken, and exits", async () => {
    const running = await start(temporaryDatabase());
    await expect(spawnServer({ databaseUrl: temporaryDatabase(), port: running.port, timeoutMs: 60_000 })).rejects.toThrow(
      new RegExp(`Port ${running.port} is already in use`),
    );
  });

  it.runIf(Boolean(process.env.TEST_POSTGRESQL_URL))("says clearly when PostgreSQL refuses the credentials, and exits", async () => {
    const url = new URL(process.env.TEST_POSTGRESQL_URL!);
    url.username = "signaal_no_such_role";
    await expect(spawnServer({ databaseUrl: url.toString(), timeoutMs: 60_000 })).rejects.toThrow(/PostgreSQL refused the credentials/);
  });
});

describe("stopping Signaal", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("finishes running requests on SIGTERM, then exits cleanly", async () => {
    const server = await start(temporaryDatabase());
    // Connections are opened first, so that every request below is surely in the server's hands.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    cleanups.push(() => agent.destroy());
    await Promise.all(Array.from({ length: 16 }, () => request(agent, server.port, "GET", "/healthz")));
    const body = new URLSearchParams({ email: DEMO_ACCOUNTS.teacher, password: DEMO_PASSWORD }).toString();
    const inFlight = Array.from({ length: 16 }, () => request(agent, server.port, "POST", "/login", body));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exitCode = server.stop("SIGTERM");
    expect(await Promise.all(inFlight), server.output()).toEqual(Array(16).fill(302));
    expect(await exitCode).toBe(0);
    expect(server.output()).toContain("SIGTERM received");
    expect(server.output()).toContain("stopped");
  });
});

describe("progress across a stop", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("keeps every acknowledged progress event when stopped with SIGTERM mid-request, and the learners resume after a restart", async () => {
    const databaseUrl = temporaryDatabase();
    const server = await start(databaseUrl);
    const db = createDatabase(readDatabaseConfig(databaseUrl));
    cleanups.push(() => db.$disconnect());
    const school = await createSchool(db);
    const learners = await Promise.all(
      Array.from({ length: 12 }, () => createUser(db, { schools: [{ schoolId: school.id, role: "TEACHER" }] })),
    );
    const cookies = await Promise.all(
      learners.map(async (learner) => {
        const response = await login(server, learner.email, DEFAULT_TEST_PASSWORD);
        expect(response.status).toBe(302);
        return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
      }),
    );

    const agent = new http.Agent({ keepAlive: true, maxSockets: learners.length });
    cleanups.push(() => agent.destroy());
    await Promise.all(learners.map(() => request(agent, server.port, "GET", "/healthz")));
    const lesson = "/cursussen/demo-signaleren/01-signalen-in-context";
    const eventIds = learners.map((_, index) => `sigterm-test-event-${index}`);
    const inFlight = cookies.map((cookie, index) =>
      request(agent, server.port, "POST", lesson, new URLSearchParams({ intent: "afronden", gebeurtenis: eventIds[index]! }).toString(), cookie).catch(
        () => 0,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await server.stop("SIGTERM")).toBe(0);
    const statuses = await Promise.all(inFlight);

    // A 302 to the next lesson is the acknowledgement that the lesson was saved as completed;
    // requests in the server's hands are finished before it exits.
    expect(statuses, server.output()).toEqual(Array(learners.length).fill(302));
    const acknowledged = eventIds.filter((_, index) => statuses[index] === 302);
    const stored = await db.progressEvent.findMany({ where: { id: { in: eventIds } }, select: { id: true } });
    expect(stored.map((event) => event.id).sort()).toEqual(expect.arrayContaining(acknowledged.sort()));
    // Starting migrates the database, which wants it to itself.
    await db.$disconnect();

    const again = await start(databaseUrl);
    const index = eventIds.indexOf(acknowledged[0]!);
    const page = await fetch(`${again.url}/docent`, { headers: { Cookie: cookies[index]! } });
    expect(await page.text()).toContain("1 van 3 lessen");
  });
});

function request(agent: http.Agent, port: number, method: string, path: string, body?: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: body
          ? {
              "Content-Type": "application/x-www-form-urlencoded",
              Origin: `http://127.0.0.1:${port}`,
              "Content-Length": Buffer.byteLength(body),
              ...(cookie ? { Cookie: cookie } : {}),
            }
          : {},
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
