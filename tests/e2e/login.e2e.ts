// Logging in: the error a person sees for a wrong password or an unknown address, the
// form without JavaScript, and forms posted from another site.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { useSignaal } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectHeading, fillLoginForm, pathOf, logOut, menuItems, visit } from "./journeys";

const signaal = useSignaal();

const INVALID = "Het e-mailadres of het wachtwoord klopt niet.";

/** Waits for the error summary and returns its text once focus has moved there. */
async function errorSummaryWithFocus(page: Page): Promise<string> {
  const summary = page.getByRole("alert");
  await summary.waitFor();
  await page
    .waitForFunction(() => document.activeElement?.getAttribute("role") === "alert", undefined, { timeout: 5_000 })
    .catch(() => undefined);
  const focused = await summary.evaluate((element) => element === document.activeElement);
  expect(focused, "keyboard focus is on the error summary").toBe(true);
  return summary.innerText();
}

describe.skipIf(!chromiumAvailable)("login errors", () => {
  test("a wrong password and an unknown e-mail address get the same message, and focus moves to it", async () => {
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 401/] });
    await visit(page, "/login", "Inloggen");

    await fillLoginForm(page, DEMO_ACCOUNTS.teacher, "niet-het-goede-wachtwoord");
    const wrongPassword = await errorSummaryWithFocus(page);
    expect(wrongPassword).toContain("Er is een probleem");
    expect(wrongPassword).toContain(INVALID);
    expect(pathOf(page)).toBe("/login");
    expect(await page.getByLabel("E-mailadres", { exact: true }).inputValue()).toBe(DEMO_ACCOUNTS.teacher);
    await expectAccessible(page, "/login with a wrong password");

    // Typing moves focus into the form; only the answer to this second attempt brings it
    // back to the summary, so waiting for focus also waits for that answer.
    await fillLoginForm(page, "onbekend@signaal.test", DEMO_PASSWORD);
    const unknownEmail = await errorSummaryWithFocus(page);
    expect(unknownEmail).toBe(wrongPassword);
    await expectAccessible(page, "/login with an unknown e-mail address");
  });

  test("an empty form names each missing field at the top and at the field", async () => {
    const page = await signaal.newPage({ expectConsoleErrors: [/status of 400/] });
    await visit(page, "/login", "Inloggen");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();

    const summary = await errorSummaryWithFocus(page);
    expect(summary).toContain("Vul je e-mailadres in.");
    expect(summary).toContain("Vul je wachtwoord in.");
    const summaryLinks = page.getByRole("alert").getByRole("link");
    expect(await summaryLinks.allInnerTexts()).toEqual(["Vul je e-mailadres in.", "Vul je wachtwoord in."]);
    // Screen readers read the message with the field: aria-describedby points at it.
    const email = page.getByLabel("E-mailadres", { exact: true });
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await email.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe("Vul je e-mailadres in.");
    await expectAccessible(page, "/login with empty fields");
  });
});

describe.skipIf(!chromiumAvailable)("without JavaScript", () => {
  test("a teacher can log in, sees the start page and can log out", async () => {
    const page = await signaal.newPage({ javaScriptEnabled: false, expectConsoleErrors: [/status of 401/] });
    await visit(page, "/login", "Inloggen");

    await fillLoginForm(page, DEMO_ACCOUNTS.teacher, "niet-het-goede-wachtwoord");
    await expectHeading(page, "Inloggen");
    expect(await page.getByRole("alert").innerText()).toContain(INVALID);
    await expectAccessible(page, "/login with a wrong password, without JavaScript");

    await fillLoginForm(page, DEMO_ACCOUNTS.teacher, DEMO_PASSWORD);
    await expectHeading(page, "Mijn cursussen");
    expect(pathOf(page)).toBe("/docent");
    expect(await menuItems(page)).toEqual(["Mijn cursussen", "Cursussen", "Instellingen"]);
    await expectAccessible(page, "/docent without JavaScript");

    await logOut(page);
  });
});

describe("forms posted from another site", () => {
  async function postLogin(headers: Record<string, string>) {
    const response = await fetch(`${signaal.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      // Correct credentials: the refusal must not depend on them being wrong.
      body: new URLSearchParams({ email: DEMO_ACCOUNTS.teacher, password: DEMO_PASSWORD }),
    });
    return { status: response.status, cookie: response.headers.get("set-cookie"), text: await response.text() };
  }

  test("a login posted with another site's Origin is refused", async () => {
    const response = await postLogin({ Origin: "http://evil.example" });
    expect(response.status).toBe(403);
    expect(response.cookie).toBeNull();
    expect(response.text).toContain("dit formulier kwam niet van Signaal zelf");
  });

  test("a login posted without an Origin, or with Origin null, is refused", async () => {
    const variants: Record<string, string>[] = [{}, { Origin: "null" }];
    for (const headers of variants) {
      const response = await postLogin(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.cookie).toBeNull();
    }
  });

  test("the same post with Signaal's own Origin logs in (the refusals above are about the Origin)", async () => {
    const response = await postLogin({ Origin: new URL(signaal.url).origin });
    expect(response.status).toBe(302);
    expect(response.cookie).toMatch(/Secure/i);
  });
});
