// @vitest-environment jsdom
// The assignment and progress pages as people read them: status in words, sortable headers
// that say how they are sorted, filters and downloads that keep the school named, errors
// tied to their fields, the due date on Mijn cursussen, and no WCAG 2.1 A/AA violations
// that axe can find without a browser.
import { createRemixStub } from "@remix-run/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { EMPTY_ASSIGNMENT_VALUES } from "../../app/assignments/assignment-form";
import CoordinatorHome from "../../app/routes/coordinator._index";
import AssignmentsPage from "../../app/routes/coordinator.toewijzingen";
import AssignmentPage from "../../app/routes/coordinator.toewijzingen_.$id";
import TeacherProgressPage from "../../app/routes/coordinator.voortgang";
import TeacherHome from "../../app/routes/docent._index";

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
    { id: "root", path: "/", loader: () => ({ locale, user: null }), children: [{ path: path.split("?")[0]!.slice(1), ...route }] },
  ]);
  return render(<Stub initialEntries={[path]} />);
}

const SCHOOL_QUERY = "?school=s1";
const baseQuery = { course: null, status: null, group: null };

const dashboardData = {
  school: "Demo College",
  schoolQuery: SCHOOL_QUERY,
  query: { ...baseQuery, sort: "te-laat", direction: "af" },
  assigned: true,
  groups: [{ id: "g1", name: "Onderbouw" }],
  group: null,
  rows: [
    {
      courseId: "c1",
      slug: "signalen",
      title: "Signalen in de klas",
      dueDates: ["2027-01-30T23:00:00.000Z"],
      counts: { assigned: 12, invited: 2, notStarted: 3, inProgress: 4, completed: 3, overdue: 2 },
    },
  ],
};

const progressData = {
  schoolQuery: SCHOOL_QUERY,
  query: { ...baseQuery, status: "overdue", sort: "naam", direction: "op" },
  assigned: true,
  courses: [{ courseId: "c1", title: "Signalen in de klas" }],
  groups: [{ id: "g1", name: "Onderbouw" }],
  rows: [
    {
      userId: "u1",
      name: "Anna de Vries",
      email: "anna@school.test",
      groups: ["Onderbouw"],
      courseId: "c1",
      courseSlug: "signalen",
      courseTitle: "Signalen in de klas",
      status: "overdue",
      dueDate: "2027-01-30T23:00:00.000Z",
      completedAt: null,
      scores: [],
    },
    {
      userId: "u2",
      name: "Bram Bakker",
      email: "bram@school.test",
      groups: [],
      courseId: "c1",
      courseSlug: "signalen",
      courseTitle: "Signalen in de klas",
      status: "completed",
      dueDate: null,
      completedAt: "2027-01-20T09:00:00.000Z",
      scores: [{ quizId: "toets", title: "Toets", bestScore: 80 }],
    },
  ],
};

const assignment = {
  id: "a1",
  course: { id: "c1", slug: "signalen", title: "Signalen in de klas" },
  scope: "GROUP",
  group: "Onderbouw",
  chosen: [],
  teachers: 5,
  dueDate: "2027-01-30T23:00:00.000Z",
  remindDaysBefore: 7,
  overdueEveryDays: 7,
  createdAt: "2026-11-01T09:00:00.000Z",
  createdBy: "Cora Coördinator",
  withdrawnAt: null,
};

const choices = {
  courses: [{ id: "c1", slug: "signalen", title: "Signalen in de klas" }],
  groups: [{ id: "g1", name: "Onderbouw", members: 5 }],
  teachers: [
    { id: "u1", name: "Anna de Vries", email: "anna@school.test" },
    { id: "u2", name: "Bram Bakker", email: "bram@school.test" },
  ],
};

describe("the school overview", () => {
  it("shows counts per course with sortable headers, and keeps the school in links and the download", async () => {
    const { container } = renderPage(`/coordinator${SCHOOL_QUERY}`, { loader: () => dashboardData, Component: CoordinatorHome });
    const table = await screen.findByRole("table", { name: "Voortgang per cursus" });
    expect(within(table).getByRole("columnheader", { name: /Te laat/ })).toHaveAttribute("aria-sort", "descending");
    expect(within(table).getByRole("columnheader", { name: /Cursus/ })).not.toHaveAttribute("aria-sort");
    expect(within(table).getByRole("link", { name: /^Te laat/ })).toHaveAttribute("href", "/coordinator?sorteer=te-laat&school=s1");
    expect(within(table).getByRole("link", { name: "Signalen in de klas: voortgang per docent" })).toHaveAttribute(
      "href",
      "/coordinator/voortgang?cursus=c1&school=s1",
    );
    expect(within(table).getByRole("row", { name: /Signalen in de klas/ })).toHaveTextContent("31 januari 2027");
    expect(screen.getByRole("link", { name: /CSV-bestand/ })).toHaveAttribute("href", "/coordinator/overzicht.csv?sorteer=te-laat&richting=af&school=s1");
    expect(container.querySelector('input[name="school"]')).toHaveValue("s1");
    await expectNoViolations(container);
  });
});

