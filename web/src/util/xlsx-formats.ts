/**
 * The spreadsheet number format of a table column's numbers, by the column's unit: kept apart from
 * the workbook writer so that a table can name its formats without loading the writer.
 */
import type { Unit } from "@core/reports/layout.ts";

/** The spreadsheet's number format of a unit's numbers (General for the rest). */
const NUMBER_FORMATS: Partial<Record<Unit, string>> = {
  usd: '"$"#,##0',
  gw: "#,##0.00",
  mw: "#,##0.0",
  twh: "#,##0.0",
  share: "0.0%",
  ratio: "0.00",
  count: "#,##0",
  // A plain number shows at most one decimal on the page unless its column says otherwise.
  number: "#,##0.0",
  year: "0",
};

const decimals = (digits: number) => (digits > 0 ? `.${"0".repeat(digits)}` : "");

/**
 * The number format of a column's numbers: by its unit, with the decimals the page shows where the
 * column sets them (`digits`), so that the workbook rounds as the table does (with the decimals fixed,
 * as a spreadsheet column is read); a figure in dollars is formatted as dollars, other figures (in
 * the data's own units) stay General.
 */
export function numberFormat(unit: Unit, figureUnit?: string, digits?: number): string | undefined {
  if (unit === "figure") return figureUnit === "USD" ? NUMBER_FORMATS.usd : undefined;
  if (digits === undefined || unit === "usd" || unit === "year" || unit === "count")
    return NUMBER_FORMATS[unit];
  if (unit === "share") return `0${decimals(digits)}%`;
  if (unit === "ratio") return `0${decimals(digits)}`;
  return `#,##0${decimals(digits)}`;
}
