// @vitest-environment jsdom
import { createRemixStub } from "@remix-run/testing";
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ErrorSummary, Field } from "../../app/components/form";
import type { FieldErrors } from "../../app/components/form-validation";

function renderInApp(ui: React.ReactNode, locale: "nl" | "en" = "nl") {
  const Stub = createRemixStub([{ id: "root", path: "/", loader: () => ({ locale, user: null }), Component: () => <>{ui}</> }]);
  return render(<Stub />);
}

describe("form errors", () => {
  it("summarises every error at the top, links to each field, and takes focus", async () => {
    const errors: FieldErrors = { email: "login.emailRequired", password: "password.tooShort" };
    renderInApp(
      <form>
        <ErrorSummary errors={errors} />
        <Field name="email" label="E-mailadres" error={errors.email} />
        <Field name="password" label="Wachtwoord" type="password" error={errors.password} />
      </form>,
    );
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole("link", { name: "Vul je e-mailadres in." })).toHaveAttribute("href", "#email");
    expect(screen.getByRole("link", { name: "Kies een wachtwoord van minstens 10 tekens." })).toHaveAttribute("href", "#password");
  });

  it("ties the message to its field, so a screen reader reads both", async () => {
    renderInApp(<Field name="email" label="E-mailadres" hint="Het adres van je school" error="login.emailInvalid" />);
    const input = await screen.findByLabelText("E-mailadres");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("Het adres van je school Vul een geldig e-mailadres in, zoals naam@school.nl.");
  });

  it("speaks the visitor's language", async () => {
    renderInApp(<ErrorSummary formError="login.invalid" />, "en");
    expect(await screen.findByRole("alert")).toHaveTextContent("The e-mail address or the password is not correct.");
  });

  it("shows nothing when there is nothing wrong", async () => {
    renderInApp(
      <>
        <ErrorSummary errors={{}} />
        <Field name="email" label="E-mailadres" />
      </>,
    );
    const input = await screen.findByLabelText("E-mailadres");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(input).not.toHaveAttribute("aria-describedby");
  });
});
