/**
 * The flows report: the dated flows the deals imply on one value basis (`halqa flows`, `/api/flows`,
 * the Flows page's Sankey). The numbers are core/flows/expand.ts's; this module fixes the options
 * both faces accept (a `year` stands for from = to = that year) and describes the tables.
 */

import { type Amount, sumAmounts } from "../dataset/figures.ts";
import {
  expandFlows,
  type FlowOptions,
  type FlowResult,
  type FlowRow,
  totalsByYear,
} from "../flows/expand.ts";
import { isUndated } from "../flows/undated.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Unit as DataUnit } from "../model/primitives.ts";
import { type ColumnLayout, type Headline, type ReportLayout, table, type Unit } from "./layout.ts";

/** A term contract with no known years (flows/undated.ts): out of every year, shown apart. */
export type UndatedFlow = Omit<FlowRow, "year"> & {
  /** The year its start or announcement falls in: it is paid in that year or later, in an unknown split. */
  notBefore: number;
};

/**
 * The expansion with the undated term contracts taken out of the yearly rows: `rows`, `byYear` and
 * `total` hold only money whose years are known; `undated` and `undatedTotal` the rest.
 */
export type FlowsReport = FlowResult & { undated: UndatedFlow[]; undatedTotal: Amount };

export type FlowsReportOptions = FlowOptions & {
  /** One year: the same as fromYear = toYear = year (wins over both). */
  year?: number;
};

/** The year window of a request in the core's terms: `year` stands for from = to = year. */
export function yearWindow(query: { year?: number; fromYear?: number; toYear?: number }): {
  fromYear?: number;
  toYear?: number;
} {
  const fromYear = query.year ?? query.fromYear;
  const toYear = query.year ?? query.toYear;
  return {
    ...(fromYear !== undefined ? { fromYear } : {}),
    ...(toYear !== undefined ? { toYear } : {}),
  };
}

export function flowsReport(dataset: Pick<Dataset, "deals">, options: FlowsReportOptions): FlowsReport {
  const { year: _year, fromYear: _from, toYear: _to, ...rest } = options;
  const { fromYear, toYear } = yearWindow(options);
  // Expanded over all years: an undated row's placement year is not a year it is paid in, so the
  // window is applied after the split (an undated flow shows when it may fall in the window).
  const all = expandFlows(dataset, rest);
  const types = new Map(dataset.deals.map((d) => [d.id, d.type]));
  const rows: FlowRow[] = [];
  const undated: UndatedFlow[] = [];
  for (const row of all.rows) {
    if (isUndated(row, types)) {
      if (toYear === undefined || row.year <= toYear) undated.push(undatedOf(row));
    } else if (
      (fromYear === undefined || row.year >= fromYear) &&
      (toYear === undefined || row.year <= toYear)
    )
      rows.push(row);
  }
  return {
    ...all,
    rows,
    byYear: totalsByYear(rows),
    total: sumAmounts(rows.map((r) => r.amount)),
    undated,
    undatedTotal: sumAmounts(undated.map((u) => u.amount)),
  };
}

function undatedOf(row: FlowRow): UndatedFlow {
  const { year, ...rest } = row;
  return { ...rest, notBefore: year };
}

/** A payer → payee pair of one report: the flows between them summed, with their deals. */
export type Payment = { from: string; to: string; amount: number; deals: string[] };

/**
 * The report's flows summed per payer → payee pair, largest first (the Sankey's links): overlapping
 * reports are already counted once by the expansion, and pairs with nothing paid are left out.
 */
export function paymentsOf(report: Pick<FlowsReport, "rows">): Payment[] {
  const byPair = new Map<string, Payment>();
  for (const row of report.rows) {
    const key = `${row.from}>${row.to}`;
    const known = byPair.get(key);
    if (known) {
      known.amount += row.amount.value;
      if (!known.deals.includes(row.deal)) known.deals.push(row.deal);
    } else byPair.set(key, { from: row.from, to: row.to, amount: row.amount.value, deals: [row.deal] });
  }
  return [...byPair.values()]
    .filter((p) => p.amount > 0)
    .sort((a, b) => b.amount - a.amount || (a.from + a.to < b.from + b.to ? -1 : 1));
}

/** The years in which something moves, with their amounts. */
export function yearsWithMoney(report: Pick<FlowsReport, "byYear">): { year: number; amount: Amount }[] {
  return report.byYear.filter((y) => y.amount.value > 0);
}

/** The layout unit of a flows report's amounts: dollars, or the physical unit expanded. */
export function amountUnit(unit: DataUnit): Unit {
  const units: Partial<Record<DataUnit, Unit>> = { USD: "usd", GW: "gw", MW: "mw", TWh: "twh" };
  return units[unit] ?? "number";
}

