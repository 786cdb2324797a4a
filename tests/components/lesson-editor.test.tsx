// @vitest-environment jsdom
// The lesson editor as an author meets it when CodeMirror is not there (jsdom cannot run
// it; a browser without it gets the same): the labelled text field, the palette putting a
// template at the cursor, the fault list moving the cursor, autosave with its status in
// words, a retry after a lost save, the conflict choices, the presence warning and the
// read-only preview with the teacher's components.
import { createRemixStub } from "@remix-run/testing";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EditorReply, SaveReply } from "../../app/components/authoring/editor-reply";
import { LessonEditor, type LessonEditorProps } from "../../app/components/authoring/lesson-editor";
import type { PreviewReply } from "../../app/components/authoring/lesson-preview";
import { paletteEntries } from "../../app/components/authoring/palette";

vi.mock("../../app/components/authoring/code-editor.client", () => ({
  createCodeEditor: () => {
    throw new Error("CodeMirror does not run in jsdom");
  },
  documentNonce: () => "",
}));

const PAGE = "/auteur/cursussen/concept-cursus/concept/01-inleiding.mdx";
const TEXT = "---\ntitel: Inleiding\n---\n\n<Begrip>\n\nZonder term.\n\n</Begrip>\n";

const PREVIEW: PreviewReply = {
  faults: [],
  maxAttempts: 3,
  page: {
    title: "Inleiding",
    segments: [
      { kind: "html", html: "<p>Een les met een scenario.</p>" },
      { kind: "scenario", id: "verhitte-les" },
    ],
    scenarios: {
      "verhitte-les": {
        id: "verhitte-les",
        title: "Een verhitte les",
        setting: "klas",
        sector: "VO",
        step: { id: "begin", html: "<p>Daan zegt iets hards.</p>", choices: [{ id: "k1", html: "<p>Je vraagt door.</p>" }, { id: "k2", html: "<p>Je meldt Daan.</p>" }] },
      },
    },
    quizzes: {},
    reflections: {},
  },
};

afterEach(() => vi.unstubAllGlobals());

async function renderEditor(overrides: Partial<LessonEditorProps> = {}, answers: EditorReply[] = []) {
  const received: Record<string, string>[] = [];
  const previews: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      previews.push(new URLSearchParams(init.body as URLSearchParams).get("inhoud") ?? "");
      return new Response(JSON.stringify(PREVIEW), { headers: { "Content-Type": "application/json" } });
    }),
  );
  const props: LessonEditorProps = {
    action: PAGE,
    file: { path: "01-inleiding.mdx", kind: "lesson", content: TEXT, revision: 4 },
    editable: true,
    faults: [{ file: "01-inleiding.mdx", line: 5, column: 1, message: '<Begrip> mist de verplichte eigenschap "term".' }],
    present: [],
    palette: paletteEntries(),
    reply: null,
    previewUrl: `${PAGE}/voorbeeld`,
    ...overrides,
  };
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "nl", user: null }),
      children: [
        {
          path: PAGE.slice(1),
          action: async ({ request }) => {
            const form = Object.fromEntries((await request.formData()).entries()) as Record<string, string>;
            received.push(form);
            if (form.intent === "aanwezig") return { intent: "aanwezig", present: [] };
            return answers.shift() ?? { intent: "opslaan", status: "saved", revision: Number(form.revisie) + 1, savedAt: "2026-03-02T13:03:00Z", faults: [] };
          },
          Component: () => <LessonEditor {...props} />,
        },
      ],
    },
  ]);
  render(<Stub initialEntries={[PAGE]} />);
  await screen.findByRole("textbox", { name: "Inhoud van de les" });
  return { received, previews };
}

const field = () => screen.getByRole("textbox", { name: "Inhoud van de les" }) as HTMLTextAreaElement;

describe("without CodeMirror", () => {
  it("is a labelled text field with the lesson, an Opslaan button and the faults under the heading 'Fouten in deze les'", async () => {
    await renderEditor();
    expect(field().value).toBe(TEXT);
    expect(screen.getByRole("button", { name: "Opslaan" })).toBeInTheDocument();
    const faults = screen.getByRole("region", { name: "Fouten in deze les" });
    expect(within(faults).getByRole("status")).toHaveTextContent("1 fout gevonden.");
    expect(within(faults).getByRole("link", { name: 'Regel 5, kolom 1: <Begrip> mist de verplichte eigenschap "term".' })).toBeInTheDocument();
  });

  it("moves the cursor to a fault's line and column when its link is followed", async () => {
    await renderEditor({ faults: [{ file: "01-inleiding.mdx", line: 7, column: 8, message: "Een fout." }] });
    await userEvent.click(await screen.findByRole("link", { name: "Regel 7, kolom 8: Een fout." }));
    expect(field()).toHaveFocus();
    expect(field().selectionStart).toBe(TEXT.indexOf("term."));
  });

  it("inserts a palette template at the cursor, on lines of its own, with ids made unique", async () => {
    await renderEditor();
    const end = TEXT.length;
    field().setSelectionRange(end, end);
    await userEvent.click(await screen.findByRole("button", { name: "Scenario invoegen" }));
    expect(field().value).toContain('\n\n<Scenario id="nieuw-scenario" titel="Na het nieuws"');
    expect(field().value.startsWith(TEXT)).toBe(true);
    expect(field()).toHaveFocus();
    await userEvent.click(screen.getByRole("button", { name: "Scenario invoegen" }));
    expect(field().value).toContain('<Scenario id="nieuw-scenario-2"');
    expect(screen.getByText("Scenario ingevoegd.")).toBeInTheDocument();
  });
});

