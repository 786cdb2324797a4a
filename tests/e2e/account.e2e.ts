// What a person does with their own account: choose the interface language, and get a new
// password through the e-mailed link when they have forgotten theirs.
import { describe, expect, test } from "vitest";
import { expectAccessible } from "./axe";
import { chromiumAvailable } from "./browser";
import { useSignaal } from "./harness";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, documentLanguage, expectHeading, fillLoginForm, pathOf, logIn, logOut, menuItems, visit } from "./journeys";

const signaal = useSignaal();

describe.skipIf(!chromiumAvailable)("language", () => {
  test("a coordinator who switches to English keeps English after logging out and in again", async () => {
    const page = await signaal.newPage();
    await logIn(page, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD, "Schooloverzicht");
    expect(await documentLanguage(page)).toBe("nl-NL");

    await page.getByRole("button", { name: "Switch to English", exact: true }).click();
    await expectHeading(page, "School overview");
    expect(pathOf(page)).toBe("/coordinator");
    expect(await documentLanguage(page)).toBe("en");
    expect(await menuItems(page, "Main menu")).toEqual(["School overview", "Teachers", "Assignments", "Contacts", "Courses", "Settings"]);
    await expectAccessible(page, "/coordinator in English");

    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Settings" }).click();
    await expectHeading(page, "Settings");
    expect(await page.getByRole("radio", { name: "English", exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, "/instellingen in English");

    await logOut(page, "Sign out", "You have signed out.");
    expect(await documentLanguage(page)).toBe("en");

    // Another browser, so no language cookie: the choice must come from the account.
    const elsewhere = await signaal.newPage();
    await visit(elsewhere, "/login", "Inloggen");
    expect(await documentLanguage(elsewhere)).toBe("nl-NL");
    await fillLoginForm(elsewhere, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await expectHeading(elsewhere, "School overview");
    expect(await documentLanguage(elsewhere)).toBe("en");
    await expectAccessible(elsewhere, "/coordinator in English after logging in again");

    // Back to Dutch through the settings form, so the coordinator ends as the seed made them.
    await elsewhere.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Settings" }).click();
    await expectHeading(elsewhere, "Settings");
    await elsewhere.getByRole("radio", { name: "Nederlands", exact: true }).check();
    await elsewhere.getByRole("button", { name: "Save language", exact: true }).click();
    await expectHeading(elsewhere, "Instellingen");
    await elsewhere.getByRole("status").filter({ hasText: "Je taalkeuze is opgeslagen." }).waitFor();
    expect(await documentLanguage(elsewhere)).toBe("nl-NL");
    await expectAccessible(elsewhere, "/instellingen after saving the language");
  });
});

// Last in this file on purpose: it changes the author's password, and nothing after it
// (each file has its own database) depends on the demo password of the author.
describe.skipIf(!chromiumAvailable)("forgotten password", () => {
  test("the author requests a link, the administrator finds the mail, the author sets a new password and logs in with it", async () => {
    const newPassword = "een lange nieuwe zin voor anouk";

    const author = await signaal.newPage({ expectConsoleErrors: [/status of 400/, /status of 401/] });
    await visit(author, "/login", "Inloggen");
    await author.getByRole("link", { name: "Wachtwoord vergeten?", exact: true }).click();
    await expectHeading(author, "Wachtwoord vergeten");
    await expectAccessible(author);
    await author.getByLabel("E-mailadres", { exact: true }).fill(DEMO_ACCOUNTS.author);
    await author.getByRole("button", { name: "Stuur de link", exact: true }).click();
    await author.getByRole("status").filter({ hasText: "Als dit e-mailadres bij Signaal bekend is" }).waitFor();
    await expectAccessible(author, "/wachtwoord-vergeten after sending the link");

    const admin = await signaal.newPage();
    await logIn(admin, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, "Beheer");
    await admin.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Verzonden e-mail", exact: true }).click();
    await expectHeading(admin, "Verzonden e-mail");
    await expectAccessible(admin);
    const row = admin.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.author });
    await row.getByRole("link", { name: "Nieuw wachtwoord voor Signaal", exact: true }).click();
    await expectHeading(admin, "Nieuw wachtwoord voor Signaal");
    await expectAccessible(admin, "an outbox message");
    const mail = await admin.getByRole("main").innerText();
    expect(mail).toContain("Beste Anouk Auteur");
    const link = mail.match(/https?:\/\/\S+\/wachtwoord-herstellen\/[\w-]+/)?.[0];
    expect(link, `a reset link in the mail:\n${mail}`).toBeDefined();
    expect(new URL(link!).origin).toBe(new URL(signaal.url).origin);

    await visit(author, link!, "Nieuw wachtwoord kiezen");
    await author.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
    await author.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill("kort");
    await author.getByRole("button", { name: "Wachtwoord opslaan", exact: true }).click();
    const summary = author.getByRole("alert");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Kies een wachtwoord van minstens 10 tekens.");
    await expectAccessible(author, "the reset page with a too short password");

    await author.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
    await author.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill(newPassword);
    await author.getByRole("button", { name: "Wachtwoord opslaan", exact: true }).click();
    await author.getByRole("status").filter({ hasText: "Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord." }).waitFor();
    expect(pathOf(author)).toBe("/login?wachtwoord=gewijzigd");
    await expectAccessible(author, "/login after the password was reset");

    await fillLoginForm(author, DEMO_ACCOUNTS.author, DEMO_PASSWORD);
    expect(await author.getByRole("alert").innerText()).toContain("Het e-mailadres of het wachtwoord klopt niet.");
    await fillLoginForm(author, DEMO_ACCOUNTS.author, newPassword);
    await expectHeading(author, "Cursussen schrijven");
    expect(pathOf(author)).toBe("/auteur");

    // The link works once.
    const again = await signaal.newPage();
    await visit(again, link!, "Nieuw wachtwoord kiezen");
    expect(await again.getByRole("main").innerText()).toContain("Deze link werkt niet meer.");
  });
});
