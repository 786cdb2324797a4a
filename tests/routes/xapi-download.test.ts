// The administrator's download of xAPI statements: who may have it, what the file holds for a
// period (in Dutch time), and the Dutch messages for dates that are not dates.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "../../app/auth/roles";
import { translator } from "../../app/i18n/translate";
import { statementStream } from "../../app/progress/xapi-export.server";
import * as download from "../../app/routes/beheer.xapi[.json]";
import * as page from "../../app/routes/beheer.xapi";
import { createUserWithRole } from "../factories";
import { createProgressEvent, createXapiStatement } from "../factories/xapi";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

const cookies = {} as Record<Role, string>;

beforeAll(async () => {
  await resetDatabase();
  for (const role of ["teacher", "coordinator", "author", "admin"] as const) {
    cookies[role] = await sessionCookieFor((await createUserWithRole(db, role)).id);
  }
});

beforeEach(async () => {
  await db.xapiStatement.deleteMany();
  await db.progressEvent.deleteMany();
});

async function downloadAs(role: Role | null, query = "") {
  const result = await callRoute(download.loader as never, makeRequest(`/beheer/xapi.json${query}`, { cookie: role ? cookies[role] : null }));
  return { ...result, text: (await result.response?.text()) ?? "" };
}

async function pageAs(role: Role | null, query = "") {
  return callRoute(page.loader as never, makeRequest(`/beheer/xapi${query}`, { cookie: role ? cookies[role] : null }));
}

// Around March 2025 in the Netherlands: winter time (UTC+1) until 30 March, summer time (UTC+2) after.
const MOMENTS = {
  lastOfFebruary: new Date("2025-02-28T22:59:59.999Z"), // 23:59:59 on 28 February in Amsterdam
  firstOfMarch: new Date("2025-02-28T23:00:00.000Z"), // 00:00 on 1 March in Amsterdam
  lastOfMarch: new Date("2025-03-31T21:59:59.999Z"), // 23:59:59 on 31 March in Amsterdam
  firstOfApril: new Date("2025-03-31T22:00:00.000Z"), // 00:00 on 1 April in Amsterdam
};

describe("downloading xAPI statements", () => {
  it("gives an administrator every statement as a JSON array, oldest first, as a file not to cache", async () => {
    for (const timestamp of [MOMENTS.firstOfApril, MOMENTS.lastOfFebruary, MOMENTS.firstOfMarch]) await createXapiStatement(db, { timestamp });
    const result = await downloadAs("admin");
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(result.headers.get("Content-Disposition")).toBe('attachment; filename="signaal-xapi-begin-eind.json"');
    expect(result.headers.get("Cache-Control")).toBe("no-store");
    const statements = JSON.parse(result.text) as { id: string; timestamp: string; verb: { id: string } }[];
    expect(statements.map((statement) => statement.timestamp)).toEqual(
      [MOMENTS.lastOfFebruary, MOMENTS.firstOfMarch, MOMENTS.firstOfApril].map((moment) => moment.toISOString()),
    );
    expect(statements[0]!.verb.id).toBe("http://adlnet.gov/expapi/verbs/experienced");
  });

  it("gives the statements from the first day 00:00 up to and including the last day, in Dutch time", async () => {
    for (const timestamp of Object.values(MOMENTS)) await createXapiStatement(db, { timestamp });
    const result = await downloadAs("admin", "?van=1-3-2025&tot=31-03-2025");
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Disposition")).toBe('attachment; filename="signaal-xapi-2025-03-01-2025-03-31.json"');
    const statements = JSON.parse(result.text) as { timestamp: string }[];
    expect(statements.map((statement) => statement.timestamp)).toEqual([MOMENTS.firstOfMarch.toISOString(), MOMENTS.lastOfMarch.toISOString()]);

    const fromOnly = JSON.parse((await downloadAs("admin", "?van=2025-04-01")).text) as unknown[];
    expect(fromOnly).toHaveLength(1);
  });

  it("gives an empty array when the period holds nothing", async () => {
    await createXapiStatement(db, { timestamp: MOMENTS.firstOfMarch });
    const result = await downloadAs("admin", "?van=01-01-2024&tot=31-12-2024");
    expect(JSON.parse(result.text)).toEqual([]);
  });

  it("reads the rows batch by batch and still gives every statement once, also when moments are equal", async () => {
    const { id: progressEventId } = await createProgressEvent(db);
    const ids: string[] = [];
    for (let index = 0; index < 7; index++) {
      // Pairs of equal moments, so a batch can end between two statements of one moment.
      const timestamp = new Date(MOMENTS.firstOfMarch.getTime() + Math.floor(index / 2) * 1000);
      ids.push((await createXapiStatement(db, { timestamp, progressEventId })).id);
    }
    const text = await new Response(statementStream({ van: null, tot: null }, 2)).text();
    const statements = JSON.parse(text) as { id: string }[];
    expect(statements.map((statement) => statement.id).sort()).toEqual([...ids].sort());
  });

  it("answers dates that are not dates with a Dutch message", async () => {
    const result = await downloadAs("admin", "?van=31-02-2025");
    expect(result.status).toBe(400);
    expect(result.text).toBe(translator("nl")("xapi.fromInvalid"));
    expect(result.text).toContain("bestaande datum");
  });

  it.each(["teacher", "coordinator", "author"] as const)("refuses a %s with 403", async (role) => {
    await createXapiStatement(db, { timestamp: MOMENTS.firstOfMarch });
    expect((await downloadAs(role)).status).toBe(403);
    expect((await pageAs(role)).status).toBe(403);
  });

  it("sends an anonymous visitor to the login page", async () => {
    for (const result of [await downloadAs(null), await pageAs(null)]) {
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    }
  });
});

describe("the learning records page", () => {
  it("tells an administrator how many statements the period holds and links the download for it", async () => {
    for (const timestamp of Object.values(MOMENTS)) await createXapiStatement(db, { timestamp });
    const all = await pageAs("admin");
    expect(all.status).toBe(200);
    expect(all.data).toMatchObject({ count: 4, hasPeriod: false, errors: {}, downloadHref: "/beheer/xapi.json" });

    const march = await pageAs("admin", "?van=01-03-2025&tot=31-03-2025");
    expect(march.data).toMatchObject({ count: 2, hasPeriod: true, downloadHref: "/beheer/xapi.json?van=2025-03-01&tot=2025-03-31" });
  });

  it("shows Dutch messages at the fields for a date that does not exist and for an end before the start", async () => {
    const t = translator("nl");
    const invalid = await pageAs("admin", "?van=morgen&tot=2025-13-01");
    expect(invalid.status).toBe(400);
    const { errors, count, values } = invalid.data as { errors: Record<string, string>; count: number | null; values: object };
    expect(count).toBeNull();
    expect(values).toEqual({ van: "morgen", tot: "2025-13-01" });
    expect(t(errors.van as never)).toBe("Vul bij ‘Van’ een bestaande datum in, zoals 31-01-2025.");
    expect(t(errors.tot as never)).toBe("Vul bij ‘Tot en met’ een bestaande datum in, zoals 31-01-2025.");

    const reversed = await pageAs("admin", "?van=31-03-2025&tot=01-03-2025");
    expect(reversed.status).toBe(400);
    expect(t((reversed.data as { errors: Record<string, string> }).errors.tot as never)).toBe(
      "De datum bij ‘Tot en met’ moet op of na de datum bij ‘Van’ liggen.",
    );
  });
});
