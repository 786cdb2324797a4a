// @vitest-environment jsdom
// The authors' pages and the audit log as people read them: status and changes in words,
// faults linked to their place in the editor, own work explained, and no WCAG 2.1 A/AA
// violations that axe can find without a browser.
import { createRemixStub } from "@remix-run/testing";
import { render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import type { FileDiff } from "../../app/authoring/diff";
import ReviewPage from "../../app/routes/auteur.beoordelen";
import WorkspacePage from "../../app/routes/auteur.cursussen.$slug._index";
import VersionPage from "../../app/routes/auteur.cursussen.$slug.versies.$nummer";
import AuditPage from "../../app/routes/beheer.audit";

// The route modules reach the publish pipeline, whose compiler (esbuild) cannot load under
// jsdom; these pages render loader data and never compile.
vi.mock("../../app/content/compile-lesson.server", () => ({ compileLesson: () => Promise.reject(new Error("not in page tests")) }));

async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    rules: { "color-contrast": { enabled: false } },
  });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

type StubRoute = { loader?: () => object | null; action?: () => object; Component: () => React.ReactNode };

function renderPage(path: string, route: StubRoute, locale: "nl" | "en" = "nl") {
  const Stub = createRemixStub([{ id: "root", path: "/", loader: () => ({ locale, user: null }), children: [{ path: path.slice(1), ...route }] }]);
  return render(<Stub initialEntries={[path]} />);
}

const at = new Date("2026-03-12T09:30:00Z");

const diff: FileDiff[] = [
  { path: "cursus.yml", previousPath: null, change: "unchanged", binary: false, added: 0, removed: 0, hunks: [] },
  {
    path: "02-quiz.mdx",
    previousPath: null,
    change: "changed",
    binary: false,
    added: 1,
    removed: 1,
    hunks: [
      {
        oldStart: 6,
        newStart: 6,
        lines: [
          { kind: "context", text: "<Vraag id=\"een-signaal\">", oldNumber: 6, newNumber: 6 },
          { kind: "removed", text: "Is één signaal genoeg om te melden?", oldNumber: 7, newNumber: null },
          { kind: "added", text: "Is één signaal genoeg voor een melding?", oldNumber: null, newNumber: 7 },
        ],
      },
    ],
  },
];

const draft = {
  id: "d1",
  status: "DRAFT",
  baseNumber: 1,
  newerNumber: null,
  createdAt: at,
  updatedAt: at,
  createdBy: "Wendy Schrijver",
  contributors: ["Wendy Schrijver"],
  lessons: [
    { path: "01-scenario.mdx", title: "Een les" },
    { path: "02-quiz.mdx", title: "Toets" },
  ],
  otherFiles: ["cursus.yml"],
  steps: [{ action: "wijzigingen-gevraagd", actor: "Rob Beoordelaar", comment: "Les 2 mist een bron.", at }],
  ownWork: true,
};

const version = {
  id: "v1",
  number: 1,
  title: "Signalen in de klas",
  note: "Eerste versie.",
  publishedAt: at,
  publishedBy: null,
  origin: "bestanden",
  restoredFromNumber: null,
  authors: [],
  reviewer: null,
  steps: [],
};

