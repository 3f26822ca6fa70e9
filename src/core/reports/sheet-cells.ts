/**
 * Cells and tables the company sheet, the deal sheet and the changes digest share: an amount in its
 * data unit with its range, why the flows engine left money out (as a message with values, so every face
 * phrases it the same way), a flow's line, and the numbered source list each sheet ends with.
 */
import type { Amount } from "../dataset/figures.ts";
import type { CitedSource } from "./cited-sources.ts";
import { type CellValue, type MessageCell, type TableLayout, table, type Unit } from "./layout.ts";

const QUANTITY: Readonly<Record<string, Unit>> = { USD: "usd", GW: "gw", MW: "mw", TWh: "twh" };

/** The layout unit of an amount in the data's unit: dollars and power as quantities, the rest as figures. */
export function amountUnit(dataUnit: string): Unit {
  return QUANTITY[dataUnit] ?? "figure";
}

/** The low–high range of an amount, when the sources give one (a face shows it beside the value). */
export function rangeOf(amount: Amount | null | undefined): readonly [number, number] | undefined {
  return amount && amount.low !== amount.high ? [amount.low, amount.high] : undefined;
}

/** An amount as a message value in its data unit. */
export function amountValue(amount: Amount, dataUnit = "USD"): CellValue {
  const unit = amountUnit(dataUnit);
  return unit === "figure"
    ? { value: amount.value, unit, figureUnit: dataUnit }
    : { value: amount.value, unit };
}

export type Exclusion = {
  reason: string;
  params: Readonly<Record<string, string | number | boolean>>;
};

/**
 * Why the engine left money out (`report.sheet.reason.<reason>`). The engine's exclusions name the deal
 * that counts instead `countedIn`, `replacedBy` or `by`, and the date `since`, `date` or `from`; the
 * messages read `countedIn`, `by` and `since`. An absent value is left out, so the message says "a later
 * deal" rather than a dash.
 */
export function exclusionCell(excluded: Exclusion): MessageCell {
  const p = excluded.params;
  const text = (name: string) => (typeof p[name] === "string" ? (p[name] as string) : undefined);
  const values: Record<string, CellValue> = {};
  const by = text("replacedBy") ?? text("by") ?? text("countedIn");
  const countedIn = text("countedIn");
  const since = text("since") ?? text("date") ?? text("from");
  if (by) values.by = { value: by, unit: "deal" };
  if (countedIn) values.countedIn = { value: countedIn, unit: "deal" };
  if (since) values.since = { value: since, unit: "date" };
  return { key: `report.sheet.reason.${excluded.reason}`, values };
}

/** "Oracle → OpenAI · cash": a flow by its parties' names and its kind. */
export function flowCell(flow: { from: string; to: string; kind: string }): MessageCell {
  return {
    key: "report.sheet.deal.flowLine",
    values: {
      from: { value: flow.from, unit: "entity" },
      to: { value: flow.to, unit: "entity" },
      kind: { value: `enum.flowKind.${flow.kind}`, unit: "message" },
    },
  };
}

/** Source ids as one cell (a `source` cell holds several ids separated by spaces). */
export function sourcesCell(ids: readonly string[]): string {
  return [...new Set(ids)].join(" ");
}

/**
 * The numbered sources a sheet cites: its number, publisher, title, date and address. The address is
 * optional in the terminal (a long URL does not fit 100 columns; the command prints the links below).
 */
export function citedSourcesTable<Data extends { sources: readonly CitedSource[] }>(
  id: string,
): TableLayout<Data, CitedSource> {
  return table<Data, CitedSource>({
    id,
    title: "report.sheet.company.sources",
    rows: (data) => data.sources,
    columns: [
      { id: "n", label: "report.sheet.sources.n", unit: "count", value: (s) => s.n },
      {
        id: "publisher",
        label: "report.sheet.sources.publisher",
        unit: "text",
        value: (s) => s.publisher || s.id,
      },
      { id: "title", label: "report.sheet.sources.title", unit: "text", value: (s) => s.title },
      { id: "date", label: "report.sheet.sources.date", unit: "date", value: (s) => s.date },
      {
        id: "url",
        label: "report.sheet.sources.url",
        unit: "text",
        value: (s) => s.url ?? s.file,
        optional: true,
      },
    ],
  });
}