describe("autosave", () => {
  it("saves after typing stops, naming the revision, and says when in words", async () => {
    const { received } = await renderEditor();
    await userEvent.type(field(), "Nog een zin.");
    expect(screen.getByText("Nog niet opgeslagen")).toBeInTheDocument();
    await waitFor(() => expect(received.filter((form) => form.intent === "opslaan")).toHaveLength(1), { timeout: 4000 });
    expect(received[0]).toEqual({ intent: "opslaan", inhoud: `${TEXT}Nog een zin.`, revisie: "4" });
    expect(await screen.findByText("Opgeslagen om 14:03")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Fouten in deze les" })).toHaveTextContent("Geen fouten gevonden.");
  });

  it("says a save did not arrive and tries again by itself", async () => {
    const { received } = await renderEditor({}, [{ intent: "unsaved", reason: "network" }]);
    fireEvent.change(field(), { target: { value: `${TEXT}Verder.` } });
    expect(await screen.findByText("Niet opgeslagen — we proberen het opnieuw", {}, { timeout: 4000 })).toBeInTheDocument();
    expect(field().value).toBe(`${TEXT}Verder.`);
    await waitFor(() => expect(screen.getByText(/^Opgeslagen om/)).toBeInTheDocument(), { timeout: 6000 });
    expect(received.filter((form) => form.intent === "opslaan").map((form) => form.inhoud)).toEqual([`${TEXT}Verder.`, `${TEXT}Verder.`]);
  });
});

describe("a conflict", () => {
  const theirs = { content: `${TEXT}Van Jeroen.`, revision: 5, updatedByName: "Jeroen Bakker", updatedAt: "2026-03-02T13:02:00Z" };

  it("stops autosave, shows both texts, and saves mine over theirs only when chosen", async () => {
    const { received } = await renderEditor({}, [{ intent: "opslaan", status: "conflict", theirs, base: 4, mine: `${TEXT}Van Fatima.` }]);
    fireEvent.change(field(), { target: { value: `${TEXT}Van Fatima.` } });
    const notice = await screen.findByRole("region", { name: "Iemand anders heeft dit bestand gewijzigd" }, { timeout: 4000 });
    expect(within(notice).getByText(/Jeroen Bakker heeft dit bestand opgeslagen/)).toBeInTheDocument();
    const differences = within(notice).getByRole("list", { name: "Wat is er anders?" });
    expect(within(differences).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "− Alleen in hun versie, regel 10: Van Jeroen.",
      "+ Alleen in jouw versie, regel 10: Van Fatima.",
    ]);
    expect(within(notice).getByRole("heading", { name: "Hun versie" }).nextElementSibling).toHaveTextContent("Van Jeroen.");
    expect(within(notice).getByRole("heading", { name: "Jouw versie" }).nextElementSibling).toHaveTextContent("Van Fatima.");
    expect(field().value).toBe(`${TEXT}Van Fatima.`);

    await userEvent.click(within(notice).getByRole("button", { name: "Mijn versie opslaan" }));
    await waitFor(() => expect(received.filter((form) => form.intent === "opslaan")).toHaveLength(2));
    expect(received.at(-1)).toMatchObject({ inhoud: `${TEXT}Van Fatima.`, revisie: "5" });
    await waitFor(() => expect(screen.queryByRole("region", { name: "Iemand anders heeft dit bestand gewijzigd" })).not.toBeInTheDocument());
  });

  it("puts their text in the editor when the author takes their version", async () => {
    await renderEditor({}, [{ intent: "opslaan", status: "conflict", theirs, base: 4, mine: `${TEXT}Van Fatima.` }]);
    fireEvent.change(field(), { target: { value: `${TEXT}Van Fatima.` } });
    const notice = await screen.findByRole("region", { name: "Iemand anders heeft dit bestand gewijzigd" }, { timeout: 4000 });
    await userEvent.click(within(notice).getByRole("link", { name: "Hun versie overnemen" }));
    expect(field().value).toBe(theirs.content);
    expect(screen.queryByRole("region", { name: "Iemand anders heeft dit bestand gewijzigd" })).not.toBeInTheDocument();
  });

  it("after a save without JavaScript keeps my text in the field and lets 'Mijn versie opslaan' name their revision", async () => {
    const reply: SaveReply = { intent: "opslaan", status: "conflict", theirs, base: 4, mine: `${TEXT}Van Fatima.` };
    await renderEditor({ file: { path: "01-inleiding.mdx", kind: "lesson", content: theirs.content, revision: 5 }, reply });
    expect(field().value).toBe(`${TEXT}Van Fatima.`);
    const keep = screen.getByRole("button", { name: "Mijn versie opslaan" });
    expect(keep).toHaveAttribute("name", "overschrijven");
    expect(keep).toHaveAttribute("value", "5");
    expect(keep).toHaveAttribute("form", "editor-formulier");
    expect(screen.getByRole("link", { name: "Hun versie overnemen" })).toHaveAttribute("href", PAGE);
  });
});

