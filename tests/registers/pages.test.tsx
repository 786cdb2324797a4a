// @vitest-environment jsdom
// The register pages as people read them: Dutch first, English available, errors tied to
// their fields, and no WCAG 2.1 A/AA violations that axe can find without a browser.
import { createRemixStub } from "@remix-run/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import type { ImportActionData } from "../../app/registers/import-action.server";
import { EMPTY_TRAINING_VALUES } from "../../app/registers/schemas";
import ImportTrainingsPage from "../../app/routes/beheer.trainingen.importeren";
import OverviewPage from "../../app/routes/beheer.trainingen._index";
import NewTrainingPage from "../../app/routes/beheer.trainingen.nieuw";

async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    // jsdom lays nothing out, so contrast is for the browser tests.
    rules: { "color-contrast": { enabled: false } },
  });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

type StubRoute = { loader?: () => object | null; action?: () => object; Component: () => React.ReactNode };

function renderPage(path: string, route: StubRoute, locale: "nl" | "en" = "nl") {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null }),
      children: [{ path: path.slice(1), ...route }],
    },
  ]);
  return render(<Stub initialEntries={[path]} />);
}

const choices = {
  municipalities: [
    { id: "m1", name: "Rotterdam", cbsCode: "GM0599" },
    { id: "m2", name: "Zwolle", cbsCode: "GM0193" },
  ],
  schools: [{ id: "s1", name: "De Regenboog", brinCode: "12AB", municipalityId: "m2", municipality: "Zwolle" }],
};

const overviewData = {
  year: 2024,
  years: [2025, 2024, 2023],
  yearError: null,
  notice: { key: "registers.notice.trainingsImported", count: 1200 },
  trainings: {
    page: 1,
    pages: 2,
    count: 51,
    totals: { participantsPo: 1, participantsVo: 24, participantsMbo: 0, participantsSo: 0, participantsOther: 2, participants: 27 },
    items: [
      {
        id: "t1",
        date: "2024-03-14",
        provider: "MUNICIPALITY",
        providerName: "Gemeente Zwolle",
        title: "Polarisatie in de klas",
        municipality: "Zwolle",
        prioritised: false,
        school: "De Regenboog (12AB)",
        participantsPo: 1,
        participantsVo: 24,
        participantsMbo: 0,
        participantsSo: 0,
        participantsOther: 2,
        participants: 27,
      },
    ],
  },
  conversations: { page: 1, pages: 1, count: 0, schools: 0, items: [] },
};

