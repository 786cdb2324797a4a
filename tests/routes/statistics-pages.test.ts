// The administrators' statistics page and its CSV download, on the demo's 2015–2019 history:
// who may see them, the period filter with its Dutch messages, the letter's paragraph, the
// municipality table by reach with "<5" for small counts, and the CSV's headers and contents.
import { createRemixStub } from "@remix-run/testing";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../app/auth/roles";
import { translator } from "../../app/i18n/translate";
import * as csvRoute from "../../app/routes/beheer.statistieken[.csv]";
import * as page from "../../app/routes/beheer.statistieken";
import type { MunicipalityReach } from "../../app/statistics/municipality-reach";
import type { ParticipationReport } from "../../app/statistics/report";
import { seedDemo } from "../../scripts/lib/demo-data";
import { createMunicipality, createUserWithRole } from "../factories";
import { createCompletionRecord, createTraining } from "../factories/statistics";
import { allowConsoleErrors } from "../support/console";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

const cookies = {} as Record<Role, string>;
const t = translator("nl");
let smallTown = { id: "", cbsCode: "GM9003", name: "Kleindorp" };

interface PageData {
  values: Record<string, string>;
  errors: Record<string, string>;
  years: number[];
  report: ParticipationReport | null;
  paragraphs: string[];
  municipalities: MunicipalityReach | null;
  query: string;
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db);
  for (const role of ["teacher", "coordinator", "author", "admin"] as const) {
    cookies[role] = await sessionCookieFor((await createUserWithRole(db, role)).id);
  }
  // Three people trained in a small municipality: too few to show.
  const town = await createMunicipality(db, { cbsCode: "GM9003", name: "Kleindorp", prioritised: false });
  smallTown = { id: town.id, cbsCode: town.cbsCode, name: town.name };
  await createTraining(db, { municipalityId: town.id, date: "2018-06-12", provider: "ESS", participants: { PO: 3 } });
  // E-learning completions: seven at the demo's school in Rotterdam, two by people without a school.
  const school = await db.school.findUniqueOrThrow({ where: { brinCode: "99DE" } });
  for (let index = 0; index < 7; index++) {
    await createCompletionRecord(db, { schoolId: school.id, courseSlug: "signaal-basis", completedAt: `2018-09-0${index + 1}T10:00:00Z` });
  }
  for (let index = 0; index < 2; index++) await createCompletionRecord(db, { courseSlug: "signaal-basis", completedAt: "2018-10-01T10:00:00Z" });
});

async function pageAs(role: Role | null, query = "") {
  const result = await callRoute(page.loader as never, makeRequest(`/beheer/statistieken${query}`, { cookie: role ? cookies[role] : null }));
  return { ...result, data: result.data as PageData };
}

async function csvAs(role: Role | null, query = "") {
  const result = await callRoute(csvRoute.loader as never, makeRequest(`/beheer/statistieken.csv${query}`, { cookie: role ? cookies[role] : null }));
  return { ...result, text: (await result.response?.text()) ?? "" };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&#x27;");

/**
 * The page as the server renders it, before any JavaScript runs. React warns that the
 * stub's router uses useLayoutEffect on the server; that warning, and only that, is expected.
 */
function renderPage(data: PageData): string {
  const logged = allowConsoleErrors();
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "nl", user: null }),
      children: [{ id: "statistics", path: "beheer/statistieken", loader: () => data, Component: page.default }],
    },
  ]);
  const html = renderToStaticMarkup(
    createElement(Stub, {
      initialEntries: ["/beheer/statistieken"],
      hydrationData: { loaderData: { root: { locale: "nl", user: null }, statistics: data } },
    }),
  );
  for (const line of logged().split("\n").filter((text) => text.startsWith("Warning:"))) expect(line).toMatch(/^Warning: useLayoutEffect does nothing on the server/);
  return html;
}

