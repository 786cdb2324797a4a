// The HTTP server as a browser meets it: the real build, served in-process on a free port.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_TEST_PASSWORD, createUserWithRole } from "../factories";
import { allowConsoleErrors } from "../support/console";
import { type BuiltApp, startBuiltApp } from "../support/built-app";
import { db, resetDatabase } from "../support/database";
import { testProvider, withAdminClient } from "../setup/test-database";

let app: BuiltApp;
let base = "";

beforeAll(async () => {
  app = await startBuiltApp();
  base = app.base;
});

afterAll(() => app.close());
beforeEach(resetDatabase);

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("x-powered-by")).toBeNull();
}

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEFAULT_TEST_PASSWORD }),
  });
  expect(response.status).toBe(302);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

describe("every response carries the security headers", () => {
  it.each([
    ["a page", "/login", 200],
    ["a page that does not exist", "/bestaat-niet", 404],
    ["the health check", "/healthz", 200],
    ["a static file", "/favicon.svg", 200],
  ])("%s", async (_what, url, status) => {
    const response = await fetch(`${base}${url}`);
    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
  });

  it("an error page rendered by the app", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const response = await fetch(`${base}/beheer`, { headers: { Cookie: await signIn("juf@school.test") } });
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain("Geen toegang");
  });

  it("keeps personal pages out of every cache, while built assets are cached for good", async () => {
    await createUserWithRole(db, "teacher", { email: "meester@school.test" });
    const page = await fetch(`${base}/docent`, { headers: { Cookie: await signIn("meester@school.test") } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const html = await page.text();
    const asset = html.match(/\/build\/[^"]+\.js/)?.[0];
    expect(asset).toBeDefined();
    expect((await fetch(`${base}${asset}`)).headers.get("cache-control")).toMatch(/immutable/);
  });

  it("lets only scripts (and injected styles) with this response's nonce run", async () => {
    const response = await fetch(`${base}/login`);
    const nonce = response.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
    expect(response.headers.get("content-security-policy")).toContain(`style-src 'self' 'nonce-${nonce}'`);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const again = await fetch(`${base}/login`);
    expect(again.headers.get("content-security-policy")).not.toContain(nonce);
  });
});

describe("forged form posts", () => {
  const post = (headers: Record<string, string>) =>
    fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ email: "juf@school.test", password: DEFAULT_TEST_PASSWORD }),
    });

  it("refuses a post from another site and one without Origin, with a Dutch explanation", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const forged: Record<string, string>[] = [{ Origin: "http://evil.example" }, {}, { Origin: "null" }];
    for (const headers of forged) {
      const response = await post(headers);
      expect(response.status).toBe(403);
      expectSecurityHeaders(response);
      expect(await response.text()).toContain("dit formulier kwam niet van Signaal zelf");
    }
    expect(await db.session.count()).toBe(0);
  });

  it("accepts the same post from the site itself", async () => {
    await createUserWithRole(db, "teacher", { email: "juf@school.test" });
    const response = await post({ Origin: base });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/docent");
  });
});

describe("the health check", () => {
  it("reports the database in use", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(await response.json()).toEqual({ status: "ok", database: testProvider() });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it.runIf(testProvider() === "postgresql")(
    "answers 503 while the database refuses connections, and pages explain it; recovers after",
    async () => {
      const logged = allowConsoleErrors();
      const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
      await createUserWithRole(db, "teacher", { email: "juf@school.test" });
      const cookie = await signIn("juf@school.test");
      const block = async (allow: boolean) =>
        withAdminClient(async (client) => {
          await client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS ${allow}`);
          if (!allow) await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
        });
      await block(false);
      try {
        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(503);
        expect(await health.json()).toEqual({ status: "error", database: "postgresql", message: "database unreachable" });
        const page = await fetch(`${base}/docent`, { headers: { Cookie: cookie } });
        expect(page.status).toBe(503);
        expect(await page.text()).toContain("Signaal kan de database op dit moment niet bereiken");
      } finally {
        await block(true);
      }
      const recovered = await fetch(`${base}/healthz`);
      expect(recovered.status).toBe(200);
      expect(logged()).toMatch(/database unavailable|health check failed/);
    },
  );
});
