// @vitest-environment jsdom
// A scenario choice that could not be saved (the database was unreachable) says so, shows no
// feedback as if it had been saved, and is sent again by itself with the same event id.
import { createRemixStub } from "@remix-run/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
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

const posted: { url: string; fields: Record<string, string> }[] = [];

/** The lesson API as the blocks meet it: `outages` times "unsaved" (503), then the saved answer. */
function answerChoices(outages: number) {
  posted.length = 0;
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    posted.push({ url, fields: Object.fromEntries(new URLSearchParams(String(init.body))) });
    const answer: ScenarioReply | UnsavedReply =
      posted.length <= outages ? { intent: "unsaved", block: scenario.id, error: "progress.notSaved" } : saved;
    return new Response(JSON.stringify(answer), { status: answer.intent === "unsaved" ? 503 : 200, headers: { "Content-Type": "application/json" } });
  });
}

function renderScenario(outages: number) {
  answerChoices(outages);
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale: "nl", user: null }),
      children: [
        {
          path: "cursussen/:slug/:les",
          loader: () => null,
          Component: () => <ScenarioBlock scenario={scenario} versionId="v1" progress={start} token="pagina-token" locked={false} submitted={null} />,
        },
      ],
    },
  ]);
  render(<Stub initialEntries={["/cursussen/democursus/01-start"]} />);
  return posted;
}

afterEach(() => vi.unstubAllGlobals());

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
    expect(received[0]!.url).toBe("/api/lessen/democursus/01-start");
    expect(received[0]!.fields).toMatchObject({ intent: "scenario", scenario: scenario.id, stap: "begin", keuze: "k1", gebeurtenis: "pagina-token.scenario.na-het-nieuws.0" });
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
