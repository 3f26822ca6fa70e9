/**
 * The loops report: what `halqa loops --json` prints and `/api/loops` returns — one definition, so a
 * program can switch between the command line and the API.
 */

import { findMoneyLoops, type MoneyLoop } from "../loops/money-loops.ts";
import type { Dataset } from "../model/dataset.ts";
import { type MoneyEdge, type MoneyGraphOptions, moneyGraph } from "../network/money-graph.ts";

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
  byLength: Record<string, number>;
  shown: number;
  loops: MoneyLoop[];
  selfLoops: MoneyEdge[];
};

export function loopsReport(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: LoopsReportOptions,
): LoopsReport {
  const result = findMoneyLoops(moneyGraph(dataset, options), {
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.temporal ? { temporal: options.temporal } : {}),
    ...(options.entity !== undefined ? { entity: options.entity } : {}),
  });
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
    byLength,
    shown: shown.length,
    loops: shown,
    selfLoops: result.selfLoops,
  };
}
