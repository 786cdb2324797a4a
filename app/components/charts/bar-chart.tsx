// A horizontal bar chart drawn on the server as SVG: it needs no JavaScript and no style
// attribute (the Content-Security-Policy forbids them), only SVG presentation attributes and
// the .bar-chart classes in app/styles/app.css.
//
// Accessibility, the same for every chart: the SVG is one image (role="img") named by its
// <title> and described by its <desc>, which says that the table right after it holds the same
// figures. A screen reader thus announces the chart once, by name, and reads the numbers in
// the table, where they can be navigated by row and column; the bars themselves are not read.
// Callers must render that table directly after the chart. On screen every bar carries its
// category name and its value in text, so colour is never the only cue; a row marked
// `emphasis` is hatched as well as named.
import { useId } from "react";

export interface BarChartRow {
  key: string;
  label: string;
  value: number;
  /** The value as the page writes it ("1234", "<5"); the number by default. */
  valueLabel?: string;
  /** Drawn hatched: a second cue beside the label, e.g. for prioritised municipalities. */
  emphasis?: boolean;
}

interface BarChartProps {
  title: string;
  description: string;
  rows: readonly BarChartRow[];
}

// Geometry in SVG user units; the chart scales to its container (CSS width: 100%).
const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_SPACE = 70;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 22;
const PADDING = 8;
const LABEL_MAX_CHARACTERS = 30;

/** Government blue: 10.5:1 against white, so the bars stand out (WCAG 1.4.11 asks 3:1). */
const BAR_FILL = "#154273";
const HATCH_LINE = "#ffffff";
const TEXT_FILL = "#1b1b1f";
const AXIS = "#45454f";

function shorten(label: string): string {
  return label.length <= LABEL_MAX_CHARACTERS ? label : `${label.slice(0, LABEL_MAX_CHARACTERS - 1).trimEnd()}…`;
}

export function BarChart({ title, description, rows }: BarChartProps) {
  // useId gives ids with colons, which are fine in id and aria-* but not in url(#…).
  const id = `chart-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hatchId = `${id}-hatch`;
  const barArea = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const max = Math.max(0, ...rows.map((row) => row.value));
  const height = PADDING * 2 + Math.max(rows.length, 1) * ROW_HEIGHT;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={BAR_FILL} />
          <line x1="0" y1="0" x2="0" y2="8" stroke={HATCH_LINE} strokeWidth="3" />
        </pattern>
      </defs>
      {rows.map((row, index) => {
        const top = PADDING + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        const middle = top + BAR_HEIGHT / 2;
        const barWidth = max > 0 ? Math.max(0, (row.value / max) * barArea) : 0;
        return (
          <g key={row.key} className={row.emphasis ? "bar-chart__row bar-chart__row--emphasis" : "bar-chart__row"}>
            <text className="bar-chart__label" x={LABEL_WIDTH - 8} y={middle} textAnchor="end" dominantBaseline="central" fill={TEXT_FILL}>
              {shorten(row.label)}
            </text>
            <rect
              className="bar-chart__bar"
              x={LABEL_WIDTH}
              y={top}
              width={barWidth}
              height={BAR_HEIGHT}
              fill={row.emphasis ? `url(#${hatchId})` : BAR_FILL}
              stroke={BAR_FILL}
              strokeWidth={barWidth > 0 ? 1 : 0}
            />
            <text className="bar-chart__value" x={LABEL_WIDTH + barWidth + 6} y={middle} dominantBaseline="central" fill={TEXT_FILL}>
              {row.valueLabel ?? String(row.value)}
            </text>
          </g>
        );
      })}
      <line x1={LABEL_WIDTH} y1={PADDING / 2} x2={LABEL_WIDTH} y2={height - PADDING / 2} stroke={AXIS} strokeWidth="1" />
    </svg>
  );
}
