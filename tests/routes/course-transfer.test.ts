// The version download and the import page as authors use them: who may, the download's
// headers, Dutch messages for what is not there, and an upload that works without JavaScript.
import { createRemixStub } from "@remix-run/testing";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { courseZip, readCourseZip } from "../../app/authoring/course-archive.server";
import type { CourseFile } from "../../app/authoring/course-files";
import type { Role } from "../../app/auth/roles";
import { publishCourse } from "../../app/content/publish.server";
import * as download from "../../app/routes/auteur.cursussen.$slug.versies.$nummer[.zip]";
import * as importPage from "../../app/routes/auteur.importeren";
import { createUserWithRole } from "../factories";
import { VALID_METADATA, lesson, writeCourse } from "../factories/course";
import { allowConsoleErrors } from "../support/console";
import { db, resetDatabase } from "../support/database";
import { ORIGIN, callRoute, makeRequest, sessionCookieFor } from "../support/remix";

const cookies = {} as Record<Role | "englishAuthor", string>;
let versionId = "";

beforeAll(async () => {
  await resetDatabase();
  for (const role of ["teacher", "coordinator", "author", "admin"] as const) {
    cookies[role] = await sessionCookieFor((await createUserWithRole(db, role)).id);
  }
  cookies.englishAuthor = await sessionCookieFor((await createUserWithRole(db, "author", { locale: "en" })).id);
  const published = await publishCourse(db, writeCourse({}, "test-cursus"));
  if (published.status === "invalid") throw new Error(JSON.stringify(published.faults));
  versionId = published.versionId;
});

beforeEach(async () => {
  await db.courseDraft.deleteMany();
  await db.course.deleteMany({ where: { slug: { not: "test-cursus" } } });
  await db.auditEntry.deleteMany();
});

async function downloadAs(who: Role | "englishAuthor" | null, slug = "test-cursus", nummer = "1") {
  const result = await callRoute(download.loader as never, makeRequest(`/auteur/cursussen/${slug}/versies/${nummer}.zip`, { cookie: who ? cookies[who] : null }), {
    slug,
    nummer,
  });
  const body = result.response ? new Uint8Array(await result.response.arrayBuffer()) : new Uint8Array(0);
  return { ...result, body, text: new TextDecoder().decode(body) };
}

/** A multipart form as a browser without JavaScript sends it. */
function upload(who: Role, file: Blob | null): Request {
  const body = new FormData();
  body.append("bestand", file ?? new File([], "", { type: "application/octet-stream" }));
  return new Request(new URL("/auteur/importeren", ORIGIN), { method: "POST", body, headers: { Cookie: cookies[who], Origin: ORIGIN } });
}

const zipFile = (bytes: Uint8Array, name = "cursus.zip") => new File([new Uint8Array(bytes)], name, { type: "application/zip" });

describe("downloading a version as a zip", () => {
  it.each(["author", "admin"] as const)("gives an %s the course folder as a zip file, not to be cached", async (role) => {
    const result = await downloadAs(role);
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("application/zip");
    expect(result.headers.get("Content-Disposition")).toBe('attachment; filename="test-cursus-versie-1.zip"');
    expect(result.headers.get("Cache-Control")).toBe("private, no-store");
    const reading = readCourseZip(result.body);
    expect(reading).toMatchObject({ status: "ok", slug: "test-cursus" });
    expect(reading.status === "ok" && reading.files.map((file) => file.path)).toEqual(["01-scenario.mdx", "02-quiz.mdx", "cursus.yml"]);
  });

  it.each(["teacher", "coordinator"] as const)("refuses a %s with 403", async (role) => {
    expect((await downloadAs(role)).status).toBe(403);
  });

  it("sends an anonymous visitor to the login page", async () => {
    const result = await downloadAs(null);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login/);
  });

  it("answers 404 in the author's language for an unknown course or version", async () => {
    for (const [slug, nummer] of [
      ["bestaat-niet", "1"],
      ["test-cursus", "2"],
      ["test-cursus", "een"],
    ]) {
      const result = await downloadAs("author", slug, nummer);
      expect(result.status).toBe(404);
      expect(result.text).toBe("Deze cursus of versie bestaat niet.");
    }
    expect((await downloadAs("englishAuthor", "bestaat-niet")).text).toBe("This course or version does not exist.");
  });

  it("explains that a version published before sources were kept cannot be downloaded", async () => {
    const sources = await db.courseVersionSource.findMany({ where: { versionId } });
    await db.courseVersionSource.deleteMany({ where: { versionId } });
    try {
      const result = await downloadAs("author");
      expect(result.status).toBe(409);
      expect(result.text).toBe("Versie 1 van test-cursus is gepubliceerd voordat Signaal de bronbestanden bewaarde, en kan daarom niet als zip worden gedownload.");
    } finally {
      await db.courseVersionSource.createMany({ data: sources });
    }
  });

  it("records the download in the audit log", async () => {
    await downloadAs("author");
    expect(await db.auditEntry.findMany({ select: { action: true, courseSlug: true, detail: true } })).toEqual([
      { action: "cursus.geexporteerd", courseSlug: "test-cursus", detail: JSON.stringify({ versie: 1 }) },
    ]);
  });
});

