// A participation report as text, CSV or JSON, for the CLI and the page's downloads.
//
// CSV: one file, one row per table row, the table named in the first column; every table has
// the same columns and leaves empty what does not apply to it. Keys are stable codes
// (sector, provider, CBS code, course slug); names follow the chosen language. A suppressed
// count (1–4 people in a municipality row) is written as "<5": the number never leaves.
// JSON: the report itself, in which a suppressed cell is { "value": null, "suppressed": true }.
import { type Locale, translator } from "~/i18n/translate";
import {
  PRIORITISED_LABELS,
  PROVIDER_LABELS,
  type PersonCell,
  SECTORS,
  SECTOR_LABELS,
} from "./definitions";
import { formatCount } from "./numbers";
import { reportParagraphs } from "./paragraph";
import type { ParticipationReport, ProviderRow, SectorCounts, Totals } from "./report";

export const CSV_COLUMNS = [
  "table",
  "from",
  "to",
  "key",
  "name",
  "prioritised",
  "trainings",
  "participants",
  "participants_po",
  "participants_vo",
  "participants_mbo",
  "participants_so",
  "participants_other",
  "completions",
  "completions_po",
  "completions_vo",
  "completions_mbo",
  "completions_so",
  "completions_other",
  "reached",
  "conversations",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvValue = string | number | boolean | null | PersonCell;
type CsvRow = Partial<Record<CsvColumn, CsvValue>>;

/** Tables in the order the CSV writes them (the value of its `table` column). */
export const CSV_TABLES = [
  "totals",
  "provider",
  "provider_in_prioritised",
  "sector",
  "prioritised",
  "municipality",
  "course",
  "cumulative_totals",
  "cumulative_provider",
] as const;

function sectorColumns(prefix: "participants" | "completions", counts: SectorCounts): CsvRow {
  return Object.fromEntries(SECTORS.map((sector) => [`${prefix}_${sector.toLowerCase()}`, counts[sector]])) as CsvRow;
}

function totalsRow(table: string, from: string, to: string, totals: Totals): CsvRow {
  return {
    table,
    from,
    to,
    trainings: totals.trainings,
    participants: totals.participants,
    ...sectorColumns("participants", totals.participantsBySector),
    completions: totals.completions,
    ...sectorColumns("completions", totals.completionsBySector),
    reached: totals.reached,
    conversations: totals.conversations,
  };
}

function providerCsvRow(table: string, from: string, to: string, row: ProviderRow, name: string): CsvRow {
  const elearning = row.provider === "ELEARNING";
  return {
    table,
    from,
    to,
    key: row.provider,
    name,
    trainings: row.trainings,
    participants: elearning ? null : row.participants,
    ...(elearning ? {} : sectorColumns("participants", row.participantsBySector)),
    completions: elearning ? row.participants : null,
    ...(elearning ? sectorColumns("completions", row.participantsBySector) : {}),
    reached: row.participants,
    conversations: row.conversations,
  };
}

function csvRows(report: ParticipationReport, locale: Locale): CsvRow[] {
  const t = translator(locale);
  const { from, to } = report.period;
  const rows: CsvRow[] = [totalsRow("totals", from, to, report.totals)];
  for (const row of report.byProvider) rows.push(providerCsvRow("provider", from, to, row, t(PROVIDER_LABELS[row.provider])));
  for (const row of report.byProvider) {
    rows.push({
      table: "provider_in_prioritised",
      from,
      to,
      key: row.provider,
      name: t(PROVIDER_LABELS[row.provider]),
      prioritised: true,
      trainings: row.inPrioritised.trainings,
      [row.provider === "ELEARNING" ? "completions" : "participants"]: row.inPrioritised.participants,
      reached: row.inPrioritised.participants,
      conversations: row.inPrioritised.conversations,
    });
  }
  for (const row of report.bySector) {
    rows.push({
      table: "sector",
      from,
      to,
      key: row.sector,
      name: t(SECTOR_LABELS[row.sector]),
      participants: row.participants,
      completions: row.completions,
      reached: row.reached,
    });
  }
  for (const row of report.byPrioritised) {
    rows.push({
      table: "prioritised",
      from,
      to,
      key: row.prioritised,
      name: t(PRIORITISED_LABELS[row.prioritised]),
      prioritised: row.prioritised === "unknown" ? null : row.prioritised === "yes",
      trainings: row.trainings,
      participants: row.participants,
      completions: row.completions,
      reached: row.reached,
      conversations: row.conversations,
    });
  }
  for (const row of report.byMunicipality) {
    rows.push({
      table: "municipality",
      from,
      to,
      key: row.cbsCode,
      name: row.name ?? t("statistics.municipality.unknown"),
      prioritised: row.prioritised,
      trainings: row.trainings,
      participants: row.participants,
      completions: row.completions,
      conversations: row.conversations,
    });
  }
  for (const row of report.byCourse) {
    rows.push({
      table: "course",
      from,
      to,
      key: row.courseSlug,
      name: row.title,
      completions: row.completions,
      ...sectorColumns("completions", row.completionsBySector),
    });
  }
  if (report.cumulative) {
    const { period, ...cumulative } = report.cumulative;
    rows.push({
      table: "cumulative_totals",
      from: period.from,
      to: period.to,
      trainings: cumulative.trainings,
      participants: cumulative.participants,
      completions: cumulative.completions,
      reached: cumulative.participants + cumulative.completions,
      conversations: cumulative.conversations,
    });
    for (const row of cumulative.byProvider) {
      const elearning = row.provider === "ELEARNING";
      rows.push({
        table: "cumulative_provider",
        from: period.from,
        to: period.to,
        key: row.provider,
        name: t(PROVIDER_LABELS[row.provider]),
        trainings: row.trainings,
        participants: elearning ? null : row.participants,
        completions: elearning ? row.participants : null,
        reached: row.participants,
        conversations: row.conversations,
      });
    }
  }
  return rows;
}

function csvField(value: CsvValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return value.suppressed ? "<5" : String(value.value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  let text = String(value);
  // A name that a spreadsheet would run as a formula is kept as text.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every table of the report in one CSV (RFC 4180, CRLF line ends, a header row). */
export function reportCsv(report: ParticipationReport, locale: Locale): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of csvRows(report, locale)) lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** The report as JSON; suppressed cells carry no value. */
export function reportJson(report: ParticipationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

/** The paragraphs in the letter's wording and a short table per provider, for a terminal. */
export function reportText(report: ParticipationReport, locale: Locale): string {
  const t = translator(locale);
  const count = (value: number | null) => (value === null ? "" : formatCount(value, locale));
  const header = [
    t("statistics.table.provider"),
    t("statistics.column.trainings"),
    t("statistics.column.participants"),
    t("statistics.column.conversations"),
  ];
  const rows = report.byProvider.map((row) => [t(PROVIDER_LABELS[row.provider]), count(row.trainings), count(row.participants), count(row.conversations)]);
  rows.push([t("statistics.table.totals"), count(report.totals.trainings), count(report.totals.reached), count(report.totals.conversations)]);
  return `${reportParagraphs(report, locale).join("\n\n")}\n\n${textTable(header, rows)}\n`;
}

