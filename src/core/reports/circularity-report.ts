/**
 * The circularity report: what `halqa circularity --json` prints and `/api/circularity` returns.
 * Circularity measures revenue, so it traces cash only. Each entity carries the traceable measure
 * first (`loops`: own money back along named loops through it) and proportional tracing's mixing
 * shares beside it (`selfShare`, `origins`), each origin with the chains that carry it. Its tables and
 * chart: circularity-layout.ts.
 */

import {
  type AttributedNode,
  type Attribution,
  attributeCircularity,
  type NullModelResult,
  nullModel,
} from "../circularity/index.ts";
import { compareText } from "../compare.ts";
import { partyCount } from "../dataset/party-count.ts";
import { type EdgeList, edgeId } from "../graph/edge-list.ts";
import { findMoneyLoops } from "../loops/money-loops.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { LOOP_KINDS, type MoneyEdge, type MoneyGraphOptions, moneyGraph } from "../network/money-graph.ts";

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
   * The same search over every kind `loops` follows (cash, equity, warrants, guarantees): circularity
   * counts cash only, so its loop count is the smaller; this says by how much, from the data.
   */
  allKindsLoops: { kinds: string[]; found: number; truncated: boolean };
  /**
   * On the announced basis, the same measure on binding deals alone (the committed basis), so the
   * headline never stands on letters of intent without the binding figure beside it (DESIGN.md,
   * "Headlines lead with binding money"). Null on the committed and paid bases.
   */
  binding: { multiplier: number | null; totalFlow: number; outsideTotal: number; loops: number } | null;
  /**
   * The part of `totalFlow` that rests on estimates (an analyst's value, no amount stated by the
   * parties), with its deals, largest first: a headline that sums them says so (DESIGN.md, certainty
   * tiers). On the bundled data, OpenAI's 10 GW of Nvidia systems (~$500B, analysts' estimate) is most of it.
   */
  estimated: {
    amount: number;
    deals: string[];
    /** The parties of those deals, each deal's counted once: "the parties" is a dual in Arabic for two. */
    parties: number;
  };
  /**
   * Entities with receipts, most own money back along loops first, then by mixing self-share (one
   * entity when `entity` is given).
   */
  nodes: AttributedNode[];
  /**
   * Every payment step of the loops listed in `nodes`, once, with the deals it sums (largest first),
   * so each loop can be checked deal by deal against the dataset and its sources.
   */
  loopSteps: LoopStep[];
  nullModel: NullModelResult | null;
};

export type LoopStep = {
  from: string;
  to: string;
  /** W_from,to: everything `from` pays `to` on this basis. */
  amount: number;
  deals: { deal: string; amount: number }[];
};

export function circularityReport(
  dataset: Pick<Dataset, "deals" | "entities">,
  options: CircularityReportOptions,
): CircularityReport {
  const { list, edges } = moneyGraph(dataset, { ...options, kinds: ["cash"] });
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
  const allKinds = findMoneyLoops(moneyGraph(dataset, { ...options, kinds: LOOP_KINDS }), {
    maxLength: tracing.loopSearch.maxLength,
    ...(options.entity !== undefined ? { entity: options.entity } : {}),
  });
  const binding =
    options.basis === "announced"
      ? attributeCircularity(
          moneyGraph(dataset, { ...options, basis: "committed", kinds: ["cash"] }).list,
          {},
        )
      : null;
  const nodes = tracing.nodes
    .filter((n) => n.throughput > 0 && (options.entity === undefined || n.id === options.entity))
    .sort(
      (a, b) => b.loops.share - a.loops.share || b.selfShare - a.selfShare || b.throughput - a.throughput,
    );
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
    allKindsLoops: { kinds: [...LOOP_KINDS], found: allKinds.loops.length, truncated: allKinds.truncated },
    binding: binding
      ? {
          multiplier: binding.multiplier,
          totalFlow: binding.totalFlow,
          outsideTotal: binding.outsideTotal,
          loops: binding.loopSearch.cycles,
        }
      : null,
    estimated: estimatedPart(edges, dataset.deals),
    nodes,
    loopSteps: loopSteps(list, nodes),
    nullModel: nullResult,
  };
}

/** The money resting on estimates, with its deals largest first (ties by id). */
function estimatedPart(edges: readonly MoneyEdge[], all: readonly Deal[]): CircularityReport["estimated"] {
  const byDeal = new Map<string, number>();
  for (const e of edges) if (e.estimate) byDeal.set(e.deal, (byDeal.get(e.deal) ?? 0) + e.amount.value);
  const deals = [...byDeal].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const ids = deals.map(([deal]) => deal);
  return { amount: deals.reduce((sum, [, v]) => sum + v, 0), deals: ids, parties: partyCount(all, ids) };
}

/** The payment steps of the listed loops, each with its deals (the edge ids of the money graph). */
function loopSteps(list: EdgeList, nodes: readonly AttributedNode[]): LoopStep[] {
  const wanted = new Map<string, LoopStep>();
  for (const node of nodes) {
    for (const loop of node.loops.top) {
      loop.path.forEach((from, k) => {
        const to = loop.path[(k + 1) % loop.path.length] as string;
        wanted.set(`${from}\u0000${to}`, { from, to, amount: 0, deals: [] });
      });
    }
  }
  const byDeal = new Map<LoopStep, Map<string, number>>();
  for (let e = 0; e < list.src.length; e++) {
    const from = list.nodeIds[list.src[e] as number] as string;
    const to = list.nodeIds[list.dst[e] as number] as string;
    const step = wanted.get(`${from}\u0000${to}`);
    if (!step) continue;
    const amount = list.amount[e] as number;
    const deal = edgeId(list, e);
    step.amount += amount;
    const deals = byDeal.get(step) ?? new Map<string, number>();
    deals.set(deal, (deals.get(deal) ?? 0) + amount);
    byDeal.set(step, deals);
  }
  for (const [step, deals] of byDeal) {
    step.deals = [...deals]
      .map(([deal, amount]) => ({ deal, amount }))
      .sort((a, b) => b.amount - a.amount || compareText(a.deal, b.deal));
  }
  return [...wanted.values()];
}
