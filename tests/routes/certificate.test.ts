// A finished course through the real loaders: the learner's completion page and certificate
// download, only ever their own, and the public verification page, which tells a stranger
// whether a code is genuine and no more than the name, the course and the date.
import { createRemixStub } from "@remix-run/testing";
import { type ComponentType, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as completionRoute from "../../app/routes/cursussen.$slug.afgerond";
import * as certificateRoute from "../../app/routes/cursussen.$slug.certificaat[.pdf]";
import * as verificationRoute from "../../app/routes/verificatie";
import { readPdf } from "../certificates/read-pdf";
import { createSchool, createUserWithRole } from "../factories";
import { createCompletion, publishTestCourse } from "../factories/completion";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

const CODE = "ABCD-EFGH-JKMN";
const ERASED_CODE = "PQRS-TUVW-XYZ2";
const COMPLETED_AT = new Date("2026-11-28T10:00:00Z");
const OWNER = { name: "Şükrü Łukasiewicz-Nguyễn", email: "sukru@baken.test" };
const SCHOOL_NAME = "Het Baken College";

const cookies = { owner: "", other: "", repeater: "" };
let repeaterLatestCode = "";

beforeAll(async () => {
  await resetDatabase();
  await publishTestCourse(db, "test-cursus");
  await publishTestCourse(db, "tweede-cursus");
  const school = await createSchool(db, { name: SCHOOL_NAME });
  const owner = await createUserWithRole(db, "teacher", { ...OWNER, schoolId: school.id });
  const other = await createUserWithRole(db, "teacher");
  const repeater = await createUserWithRole(db, "teacher");
  cookies.owner = await sessionCookieFor(owner.id);
  cookies.other = await sessionCookieFor(other.id);
  cookies.repeater = await sessionCookieFor(repeater.id);

  await createCompletion(db, owner.id, {
    completedAt: COMPLETED_AT,
    verificationCode: CODE,
    scores: {
      scenarios: { "verhitte-les": { signaleren: 3, duiden: 2, handelen: 4 } },
      quizzes: { toets: { bestScore: 80, attempts: 2 } },
    },
  });
  // Another teacher finished a different course: the owner can never get that certificate.
  await createCompletion(db, other.id, { slug: "tweede-cursus" });
  // Someone who finished twice; their certificate is the latest.
  await createCompletion(db, repeater.id, { completedAt: new Date("2026-01-10T10:00:00Z") });
  repeaterLatestCode = (await createCompletion(db, repeater.id, { completedAt: new Date("2026-03-10T10:00:00Z") })).verificationCode;
  // A person who was erased: the record stays, without a name.
  await createCompletion(db, null, { completedAt: COMPLETED_AT, verificationCode: ERASED_CODE });
});

/**
 * The page as the server sends it, rendered from the loader's data in Dutch. (Not jsdom:
 * publishing runs esbuild, which refuses jsdom's TextEncoder.) React warns that the stub's
 * router subscribes in a layout effect, which a server render skips; only that warning is
 * let through, any other console.error still fails the test.
 */
function renderPage(Component: ComponentType, path: string, routeId: string, loaderData: unknown): string {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => null, children: [{ id: routeId, path: path.split("?")[0]!.slice(1), Component }] },
  ]);
  const report = console.error;
  console.error = (...args: unknown[]) => {
    if (String(args[0]).startsWith("Warning: useLayoutEffect does nothing on the server")) return;
    report(...args);
  };
  try {
    return renderToStaticMarkup(
      createElement(Stub, {
        initialEntries: [path],
        hydrationData: { loaderData: { root: { locale: "nl", user: null }, [routeId]: loaderData } },
      }),
    );
  } finally {
    console.error = report;
  }
}

