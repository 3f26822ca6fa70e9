/**
 * The circularity report: what `halqa circularity --json` prints and `/api/circularity` returns.
 * Circularity measures revenue, so it traces cash only. Each entity carries the traceable measure
 * first (`loops`: own money back along named loops through it) and proportional tracing's mixing
 * shares beside it (`selfShare`, `origins`), each origin with the chains that carry it.
 */
import type { Dataset } from "../../schema/dataset-file.ts";
import {
  type AttributedNode,
  type Attribution,
  attributeCircularity,
  type NullModelResult,
  nullModel,
} from "../circularity/index.ts";
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
  /** The loop search behind `loops`: loops found, longest followed, whether it ran to the end. */
  loopSearch: Attribution["loopSearch"];
  /**
   * Entities with receipts, most own money back along loops first, then by mixing self-share (one
   * entity when `entity` is given).
   */
  nodes: AttributedNode[];
  nullModel: NullModelResult | null;
};

export function circularityReport(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: CircularityReportOptions,
): CircularityReport {
  const { list } = moneyGraph(dataset, { ...options, kinds: ["cash"] });
  const tracing = attributeCircularity(
    list,
    options.entity !== undefined ? { pathsFor: [options.entity], paths: { top: 5 } } : {},
  );
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
    loopSearch: tracing.loopSearch,
    nodes: tracing.nodes
      .filter((n) => n.throughput > 0 && (options.entity === undefined || n.id === options.entity))
      .sort(
        (a, b) => b.loops.share - a.loops.share || b.selfShare - a.selfShare || b.throughput - a.throughput,
      ),
    nullModel: nullResult,
  };
}
