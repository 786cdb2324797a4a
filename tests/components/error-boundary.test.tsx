// @vitest-environment jsdom
import { Outlet } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { GeneralErrorBoundary } from "../../app/components/error-boundary";
import { databaseUnavailableResponse } from "../../app/db/database-errors.server";
import { allowConsoleErrors } from "../support/console";

function renderFailingPage(thrown: unknown, locale: "nl" | "en" = "nl") {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale, user: null }),
      Component: () => <Outlet />,
      children: [
        {
          index: true,
          loader: () => {
            throw thrown;
          },
          Component: () => <p>never shown</p>,
          ErrorBoundary: GeneralErrorBoundary,
        },
      ],
    },
  ]);
  return render(<Stub />);
}

describe("the error page", () => {
  it.each([
    [403, "Geen toegang"],
    [404, "Pagina niet gevonden"],
  ])("explains a %i in Dutch", async (status, title) => {
    renderFailingPage(new Response("x", { status }));
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Naar de startpagina" })).toHaveAttribute("href", "/");
  });

  it("says the database is unreachable and that nothing changed", async () => {
    renderFailingPage(databaseUnavailableResponse());
    expect(await screen.findByRole("heading", { name: "Tijdelijk niet beschikbaar" })).toBeInTheDocument();
    expect(screen.getByText(/Er is niets opgeslagen of gewijzigd/)).toBeInTheDocument();
  });

  it("never shows a stack trace for an unexpected error", async () => {
    allowConsoleErrors();
    renderFailingPage(new Error("secret internal detail"));
    expect(await screen.findByRole("heading", { name: "Er ging iets mis" })).toBeInTheDocument();
    expect(screen.queryByText(/secret internal detail/)).toBeNull();
  });

  it("speaks English to a visitor who chose English", async () => {
    renderFailingPage(new Response("x", { status: 403 }), "en");
    expect(await screen.findByRole("heading", { name: "No access" })).toBeInTheDocument();
  });
});
