/**
 * The dataset as a money graph: one edge per flow of a deal, from payer to payee, carrying the flow's
 * amount on a value basis within a year window (overlaps removed, exclusions as in flows). Edges keep
 * what a reader needs to check a loop: the deal, its type and status, the flow kind, conditionality,
 * the sources and the announcement date (the edge's timestamp, in seconds since the epoch).
 */

import { type CertaintyTier, currentView } from "../dataset/current-view.ts";
import { type Amount, addAmounts } from "../dataset/figures.ts";
import { type Basis, expandFlows } from "../flows/expand.ts";
import { type EdgeList, edgeListFrom } from "../graph/edge-list.ts";
import type { Dataset } from "../model/dataset.ts";
import type { DealStatus, DealType, FlowKind } from "../model/deal.ts";
import { firstDay } from "../time/dates.ts";

/**
 * Value that moves toward the counterparty: cash, shares and warrants given, guarantees promised.
 * Goods valued in dollars (compute, chips) move against the payment and would close every purchase
 * into a fake two-step loop, so they are left out.
 */
export const LOOP_KINDS: readonly FlowKind[] = ["cash", "equity", "warrant", "guarantee"];

export type MoneyGraphOptions = {
  basis: Basis;
  asOf: string;
  fromYear?: number;
  toYear?: number;
  kinds?: readonly FlowKind[];
  /** Keep only deals of these types. */
  types?: readonly DealType[];
  /** Drop edges carrying less than this (USD). */
  minAmount?: number;
  /** On the announced basis, also count deals that only the press reports (talks, rumours). */
  includeReported?: boolean;
};

export type MoneyEdge = {
  deal: string;
  flow: string;
  type: DealType;
  kind: FlowKind;
  status: DealStatus;
  from: string;
  to: string;
  amount: Amount;
  conditional: boolean;
  /** Certainty of the deal on the as-of date (binding, announced by a party, or press reports only). */
  tier: CertaintyTier;
  /** The amount is an estimate (an analyst's or ours), not a value a party stated. */
  estimate: boolean;
  /**
   * The deal is funded (a `funds` link) by a deal a later one replaced on the as-of date: the
   * purchase stands, its financing as announced does not (OpenAI's 10 GW of Nvidia systems, funded
   * by the $100B LOI that the $30B equity replaced). Absent on edges built by hand.
   */
  financingReplaced?: boolean;
  announced: string;
  sources: string[];
};

export type MoneyGraph = { list: EdgeList; edges: MoneyEdge[]; basis: Basis; asOf: string };

const SECONDS_PER_DAY = 86_400;

export function moneyGraph(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: MoneyGraphOptions,
): MoneyGraph {
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const view = currentView(dataset.deals, options.asOf);
  const financingReplaced = new Set(
    dataset.deals
      .filter((d) => view.byId.get(d.id)?.standing === "replaced")
      .flatMap((d) => (d.links ?? []).filter((l) => l.type === "funds").map((l) => l.deal)),
  );
  const result = expandFlows(
    { deals: dataset.deals },
    {
      basis: options.basis,
      asOf: options.asOf,
      kinds: options.kinds ?? LOOP_KINDS,
      ...(options.types ? { types: options.types } : {}),
      ...(options.includeReported ? { includeReported: true } : {}),
      ...(options.fromYear !== undefined ? { fromYear: options.fromYear } : {}),
      ...(options.toYear !== undefined ? { toYear: options.toYear } : {}),
    },
  );
  const byFlow = new Map<string, MoneyEdge>();
  for (const row of result.rows) {
    const key = `${row.deal}\u0000${row.flow}`;
    const seen = byFlow.get(key);
    if (seen) {
      seen.amount = addAmounts(seen.amount, row.amount);
      continue;
    }
    const deal = deals.get(row.deal);
    if (!deal) continue;
    byFlow.set(key, {
      deal: row.deal,
      flow: row.flow,
      type: deal.type,
      kind: row.kind,
      status: row.status,
      from: row.from,
      to: row.to,
      amount: row.amount,
      conditional: row.conditional,
      tier: row.tier,
      estimate: row.estimate,
      financingReplaced: financingReplaced.has(row.deal),
      announced: deal.announced,
      sources: row.sources,
    });
  }
  const edges = [...byFlow.values()].filter(
    (e) => e.amount.value >= (options.minAmount ?? 0) && e.amount.value > 0,
  );
  const list = edgeListFrom(
    edges.map((e) => ({
      src: e.from,
      dst: e.to,
      amount: e.amount.value,
      ts: firstDay(e.announced) * SECONDS_PER_DAY,
      id: e.deal,
    })),
    dataset.entities.map((e) => e.id),
  );
  return { list, edges, basis: options.basis, asOf: options.asOf };
}
