/**
 * The page face of a report's table (core/reports/layout.ts): the same rows, headings and cells the
 * terminal prints with `halqa <analysis>`, formatted by the one cell formatter, with every column shown
 * (a page scrolls sideways where the terminal drops optional columns) and a CSV of the rows. A page
 * describes no table of its own when the report has a layout for it.
 */
import type { ColumnLayout, TableLayout } from "@core/reports/layout.ts";
import { formatColumnCell, isNumericUnit, type RecordNames } from "@i18n/format-cell.ts";
import type { Lang } from "@i18n/lang.ts";
import { messageOrKey } from "@i18n/message.ts";
import { recordNames } from "@i18n/record-names.ts";
import { type ReactNode, useMemo } from "react";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import type { Cell as CsvCell } from "../util/csv.ts";
import { numberFormat } from "../util/xlsx-formats.ts";
import { CsvButton } from "./CsvButton.tsx";
import { SourceLinks } from "./SourceLinks.tsx";
import { TableHead } from "./TableHead.tsx";

type Props<Data, Row> = {
  layout: TableLayout<Data, Row>;
  data: Data;
  /** The CSV's file name, without ".csv"; no download button when absent. */
  fileName?: string;
  compact?: boolean;
  /** Shown under the title, before the table: what the rows count and how. */
  note?: ReactNode;
  /** Attributes of a row, for links and tests: `{ year: 2024 }` becomes `data-year="2024"`. */
  rowData?: (row: Row) => Readonly<Record<string, string | number | boolean | undefined>>;
};

export function ReportTable<Data, Row>({
  layout,
  data,
  fileName,
  compact = true,
  note,
  rowData,
}: Props<Data, Row>) {
  const { lang } = useI18n();
  const names = useRecordNames();
  const rows = layout.rows(data);
  const title = messageOrKey(lang, layout.title);
  const header = layout.columns.map((c) => messageOrKey(lang, c.label));
  if (rows.length === 0)
    return (
      <section className="report-table" data-table={layout.id}>
        <h3>{title}</h3>
        <p className="muted">{layout.empty ? messageOrKey(lang, layout.empty) : "—"}</p>
      </section>
    );
  return (
    <div className="scroll" data-table={layout.id}>
      <table className={compact ? "table compact" : "table"}>
        <caption>
          {title}{" "}
          {fileName ? (
            <CsvButton
              name={title}
              fileName={fileName}
              header={header}
              rows={() => rows.map((row) => layout.columns.map((c) => csvCell(lang, c, row, names)))}
              numberFormat={(r, c) => {
                const column = layout.columns[c];
                const row = rows[r];
                return column && row !== undefined
                  ? numberFormat(unitOf(column, row), column.figureUnit?.(row), column.digits)
                  : undefined;
              }}
              sourceIds={() => citedSources(layout.columns, rows)}
            />
          ) : null}
          {note ? <div className="muted">{note}</div> : null}
        </caption>
        <TableHead columns={header} />
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a report's rows have no id of their own
            <tr key={i} {...dataAttributes(rowData?.(row))}>
              {layout.columns.map((c) => (
                <td
                  key={c.id}
                  data-column={c.id}
                  data-value={numberOf(c.value(row))}
                  className={isNumericUnit(unitOf(c, row)) ? "num" : undefined}
                >
                  {c.unit === "source" ? (
                    <SourceLinks
                      ids={String(c.value(row) ?? "")
                        .split(" ")
                        .filter(Boolean)}
                      inline
                    />
                  ) : (
                    formatColumnCell(lang, c, row, names)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The names of the loaded dataset's records in the page's language. */
export function useRecordNames(): RecordNames {
  const { dataset } = useModel();
  const { lang } = useI18n();
  return useMemo(() => recordNames(dataset, lang), [dataset, lang]);
}

function unitOf<Row>(column: ColumnLayout<Row>, row: Row) {
  return column.unitOf?.(row) ?? column.unit;
}

/**
 * A CSV keeps numbers as numbers (a share as its fraction) and shows every id and code by its name,
 * and a yes/no as the word the table shows (not "true" in an Arabic file).
 */
function csvCell<Row>(lang: Lang, column: ColumnLayout<Row>, row: Row, names: RecordNames): CsvCell {
  const value = column.value(row);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value === null || value === undefined) return null;
  return formatColumnCell(lang, column, row, names);
}

/** Every source id the table's source columns cite (they hold ids separated by spaces). */
function citedSources<Row>(columns: readonly ColumnLayout<Row>[], rows: readonly Row[]): string[] {
  return columns
    .filter((c) => c.unit === "source")
    .flatMap((c) => rows.flatMap((row) => String(c.value(row) ?? "").split(" ")))
    .filter(Boolean);
}

function dataAttributes(values: Readonly<Record<string, string | number | boolean | undefined>> | undefined) {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {}))
    if (value !== undefined) attributes[`data-${name}`] = String(value);
  return attributes;
}

/** A numeric cell's raw value, for tests and scripts that read the page. */
function numberOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
