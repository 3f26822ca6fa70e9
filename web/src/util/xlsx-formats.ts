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
  year: "0",
};

/** The number format of a unit; a figure in dollars is formatted as dollars, other figures as General. */
export function numberFormat(unit: Unit, figureUnit?: string): string | undefined {
  if (unit === "figure") return figureUnit === "USD" ? NUMBER_FORMATS.usd : undefined;
  return NUMBER_FORMATS[unit];
}
