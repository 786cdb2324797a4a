// @vitest-environment jsdom
// The school's contacts as people read them: the coordinator's page with its form and
// errors, the teachers' card with real contacts or the general advice, and the panel at a
// scenario's ending. No WCAG 2.1 A/AA violations that axe can find without a browser.
import { createRemixStub } from "@remix-run/testing";
import { render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import type { ScenarioProgressView } from "../../app/components/lesson/lesson-progress";
import { type PublicScenario, ScenarioBlock } from "../../app/components/lesson/scenario";
import type { ContactView, SchoolContactsSection } from "../../app/school-contacts/contact-rules";
import { EMPTY_CONTACT_VALUES } from "../../app/school-contacts/contact-rules";
import ContactsPage from "../../app/routes/coordinator.contactpersonen";
import CardPage from "../../app/routes/docent.wat-doe-ik-als";

async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    rules: { "color-contrast": { enabled: false } },
  });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

type StubRoute = { loader?: () => object | null; action?: () => object; Component: () => React.ReactNode };

function renderPage(path: string, route: StubRoute, locale: "nl" | "en" = "nl") {
  const Stub = createRemixStub([
    { id: "root", path: "/", loader: () => ({ locale, user: null }), children: [{ path: path.slice(1).split("?")[0], ...route }] },
  ]);
  return render(<Stub initialEntries={[path]} />);
}

const fatima: ContactView = {
  id: "c1",
  role: "ZORGCOORDINATOR",
  name: "Fatima el Amrani",
  phone: "010 123 45 67",
  phoneHref: "+31101234567",
  email: "f.elamrani@demo-college.nl",
  note: "bereikbaar ma–vr",
};
const jan: ContactView = { id: "c2", role: "WIJKAGENT", name: "Jan de Vries", phone: "0900-8844", phoneHref: "09008844", email: null, note: null };

const paths = (contact: ContactView) => ({
  ...contact,
  editPath: `/coordinator/contactpersonen?bewerken=${contact.id}`,
  deletePath: `/coordinator/contactpersonen?verwijderen=${contact.id}`,
});

const contactsData = {
  school: { name: "Demo College" },
  pagePath: "/coordinator/contactpersonen",
  contacts: [paths(fatima), paths(jan)],
  editing: null,
  deleting: null,
  notice: "contacts.notice.created",
  full: false,
  cardPreview: true,
};

