// The statistics of a period as a CSV file, for administrators: every table, or the ones
// named with ?tabel= (repeatable; the codes of the CSV's first column, see
// app/statistics/export.ts). Same query as the page. A suppressed count is "<5", never a number.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/session.server";
import { db } from "~/db.server";
import { type Locale, translator } from "~/i18n/translate";
import { CSV_TABLES, reportCsv } from "~/statistics/export";
import { readStatisticsFilter } from "~/statistics/filter.server";
import { participationReport } from "~/statistics/participation.server";

type CsvTable = (typeof CSV_TABLES)[number];

function isCsvTable(value: string): value is CsvTable {
  return (CSV_TABLES as readonly string[]).includes(value);
}

/** The records of a CSV, split at line ends outside quoted fields (a quoted name may hold one). */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\r" && text[index + 1] === "\n") {
      records.push(text.slice(start, index));
      start = index + 2;
      index++;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** The header and the rows of the chosen tables; a table code is the bare first field of its rows. */
function selectCsvTables(csv: string, tables: readonly CsvTable[]): string {
  if (tables.length === 0) return csv;
  const [header, ...rows] = csvRecords(csv);
  const kept = rows.filter((row) => tables.includes(row.slice(0, row.indexOf(",")) as CsvTable));
  return `${[header, ...kept].join("\r\n")}\r\n`;
}

function badRequest(message: string): Response {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin");
  const locale: Locale = user.locale;
  const t = translator(locale);
  const params = new URL(request.url).searchParams;
  const asked = params.getAll("tabel").filter((table) => table !== "");
  const tables = asked.filter(isCsvTable);
  if (tables.length < asked.length) return badRequest(t("statistics.download.tableInvalid"));
  const { result } = await readStatisticsFilter(db, params);
  if (!result.ok) {
    return badRequest(
      Object.values(result.errors)
        .map((key) => (key ? t(key) : ""))
        .join("\n"),
    );
  }
  const { period, since } = result.filter;
  const report = await participationReport(db, period, { since });
  const csv = selectCsvTables(reportCsv(report, locale), tables);
  const name = ["signaal-statistieken", period.from, period.to, ...(tables.length > 0 ? [tables[0]] : [])].join("-");
  // The byte order mark tells Excel the file is UTF-8 (municipality names such as Súdwest-Fryslân).
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