/** A flow's deal, payer and payee: the same columns in the dated and the undated tables. */
function dealColumns<Row extends Pick<FlowRow, "deal" | "from" | "to">>(): ColumnLayout<Row>[] {
  return [
    { id: "deal", label: "report.flows.deal", unit: "deal", value: (f) => f.deal, maxWidth: 30 },
    { id: "from", label: "report.flows.from", unit: "entity", value: (f) => f.from, maxWidth: 18 },
    { id: "to", label: "report.flows.to", unit: "entity", value: (f) => f.to, maxWidth: 18 },
  ];
}

/** A flow's amount with its range; an estimate (not stated by the sources) carries the mark the notes explain. */
function flowAmountColumn<Row extends Pick<FlowRow, "amount" | "estimate">>(amount: Unit): ColumnLayout<Row> {
  return {
    id: "amount",
    label: "report.flows.amount",
    unit: amount,
    value: (f) => f.amount.value,
    range: (f) => [f.amount.low, f.amount.high],
    mark: (f) => (f.estimate ? "≈" : undefined),
  };
}

const flowsTable = (amount: Unit) =>
  table<FlowsReport, FlowRow>({
    id: "flows",
    title: "report.flows.rowsTitle",
    empty: "report.flows.none",
    rows: (r) => r.rows,
    columns: [
      { id: "year", label: "report.flows.year", unit: "year", value: (f) => f.year },
      ...dealColumns<FlowRow>(),
      {
        id: "kind",
        label: "report.flows.kind",
        unit: "enum",
        enumGroup: "flowKind",
        value: (f) => f.kind,
        // The last column a narrow terminal drops: the amount's unit already tells money from power.
        optional: true,
      },
      flowAmountColumn<FlowRow>(amount),
      {
        id: "conditional",
        label: "report.flows.conditional",
        unit: "message",
        value: (f) => (f.conditional ? "report.common.conditional" : "report.flows.unconditional"),
        optional: true,
      },
      {
        id: "status",
        label: "report.flows.status",
        unit: "enum",
        enumGroup: "status",
        value: (f) => f.status,
        optional: true,
      },
      {
        id: "timing",
        label: "report.flows.timing",
        unit: "enum",
        enumGroup: "timing",
        value: (f) => f.timing,
        optional: true,
      },
    ],
  });

const byYearTable = (amount: Unit) =>
  table<FlowsReport, { year: number; amount: Amount }>({
    id: "byYear",
    title: "report.flows.byYear",
    rows: (r) => r.byYear,
    columns: [
      { id: "year", label: "report.flows.year", unit: "year", value: (y) => y.year },
      {
        id: "amount",
        label: "report.flows.amount",
        unit: amount,
        value: (y) => y.amount.value,
        range: (y) => [y.amount.low, y.amount.high],
      },
    ],
  });

const undatedTable = (amount: Unit) =>
  table<FlowsReport, UndatedFlow>({
    id: "undated",
    title: "report.flows.undatedTitle",
    rows: (r) => r.undated,
    columns: [
      { id: "notBefore", label: "report.flows.notBefore", unit: "year", value: (f) => f.notBefore },
      ...dealColumns<UndatedFlow>(),
      flowAmountColumn<UndatedFlow>(amount),
    ],
  });

/** The flows layout for a report expanded in `unit` (dollars unless asked otherwise). */
export function flowsLayout(unit: DataUnit = "USD"): ReportLayout<FlowsReport> {
  const amount = amountUnit(unit);
  return {
    id: "flows",
    title: "report.flows.title",
    headlines: (r): Headline[] => [
      {
        key: "report.flows.totalLine",
        values: {
          total: { value: r.total.value, unit: amount },
          count: { value: r.rows.length, unit: "count" },
        },
      },
      ...(r.undated.length > 0
        ? [
            {
              key: "report.flows.undatedLine",
              values: {
                total: { value: r.undatedTotal.value, unit: amount },
                count: { value: r.undated.length, unit: "count" as const },
              },
            },
          ]
        : []),
      ...(r.excluded.length > 0
        ? [
            {
              key: "report.flows.excluded",
              values: { count: { value: r.excluded.length, unit: "count" as const } },
            },
          ]
        : []),
    ],
    tables: [flowsTable(amount), byYearTable(amount), undatedTable(amount)],
    charts: [
      {
        id: "byYear",
        kind: "bar",
        title: "report.flows.byYearChart",
        x: { label: "report.flows.year", unit: "year" },
        y: { label: "report.flows.amount", unit: amount },
        series: (r) => [
          {
            id: "amount",
            label: "report.flows.amount",
            points: r.byYear.map((y) => ({ x: y.year, y: y.amount.value })),
          },
        ],
      },
    ],
  };
}

export const FLOWS_LAYOUT = flowsLayout("USD");