describe("the import page", () => {
  const NEW_COURSE: CourseFile[] = [
    { path: "cursus.yml", content: VALID_METADATA },
    { path: "01-inleiding.mdx", content: lesson("# Inleiding\n\nWelkom.\n") },
  ];

  it("is for authors: others get 403", async () => {
    expect((await callRoute(importPage.loader as never, makeRequest("/auteur/importeren", { cookie: cookies.author }))).status).toBe(200);
    for (const role of ["teacher", "coordinator"] as const) {
      expect((await callRoute(importPage.loader as never, makeRequest("/auteur/importeren", { cookie: cookies[role] }))).status).toBe(403);
      expect((await callRoute(importPage.action as never, upload(role, zipFile(courseZip("nieuwe-cursus", NEW_COURSE))))).status).toBe(403);
    }
    expect(await db.course.count()).toBe(1);
  });

  it("renders a labelled file field in a multipart form that posts without JavaScript", () => {
    const html = renderPage();
    // HTML attribute names are case-insensitive; React writes encType.
    expect(html).toMatch(/<form method="post" action="\/auteur\/importeren" enctype="multipart\/form-data"/i);
    expect(html).toContain('<label for="bestand">Zip-bestand met de cursus</label>');
    expect(html).toMatch(/<input id="bestand" name="bestand" type="file" accept=".zip,application\/zip" aria-describedby="bestand-hint"\/>/);
    expect(html).toContain('<button type="submit" class="button">Importeren</button>');
  });

  it("turns an uploaded new course into a draft and goes to the course's page with a notice", async () => {
    const result = await callRoute(importPage.action as never, upload("author", zipFile(courseZip("nieuwe-cursus", NEW_COURSE))));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/auteur/cursussen/nieuwe-cursus?melding=concept-geimporteerd");
    expect(await db.courseDraft.findFirst({ where: { course: { slug: "nieuwe-cursus" } } })).toMatchObject({ status: "DRAFT" });
  });

  it("says a course equal to its latest version is unchanged", async () => {
    const exported = await downloadAs("author");
    const result = await callRoute(importPage.action as never, upload("author", zipFile(exported.body, "test-cursus-versie-1.zip")));
    expect(result).toMatchObject({ status: 200, data: { stage: "unchanged", slug: "test-cursus", number: 1 } });
    const html = renderPage(result.data);
    expect(html).toContain('role="status"');
    expect(html).toContain("test-cursus is ongewijzigd: versie 1 blijft de nieuwste; er is geen nieuwe versie gemaakt.");
    expect(await db.courseDraft.count()).toBe(0);
  });

  it("lists a course's faults as file:line:column and message, and stores nothing", async () => {
    const broken = [NEW_COURSE[0]!, { path: "01-inleiding.mdx", content: lesson('<Scenario titel="Zonder id">\n</Scenario>\n') }];
    const result = await callRoute(importPage.action as never, upload("author", zipFile(courseZip("kapotte-cursus", broken))));
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ stage: "faults", slug: "kapotte-cursus", faults: expect.arrayContaining([expect.objectContaining({ file: "01-inleiding.mdx", line: 5 })]) });
    const html = renderPage(result.data);
    expect(html).toContain('role="alert"');
    expect(html).toContain("<li><code>01-inleiding.mdx:5:1</code> Een scenario heeft minstens één &lt;Einde&gt; nodig.</li>");
    expect(await db.course.count()).toBe(1);
  });

  it("explains a hostile or wrong file at the field, and stores nothing", async () => {
    const cases: [Blob | null, string][] = [
      [null, "Kies een zip-bestand om te importeren."],
      [new File(["titel: geen zip"], "cursus.yml"), "Dit is geen zip-bestand, of het is beschadigd. Pak de cursusmap in als .zip en probeer het opnieuw."],
      [zipFile(courseZip("nieuwe-cursus", NEW_COURSE).slice(0, 40)), "Dit is geen zip-bestand, of het is beschadigd. Pak de cursusmap in als .zip en probeer het opnieuw."],
    ];
    for (const [file, message] of cases) {
      const result = await callRoute(importPage.action as never, upload("author", file));
      expect(result.status).toBe(400);
      const html = renderPage(result.data);
      expect(html).toContain(`<p class="field__error" id="bestand-error">${message}</p>`);
      expect(html).toContain('aria-describedby="bestand-hint bestand-error"');
      expect(html).toContain(`<a href="#bestand">${message}</a>`);
    }
    expect(await db.course.count()).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("says so when the course already has a draft, and links to it", async () => {
    const changed = [NEW_COURSE[0]!, { path: "01-scenario.mdx", content: lesson("Iets anders.") }];
    const first = await callRoute(importPage.action as never, upload("author", zipFile(courseZip("test-cursus", changed))));
    expect(first.status).toBe(302);
    const second = await callRoute(importPage.action as never, upload("author", zipFile(courseZip("test-cursus", changed))));
    expect(second).toMatchObject({ status: 409, data: { stage: "open-draft", slug: "test-cursus" } });
    expect(renderPage(second.data)).toMatch(/<a [^>]*href="\/auteur\/cursussen\/test-cursus">Naar de cursus test-cursus<\/a>/);
    expect(await db.courseDraft.count()).toBe(1);
  });
});

/** The page as the server renders it, before any JavaScript runs, with an action's answer. */
function renderPage(actionData?: unknown): string {
  const logged = allowConsoleErrors();
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "nl", user: null }),
      children: [{ id: "import", path: "auteur/importeren", loader: () => null, action: () => null, Component: importPage.default }],
    },
  ]);
  const html = renderToStaticMarkup(
    createElement(Stub, {
      initialEntries: ["/auteur/importeren"],
      hydrationData: { loaderData: { root: { locale: "nl", user: null }, import: null }, actionData: actionData ? { import: actionData } : undefined },
    }),
  );
  for (const line of logged().split("\n").filter((text) => text.startsWith("Warning:"))) expect(line).toMatch(/^Warning: useLayoutEffect does nothing on the server/);
  return html;
}
