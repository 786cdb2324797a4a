// The administrators' participation statistics: a period chosen with a GET form (works
// without JavaScript), the key figures, the letter's paragraph to copy, a chart and a table
// per breakdown, the municipality table by reach, the cumulative figures and the
// definitions. The figures come from app/statistics; the CSV downloads are the resource
// route beheer.statistieken[.csv] with the same query.
import { type LoaderFunctionArgs, data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary, Field } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { type FigureColumn, FigureSection, StatisticsSection } from "~/components/statistics/figure-section";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import type { Locale, MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import {
  PRIORITISED_LABELS,
  PROVIDER_LABELS,
  type PersonCell,
  SECTORS,
  SECTOR_LABELS,
  STATISTICS_DEFINITIONS,
  formatPersonCell,
} from "~/statistics/definitions";
import { FILTER_KINDS, type FilterValues, filterQuery } from "~/statistics/filter";
import { readStatisticsFilter } from "~/statistics/filter.server";
import { type MunicipalityReach, type MunicipalityReachRow, municipalityReach } from "~/statistics/municipality-reach";
import { formatCount } from "~/statistics/numbers";
import { reportParagraphs } from "~/statistics/paragraph";
import { participationReport } from "~/statistics/participation.server";
import type { ParticipationReport } from "~/statistics/report";

export const meta = pageTitle("nav.statistics");

interface LoaderData {
  values: FilterValues;
  errors: FieldErrors;
  /** Years the select offers, newest first. */
  years: number[];
  /** Null while the filter has errors. */
  report: ParticipationReport | null;
  /** The letter's paragraphs, always in Dutch: the letter is Dutch whatever the interface. */
  paragraphs: string[];
  municipalities: MunicipalityReach | null;
  /** The canonical query of the filter, for the CSV links. */
  query: string;
}

function yearOptions(first: number | null, current: number, chosen: string): number[] {
  const years = new Set<number>();
  for (let year = current; year >= Math.min(first ?? current, current); year--) years.add(year);
  if (/^\d{4}$/.test(chosen) && Number(chosen) <= current) years.add(Number(chosen));
  return [...years].sort((a, b) => b - a);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const { result, years } = await readStatisticsFilter(db, new URL(request.url).searchParams);
  const options = yearOptions(years.first, years.current, result.values.jaar);
  if (!result.ok) {
    return data<LoaderData>(
      { values: result.values, errors: result.errors, years: options, report: null, paragraphs: [], municipalities: null, query: "" },
      { status: 400 },
    );
  }
  const report = await participationReport(db, result.filter.period, { since: result.filter.since });
  return data<LoaderData>({
    values: result.values,
    errors: {},
    years: options,
    report,
    paragraphs: reportParagraphs(report, "nl"),
    municipalities: municipalityReach(report),
    query: filterQuery(result.filter),
  });
}

// ---- formatting ----

function longDay(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
}

function csvHref(query: string, tables: readonly string[] = []): string {
  const params = new URLSearchParams(query);
  for (const table of tables) params.append("tabel", table);
  return `/beheer/statistieken.csv?${params}`;
}

// ---- the filter form ----

function SelectField({
  name,
  label,
  hint,
  error,
  value,
  options,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  value: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {t(error)}
        </p>
      ) : null}
      <select
        id={name}
        name={name}
        defaultValue={value}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterForm({ values, errors, years }: { values: FilterValues; errors: FieldErrors; years: number[] }) {
  const { t, locale } = useTranslation();
  const kind = (FILTER_KINDS as readonly string[]).includes(values.soort) ? values.soort : "jaar";
  const months = monthNames(locale);
  return (
    <section aria-labelledby="filter-title" className="panel statistics-filter">
      <h2 id="filter-title">{t("statistics.filter.title")}</h2>
      <Form method="get" noValidate>
        <fieldset className={errors.soort ? "field field--error" : "field"} aria-describedby={errors.soort ? "soort-error" : undefined}>
          <legend>{t("statistics.filter.kind")}</legend>
          {errors.soort ? (
            <p className="field__error" id="soort-error">
              {t(errors.soort)}
            </p>
          ) : null}
          {FILTER_KINDS.map((option, index) => (
            <div className="choice" key={option}>
              <input type="radio" id={index === 0 ? "soort" : `soort-${option}`} name="soort" value={option} defaultChecked={kind === option} />
              <label htmlFor={index === 0 ? "soort" : `soort-${option}`}>{t(`statistics.filter.kind.${option}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="statistics-filter__row">
          <SelectField
            name="jaar"
            label={t("statistics.filter.year")}
            hint={t("statistics.filter.yearHint")}
            error={errors.jaar}
            value={values.jaar}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <SelectField
            name="kwartaal"
            label={t("statistics.filter.quarter")}
            hint={t("statistics.filter.quarterHint")}
            error={errors.kwartaal}
            value={values.kwartaal}
            options={[
              { value: "", label: t("statistics.filter.chooseQuarter") },
              ...([1, 2, 3, 4] as const).map((quarter) => ({ value: String(quarter), label: t(`statistics.filter.quarter.${quarter}`) })),
            ]}
          />
          <SelectField
            name="maand"
            label={t("statistics.filter.month")}
            hint={t("statistics.filter.monthHint")}
            error={errors.maand}
            value={values.maand}
            options={[{ value: "", label: t("statistics.filter.chooseMonth") }, ...months.map((month, index) => ({ value: String(index + 1), label: month }))]}
          />
        </div>
        <fieldset className="statistics-filter__range">
          <legend>{t("statistics.filter.rangeTitle")}</legend>
          <div className="statistics-filter__row">
            <Field name="van" label={t("statistics.filter.from")} hint={t("statistics.filter.dateHint")} autoComplete="off" defaultValue={values.van} error={errors.van} />
            <Field name="tot" label={t("statistics.filter.to")} hint={t("statistics.filter.dateHint")} autoComplete="off" defaultValue={values.tot} error={errors.tot} />
          </div>
        </fieldset>
        <Field name="sinds" label={t("statistics.filter.since")} hint={t("statistics.filter.sinceHint")} autoComplete="off" defaultValue={values.sinds} error={errors.sinds} />
        <button type="submit" className="button">
          {t("statistics.filter.show")}
        </button>
      </Form>
    </section>
  );
}

// ---- the paragraph to copy ----

/**
 * The paragraphs as plain, selectable text; with JavaScript a button copies them to the
 * clipboard and a live region says so. Without JavaScript there is no button that cannot work.
 */
function CopyableText({ paragraphs }: { paragraphs: string[] }) {
  const { t, locale } = useTranslation();
  const [canCopy, setCanCopy] = useState(false);
  const [status, setStatus] = useState<MessageKey | null>(null);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  const text = paragraphs.join("\n\n");
  async function copy() {
    // Emptied first, so that a second copy is announced again.
    setStatus(null);
    try {
      await navigator.clipboard.writeText(text);
      setStatus("statistics.paragraph.copied");
    } catch {
      setStatus("statistics.paragraph.copyFailed");
    }
  }
  return (
    <>
      {locale === "nl" ? null : <p>{t("statistics.paragraph.label")}</p>}
      <blockquote className="letter-text" lang="nl">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      {canCopy ? (
        <p>
          <button type="button" className="button" onClick={() => void copy()}>
            {t("statistics.paragraph.copy")}
          </button>
        </p>
      ) : null}
      <p className="letter-text__status" role="status" aria-live="polite">
        {status ? t(status) : ""}
      </p>
    </>
  );
}

// ---- tables ----

function NotApplicable() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t("statistics.notApplicable")}</span>
    </>
  );
}

function KeyFigures({ report }: { report: ParticipationReport }) {
  const { t, locale } = useTranslation();
  const n = (value: number) => formatCount(value, locale);
  const figures: [MessageKey, number][] = [
    ["statistics.column.trainings", report.totals.trainings],
    ["statistics.column.participants", report.totals.participants],
    ["statistics.column.completions", report.totals.completions],
    ["statistics.column.conversations", report.totals.conversations],
    ["statistics.column.reached", report.totals.reached],
  ];
  return (
    <dl className="key-figures">
      {figures.map(([label, value]) => (
        <div key={label} className="key-figures__item">
          <dt>{t(label)}</dt>
          <dd>{n(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

type ProviderRow = ParticipationReport["byProvider"][number];

function ProviderSection({ report, query }: { report: ParticipationReport; query: string }) {
  const { t, locale } = useTranslation();
  const n = (value: number | null) => (value === null ? <NotApplicable /> : formatCount(value, locale));
  const inPrioritised = report.byProvider.reduce((sum, row) => sum + row.inPrioritised.participants, 0);
  const columns: FigureColumn<ProviderRow>[] = [
    { header: t("statistics.column.provider"), cell: (row) => t(PROVIDER_LABELS[row.provider]), total: t("statistics.column.total") },
    { header: t("statistics.column.trainings"), numeric: true, cell: (row) => n(row.trainings), total: n(report.totals.trainings) },
    { header: t("statistics.column.providerParticipants"), numeric: true, cell: (row) => n(row.participants), total: n(report.totals.reached) },
    { header: t("statistics.column.inPrioritised"), numeric: true, cell: (row) => n(row.inPrioritised.participants), total: n(inPrioritised) },
    { header: t("statistics.column.conversations"), numeric: true, cell: (row) => n(row.conversations), total: n(report.totals.conversations) },
  ];
  return (
    <FigureSection
      id="aanbieder"
      title={t("statistics.table.provider")}
      chart={{
        title: t("statistics.chart.provider"),
        rows: report.byProvider.map((row) => ({ key: row.provider, label: t(PROVIDER_LABELS[row.provider]), value: row.participants })),
      }}
      columns={columns}
      rows={report.byProvider}
      rowKey={(row) => row.provider}
      csvHref={csvHref(query, ["provider", "provider_in_prioritised"])}
    />
  );
}

type SectorRow = ParticipationReport["bySector"][number];

function SectorSection({ report, query }: { report: ParticipationReport; query: string }) {
  const { t, locale } = useTranslation();
  const n = (value: number) => formatCount(value, locale);
  const columns: FigureColumn<SectorRow>[] = [
    { header: t("statistics.column.sector"), cell: (row) => t(SECTOR_LABELS[row.sector]) },
    { header: t("statistics.column.participants"), numeric: true, cell: (row) => n(row.participants) },
    { header: t("statistics.column.completions"), numeric: true, cell: (row) => n(row.completions) },
    { header: t("statistics.column.reached"), numeric: true, cell: (row) => n(row.reached) },
  ];
  return (
    <FigureSection
      id="sector"
      title={t("statistics.table.sector")}
      chart={{
        title: t("statistics.chart.sector"),
        rows: report.bySector.map((row) => ({ key: row.sector, label: t(SECTOR_LABELS[row.sector]), value: row.reached })),
      }}
      columns={columns}
      rows={report.bySector}
      rowKey={(row) => row.sector}
      csvHref={csvHref(query, ["sector"])}
    />
  );
}

type PrioritisedRow = ParticipationReport["byPrioritised"][number];

function PrioritisedSection({ report, query }: { report: ParticipationReport; query: string }) {
  const { t, locale } = useTranslation();
  const n = (value: number) => formatCount(value, locale);
  const columns: FigureColumn<PrioritisedRow>[] = [
    { header: t("statistics.column.group"), cell: (row) => t(PRIORITISED_LABELS[row.prioritised]) },
    { header: t("statistics.column.trainings"), numeric: true, cell: (row) => n(row.trainings) },
    { header: t("statistics.column.participants"), numeric: true, cell: (row) => n(row.participants) },
    { header: t("statistics.column.completions"), numeric: true, cell: (row) => n(row.completions) },
    { header: t("statistics.column.reached"), numeric: true, cell: (row) => n(row.reached) },
    { header: t("statistics.column.conversations"), numeric: true, cell: (row) => n(row.conversations) },
  ];
  return (
    <FigureSection
      id="prioritair"
      title={t("statistics.table.prioritised")}
      chart={{
        title: t("statistics.chart.prioritised"),
        rows: report.byPrioritised.map((row) => ({
          key: row.prioritised,
          label: t(PRIORITISED_LABELS[row.prioritised]),
          value: row.reached,
          emphasis: row.prioritised === "yes",
        })),
      }}
      columns={columns}
      rows={report.byPrioritised}
      rowKey={(row) => row.prioritised}
      csvHref={csvHref(query, ["prioritised"])}
    />
  );
}

/**
 * Participants and completions together, without revealing a suppressed part: the sum when
 * both parts are shown, otherwise the parts ("120 + <5").
 */
function reachText(entry: MunicipalityReachRow, locale: Locale): string {
  if (!entry.reachIsLowerBound) return formatCount(entry.reach, locale);
  const parts: PersonCell[] = [entry.row.participants, entry.row.completions].filter((cell) => cell.suppressed || cell.value > 0);
  return parts.map((cell) => formatPersonCell(cell, locale)).join(" + ");
}

function MunicipalitySection({ municipalities, query }: { municipalities: MunicipalityReach; query: string }) {
  const { t, locale } = useTranslation();
  const share = (entry: MunicipalityReachRow) => {
    if (entry.share === null) return "";
    const value = percent(entry.share, locale);
    return entry.reachIsLowerBound ? t("statistics.municipality.moreThan", { value }) : value;
  };
  const columns: FigureColumn<MunicipalityReachRow>[] = [
    {
      header: t("statistics.column.municipality"),
      cell: (entry) => (
        <>
          {entry.row.name ?? t("statistics.municipality.unknown")}
          {entry.row.prioritised ? (
            <>
              {" "}
              <span className="tag tag--prioritised">{t("statistics.municipality.prioritisedTag")}</span>
            </>
          ) : null}
        </>
      ),
    },
    { header: t("statistics.column.cbsCode"), cell: (entry) => entry.row.cbsCode ?? "" },
    { header: t("statistics.column.reachedShort"), numeric: true, cell: (entry) => reachText(entry, locale) },
    { header: t("statistics.column.share"), numeric: true, cell: share },
    { header: t("statistics.column.participants"), numeric: true, cell: (entry) => formatPersonCell(entry.row.participants, locale) },
    { header: t("statistics.column.completions"), numeric: true, cell: (entry) => formatPersonCell(entry.row.completions, locale) },
    { header: t("statistics.column.trainings"), numeric: true, cell: (entry) => formatCount(entry.row.trainings, locale) },
    { header: t("statistics.column.conversations"), numeric: true, cell: (entry) => formatCount(entry.row.conversations, locale) },
  ];
  return (
    <FigureSection
      id="gemeente"
      title={t("statistics.table.municipality")}
      intro={
        <>
          <p>{t("statistics.municipality.intro")}</p>
          <p>
            {municipalities.prioritisedShare === null
              ? t("statistics.municipality.noneReached")
              : t("statistics.municipality.prioritisedShare", {
                  count: formatCount(municipalities.prioritisedReached, locale),
                  total: formatCount(municipalities.reached, locale),
                  share: percent(municipalities.prioritisedShare, locale),
                })}
          </p>
        </>
      }
      columns={columns}
      rows={municipalities.rows}
      rowKey={(entry) => entry.row.municipalityId ?? "none"}
      rowClassName={(entry) => (entry.row.prioritised ? "municipality-table__prioritised" : undefined)}
      tableClassName="municipality-table"
      scrollable
      note={
        <p className="field__hint">
          {t("statistics.municipality.shareNote")} {t("statistics.suppressed.explanation")}
        </p>
      }
      csvHref={csvHref(query, ["municipality"])}
    />
  );
}

type CourseRow = ParticipationReport["byCourse"][number];

function CourseSection({ report, query }: { report: ParticipationReport; query: string }) {
  const { t, locale } = useTranslation();
  const n = (value: number) => formatCount(value, locale);
  const title = t("statistics.table.course");
  if (report.byCourse.length === 0) {
    return (
      <StatisticsSection id="cursus" title={title}>
        <p>{t("statistics.empty")}</p>
      </StatisticsSection>
    );
  }
  const columns: FigureColumn<CourseRow>[] = [
    { header: t("statistics.column.course"), cell: (row) => row.title ?? row.courseSlug },
    { header: t("statistics.column.completions"), numeric: true, cell: (row) => n(row.completions) },
    ...SECTORS.map((sector) => ({ header: t(SECTOR_LABELS[sector]), numeric: true, cell: (row: CourseRow) => n(row.completionsBySector[sector]) })),
  ];
  return (
    <FigureSection
      id="cursus"
      title={title}
      chart={{
        title: t("statistics.chart.course"),
        rows: report.byCourse.map((row) => ({ key: row.courseSlug, label: row.title ?? row.courseSlug, value: row.completions })),
      }}
      columns={columns}
      rows={report.byCourse}
      rowKey={(row) => row.courseSlug}
      scrollable
      csvHref={csvHref(query, ["course"])}
    />
  );
}

type CumulativeProviderRow = NonNullable<ParticipationReport["cumulative"]>["byProvider"][number];

function CumulativeSection({ report, query }: { report: ParticipationReport; query: string }) {
  const { t, locale } = useTranslation();
  const { cumulative } = report;
  if (!cumulative) {
    return (
      <StatisticsSection id="cumulatief" title={t("statistics.cumulative.title")}>
        <p>{t("statistics.cumulative.none")}</p>
      </StatisticsSection>
    );
  }
  const n = (value: number | null) => (value === null ? <NotApplicable /> : formatCount(value, locale));
  const columns: FigureColumn<CumulativeProviderRow>[] = [
    { header: t("statistics.column.provider"), cell: (row) => t(PROVIDER_LABELS[row.provider]), total: t("statistics.column.total") },
    { header: t("statistics.column.trainings"), numeric: true, cell: (row) => n(row.trainings), total: n(cumulative.trainings) },
    {
      header: t("statistics.column.providerParticipants"),
      numeric: true,
      cell: (row) => n(row.participants),
      total: n(cumulative.participants + cumulative.completions),
    },
    { header: t("statistics.column.conversations"), numeric: true, cell: (row) => n(row.conversations), total: n(cumulative.conversations) },
  ];
  return (
    <FigureSection
      id="cumulatief"
      title={t("statistics.table.cumulative", { year: cumulative.since })}
      intro={<p>{t("statistics.cumulative.period", { from: longDay(cumulative.period.from, locale), to: longDay(cumulative.period.to, locale) })}</p>}
      columns={columns}
      rows={cumulative.byProvider}
      rowKey={(row) => row.provider}
      csvHref={csvHref(query, ["cumulative_totals", "cumulative_provider"])}
    />
  );
}

function Definitions() {
  const { t } = useTranslation();
  return (
    <section id="definities" aria-labelledby="definities-title" className="statistics-section">
      <h2 id="definities-title">{t("statistics.definitions.title")}</h2>
      <dl className="definitions">
        {STATISTICS_DEFINITIONS.map((definition) => (
          <div key={definition.id} className="definitions__item">
            <dt>{t(definition.term)}</dt>
            <dd>{t(definition.text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default function StatisticsPage() {
  const { values, errors, years, report, paragraphs, municipalities, query } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("nav.statistics")}</h1>
      <ErrorSummary errors={errors} />
      <p className="lead">{t("statistics.page.intro")}</p>
      <FilterForm values={values} errors={errors} years={years} />
      {report && municipalities ? (
        <>
          <section aria-labelledby="kerncijfers-title" className="statistics-section">
            <h2 id="kerncijfers-title">{t("statistics.keyFigures.title")}</h2>
            <p>
              {t("statistics.page.period", { from: longDay(report.period.from, locale), to: longDay(report.period.to, locale) })}
              {report.cumulative ? ` ${t("statistics.page.sinceNote", { year: report.cumulative.since })}` : null}
            </p>
            <KeyFigures report={report} />
            <p className="statistics-download">
              <a className="button" href={csvHref(query)} download>
                {t("statistics.download.all")}
              </a>
            </p>
            <p className="field__hint">{t("statistics.download.hint")}</p>
          </section>

          <section aria-labelledby="tekst-title" className="statistics-section">
            <h2 id="tekst-title">{t("statistics.paragraph.title")}</h2>
            <p>{t("statistics.paragraph.intro")}</p>
            <CopyableText paragraphs={paragraphs} />
            {locale === "en" ? (
              <>
                <h3>{t("statistics.paragraph.translation")}</h3>
                {reportParagraphs(report, "en").map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </>
            ) : null}
          </section>

          <ProviderSection report={report} query={query} />
          <SectorSection report={report} query={query} />
          <PrioritisedSection report={report} query={query} />
          <MunicipalitySection municipalities={municipalities} query={query} />
          <CourseSection report={report} query={query} />
          <CumulativeSection report={report} query={query} />
        </>
      ) : null}
      <Definitions />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