describe("around the editor", () => {
  it("warns that another author has the lesson open", async () => {
    await renderEditor({ present: [{ name: "Fatima de Vries", openedAt: "2026-03-02T13:00:00Z" }] });
    expect(screen.getByText(/^Fatima de Vries bewerkt deze les ook \(nu open\)\./)).toBeInTheDocument();
  });

  it("is read-only without palette or save button when the draft cannot be changed", async () => {
    await renderEditor({ editable: false, palette: [] });
    expect(field()).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Opslaan" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Scenario invoegen" })).not.toBeInTheDocument();
  });

  it("previews the lesson with the teacher's components, first step and choices shown but not answerable", async () => {
    const { previews } = await renderEditor();
    const preview = screen.getByRole("region", { name: "Voorbeeld" });
    expect(await within(preview).findByRole("heading", { name: "Een verhitte les" })).toBeInTheDocument();
    expect(within(preview).getByText("Daan zegt iets hards.")).toBeInTheDocument();
    const choices = within(preview).getAllByRole("radio");
    expect(choices).toHaveLength(2);
    for (const choice of choices) expect(choice).toBeDisabled();
    expect(within(preview).getByRole("button", { name: "Kies dit antwoord" })).toBeDisabled();
    expect(previews).toEqual([TEXT]);

    // The preview follows the text once typing stops.
    await act(async () => {
      fireEvent.change(field(), { target: { value: `${TEXT}Meer.` } });
    });
    await waitFor(() => expect(previews).toEqual([TEXT, `${TEXT}Meer.`]), { timeout: 3000 });
  });
});

describe("the editor page", () => {
  type PageData = Awaited<ReturnType<typeof import("../../app/routes/auteur.cursussen.$slug.concept.$bestand").loader>>;
  const pageData = (overrides: Partial<PageData> = {}): PageData => ({
    slug: "concept-cursus",
    pageTitle: "Les bewerken: 01-inleiding.mdx",
    file: { path: "01-inleiding.mdx", kind: "lesson", content: TEXT, revision: 4, updatedAt: "2026-03-02T12:00:00Z", updatedByName: "Jeroen Bakker" },
    draftStatus: "DRAFT",
    editable: true,
    faults: [{ file: "01-inleiding.mdx", line: 5, column: 1, message: '<Begrip> mist de verplichte eigenschap "term".' }],
    present: [{ name: "Jeroen Bakker", openedAt: "2026-03-02T13:00:00Z" }],
    palette: paletteEntries(),
    goTo: null,
    ...overrides,
  });

  async function renderPage(data: PageData) {
    const { default: EditorPage } = await import("../../app/routes/auteur.cursussen.$slug.concept.$bestand");
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(PREVIEW))));
    const Stub = createRemixStub([
      {
        id: "root",
        path: "/",
        loader: () => ({ locale: "nl", user: null }),
        children: [{ path: PAGE.slice(1), loader: () => data, action: () => null, Component: EditorPage }],
      },
    ]);
    const view = render(<Stub initialEntries={[PAGE]} />);
    await screen.findByRole("heading", { level: 1, name: "Les bewerken: 01-inleiding.mdx" });
    await screen.findByRole("heading", { name: "Een verhitte les" });
    return view;
  }

  async function expectNoViolations(container: HTMLElement) {
    const axe = (await import("axe-core")).default;
    const results = await axe.run(container, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  it("leads back to the course, says who saved last, and has no WCAG 2.1 AA violations axe can find", async () => {
    const { container } = await renderPage(pageData());
    expect(screen.getByRole("link", { name: "Terug naar de cursus" })).toHaveAttribute("href", "/auteur/cursussen/concept-cursus");
    expect(screen.getByText(/Laatst opgeslagen op .* door Jeroen Bakker\./)).toBeInTheDocument();
    await expectNoViolations(container);
  });

  it("says why a draft in review is read-only", async () => {
    const { container } = await renderPage(pageData({ editable: false, draftStatus: "IN_REVIEW", palette: [], present: [] }));
    expect(screen.getByText(/^Alleen lezen: dit concept is ter beoordeling\./)).toBeInTheDocument();
    await expectNoViolations(container);
  });
});