/** CSV records split into fields (no quoted commas in the rows these tests read). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","));
}

const LETTER_2018 =
  "Sinds 2015 zijn er circa 4700 onderwijsprofessionals door SSV getraind. " +
  "In 2018 zijn 38 trainingen met 680 deelnemers vanuit PO, VO en MBO gegeven en circa 50 adviesgesprekken met scholen gevoerd.";

describe("who may see the statistics", () => {
  it.each(["teacher", "coordinator", "author"] as const)("refuses a %s the page and the CSV with 403", async (role) => {
    expect((await pageAs(role)).status).toBe(403);
    expect((await csvAs(role)).status).toBe(403);
  });

  it("sends an anonymous visitor to the login page", async () => {
    for (const result of [await pageAs(null), await csvAs(null, "?soort=jaar&jaar=2018")]) {
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    }
  });
});

describe("the statistics page", () => {
  it("gives an administrator 2018 with the letter's paragraph, counted since 2015", async () => {
    const result = await pageAs("admin", "?soort=jaar&jaar=2018&sinds=2015");
    expect(result.status).toBe(200);
    expect(result.data.errors).toEqual({});
    expect(result.data.report?.period).toEqual({ kind: "year", from: "2018-01-01", to: "2018-12-31" });
    expect(result.data.paragraphs[0]).toBe(LETTER_2018);
    expect(result.data.report?.cumulative?.since).toBe(2015);
    expect(result.data.query).toBe("soort=jaar&jaar=2018&sinds=2015");

    const html = renderPage(result.data);
    expect(html).toContain(LETTER_2018);
    expect(html).toContain("Kerncijfers");
    // Server-rendered charts, each named and followed by its table; no copy button without JavaScript.
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(4);
    expect(html).toContain("In 2018 zijn er 9 e-learnings van Signaal afgerond");
    expect(html).not.toContain(t("statistics.paragraph.copy"));
    expect(html).toContain('role="status"');
    for (const definition of ["Training", "Deelnemer", "Afronding e-learning"]) expect(html).toContain(`<dt>${definition}</dt>`);
    expect(html).not.toContain("style=");
  });

  it("shows the last full year with data, counted since 2015, when no period is asked for", async () => {
    const result = await pageAs("admin");
    expect(result.status).toBe(200);
    expect(result.data.values).toMatchObject({ soort: "jaar", jaar: "2019", sinds: "2015" });
    expect(result.data.report?.period).toEqual({ kind: "year", from: "2019-01-01", to: "2019-12-31" });
    expect(result.data.years).toContain(2015);
    expect(result.data.years[0]).toBe(new Date().getFullYear());
  });

  it("reads a quarter, a month and a free period written as dd-mm-jjjj", async () => {
    const quarter = await pageAs("admin", "?soort=kwartaal&jaar=2019&kwartaal=1");
    expect(quarter.data.report?.period).toEqual({ kind: "quarter", from: "2019-01-01", to: "2019-03-31" });
    expect(quarter.data.paragraphs[0]).toContain("In het eerste kwartaal van 2019");
    const month = await pageAs("admin", "?soort=maand&jaar=2018&maand=3&sinds=");
    expect(month.data.report?.period).toEqual({ kind: "month", from: "2018-03-01", to: "2018-03-31" });
    expect(month.data.report?.cumulative).toBeNull();
    const range = await pageAs("admin", "?soort=vrij&van=1-1-2019&tot=2019-04-30&sinds=2015");
    expect(range.status).toBe(200);
    expect(range.data.values).toMatchObject({ van: "01-01-2019", tot: "30-04-2019" });
    expect(range.data.paragraphs[0]).toMatch(
      /^Sinds 2015 zijn er circa 5000 onderwijsprofessionals door SSV getraind\. Van 1 januari tot en met 30 april 2019 zijn 14 trainingen/,
    );
  });

  it("answers dates that are not dates with 400 and Dutch messages at the fields", async () => {
    const invalid = await pageAs("admin", "?soort=vrij&van=31-02-2019&tot=morgen");
    expect(invalid.status).toBe(400);
    expect(invalid.data.report).toBeNull();
    expect(invalid.data.values).toMatchObject({ soort: "vrij", van: "31-02-2019", tot: "morgen" });
    expect(t(invalid.data.errors.van as never)).toBe("Vul bij ‘Van’ een bestaande datum vanaf 2000 in, zoals 01-01-2019.");
    expect(t(invalid.data.errors.tot as never)).toBe("Vul bij ‘Tot en met’ een bestaande datum vanaf 2000 in, zoals 30-04-2019.");

    const html = renderPage(invalid.data);
    expect(html).toContain("Er is een probleem");
    expect(html).toContain('href="#van"');
    expect(html).toContain('aria-invalid="true"');

    const reversed = await pageAs("admin", "?soort=vrij&van=30-04-2019&tot=01-01-2019");
    expect(reversed.status).toBe(400);
    expect(t(reversed.data.errors.tot as never)).toBe("De datum bij ‘Tot en met’ moet op of na de datum bij ‘Van’ liggen.");

    const empty = await pageAs("admin", "?soort=vrij&van=&tot=");
    expect(Object.keys(empty.data.errors).sort()).toEqual(["tot", "van"]);
    expect(t(empty.data.errors.van as never)).toContain("de eerste dag van de periode");

    const others = await pageAs("admin", "?soort=kwartaal&jaar=1999&kwartaal=5&sinds=2019x");
    expect(others.status).toBe(400);
    expect(others.data.errors).toEqual({
      jaar: "statistics.filter.yearInvalid",
      kwartaal: "statistics.filter.quarterInvalid",
      sinds: "statistics.filter.sinceInvalid",
    });
    const late = await pageAs("admin", "?soort=jaar&jaar=2018&sinds=2019");
    expect(t(late.data.errors.sinds as never)).toBe("Het jaar bij ‘Tel ook op sinds’ mag niet na het begin van de periode liggen.");
    const unknownKind = await pageAs("admin", "?soort=week");
    expect(unknownKind.data.errors).toEqual({ soort: "statistics.filter.kindInvalid" });
  });

  it("sorts the municipality table by reach and marks prioritised municipalities in words, with their share", async () => {
    const { data } = await pageAs("admin", "?soort=jaar&jaar=2018");
    const table = data.municipalities!;
    const named = table.rows.filter((entry) => entry.row.name !== null);
    for (let index = 1; index < named.length; index++) expect(named[index - 1]!.reach).toBeGreaterThanOrEqual(named[index]!.reach);
    expect(named[0]!.reach).toBeGreaterThan(0);
    // The completions without a school close the table, whatever their reach: they are no municipality.
    expect(table.rows.at(-1)?.row).toMatchObject({ name: null, completions: { suppressed: true } });
    for (const entry of named) expect(entry.share === null).toBe(entry.row.prioritised !== true || data.report!.totals.reached === 0);
    const prioritised = data.report!.byPrioritised.find((row) => row.prioritised === "yes")!;
    expect(table.prioritisedShare).toBeCloseTo(prioritised.reached / data.report!.totals.reached, 10);

    const html = renderPage(data);
    const body = html.slice(html.indexOf("municipality-table"));
    const order = named.map((entry) => body.indexOf(`<th scope="row">${escapeHtml(entry.row.name!)}`));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const rotterdam = body.slice(body.indexOf('<th scope="row">Rotterdam'), body.indexOf("</tr>", body.indexOf('<th scope="row">Rotterdam')));
    expect(rotterdam).toContain("prioritair");
    expect(rotterdam).toMatch(/\d+,\d%/);
    const zwolle = body.slice(body.indexOf('<th scope="row">Zwolle'), body.indexOf("</tr>", body.indexOf('<th scope="row">Zwolle')));
    expect(zwolle).not.toContain("prioritair");
    expect(html).toMatch(/De prioritaire gemeenten samen bereikten \d+ van de \d+ deelnemers en afronders: \d+,\d%/);
  });

  it("shows a municipality with 3 participants as <5, sorted as nobody", async () => {
    const { data } = await pageAs("admin", "?soort=jaar&jaar=2018");
    const entry = data.municipalities!.rows.find((candidate) => candidate.row.municipalityId === smallTown.id)!;
    expect(entry.row.participants).toEqual({ value: null, suppressed: true });
    expect(entry.row.trainings).toBe(1);
    expect(entry.reach).toBe(0);
    expect(entry.reachIsLowerBound).toBe(true);
    expect(JSON.stringify(entry)).not.toMatch(/:3[,}]/);

    const html = renderPage(data);
    const start = html.indexOf('<th scope="row">Kleindorp');
    const row = html.slice(start, html.indexOf("</tr>", start));
    expect(row).toContain("&lt;5");
    expect(row).not.toMatch(/>3</);
  });
});

describe("the CSV download", () => {
  it("sends every table as a UTF-8 attachment with a byte order mark, not to cache", async () => {
    const result = await csvAs("admin", "?soort=jaar&jaar=2018&sinds=2015");
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(result.headers.get("Content-Disposition")).toBe('attachment; filename="signaal-statistieken-2018-01-01-2018-12-31.csv"');
    expect(result.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await (await csvRoute.loader({ request: makeRequest("/beheer/statistieken.csv?jaar=2018", { cookie: cookies.admin }), params: {}, context: {} } as never)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(result.text);
    expect(rows[0]?.[0]).toBe("table");
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(
      new Set(["totals", "provider", "provider_in_prioritised", "sector", "prioritised", "municipality", "course", "cumulative_totals", "cumulative_provider"]),
    );
    const ssv = rows.find((row) => row[0] === "provider" && row[3] === "SSV")!;
    expect(ssv[6]).toBe("38");
    expect(ssv[7]).toBe("680");
  });

  it("writes the municipality with 3 participants as <5, never as the number", async () => {
    const result = await csvAs("admin", "?soort=jaar&jaar=2018");
    const row = csvRows(result.text).find((fields) => fields[0] === "municipality" && fields[3] === smallTown.cbsCode)!;
    expect(row[4]).toBe("Kleindorp");
    expect(row[7]).toBe("<5");
    expect(row).not.toContain("3");
  });

  it("gives one table when asked, named in the file name", async () => {
    const result = await csvAs("admin", "?soort=jaar&jaar=2018&tabel=municipality");
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Disposition")).toBe('attachment; filename="signaal-statistieken-2018-01-01-2018-12-31-municipality.csv"');
    const rows = csvRows(result.text);
    expect(rows[0]?.[0]).toBe("table");
    expect(rows.length).toBeGreaterThan(2);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(["municipality"]));

    const two = csvRows((await csvAs("admin", "?soort=jaar&jaar=2018&tabel=cumulative_totals&tabel=cumulative_provider")).text);
    expect(new Set(two.slice(1).map((row) => row[0]))).toEqual(new Set(["cumulative_totals", "cumulative_provider"]));
  });

  it("answers an unknown table or a wrong period with 400 and a Dutch message", async () => {
    const table = await csvAs("admin", "?soort=jaar&jaar=2018&tabel=gemeente");
    expect(table.status).toBe(400);
    expect(table.text).toBe(t("statistics.download.tableInvalid"));
    const period = await csvAs("admin", "?soort=vrij&van=31-02-2019&tot=01-03-2019");
    expect(period.status).toBe(400);
    expect(period.text).toBe("Vul bij ‘Van’ een bestaande datum vanaf 2000 in, zoals 01-01-2019.");
  });
});
