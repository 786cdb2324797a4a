// Each demo role signs in, finds its own start page and menu, opens every page of that
// menu, and signs out. Pages of other roles and unknown addresses say so plainly.
import { describe, expect, test } from "vitest";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { useSignaal } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole, expectHeading, pathOf, logIn, logOut, menuItems, visit } from "./journeys";

const signaal = useSignaal();

interface MenuItem {
  label: string;
  path: string;
  heading: string;
}

const COURSES: MenuItem = { label: "Cursussen", path: "/cursussen", heading: "Cursussen" };
const SETTINGS: MenuItem = { label: "Instellingen", path: "/instellingen", heading: "Instellingen" };

const AUTHOR = {
  start: "/auteur",
  heading: "Cursussen schrijven",
  menu: [
    { label: "Cursussen schrijven", path: "/auteur", heading: "Cursussen schrijven" },
    { label: "Beoordelen", path: "/auteur/beoordelen", heading: "Beoordelen" },
    COURSES,
    SETTINGS,
  ],
};

const ROLES: Record<DemoRole, { start: string; heading: string; menu: MenuItem[] }> = {
  teacher: {
    start: "/docent",
    heading: "Mijn cursussen",
    menu: [{ label: "Mijn cursussen", path: "/docent", heading: "Mijn cursussen" }, COURSES, SETTINGS],
  },
  coordinator: {
    start: "/coordinator",
    heading: "Schooloverzicht",
    menu: [
      { label: "Schooloverzicht", path: "/coordinator", heading: "Schooloverzicht" },
      { label: "Docenten", path: "/coordinator/docenten", heading: "Docenten van Demo College Rotterdam" },
      { label: "Toewijzingen", path: "/coordinator/toewijzingen", heading: "Toewijzingen" },
      { label: "Contactpersonen", path: "/coordinator/contactpersonen", heading: "Contactpersonen" },
      COURSES,
      SETTINGS,
    ],
  },
  author: AUTHOR,
  // The demo's second author, who reviews what the first writes, has the same pages.
  reviewer: AUTHOR,
  admin: {
    start: "/beheer",
    heading: "Beheer",
    menu: [
      { label: "Overzicht", path: "/beheer", heading: "Beheer" },
      { label: "Scholen", path: "/beheer/scholen", heading: "Scholen" },
      { label: "Gemeenten", path: "/beheer/gemeenten", heading: "Gemeenten" },
      { label: "Trainingen en adviesgesprekken", path: "/beheer/trainingen", heading: "Trainingen en adviesgesprekken" },
      { label: "Statistieken", path: "/beheer/statistieken", heading: "Statistieken" },
      { label: "Verzonden e-mail", path: "/beheer/berichten", heading: "Verzonden e-mail" },
      { label: "Auditlog", path: "/beheer/audit", heading: "Auditlog cursusinhoud" },
      COURSES,
      SETTINGS,
    ],
  },
};

describe.skipIf(!chromiumAvailable)("each role's journey", () => {
  for (const [role, expected] of Object.entries(ROLES) as [DemoRole, (typeof ROLES)[DemoRole]][]) {
    test(`the ${role} logs in, uses every page of the menu and logs out`, async () => {
      const page = await signaal.newPage();
      await logIn(page, DEMO_ACCOUNTS[role], DEMO_PASSWORD, expected.heading);
      expect(pathOf(page)).toBe(expected.start);
      await expectAccessible(page);
      expect(await menuItems(page)).toEqual(expected.menu.map((item) => item.label));

      const menu = page.getByRole("navigation", { name: "Hoofdmenu", exact: true });
      for (const item of expected.menu) {
        const link = menu.getByRole("link", { name: item.label, exact: true });
        await link.click();
        await page.waitForURL((url) => url.pathname === item.path);
        await expectHeading(page, item.heading);
        expect(await link.getAttribute("aria-current"), `"${item.label}" is marked as the current page`).toBe("page");
        await expectAccessible(page);
      }

      await logOut(page);
      await page.goto(expected.start);
      await expectHeading(page, "Inloggen");
      expect(pathOf(page)).toBe(`/login?redirectTo=${encodeURIComponent(expected.start)}`);
    });
  }
});

describe.skipIf(!chromiumAvailable)("pages that are not yours", () => {
  test("a teacher who opens the administrators' page is told there is no access", async () => {
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 403/] });
    await logIn(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD, "Mijn cursussen");
    expect(await visit(page, "/beheer", "Geen toegang")).toBe(403);
    await expect(page.getByRole("main").innerText()).resolves.toContain("Je hebt geen toegang tot deze pagina.");
    // The menu still offers the teacher's own pages, not the administrators'.
    expect(await menuItems(page)).toEqual(["Mijn cursussen", "Cursussen", "Instellingen"]);
  });

  test("an address that does not exist shows a page-not-found page", async () => {
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 404/] });
    expect(await visit(page, "/bestaat-niet", "Pagina niet gevonden")).toBe(404);
    await page.getByRole("link", { name: "Naar de startpagina", exact: true }).click();
    await expectHeading(page, "Inloggen");
    await expectAccessible(page);
  });
});