describe("the coordinator's contacts page", () => {
  it("explains what the contacts are for, lists them in order and offers the form", async () => {
    const { container } = renderPage("/coordinator/contactpersonen", { loader: () => contactsData, Component: ContactsPage });
    expect(await screen.findByRole("heading", { level: 1, name: "Contactpersonen" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("De contactpersoon is toegevoegd.");
    expect(screen.getByText(/Docenten zien deze contactpersonen op de kaart/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Contactpersonen van Demo College, in de volgorde waarin docenten ze zien" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(["Fatima el Amrani", "Jan de Vries"]);
    expect(within(rows[0]!).queryByRole("button", { name: "Fatima el Amrani een plaats omhoog" })).toBeNull();
    expect(within(rows[0]!).getByRole("button", { name: "Fatima el Amrani een plaats omlaag" })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole("button", { name: "Jan de Vries een plaats omhoog" })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole("link", { name: "Jan de Vries wijzigen" })).toHaveAttribute(
      "href",
      "/coordinator/contactpersonen?bewerken=c2#contact-formulier",
    );
    expect(screen.getByRole("heading", { name: "Contactpersoon toevoegen" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Rol" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Telefoonnummer (niet verplicht)" })).toHaveAttribute("type", "tel");
    await expectNoViolations(container);
  });

  it("shows each problem at the top and at its field", async () => {
    const { container } = renderPage("/coordinator/contactpersonen", {
      loader: () => ({ ...contactsData, notice: null }),
      action: () => ({
        values: { ...EMPTY_CONTACT_VALUES, phone: "bel de balie" },
        errors: { role: "contacts.error.roleRequired", phone: "contacts.error.phoneInvalid" },
        formError: null,
        editingId: null,
      }),
      Component: ContactsPage,
    });
    await screen.findByRole("heading", { level: 1 });
    // Post the form as the browser would, so the action's answer is on the page.
    screen.getByRole("button", { name: "Contactpersoon opslaan" }).click();
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Kies de rol van de contactpersoon." })).toHaveAttribute("href", "#role");
    const phone = screen.getByRole("textbox", { name: "Telefoonnummer (niet verplicht)" });
    expect(phone).toHaveValue("bel de balie");
    expect(phone).toHaveAttribute("aria-invalid", "true");
    expect(phone.getAttribute("aria-describedby")).toContain("phone-error");
    await expectNoViolations(container);
  });

  it("says the list is full instead of offering the form", async () => {
    renderPage("/coordinator/contactpersonen", { loader: () => ({ ...contactsData, notice: null, full: true }), Component: ContactsPage });
    expect(await screen.findByText(/Je hebt 10 contactpersonen vastgelegd/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Contactpersoon opslaan" })).toBeNull();
  });
});

const demoCollege: SchoolContactsSection = { schoolId: "s1", schoolName: "Demo College", internal: [fatima], external: [jan] };
const regenboog: SchoolContactsSection = { schoolId: "s2", schoolName: "De Regenboog", internal: [], external: [] };

describe("the card 'Wat doe ik als …'", () => {
  it("gives the steps, 112, and the school's own contacts with numbers to dial", async () => {
    const { container } = renderPage("/docent/wat-doe-ik-als", { loader: () => ({ sections: [demoCollege], teacher: true }), Component: CardPage });
    expect(await screen.findByRole("heading", { level: 1, name: "Wat doe ik als ik me zorgen maak over een leerling?" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Direct gevaar? Bel 112." })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").length).toBeGreaterThan(3);
    const school = screen.getByRole("region", { name: "Wie schakel je in op Demo College?" });
    expect(within(school).getByText("Fatima el Amrani")).toBeInTheDocument();
    expect(within(school).getByRole("link", { name: "010 123 45 67" })).toHaveAttribute("href", "tel:+31101234567");
    expect(within(school).getByRole("link", { name: "f.elamrani@demo-college.nl" })).toHaveAttribute("href", "mailto:f.elamrani@demo-college.nl");
    expect(within(school).getByText("Jan de Vries")).toBeInTheDocument();
    expect(within(school).queryByText(/Vraag je schoolleiding/)).toBeNull();
    expect(screen.getByRole("link", { name: "Terug naar Mijn cursussen" })).toHaveAttribute("href", "/docent");
    await expectNoViolations(container);
  });

  it("falls back to the general advice, per school, and without any school", async () => {
    renderPage("/docent/wat-doe-ik-als", { loader: () => ({ sections: [demoCollege, regenboog], teacher: true }), Component: CardPage });
    const regenboogSection = await screen.findByRole("region", { name: "Wie schakel je in op De Regenboog?" });
    expect(within(regenboogSection).getByText(/Vraag je schoolleiding wie de zorg- of veiligheidscoördinator is/)).toBeInTheDocument();
    expect(within(regenboogSection).getByText(/Vraag je schoolleiding wie de contactpersoon radicalisering van de gemeente is/)).toBeInTheDocument();
  });

  it("shows the general advice to someone without a school, in English too", async () => {
    const { container } = renderPage("/docent/wat-doe-ik-als", { loader: () => ({ sections: [], teacher: false }), Component: CardPage }, "en");
    const general = await screen.findByRole("region", { name: "Whom do you contact?" });
    expect(within(general).getByText(/Ask your school's management who the care or safety coordinator is/)).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Back to My courses" })).toBeNull();
    await expectNoViolations(container);
  });
});

describe("the panel at a scenario's ending", () => {
  const scenario: PublicScenario = {
    id: "na-het-nieuws",
    title: "Na het nieuws",
    setting: "klas",
    sector: "VO",
    step: { id: "begin", html: "<p>Een leerling zegt iets.</p>", choices: [{ id: "k1", html: "Je vraagt door." }] },
  };
  const ended: ScenarioProgressView = {
    path: ["k1"],
    finished: true,
    position: {
      kind: "ending",
      ending: { id: "einde", title: "Goed gedaan", outcome: "goed", html: "<p>Je hield het gesprek open.</p>" },
      taken: [{ stepId: "begin", choiceId: "k1", choiceHtml: "Je vraagt door.", feedbackHtml: "<p>Goed.</p>" }],
      scores: { signaleren: 2, duiden: 2, handelen: 2 },
      maxScores: { signaleren: 2, duiden: 2, handelen: 2 },
    },
  };

  function renderEnding(schoolContacts: SchoolContactsSection[]) {
    return renderPage("/les", {
      Component: () => (
        <ScenarioBlock scenario={scenario} versionId="v1" progress={ended} token="t" locked={false} submitted={null} schoolContacts={schoolContacts} />
      ),
    });
  }

  it("names whom to bring in at the learner's school, and links to the card", async () => {
    const { container } = renderEnding([demoCollege]);
    expect(await screen.findByRole("heading", { name: "Wie schakel je in op jouw school?" })).toBeInTheDocument();
    expect(screen.getByText("Fatima el Amrani")).toBeInTheDocument();
    expect(screen.getByText("Jan de Vries")).toBeInTheDocument();
    expect(screen.getByText("Direct gevaar? Bel 112.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Bekijk en print de kaart/ })).toHaveAttribute("href", "/docent/wat-doe-ik-als");
    await expectNoViolations(container);
  });

  it("gives the general advice when the school recorded nobody, with a heading per school for several", async () => {
    renderEnding([demoCollege, regenboog]);
    expect(await screen.findByRole("heading", { name: "De Regenboog" })).toBeInTheDocument();
    expect(screen.getByText(/Je school heeft nog geen contactpersonen vastgelegd/)).toBeInTheDocument();
    expect(screen.getByText("Fatima el Amrani")).toBeInTheDocument();
  });
});