describe("a course's page", () => {
  it("shows the draft's status and lessons, and the checker's faults linked to the editor", async () => {
    const { container } = renderPage("/auteur/cursussen/test-cursus", {
      loader: () => ({ slug: "test-cursus", title: "Signalen in de klas", withdrawnAt: null, notice: null, draft, versions: [version], latestNumber: 1, confirm: null }),
      action: () => ({ error: "authoring.error.faults", faults: [{ file: "02-quiz.mdx", line: 12, column: 3, message: "Een vraag heeft minstens één juiste optie." }] }),
      Component: WorkspacePage,
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Signalen in de klas" })).toBeInTheDocument();
    expect(screen.getByText("Concept", { selector: ".badge" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Bewerken Toets" })).toHaveAttribute("href", "/auteur/cursussen/test-cursus/concept/02-quiz.mdx");
    expect(screen.getByRole("button", { name: "Omhoog Toets" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Omlaag Toets" })).toBeNull();
    expect(screen.getByText("Rob Beoordelaar vroeg om wijzigingen op 12 mrt 2026, 10:30.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Exporteren (zip) Versie 1" })).toHaveAttribute("href", "/auteur/cursussen/test-cursus/versies/1.zip");

    screen.getByRole("button", { name: "Ter beoordeling aanbieden" }).click();
    const faults = await screen.findByRole("heading", { level: 2, name: "Fouten in de cursus (1)" });
    const list = faults.closest("section")!;
    expect(within(list).getByRole("link", { name: "02-quiz.mdx:12:3 (openen in de editor)" })).toHaveAttribute(
      "href",
      "/auteur/cursussen/test-cursus/concept/02-quiz.mdx?regel=12&kolom=3",
    );
    expect(within(list).getByText("Een vraag heeft minstens één juiste optie.")).toBeInTheDocument();
    await expectNoViolations(container);
  });

  it("asks before rolling back, in English when asked", async () => {
    renderPage(
      "/auteur/cursussen/test-cursus",
      {
        loader: () => ({ slug: "test-cursus", title: "Signalen", withdrawnAt: null, notice: null, draft: null, versions: [], latestNumber: 2, confirm: { kind: "rollback", number: 1 } }),
        Component: WorkspacePage,
      },
      "en",
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Roll back to version 1?" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Yes, roll back to version 1" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Cancel" })).toHaveAttribute("href", "/auteur/cursussen/test-cursus");
  });
});

describe("a version's page", () => {
  it("marks added and removed lines in words, not by colour alone", async () => {
    const { container } = renderPage("/auteur/cursussen/test-cursus/versies/2", {
      loader: () => ({
        slug: "test-cursus",
        version: { ...version, number: 2, origin: "editor", publishedBy: "Rob Beoordelaar", authors: ["Wendy Schrijver"], reviewer: "Rob Beoordelaar" },
        diff: { previousNumber: 1, files: diff },
      }),
      Component: VersionPage,
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Signalen in de klas: versie 2" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Wijzigingen ten opzichte van versie 1" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Wijzigingen in 02-quiz.mdx" });
    const rows = within(table).getAllByRole("row");
    expect(rows[2]).toHaveTextContent("7−verwijderdIs één signaal genoeg om te melden?");
    expect(rows[3]).toHaveTextContent("7+toegevoegdIs één signaal genoeg voor een melding?");
    expect(screen.getByText("Ongewijzigd: cursus.yml.")).toBeInTheDocument();
    await expectNoViolations(container);
  });
});

describe("the review page", () => {
  const item = (ownWork: boolean) => ({
    courseSlug: "test-cursus",
    title: "Signalen in de klas",
    draft: { ...draft, status: "IN_REVIEW", steps: [{ action: "ingediend", actor: "Wendy Schrijver", comment: "Vraag anders gesteld.", at }] },
    diff: { previousNumber: 1, files: diff },
    ownWork,
  });

  it("explains own work instead of offering a button that would fail", async () => {
    renderPage("/auteur/beoordelen", { loader: () => ({ items: [item(true)] }), Component: ReviewPage });
    expect(await screen.findByText(/Je hebt aan dit concept meegeschreven/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Goedkeuren" })).toBeNull();
  });

  it("lets another author approve or ask for changes, with the submitter's comment in view", async () => {
    const { container } = renderPage("/auteur/beoordelen", { loader: () => ({ items: [item(false)] }), Component: ReviewPage });
    expect(await screen.findByRole("button", { name: "Goedkeuren" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Wijzigingen vragen" })).toBeInTheDocument();
    expect(screen.getByLabelText("Opmerking")).toHaveAccessibleDescription(/Vraag je om wijzigingen/);
    expect(screen.getAllByText("Vraag anders gesteld.").length).toBeGreaterThan(0);
    await expectNoViolations(container);
  });
});

describe("the audit log", () => {
  it("names each action in Dutch with who, course and when", async () => {
    const { container } = renderPage("/beheer/audit", {
      loader: () => ({
        filter: { courseSlug: null, action: null, page: 1 },
        log: {
          count: 1,
          page: 1,
          pages: 1,
          courses: ["test-cursus"],
          entries: [{ id: "a1", createdAt: at, actor: "Rob Beoordelaar", action: "versie.teruggezet", courseSlug: "test-cursus", detail: [["versie", "3"], ["van", "1"]] }],
        },
      }),
      Component: AuditPage,
    });
    const row = (await screen.findByRole("rowheader", { name: "Versie teruggezet" })).closest("tr")!;
    expect(row).toHaveTextContent("12 mrt 2026, 10:30");
    expect(row).toHaveTextContent("Rob Beoordelaar");
    expect(row).toHaveTextContent("versie: 3; was: 1");
    expect(screen.getByRole("combobox", { name: "Handeling" })).toBeInTheDocument();
    await expectNoViolations(container);
  });
});
