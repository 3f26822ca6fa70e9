/**
 * What the explorer's entity panel shows, from src/core on the filtered dataset: the deals in which
 * the entity receives or pays (any kind of flow), its circular share (traceFlows on the cash graph),
 * its exposure (the exposure report of `halqa exposure ID` and /api/exposure/{id}: revenue shares,
 * counterparties' shares and HHI) and the loops through it.
 */
import { type NodeTrace, traceFlows } from "@core/circularity/tracing.ts";
import { statusAsOf } from "@core/dataset/status.ts";
import type { EntityExposure } from "@core/exposure/entity-exposure.ts";
import type { Basis } from "@core/flows/expand.ts";
import { findMoneyLoops, type MoneyLoop } from "@core/loops/money-loops.ts";
import { type MoneyGraph, moneyGraph } from "@core/network/money-graph.ts";
import { exposureReport } from "@core/reports/exposure-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import type { Deal, Flow } from "@schema/deal.ts";
import { LOOP_MAX_LENGTH } from "./overview.ts";

export type DealSide = { deal: Deal; flows: Flow[] };

export type EntityInfo = {
  dealsIn: DealSide[];
  dealsOut: DealSide[];
  /** The entity's row of the proportional tracing; undefined when no cash reaches or leaves it. */
  trace: NodeTrace | undefined;
  /** Null when exposure could not be computed on this view (a core error, kept as data). */
  exposure: EntityExposure | null;
  loops: MoneyLoop[];
};

function sides(dataset: Dataset, id: string, asOf: string) {
  const dealsIn: DealSide[] = [];
  const dealsOut: DealSide[] = [];
  for (const deal of dataset.deals) {
    if (statusAsOf(deal, asOf) === undefined) continue;
    const ins = deal.flows.filter((f) => f.to === id);
    const outs = deal.flows.filter((f) => f.from === id);
    if (ins.length > 0) dealsIn.push({ deal, flows: ins });
    if (outs.length > 0) dealsOut.push({ deal, flows: outs });
  }
  const latest = (a: DealSide, b: DealSide) => (a.deal.announced < b.deal.announced ? 1 : -1);
  return { dealsIn: dealsIn.sort(latest), dealsOut: dealsOut.sort(latest) };
}

export function entityInfo(
  dataset: Dataset,
  graph: MoneyGraph,
  id: string,
  options: { basis: Basis; asOf: string; minAmount: number },
): EntityInfo {
  const { basis, asOf, minAmount } = options;
  const cash = moneyGraph(dataset, { basis, asOf, kinds: ["cash"], minAmount });
  let trace: NodeTrace | undefined;
  try {
    trace = traceFlows(cash.list).nodes.find((n) => n.id === id && n.throughput > 0);
  } catch {
    trace = undefined;
  }
  let exposure: EntityExposure | null;
  try {
    exposure = exposureReport(dataset, id, { basis, asOf });
  } catch {
    exposure = null;
  }
  const loops = findMoneyLoops(graph, { entity: id, maxLength: LOOP_MAX_LENGTH }).loops;
  return { ...sides(dataset, id, asOf), trace, exposure, loops };
}
