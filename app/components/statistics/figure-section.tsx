// One breakdown of the statistics page: a heading, optionally a bar chart, the table with the
// same figures (the chart's description promises it follows directly), and the CSV download.
// The caller chooses the columns; the cells arrive formatted, so "<5" stays the caller's rule.
import type { ReactNode } from "react";
import { BarChart, type BarChartRow } from "~/components/charts/bar-chart";
import { useTranslation } from "~/i18n/use-translation";

export interface FigureColumn<Row> {
  header: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The first column's cell heads its row (th scope="row"). */
  cell: (row: Row) => ReactNode;
  /** The cell in the totals row; the first column's is the row's label. Without any, no totals row. */
  total?: ReactNode;
}

interface FigureSectionProps<Row> {
  id: string;
  /** The heading and the table's caption. */
  title: string;
  /** Paragraphs between the heading and the figures. */
  intro?: ReactNode;
  chart?: { title: string; rows: readonly BarChartRow[] };
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  tableClassName?: string;
  /** For tables wider than a phone. */
  scrollable?: boolean;
  /** Said after the table, before the download. */
  note?: ReactNode;
  /** The CSV with this table's figures. */
  csvHref: string;
}

/** A section of the statistics page, named by its heading. */
export function StatisticsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="statistics-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A wide table scrolls sideways on a narrow screen; the region takes keyboard focus so it can be scrolled without a mouse. */
function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function Cells<Row>({ columns, cell }: { columns: readonly FigureColumn<Row>[]; cell: (column: FigureColumn<Row>) => ReactNode }) {
  return (
    <>
      {columns.map((column, index) =>
        index === 0 ? (
          <th scope="row" key={index}>
            {cell(column)}
          </th>
        ) : (
          <td className={column.numeric ? "numeric" : undefined} key={index}>
            {cell(column)}
          </td>
        ),
      )}
    </>
  );
}

export function FigureSection<Row>({
  id,
  title,
  intro,
  chart,
  columns,
  rows,
  rowKey,
  rowClassName,
  tableClassName,
  scrollable = false,
  note,
  csvHref,
}: FigureSectionProps<Row>) {
  const { t } = useTranslation();
  const hasTotals = columns.some((column) => column.total !== undefined);
  const table = (
    <table className={tableClassName}>
      <caption>{title}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" className={column.numeric ? "numeric" : undefined} key={index}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            <Cells columns={columns} cell={(column) => column.cell(row)} />
          </tr>
        ))}
      </tbody>
      {hasTotals ? (
        <tfoot>
          <tr>
            <Cells columns={columns} cell={(column) => column.total} />
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
  return (
    <StatisticsSection id={id} title={title}>
      {intro}
      {chart ? <BarChart title={chart.title} description={t("statistics.chart.description")} rows={chart.rows} /> : null}
      {scrollable ? <ScrollableTable label={title}>{table}</ScrollableTable> : table}
      {note}
      <p className="statistics-download">
        <a href={csvHref} download aria-label={t("statistics.download.tableLabel", { table: title })}>
          {t("statistics.download.table")}
        </a>
      </p>
    </StatisticsSection>
  );
}