/** Visible text of rendered HTML, with entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

describe("downloading the certificate", () => {
  const path = "/cursussen/test-cursus/certificaat.pdf";
  const params = { slug: "test-cursus" };

  it("gives the owner a PDF with their name, the course, the version, the date and the code", async () => {
    const result = await callRoute(certificateRoute.loader, makeRequest(path, { cookie: cookies.owner }), params);
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("application/pdf");
    expect(result.headers.get("Content-Disposition")).toBe('attachment; filename="signaal-certificaat-test-cursus.pdf"');
    expect(result.headers.get("Cache-Control")).toBe("private, no-store");
    const pdf = await readPdf(new Uint8Array(await result.response!.arrayBuffer()));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain(OWNER.name.normalize("NFC"));
    expect(pdf.text).toContain("Signalen in de klas");
    expect(pdf.text).toContain("versie 1");
    expect(pdf.text).toContain("28 november 2026");
    expect(pdf.text).toContain(CODE);
    expect(pdf.text).toContain(`http://localhost:3000/verificatie?code=${CODE}`);
  });

  it("answers 404 to a teacher who has not completed the course", async () => {
    const result = await callRoute(certificateRoute.loader, makeRequest(path, { cookie: cookies.other }), params);
    expect(result.status).toBe(404);
  });

  it("never hands out someone else's certificate", async () => {
    const result = await callRoute(
      certificateRoute.loader,
      makeRequest("/cursussen/tweede-cursus/certificaat.pdf", { cookie: cookies.owner }),
      { slug: "tweede-cursus" },
    );
    expect(result.status).toBe(404);
  });

  it("is the latest certificate for someone who completed the course twice", async () => {
    const result = await callRoute(certificateRoute.loader, makeRequest(path, { cookie: cookies.repeater }), params);
    const pdf = await readPdf(new Uint8Array(await result.response!.arrayBuffer()));
    expect(pdf.text).toContain(repeaterLatestCode);
    expect(pdf.text).toContain("10 maart 2026");
  });

  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(certificateRoute.loader, makeRequest(path), params);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
  });
});

describe("the completion page", () => {
  const path = "/cursussen/test-cursus/afgerond";
  const params = { slug: "test-cursus" };

  it("congratulates the owner and shows the course, date, version, results, code and links", async () => {
    const result = await callRoute(completionRoute.loader, makeRequest(path, { cookie: cookies.owner }), params);
    expect(result.status).toBe(200);
    const html = renderPage(completionRoute.default, path, "routes/cursussen.$slug.afgerond", result.data);
    const text = textOf(html);
    expect(text).toContain("Gefeliciteerd, je hebt de cursus afgerond");
    expect(text).toContain("Signalen in de klas");
    expect(text).toContain("28 november 2026");
    expect(text).toMatch(/Versie\s+1/);
    expect(text).toContain(CODE);
    // The scenario's scores per dimension, out of the best reachable, and the quiz's best score.
    expect(text).toContain("Een verhitte les");
    expect(text).toMatch(/Signaleren.*Duiden.*Handelen/);
    expect(text).toContain("3 van 4");
    expect(text).toContain("80%");
    expect(html).toContain('href="/cursussen/test-cursus/certificaat.pdf"');
    expect(text).toContain("Download je certificaat (PDF)");
    expect(html).toContain(`href="/verificatie?code=${CODE}"`);
  });

  it("sends someone who has not completed the course back to the course", async () => {
    const result = await callRoute(completionRoute.loader, makeRequest(path, { cookie: cookies.other }), params);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/cursussen/test-cursus");
  });

  it("sends an anonymous visitor to the login page", async () => {
    const result = await callRoute(completionRoute.loader, makeRequest(path), params);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("the public verification page", () => {
  async function verify(code: string | null, cookie?: string) {
    const path = code === null ? "/verificatie" : `/verificatie?${new URLSearchParams({ code })}`;
    const result = await callRoute(verificationRoute.loader, makeRequest(path, { cookie }));
    const html = renderPage(verificationRoute.default, path, "routes/verificatie", result.data);
    return { result, html, text: textOf(html) };
  }

  it("confirms a genuine code, however it is typed, with only the name, the course and the date", async () => {
    const { result, html, text } = await verify("  abcd efgh jkmn ");
    expect(result.status).toBe(200);
    expect(text).toContain("Dit certificaat is echt");
    expect(text).toContain(OWNER.name);
    expect(text).toContain("Signalen in de klas");
    expect(text).toContain("28 november 2026");
    expect(html).toContain(`value="${CODE}"`);
    // Nothing else about the person or their results.
    const everything = `${html} ${JSON.stringify(result.data)}`;
    for (const secret of [OWNER.email, SCHOOL_NAME, "versie", "Versie", "80", "Signaleren", "test-cursus", "10:00", "T10"]) {
      expect(everything, secret).not.toContain(secret);
    }
  });

  it("works the same for a signed-in visitor", async () => {
    const { result, text } = await verify("ABCDEFGHJKMN", cookies.other);
    expect(result.status).toBe(200);
    expect(text).toContain(OWNER.name);
  });

  it("says so clearly when no certificate has the code", async () => {
    const { result, text } = await verify("ZZZZ-ZZZZ-ZZZZ");
    expect(result.status).toBe(404);
    expect(text).toContain("Geen certificaat gevonden");
    expect(text).toContain("Er is geen certificaat met de code ZZZZ-ZZZZ-ZZZZ.");
    expect(text).not.toContain("Dit certificaat is echt");
  });

  it("explains the format when the code cannot be one, at the top and at the field", async () => {
    const { result, html, text } = await verify("ABC-123");
    expect(result.status).toBe(400);
    expect(text).toContain("Er is een probleem");
    expect(text).toContain("Een verificatiecode bestaat uit 12 letters en cijfers, zoals ABCD-EFGH-JKMN.");
    expect(html).toContain('href="#code"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="ABC-123"');
  });

  it("asks for the code when the field was left empty", async () => {
    const { result, text } = await verify("   ");
    expect(result.status).toBe(400);
    expect(text).toContain("Vul de verificatiecode in.");
  });

  it("shows only the form, labelled and explained, before a code is entered", async () => {
    const { result, html, text } = await verify(null);
    expect(result.status).toBe(200);
    expect(html).toMatch(/<form method="get"/);
    expect(html).toContain('<label for="code">Verificatiecode</label>');
    expect(text).toContain("12 letters en cijfers, zoals ABCD-EFGH-JKMN.");
    expect(text).not.toContain("Er is een probleem");
  });

  it("confirms the certificate of an erased person, saying the name is no longer kept", async () => {
    const { result, text } = await verify(ERASED_CODE);
    expect(result.status).toBe(200);
    expect(text).toContain("Dit certificaat is echt");
    expect(text).toContain("De naam bewaren we niet meer");
    expect(text).toContain("Signalen in de klas");
    expect(text).toContain("28 november 2026");
  });

  it("asks search engines not to index it, caches nothing and passes the code on to no other site", () => {
    const meta = verificationRoute.meta({ matches: [], data: undefined } as never);
    expect(meta).toContainEqual({ name: "robots", content: "noindex, nofollow" });
    expect(meta).toContainEqual({ name: "referrer", content: "no-referrer" });
    const headers = new Headers(verificationRoute.headers({} as never) as HeadersInit);
    expect(headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    expect(headers.get("Cache-Control")).toBe("private, no-store");
  });
});