describe("the overview", () => {
  it("shows the year's trainings with totals, the notice, and the ways to add and import", async () => {
    const { container } = renderPage("/beheer/trainingen", { loader: () => overviewData, Component: OverviewPage });
    expect(await screen.findByRole("heading", { level: 1, name: "Trainingen en adviesgesprekken" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Het importeren is gelukt. Trainingen toegevoegd: 1.200.");
    const table = screen.getByRole("table", { name: /Klassikale trainingen in 2024/ });
    expect(within(table).getByRole("rowheader", { name: "Polarisatie in de klas" })).toBeInTheDocument();
    expect(within(table).getByRole("rowheader", { name: "Totaal 2024" })).toBeInTheDocument();
    expect(within(table).getByText("Gemeente Zwolle")).toBeInTheDocument();
    expect(within(table).getByRole("link", { name: "Wijzigen (Polarisatie in de klas, 14-03-2024)" })).toHaveAttribute("href", "/beheer/trainingen/t1");
    expect(screen.getByRole("link", { name: "Volgende pagina" })).toHaveAttribute("href", "/beheer/trainingen?jaar=2024&trainingen=2#trainingen");
    expect(screen.getByRole("link", { name: "Trainingen importeren uit een CSV-bestand" })).toHaveAttribute("href", "/beheer/trainingen/importeren");
    expect(screen.getByText("Er zijn in 2024 geen adviesgesprekken vastgelegd.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Jaar" })).toHaveValue("2024");
    await expectNoViolations(container);
  });

  it("speaks English when asked", async () => {
    renderPage("/beheer/trainingen", { loader: () => overviewData, Component: OverviewPage }, "en");
    expect(await screen.findByRole("heading", { level: 2, name: "Classroom trainings in 2024" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("The import succeeded. Trainings added: 1,200.");
  });
});

describe("the training form", () => {
  it("summarises the problems, ties each to its field and keeps what was typed", async () => {
    const { container } = renderPage("/beheer/trainingen/nieuw", {
      loader: () => ({ choices }),
      action: () => ({
        values: { ...EMPTY_TRAINING_VALUES, provider: "MUNICIPALITY", title: "Mijn titel", date: "31-02-2024", municipalityId: "m2", participantsVo: "0" },
        errors: {
          providerName: "registers.error.providerNameRequired",
          date: "registers.error.dateNonexistent",
          participants: "registers.error.participantsNone",
        },
      }),
      Component: NewTrainingPage,
    });
    // What the person chose and typed stays on the page.
    await userEvent.click(await screen.findByRole("radio", { name: "Een gemeente" }));
    await userEvent.type(screen.getByLabelText("Titel van de training"), "Mijn titel");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Gemeente" }), "m2");
    await userEvent.click(screen.getByRole("button", { name: "Training opslaan" }));
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole("link", { name: "Deze datum bestaat niet. Vul een bestaande datum in, zoals 31-01-2025." })).toHaveAttribute(
      "href",
      "#date",
    );
    expect(within(summary).getByRole("link", { name: /minstens één sector/ })).toHaveAttribute("href", "#participants");
    expect(screen.getByLabelText("Datum")).toHaveAccessibleDescription(
      "Bijvoorbeeld 31-01-2025. Niet in de toekomst en niet vóór 2010. Deze datum bestaat niet. Vul een bestaande datum in, zoals 31-01-2025.",
    );
    expect(screen.getByLabelText("Naam van de gemeente of organisatie")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Titel van de training")).toHaveValue("Mijn titel");
    expect(screen.getByRole("radio", { name: "Een gemeente" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Gemeente" })).toHaveValue("m2");
    expect(screen.getByRole("group", { name: "Deelnemers per sector" })).toHaveAccessibleDescription(/Samen minstens 1 deelnemer\. Vul bij minstens één sector/);
    await expectNoViolations(container);
  });
});

describe("the import page", () => {
  it("lists the problems of a file line by line", async () => {
    const failed: ImportActionData = {
      stage: "failed",
      problemCount: 2,
      problems: [
        { line: 7, key: "registers.import.row.dateNonexistent", params: { value: "31-02-2018" } },
        { line: null, key: "registers.import.error.missingColumn", params: { column: "gemeente_cbs" } },
      ],
    };
    const { container } = renderPage("/beheer/trainingen/importeren", { loader: () => null, action: () => failed, Component: ImportTrainingsPage });
    await userEvent.click(await screen.findByRole("button", { name: "Bestand controleren" }));
    const report = await screen.findByRole("alert");
    expect(within(report).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Regel 7: de datum 31-02-2018 bestaat niet.",
      "De kolom ‘gemeente_cbs’ ontbreekt in de kopregel.",
    ]);
    expect(screen.getByRole("table", { name: "Kolommen" })).toHaveTextContent("gemeente_cbs");
    await expectNoViolations(container);
  });

  it("summarises a good file and offers to import its checked text", async () => {
    const ready: ImportActionData = {
      stage: "ready",
      summary: { rows: 3, participants: 59, years: [{ year: 2023, rows: 1, participants: 26 }, { year: 2024, rows: 2, participants: 33 }] },
      content: "aanbieder;titel\nSSV;x",
    };
    const { container } = renderPage("/beheer/trainingen/importeren", { loader: () => null, action: () => ready, Component: ImportTrainingsPage });
    await userEvent.click(await screen.findByRole("button", { name: "Bestand controleren" }));
    expect(await screen.findByText("Trainingen in het bestand: 3. Deelnemers: 59.")).toBeInTheDocument();
    const confirm = screen.getByRole("button", { name: "Importeren" });
    const form = confirm.closest("form")!;
    expect(form).toHaveAttribute("enctype", "multipart/form-data");
    expect(form.querySelector<HTMLInputElement>('input[name="inhoud"]')!.value).toBe("aanbieder;titel\nSSV;x");
    expect(form.querySelector<HTMLInputElement>('input[name="intent"]')!.value).toBe("import");
    expect(screen.getByRole("table", { name: "Wat het bestand bevat, per jaar" })).toHaveTextContent("2024233");
    await expectNoViolations(container);
  });
});
