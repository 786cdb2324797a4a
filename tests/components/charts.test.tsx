// @vitest-environment jsdom
// The server-rendered bar chart: one named image per chart, a bar and a value label per row,
// no style attributes (the Content-Security-Policy forbids them), and the same on the server.
import { render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, type BarChartRow } from "../../app/components/charts/bar-chart";

const rows: BarChartRow[] = [
  { key: "SSV", label: "SSV", value: 680 },
  { key: "ESS", label: "ESS", value: 420 },
  { key: "MUNICIPALITY", label: "Gemeente", value: 0 },
  { key: "ELEARNING", label: "E-learning (Signaal)", value: 1234, valueLabel: "1234" },
];

describe("the bar chart", () => {
  it("is one image named by its title and described by its description", () => {
    render(<BarChart title="Deelnemers per aanbieder" description="De tabel hieronder geeft dezelfde cijfers." rows={rows} />);
    const chart = screen.getByRole("img", { name: "Deelnemers per aanbieder" });
    expect(chart).toHaveAccessibleDescription("De tabel hieronder geeft dezelfde cijfers.");
    expect(chart.querySelector("title")?.textContent).toBe("Deelnemers per aanbieder");
  });

  it("draws as many bars as rows, each with its name and value in text, the longest full width", () => {
    const { container } = render(<BarChart title="Per aanbieder" description="Staafdiagram." rows={rows} />);
    const bars = container.querySelectorAll("rect.bar-chart__bar");
    expect(bars).toHaveLength(rows.length);
    expect([...container.querySelectorAll(".bar-chart__label")].map((label) => label.textContent)).toEqual(["SSV", "ESS", "Gemeente", "E-learning (Signaal)"]);
    expect([...container.querySelectorAll(".bar-chart__value")].map((label) => label.textContent)).toEqual(["680", "420", "0", "1234"]);
    const widths = [...bars].map((bar) => Number(bar.getAttribute("width")));
    expect(widths[2]).toBe(0);
    expect(widths[3]).toBe(Math.max(...widths));
    expect(widths[0]! / widths[3]!).toBeCloseTo(680 / 1234, 5);
  });

  it("hatches an emphasised bar as well as naming it, so colour is not the only cue", () => {
    const { container } = render(
      <BarChart
        title="Bereikt"
        description="Staafdiagram."
        rows={[
          { key: "yes", label: "Prioritaire gemeenten", value: 10, emphasis: true },
          { key: "no", label: "Niet-prioritaire gemeenten", value: 5 },
        ]}
      />,
    );
    const [prioritised, other] = [...container.querySelectorAll("rect.bar-chart__bar")];
    const patternId = container.querySelector("pattern")?.getAttribute("id");
    expect(patternId).toBeTruthy();
    expect(prioritised).toHaveAttribute("fill", `url(#${patternId})`);
    expect(other?.getAttribute("fill")).toMatch(/^#/);
  });

  it("renders without rows and with all values zero", () => {
    const { container } = render(<BarChart title="Leeg" description="Staafdiagram." rows={[{ key: "a", label: "A", value: 0 }]} />);
    expect(container.querySelector("rect.bar-chart__bar")).toHaveAttribute("width", "0");
    render(<BarChart title="Niets" description="Staafdiagram." rows={[]} />);
    expect(screen.getByRole("img", { name: "Niets" }).querySelectorAll("rect.bar-chart__bar")).toHaveLength(0);
  });

  it("is complete in server-rendered HTML, without style attributes, with a pattern id fit for url()", () => {
    const html = renderToStaticMarkup(<BarChart title="Per sector" description="Staafdiagram." rows={rows} />);
    expect(html).toContain("<title");
    expect(html.match(/<rect class="bar-chart__bar"/g)).toHaveLength(rows.length);
    expect(html).not.toContain("style=");
    const patternId = /<pattern id="([^"]+)"/.exec(html)?.[1];
    expect(patternId).toMatch(/^[a-zA-Z0-9_-]+$/);
  });

  it("shortens a long label on the chart (the table gives it in full)", () => {
    const { container } = render(
      <BarChart title="Per cursus" description="Staafdiagram." rows={[{ key: "x", label: "Radicalisering herkennen en bespreekbaar maken in de klas", value: 3 }]} />,
    );
    const label = container.querySelector(".bar-chart__label")?.textContent ?? "";
    expect(label.length).toBeLessThanOrEqual(30);
    expect(label.endsWith("…")).toBe(true);
  });
});
