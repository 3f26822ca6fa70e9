/** Column helpers the power report's tables share (power-layout.ts, power-campus-layout.ts). */
import type { ColumnLayout } from "./layout.ts";

/** The prefix of the power tables' headings the terminal already had (`cli.power.*`). */
export const P = "cli.power";

/** A GW figure as the power tables print it: two decimals, so that 0.42 GW of secured power does not read 0.4. */
export function gw<Row>(
  id: string,
  label: string,
  value: (row: Row) => number | null,
  optional = false,
  digits = 2,
): ColumnLayout<Row> {
  return { id, label, unit: "number", digits, value, ...(optional ? { optional: true } : {}) };
}

/** The sources of a row, one cell of space-separated ids that every face shows by outlet and date. */
export function sources<Row extends { sources: readonly string[] }>(optional = false): ColumnLayout<Row> {
  return {
    id: "sources",
    label: "report.power.sources",
    unit: "source",
    value: (row) => row.sources.join(" "),
    ...(optional ? { optional: true } : {}),
  };
}
