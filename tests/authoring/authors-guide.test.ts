// @vitest-environment jsdom
// The authors' guide in the app: content/README.md as HTML with ids on its headings and a
// table of contents, raw HTML never passed through, and the page /auteur/handleiding as an
// author reads it (who else may read it: the access matrix in tests/routes/access.test.ts).
import { createRemixStub } from "@remix-run/testing";
import { render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { type AuthorsGuide, authorsGuide, renderGuide } from "../../app/authoring/authors-guide.server";
import { COMPONENTS_GUIDE_PATH } from "../../app/components/authoring/palette";
import GuidePage, * as guideRoute from "../../app/routes/auteur.handleiding";
import { createUserWithRole } from "../factories";
import { db, resetDatabase } from "../support/database";
import { callRoute, makeRequest, sessionCookieFor } from "../support/remix";

async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    rules: { "color-contrast": { enabled: false } },
  });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("the guide from content/README.md", () => {
  let guide: AuthorsGuide;
  beforeAll(async () => {
    guide = await authorsGuide();
  });

  it("lists its chapters, in order, for the table of contents", () => {
    expect(guide.headings[0]).toEqual({ id: "1-een-cursus-is-een-map", text: "1. Een cursus is een map", depth: 2 });
    expect(guide.headings).toContainEqual({ id: "6-alle-onderdelen-met-voorbeelden", text: "6. Alle onderdelen, met voorbeelden", depth: 2 });
    expect(guide.headings).toContainEqual({ id: "7-een-goed-scenario-schrijven", text: "7. Een goed scenario schrijven", depth: 2 });
    expect(guide.headings.every((heading) => heading.depth === 2)).toBe(true);
  });

  it("gives its sections ids, also the one the palette links to", () => {
    const page = parse(guide.html);
    expect(page.getElementById("61-scenario-stap-keuze-feedback-en-einde")?.textContent).toBe("6.1 Scenario, Stap, Keuze, Feedback en Einde");
    expect(page.getElementById("62-quiz-vraag-optie-en-uitleg")?.tagName).toBe("H3");
    expect(page.getElementById(COMPONENTS_GUIDE_PATH.split("#")[1]!)?.textContent).toBe("6. Alle onderdelen, met voorbeelden");
  });

  it("leaves out its own title, which the page replaces", () => {
    expect(guide.html).not.toContain("<h1");
    expect(guide.html).not.toContain("Cursussen schrijven voor Signaal");
  });

  it("renders its tables as tables and its examples as code", () => {
    const page = parse(guide.html);
    const keys = [...page.querySelectorAll("table")].find((table) => table.textContent?.includes("versienotitie"));
    expect(keys?.querySelector("th")?.textContent).toBe("sleutel");
    const scenario = [...page.querySelectorAll("pre > code")].find((code) => code.textContent?.includes('<Scenario id="'));
    expect(scenario).toBeDefined();
  });
});

describe("converting Markdown", () => {
  it("renders a GFM table as a table", () => {
    const { html } = renderGuide("| sleutel | verplicht |\n| --- | --- |\n| `titel` | ja |\n");
    expect(html).toContain("<table>");
    expect(html).toContain("<td><code>titel</code></td>");
  });

  it("never passes raw HTML through: a script is not a script, and tags in text are dropped", () => {
    const { html } = renderGuide("Hallo\n\n<script>alert('hallo')</script>\n\nEen <b>vet</b> woord en `<script>` als code.\n");
    expect(html).not.toMatch(/<script|<b>/i);
    expect(html).toContain("<code>&#x3C;script></code>");
    expect(html).toContain("Een vet woord");
  });

  it("keeps web, e-mail and in-page links, and shows links into the repository as text", () => {
    const { html } = renderGuide(
      "[SSV](https://www.schoolenveiligheid.nl), [mail](mailto:a@b.nl), [hoofdstuk](#wat-mag), [voorbeeld](demo-signaleren/) en [dit](javascript:alert(1)).",
    );
    expect(html).toContain('<a href="https://www.schoolenveiligheid.nl">SSV</a>');
    expect(html).toContain('<a href="mailto:a@b.nl">mail</a>');
    expect(html).toContain('<a href="#wat-mag">hoofdstuk</a>');
    expect(html).toContain("voorbeeld en dit.");
    expect(html).not.toContain("javascript:");
  });

  it("collects only level-2 headings, with the ids on the headings", () => {
    const { html, headings } = renderGuide("# Titel\n\n## 1. Begin\n\n### Een stap\n\n## 2. Verder\n");
    expect(headings).toEqual([
      { id: "1-begin", text: "1. Begin", depth: 2 },
      { id: "2-verder", text: "2. Verder", depth: 2 },
    ]);
    expect(html).toContain('<h3 id="een-stap">Een stap</h3>');
  });
});

describe("the page /auteur/handleiding", () => {
  beforeAll(resetDatabase);

  async function loadAsAuthor() {
    const author = await createUserWithRole(db, "author");
    const result = await callRoute(guideRoute.loader, makeRequest("/auteur/handleiding", { cookie: await sessionCookieFor(author.id) }));
    return { status: result.status, data: result.data as AuthorsGuide };
  }

  function renderPage(data: AuthorsGuide, locale: "nl" | "en") {
    const Stub = createRemixStub([
      { id: "root", path: "/", loader: () => ({ locale, user: null }), children: [{ path: "auteur/handleiding", loader: () => data, Component: GuidePage }] },
    ]);
    return render(createElement(Stub, { initialEntries: ["/auteur/handleiding"] }));
  }

  it("shows an author the guide under its own heading, with a table of contents", async () => {
    const { status, data } = await loadAsAuthor();
    expect(status).toBe(200);
    const { container } = renderPage(data, "nl");
    expect(await screen.findByRole("heading", { level: 1, name: "Handleiding voor auteurs" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const contents = within(screen.getByRole("navigation", { name: "Inhoud van de handleiding" }));
    expect(contents.getAllByRole("link")).toHaveLength(data.headings.length);
    expect(contents.getByRole("link", { name: "6. Alle onderdelen, met voorbeelden" })).toHaveAttribute("href", "#6-alle-onderdelen-met-voorbeelden");
    expect(screen.getByRole("heading", { level: 2, name: "6. Alle onderdelen, met voorbeelden" })).toHaveAttribute("id", "6-alle-onderdelen-met-voorbeelden");
    expect(screen.queryByText(/written in Dutch/)).toBeNull();
    await expectNoViolations(container);
  });

  it("says in English that the guide is in Dutch, and marks the guide as Dutch", async () => {
    const { data } = await loadAsAuthor();
    const { container } = renderPage(data, "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Guide for authors" })).toBeInTheDocument();
    expect(screen.getByText(/^The guide is written in Dutch/)).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Contents of the guide" }).querySelector("ul")).toHaveAttribute("lang", "nl");
    expect(container.querySelector(".guide__text")).toHaveAttribute("lang", "nl");
  });
});
