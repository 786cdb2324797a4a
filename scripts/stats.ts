// `npm run stats -- --from 2018-01-01 --to 2018-12-31 [--since 2015] [--format text|csv|json] [--lang nl|en] [--output FILE]`
// The participation statistics for a period, from the database DATABASE_URL names:
//   text  the paragraphs in the wording of the letter to parliament and a table per provider
//   csv   every table in one CSV, the table named in its first column (see app/statistics/export.ts)
//   json  the report as data
// npm prints its own "> signaal stats" lines on stdout: use --output, or `npm run -s stats`, to
// get a clean CSV or JSON file. Exits 2 on bad arguments, 1 when the database cannot be read.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { isLocale } from "../app/i18n/translate";
import { reportCsv, reportJson, reportText } from "../app/statistics/export";
import { participationReport } from "../app/statistics/participation.server";
import { EARLIEST_YEAR, type Period, PeriodError, cumulativePeriod, periodBetween } from "../app/statistics/period";

const USAGE = `usage: npm run stats -- --from YYYY-MM-DD --to YYYY-MM-DD [--since YEAR] [--format text|csv|json] [--lang nl|en] [--output FILE]
  --from, --to  first and last day of the period, both included
  --since       also count cumulatively from 1 January of this year to the end of the period
  --format      text (default): paragraphs and a table; csv: every table; json: the report
  --lang        nl (default) or en: the language of the text and of names in the CSV
  --output      write to this file instead of standard output`;

const FORMATS = ["text", "csv", "json"] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function readArguments(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        since: { type: "string" },
        format: { type: "string", default: "text" },
        lang: { type: "string", default: "nl" },
        output: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  if (!values.from) throw new UsageError("--from is missing");
  if (!values.to) throw new UsageError("--to is missing");
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be text, csv or json, not '${values.format}'`);
  }
  if (!isLocale(values.lang)) throw new UsageError(`--lang must be nl or en, not '${values.lang}'`);
  let period: Period;
  let since: number | null = null;
  try {
    period = periodBetween(values.from, values.to);
    if (values.since !== undefined) {
      if (!/^\d{4}$/.test(values.since)) throw new PeriodError(`--since must be a year such as ${EARLIEST_YEAR + 15}, not '${values.since}'`);
      since = Number(values.since);
      cumulativePeriod(period, since);
    }
  } catch (error) {
    if (error instanceof PeriodError) throw new UsageError(error.message);
    throw error;
  }
  if (values.output === "") throw new UsageError("--output names no file");
  return { period, since, format: values.format as Format, locale: values.lang, output: values.output ?? null };
}

let options: ReturnType<typeof readArguments>;
try {
  options = readArguments(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`stats: ${error.message}\n${USAGE}`);
  process.exit(2);
}

if (options === null) {
  console.log(USAGE);
} else {
  const db = createDatabase(readDatabaseConfig());
  let output: string | null = null;
  try {
    const report = await participationReport(db, options.period, { since: options.since });
    output =
      options.format === "json" ? reportJson(report) : options.format === "csv" ? reportCsv(report, options.locale) : reportText(report, options.locale);
  } catch (error) {
    console.error(`stats: the statistics could not be read: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
  if (output !== null && options.output) {
    try {
      fs.writeFileSync(options.output, output);
    } catch (error) {
      console.error(`stats: could not write ${options.output}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  } else if (output !== null) {
    process.stdout.write(output);
  }
}
