/**
 * The circularity page's numbers: proportional flow tracing of the cash graph (each entity's own
 * money coming back, the round-trip multiplier) and, on request, the degree-preserving null model,
 * both from src/core/circularity with the options `halqa circularity` uses.
 */
import { type NullModelResult, nullModel, type TracingResult, traceFlows } from "@core/circularity/index.ts";
import type { Basis } from "@core/flows/expand.ts";
import type { EdgeList } from "@core/graph/edge-list.ts";
import { moneyGraph } from "@core/network/money-graph.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export type Circularity =
  | { ok: true; list: EdgeList; tracing: TracingResult }
  | { ok: false; list: EdgeList; reason: string };

export function circularityOf(dataset: Dataset, basis: Basis, asOf: string): Circularity {
  const { list } = moneyGraph(dataset, { basis, asOf, kinds: ["cash"] });
  try {
    return { ok: true, list, tracing: traceFlows(list) };
  } catch (error) {
    return { ok: false, list, reason: error instanceof Error ? error.message : String(error) };
  }
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
