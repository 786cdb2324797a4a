// @vitest-environment jsdom
// A scenario choice that could not be saved (the database was unreachable) says so, shows no
// feedback as if it had been saved, and is sent again by itself with the same event id.
import { json } from "@remix-run/node";
import { createRemixStub } from "@remix-run/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ScenarioProgressView } from "../../app/components/lesson/lesson-progress";
import type { ScenarioReply, UnsavedReply } from "../../app/components/lesson/replies";
import { type PublicScenario, ScenarioBlock } from "../../app/components/lesson/scenario";

const scenario: PublicScenario = {
  id: "na-het-nieuws",
  title: "Na het nieuws",
  setting: "klas",
  sector: "VO",
  step: { id: "begin", html: "<p>Een leerling zegt iets over wij en zij.</p>", choices: [{ id: "k1", html: "Je vraagt door." }, { id: "k2", html: "Je gaat verder met de les." }] },
};

const start: ScenarioProgressView = { path: [], finished: false, position: { kind: "step", step: scenario.step, taken: [] } };

const saved: ScenarioReply = {
  intent: "scenario",
  block: scenario.id,
  path: ["k1"],
  practice: false,
  error: null,
  position: {
    kind: "step",
    step: { id: "later", html: "<p>Twee weken later.</p>", choices: [{ id: "k1", html: "Je belt de ouders." }, { id: "k2", html: "Je wacht af." }] },
    taken: [{ stepId: "begin", choiceId: "k1", choiceHtml: "Je vraagt door.", feedbackHtml: "<p>Goed: je houdt het gesprek open.</p>" }],
  },
};

function renderScenario(outages: number) {
  const received: Record<string, string>[] = [];
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "nl", user: null }),
      children: [
        {
          path: "les",
          action: async ({ request }) => {
            received.push(Object.fromEntries((await request.formData()).entries()) as Record<string, string>);
            if (received.length <= outages) {
              return json<UnsavedReply>({ intent: "unsaved", block: scenario.id, error: "progress.notSaved" }, { status: 503 });
            }
            return json(saved);
          },
          Component: () => <ScenarioBlock scenario={scenario} versionId="v1" progress={start} token="pagina-token" locked={false} submitted={null} />,
        },
      ],
    },
  ]);
  render(<Stub initialEntries={["/les"]} />);
  return received;
}

describe("saving a choice while the database is unreachable", () => {
  it("says it is not saved, shows no feedback, and sends the same choice again until it is saved", async () => {
    const user = userEvent.setup();
    const received = renderScenario(1);
    const region = await screen.findByRole("region", { name: "Na het nieuws" });
    await user.click(within(region).getByLabelText("Je vraagt door."));
    await user.click(within(region).getByRole("button", { name: "Kies dit antwoord" }));

    const alert = await within(region).findByRole("alert");
    expect(alert).toHaveTextContent("Niet opgeslagen — we proberen het opnieuw.");
    expect(within(region).queryByText("Goed: je houdt het gesprek open.")).toBeNull();

    await within(region).findByText("Goed: je houdt het gesprek open.", {}, { timeout: 5_000 });
    expect(within(region).queryByRole("alert")).toBeNull();
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual(received[0]);
    expect(received[0]).toMatchObject({ intent: "scenario", scenario: scenario.id, stap: "begin", keuze: "k1", gebeurtenis: "pagina-token.scenario.na-het-nieuws.0" });
  });

  it("sends it again at once from the 'Nu opnieuw proberen' button", async () => {
    const user = userEvent.setup();
    const received = renderScenario(1);
    const region = await screen.findByRole("region", { name: "Na het nieuws" });
    await user.click(within(region).getByLabelText("Je vraagt door."));
    await user.click(within(region).getByRole("button", { name: "Kies dit antwoord" }));
    await user.click(await within(region).findByRole("button", { name: "Nu opnieuw proberen" }));
    await waitFor(() => expect(received).toHaveLength(2), { timeout: 1_000 });
    await within(region).findByText("Goed: je houdt het gesprek open.");
  });
});
