/**
 * The circularity report: what `halqa circularity --json` prints and `/api/circularity` returns.
 * Circularity measures revenue, so it traces cash only.
 */
import type { Dataset } from "../../schema/dataset-file.ts";
import { type NullModelResult, nullModel, type TracingResult, traceFlows } from "../circularity/index.ts";
import { type MoneyGraphOptions, moneyGraph } from "../network/money-graph.ts";

export type CircularityReportOptions = Omit<MoneyGraphOptions, "kinds"> & {
  entity?: string;
  nullModel?: { samples: number; seed: number };
  onProgress?: (done: number) => void;
};

export type CircularityReport = {
  basis: MoneyGraphOptions["basis"];
  asOf: string;
  fromYear: number | null;
  toYear: number | null;
  unit: "USD";
  multiplier: number | null;
  totalFlow: number;
  outsideTotal: number;
  closed: string[][];
  /** Entities with receipts, most circular first (one entity when `entity` is given). */
  nodes: TracingResult["nodes"];
  nullModel: NullModelResult | null;
};

export function circularityReport(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: CircularityReportOptions,
): CircularityReport {
  const { list } = moneyGraph(dataset, { ...options, kinds: ["cash"] });
  const tracing = traceFlows(list);
  const nullResult = options.nullModel
    ? nullModel(list, {
        ...options.nullModel,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      })
    : null;
  return {
    basis: options.basis,
    asOf: options.asOf,
    fromYear: options.fromYear ?? null,
    toYear: options.toYear ?? null,
    unit: "USD",
    multiplier: tracing.multiplier,
    totalFlow: tracing.totalFlow,
    outsideTotal: tracing.outsideTotal,
    closed: tracing.closed,
    nodes: tracing.nodes
      .filter((n) => n.throughput > 0 && (options.entity === undefined || n.id === options.entity))
      .sort((a, b) => b.selfShare - a.selfShare || b.throughput - a.throughput),
    nullModel: nullResult,
  };
}