describe("the progress per teacher", () => {
  it("shows each status in words, empty cells in words, and the filters as chosen", async () => {
    const { container } = renderPage(`/coordinator/voortgang${SCHOOL_QUERY}`, { loader: () => progressData, Component: TeacherProgressPage });
    const table = await screen.findByRole("table", { name: "Voortgang per docent en cursus: 2 regels" });
    const [, anna, bram] = within(table).getAllByRole("row");
    expect(anna).toHaveTextContent("Te laat");
    expect(anna).toHaveTextContent("nog niet");
    expect(bram).toHaveTextContent("Afgerond");
    expect(bram).toHaveTextContent("geen datum");
    expect(bram).toHaveTextContent("Toets: 80%");
    expect(within(table).getByRole("columnheader", { name: /Naam/ })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByLabelText("Status")).toHaveValue("te-laat");
    expect(screen.getByRole("link", { name: "Alle filters wissen" })).toHaveAttribute("href", "/coordinator/voortgang?school=s1");
    expect(screen.getByRole("link", { name: /CSV-bestand/ })).toHaveAttribute("href", "/coordinator/voortgang.csv?status=te-laat&school=s1");
    await expectNoViolations(container);
  });

  it("is available in English", async () => {
    renderPage(`/coordinator/voortgang${SCHOOL_QUERY}`, { loader: () => progressData, Component: TeacherProgressPage }, "en");
    const table = await screen.findByRole("table", { name: "Progress per teacher and course: 2 rows" });
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent("Overdue");
  });
});

describe("the assignments page", () => {
  it("lists current assignments and ties form errors to their fields", async () => {
    const { container } = renderPage(`/coordinator/toewijzingen${SCHOOL_QUERY}`, {
      loader: () => ({ schoolQuery: SCHOOL_QUERY, notice: null, current: [assignment], withdrawn: [], choices }),
      action: () => ({
        values: { ...EMPTY_ASSIGNMENT_VALUES, scope: "TEACHERS", dueDate: "01-01-2020" },
        errors: { teacherIds: "assignments.error.teachersRequired", dueDate: "assignments.error.datePast" },
      }),
      Component: AssignmentsPage,
    });
    const row = await screen.findByRole("row", { name: /Signalen in de klas/ });
    expect(row).toHaveTextContent("Groep Onderbouw");
    expect(row).toHaveTextContent("7 dagen vooraf, daarna elke 7 dagen");
    expect(within(row).getByRole("link", { name: "Toewijzing van Signalen in de klas wijzigen of intrekken" })).toHaveAttribute(
      "href",
      "/coordinator/toewijzingen/a1?school=s1",
    );
    screen.getByRole("button", { name: "Toewijzen" }).click();
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Kies minstens één docent." })).toHaveAttribute("href", "#teacherIds");
    await waitFor(() => expect(screen.getByLabelText("Af te ronden vóór (niet verplicht)")).toHaveAccessibleDescription(/Kies een datum na vandaag/));
    expect(screen.getByRole("group", { name: "Docenten" })).toHaveAccessibleDescription(/Kies minstens één docent/);
    await expectNoViolations(container);
  });

  it("offers to change the date and reminders, or to withdraw", async () => {
    const { container } = renderPage("/coordinator/toewijzingen/a1", {
      loader: () => ({
        schoolQuery: "",
        assignment,
        values: { dueDate: "31-01-2027", remindDaysBefore: "7", overdueEveryDays: "7" },
      }),
      Component: AssignmentPage,
    });
    expect(await screen.findByLabelText("Af te ronden vóór (niet verplicht)")).toHaveValue("31-01-2027");
    expect(screen.getByLabelText("Herinnering vooraf")).toHaveValue("7");
    expect(screen.getByRole("button", { name: "Toewijzing intrekken" })).toBeInTheDocument();
    expect(screen.getByText("Toegewezen op 1 november 2026 door Cora Coördinator.")).toBeInTheDocument();
    await expectNoViolations(container);
  });
});

describe("Mijn cursussen", () => {
  it("shows the due date and 'te laat' in words", async () => {
    renderPage("/docent", {
      loader: () => ({
        name: "Anna",
        schools: ["Demo College"],
        courses: [
          {
            slug: "signalen",
            title: "Signalen in de klas",
            assigned: true,
            dueDate: "2027-01-30T23:00:00.000Z",
            status: "overdue",
            share: { completed: 0, total: 2, percentage: 0 },
            completedAt: null,
            continueUrl: "/cursussen/signalen",
          },
        ],
      }),
      Component: TeacherHome,
    });
    expect(await screen.findByText(/Af te ronden vóór 31 januari 2027/)).toBeInTheDocument();
    expect(screen.getByText("Status: te laat")).toBeInTheDocument();
  });
});
