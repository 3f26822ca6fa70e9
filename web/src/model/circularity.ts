/**
 * The circularity page's numbers, from src/core/circularity with the options `halqa circularity`
 * uses: each entity's own money back along named loops (the traceable measure, shown first), the
 * proportional-mixing shares with the chains behind each origin, the round-trip multiplier and, on
 * request, the degree-preserving null model.
 */
import {
  type AttributedNode,
  type Attribution,
  attributeCircularity,
  type NullModelResult,
  nullModel,
} from "@core/circularity/index.ts";
import type { Basis } from "@core/flows/expand.ts";
import type { EdgeList } from "@core/graph/edge-list.ts";
import { moneyGraph } from "@core/network/money-graph.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export type Circularity =
  | { ok: true; list: EdgeList; tracing: Attribution; nodes: AttributedNode[] }
  | { ok: false; list: EdgeList; reason: string };

export function circularityOf(dataset: Dataset, basis: Basis, asOf: string): Circularity {
  const { list } = moneyGraph(dataset, { basis, asOf, kinds: ["cash"] });
  try {
    const tracing = attributeCircularity(list, { paths: { top: 5 } });
    return { ok: true, list, tracing, nodes: rankedByLoops(tracing.nodes) };
  } catch (error) {
    return { ok: false, list, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Entities with receipts, most own money back along loops first (the CLI's order). */
export function rankedByLoops(nodes: readonly AttributedNode[]): AttributedNode[] {
  return nodes
    .filter((n) => n.throughput > 0)
    .sort(
      (a, b) => b.loops.share - a.loops.share || b.selfShare - a.selfShare || b.throughput - a.throughput,
    );
}

export type NullRun =
  | { samples: number; seed: number; result: NullModelResult }
  | { samples: number; seed: number; error: string };

export function runNullModel(list: EdgeList, samples: number, seed: number): NullRun {
  try {
    return { samples, seed, result: nullModel(list, { samples, seed }) };
  } catch (error) {
    return { samples, seed, error: error instanceof Error ? error.message : String(error) };
  }
}
