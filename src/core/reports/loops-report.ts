/**
 * The loops report: what `halqa loops --json` prints and `/api/loops` returns — one definition, so a
 * program can switch between the command line and the API.
 */

import { findMoneyLoops, type MoneyLoop } from "../loops/money-loops.ts";
import type { Dataset } from "../model/dataset.ts";
import { LOOP_KINDS, type MoneyEdge, type MoneyGraphOptions, moneyGraph } from "../network/money-graph.ts";
import { type MessageCell, type ReportLayout, table } from "./layout.ts";

export type LoopsReportOptions = MoneyGraphOptions & {
  maxLength?: number;
  /** Time-respecting loops within a window, in seconds. */
  temporal?: { window: number };
  entity?: string;
  /** How many loops to include (the largest first); the counts cover all found. */
  limit: number;
};

export type LoopsReport = {
  basis: MoneyGraphOptions["basis"];
  asOf: string;
  search: {
    maxLength: number | null;
    temporal: { windowSeconds: number } | null;
    entity: string | null;
    minAmount: number;
    types: string[] | null;
    kinds: string[] | null;
    includeReported: boolean;
  };
  found: number;
  truncated: boolean;
  /**
   * What the count counts: the flow kinds followed, and how many of the loops found would remain on
   * cash payments alone (the only kind `circularity` traces, since it measures revenue), so the two
   * commands' counts can be reconciled from their outputs.
   */
  counted: { kinds: string[]; defaultKinds: boolean; cashOnly: number };
  byLength: Record<string, number>;
  shown: number;
  loops: MoneyLoop[];
  selfLoops: MoneyEdge[];
};

/** The loop search's own options, out of the report's. */
function searchOf(options: Omit<LoopsReportOptions, "limit">) {
  return {
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.temporal ? { temporal: options.temporal } : {}),
    ...(options.entity !== undefined ? { entity: options.entity } : {}),
  };
}

/**
 * What a loop count counts: the flow kinds followed, and how many loops the same search finds on cash
 * alone (`found` when it followed cash only; a second search otherwise).
 */
export function loopsCounted(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: Omit<LoopsReportOptions, "limit">,
  found: number,
): LoopsReport["counted"] {
  const search = searchOf(options);
  const kinds = options.kinds ?? LOOP_KINDS;
  const cashOnly = !kinds.includes("cash")
    ? 0
    : kinds.length === 1
      ? found
      : findMoneyLoops(moneyGraph(dataset, { ...options, kinds: ["cash"] }), search).loops.length;
  return {
    kinds: [...kinds],
    defaultKinds: kinds.length === LOOP_KINDS.length && LOOP_KINDS.every((k) => kinds.includes(k)),
    cashOnly,
  };
}

export function loopsReport(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: LoopsReportOptions,
): LoopsReport {
  const search = searchOf(options);
  const result = findMoneyLoops(moneyGraph(dataset, options), search);
  const byLength: Record<string, number> = {};
  for (const loop of result.loops) byLength[loop.steps.length] = (byLength[loop.steps.length] ?? 0) + 1;
  const shown = result.loops.slice(0, options.limit);
  return {
    basis: options.basis,
    asOf: options.asOf,
    search: {
      maxLength: options.maxLength ?? null,
      temporal: options.temporal ? { windowSeconds: options.temporal.window } : null,
      entity: options.entity ?? null,
      minAmount: options.minAmount ?? 0,
      types: options.types ? [...options.types] : null,
      kinds: options.kinds ? [...options.kinds] : null,
      includeReported: options.includeReported === true,
    },
    found: result.loops.length,
    truncated: result.truncated,
    counted: loopsCounted(dataset, options, result.loops.length),
    byLength,
    shown: shown.length,
    loops: shown,
    selfLoops: result.selfLoops,
  };
}

/** What the loop count counts (the flow kinds followed), and how many loops remain on cash alone. */
export function loopsCountedLine(r: Pick<LoopsReport, "counted">): MessageCell {
  return {
    key: "report.loops.countedLine",
    values: {
      scope: { value: r.counted.defaultKinds ? "default" : "chosen", unit: "text" },
      kinds: { value: r.counted.kinds.join(", "), unit: "typed" },
      cashOnly: { value: r.counted.cashOnly, unit: "count" },
    },
  };
}

/** The loops, one row each: where it starts, its length, the money that can go round and when. */
const loopsTable = table<LoopsReport, MoneyLoop>({
  id: "loops",
  title: "report.loops.largest",
  empty: "report.loops.none",
  rows: (r) => r.loops,
  columns: [
    { id: "entity", label: "report.loops.start", unit: "entity", value: (l) => l.entities[0] },
    { id: "steps", label: "report.loops.steps", unit: "count", value: (l) => l.steps.length },
    { id: "bottleneck", label: "report.loops.bottleneck", unit: "usd", value: (l) => l.bottleneck },
    { id: "total", label: "report.loops.total", unit: "usd", value: (l) => l.total },
    { id: "from", label: "report.loops.from", unit: "date", value: (l) => l.span.from, optional: true },
    { id: "to", label: "report.loops.to", unit: "date", value: (l) => l.span.to, optional: true },
    { id: "days", label: "report.loops.days", unit: "count", value: (l) => l.span.days, optional: true },
    { id: "weakest", label: "report.loops.weakest", unit: "message", value: restsOnCell, optional: true },
  ],
});

const byLengthTable = table<LoopsReport, { length: number; count: number }>({
  id: "byLength",
  title: "report.loops.byLength",
  rows: (r) => Object.entries(r.byLength).map(([length, count]) => ({ length: Number(length), count })),
  columns: [
    { id: "length", label: "report.loops.steps", unit: "count", value: (x) => x.length },
    { id: "count", label: "report.loops.count", unit: "count", value: (x) => x.count },
  ],
});

export const LOOPS_LAYOUT: ReportLayout<LoopsReport> = {
  id: "loops",
  title: "report.loops.title",
  headlines: (r) => [
    {
      key: r.truncated ? "report.loops.foundAtLeast" : "report.loops.found",
      values: { found: { value: r.found, unit: "count" }, shown: { value: r.shown, unit: "count" } },
    },
    loopsCountedLine(r),
  ],
  tables: [loopsTable, byLengthTable],
  charts: [
    {
      id: "byLength",
      kind: "bar",
      title: "report.loops.byLengthChart",
      x: { label: "report.loops.steps", unit: "count" },
      y: { label: "report.loops.count", unit: "count" },
      series: (r) => [
        {
          id: "loops",
          label: "report.loops.count",
          points: Object.entries(r.byLength).map(([length, count]) => ({ x: Number(length), y: count })),
        },
      ],
    },
  ],
};

/**
 * What a loop rests on, in one cell: the least certain step's status, and whether its money rests on
 * (or includes) conditional tranches or rests on estimates — a bottleneck of $34B that is an estimated,
 * conditional warrant must not read as plainly "signed".
 */
export function restsOnCell(
  loop: Pick<MoneyLoop, "weakest" | "conditional" | "includesConditional" | "restsOnEstimate">,
): MessageCell {
  return {
    key: "report.loops.restsOn",
    values: {
      status: { value: `enum.status.${loop.weakest.status}`, unit: "message" },
      conditional: {
        value: loop.conditional ? "rests" : loop.includesConditional ? "includes" : "none",
        unit: "text",
      },
      estimate: { value: loop.restsOnEstimate ? "yes" : "no", unit: "text" },
    },
  };
}
