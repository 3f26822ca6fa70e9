/**
 * Each company's exposure to the loop, from the deals, by one of two documented measures
 * (docs/methods/market.md):
 *
 * - `membership`: 1 when the company lies on at least one money loop of the dataset, else 0. A step
 *   u → v lies on a loop exactly when u and v are in the same strongly connected component (Tarjan
 *   1972), so membership is "in a component of two or more entities". The fund share under this
 *   measure is the part of the fund held in companies that are in the loop at all: an upper bound.
 * - `revenue-share`: the company's receipts in the year from steps that lie on a loop, divided by its
 *   latest annual revenue, capped at 1. Absent (null) when the data has no revenue for the company.
 *
 * Money graph on the committed basis as of the date (conditional and non-binding deals excluded, as in
 * `halqa loops`). Complexity O(entities + flows).
 */

import { stronglyConnectedComponents } from "../cycles/tarjan-scc.ts";
import { expandFlows } from "../flows/expand.ts";
import { buildCsr } from "../graph/csr.ts";
import type { Dataset } from "../model/dataset.ts";
import { moneyGraph } from "../network/money-graph.ts";
import { latestAnnualRevenue } from "../ratios/inputs.ts";

export const EXPOSURE_MEASURES = ["membership", "revenue-share"] as const;
export type ExposureMeasure = (typeof EXPOSURE_MEASURES)[number];

export type LoopExposure = {
  entity: string;
  /** In [0, 1], or null when the measure cannot be computed for the company. */
  exposure: number | null;
  onLoop: boolean;
  /** For revenue-share: the receipts on loop steps and the revenue they are divided by. */
  loopReceipts?: number;
  revenue?: number;
  revenueFrom?: string;
  sources: string[];
};

/** The set of entities that lie on at least one loop. */
export function entitiesOnLoops(dataset: Pick<Dataset, "deals" | "entities">, asOf: string): Set<string> {
  const graph = moneyGraph(dataset, { basis: "committed", asOf });
  const { component } = stronglyConnectedComponents(buildCsr(graph.list));
  const size = new Map<number, number>();
  for (const c of component) size.set(c, (size.get(c) ?? 0) + 1);
  const on = new Set<string>();
  graph.list.nodeIds.forEach((id, v) => {
    if ((size.get(component[v] as number) ?? 0) >= 2) on.add(id);
  });
  return on;
}

export function loopExposure(
  dataset: Pick<Dataset, "deals" | "entities" | "financials">,
  entities: readonly string[],
  options: { asOf: string; measure: ExposureMeasure },
): LoopExposure[] {
  const on = entitiesOnLoops(dataset, options.asOf);
  if (options.measure === "membership") {
    return entities.map((entity) => ({
      entity,
      exposure: on.has(entity) ? 1 : 0,
      onLoop: on.has(entity),
      sources: [],
    }));
  }
  // Steps on a loop join two entities that are both on loops and in the same component; recomputing
  // the components per edge is avoided by comparing component labels.
  const graph = moneyGraph(dataset, { basis: "committed", asOf: options.asOf });
  const { component } = stronglyConnectedComponents(buildCsr(graph.list));
  const label = new Map(graph.list.nodeIds.map((id, v) => [id, component[v] as number]));
  const year = Number(options.asOf.slice(0, 4));
  const rows = expandFlows(dataset, {
    basis: "committed",
    asOf: options.asOf,
    kinds: ["cash"],
    fromYear: year,
    toYear: year,
  }).rows;
  return entities.map((entity) => {
    const revenue = latestAnnualRevenue(dataset, entity);
    const mine = rows.filter(
      (r) => r.to === entity && on.has(r.from) && on.has(entity) && label.get(r.from) === label.get(entity),
    );
    const receipts = mine.reduce((sum, r) => sum + r.amount.value, 0);
    const sources = [...new Set([...mine.flatMap((r) => r.sources), ...(revenue?.sources ?? [])])];
    if (!revenue || revenue.value <= 0)
      return { entity, exposure: null, onLoop: on.has(entity), loopReceipts: receipts, sources };
    return {
      entity,
      exposure: Math.min(1, receipts / revenue.value),
      onLoop: on.has(entity),
      loopReceipts: receipts,
      revenue: revenue.value,
      revenueFrom: revenue.from,
      sources,
    };
  });
}
