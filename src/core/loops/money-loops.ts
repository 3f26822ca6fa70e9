/**
 * Money loops in the dataset: the cycles of the money graph with, on each step, the deals that carry
 * the money and their sources; the bottleneck (what can go all the way round); the total; the time
 * span; and whether any step is conditional or not binding. Loops are found by the cycle kernels in
 * src/core/cycles and ranked largest bottleneck first.
 *
 * Static loops are node sequences, each reported once with the parallel deals of each step grouped.
 * Temporal loops are deal sequences whose announcements follow each other within a window.
 */

import { compareText } from "../compare.ts";
import { simpleCycles, temporalCycles } from "../cycles/index.ts";
import type { CertaintyTier } from "../dataset/current-view.ts";
import { buildCsr } from "../graph/csr.ts";
import type { MoneyEdge, MoneyGraph } from "../network/money-graph.ts";
import { firstDay } from "../time/dates.ts";

const NON_BINDING = new Set(["rumored", "talks", "loi", "mou"]);
/** Enumeration stops after this many loops and says so: a dataset with more needs a tighter search. */
export const DEFAULT_CAP = 200_000;

export type LoopStep = { from: string; to: string; amount: number; deals: MoneyEdge[] };

export type MoneyLoop = {
  entities: string[];
  steps: LoopStep[];
  /** The smallest step: the most that can go all the way round. */
  bottleneck: number;
  /** The sum of the steps. */
  total: number;
  /** First and last announcement among the loop's deals, and the days between them. */
  span: { from: string; to: string; days: number };
  /** Some step rests only on conditional tranches. */
  conditional: boolean;
  /** Some step rests only on deals that bind nobody yet (rumoured, talks, LOI, MOU). */
  nonBinding: boolean;
  /** Some deal on the loop is a conditional tranche (even if another deal carries the same step). */
  includesConditional: boolean;
  /** Some deal on the loop binds nobody yet. */
  includesNonBinding: boolean;
  /**
   * The least certain step: a step is as certain as the most certain deal carrying it (any one of
   * them suffices to move the money), and the loop is as certain as its least certain step. Read
   * with `restsOnEstimate`, it is what the loop's first line must say ("rests on an LOI").
   */
  weakest: WeakestStep;
  /** Some step's money rests only on estimates (an analyst's value, not one a party stated). */
  restsOnEstimate: boolean;
};

export type WeakestStep = {
  from: string;
  to: string;
  /** The status of the strongest deal of that step (e.g. `loi`, `talks`, `signed`). */
  status: MoneyEdge["status"];
  tier: CertaintyTier;
  /** Every deal carrying that step is an estimate. */
  estimate: boolean;
};

export type LoopSearch = {
  maxLength?: number;
  /** Time-respecting loops: each deal announced strictly after the previous, all within `window` seconds. */
  temporal?: { window: number };
  /** Keep loops through this entity. */
  entity?: string;
  cap?: number;
};

export type LoopSearchResult = {
  loops: MoneyLoop[];
  /** True when enumeration stopped at the cap: more loops exist. */
  truncated: boolean;
  /** Payments from an entity to itself: reported, never loops. */
  selfLoops: MoneyEdge[];
};

export function findMoneyLoops(graph: MoneyGraph, search: LoopSearch = {}): LoopSearchResult {
  const { list, edges } = graph;
  const csr = buildCsr(list);
  const cap = search.cap ?? DEFAULT_CAP;
  const entityIndex = search.entity === undefined ? -1 : list.nodeIds.indexOf(search.entity);
  const selfLoops = edges.filter((e) => e.from === e.to);
  const loops: MoneyLoop[] = [];
  let truncated = false;

  const keep = (nodes: readonly number[]) => entityIndex < 0 || nodes.includes(entityIndex);
  if (search.temporal) {
    const options = {
      window: search.temporal.window,
      ...(search.maxLength ? { maxLength: search.maxLength } : {}),
    };
    for (const cycle of temporalCycles(list, csr, options)) {
      if (loops.length >= cap) {
        truncated = true;
        break;
      }
      const nodes = cycle.map((e) => list.src[e] as number);
      if (keep(nodes))
        loops.push(
          describe(
            cycle.map((e) => [edges[e] as MoneyEdge]),
            true,
          ),
        );
    }
  } else {
    const byPair = new Map<string, MoneyEdge[]>();
    edges.forEach((edge) => {
      const key = `${edge.from}\u0000${edge.to}`;
      byPair.set(key, [...(byPair.get(key) ?? []), edge]);
    });
    const options = search.maxLength ? { maxLength: search.maxLength } : {};
    for (const cycle of simpleCycles(csr, options)) {
      if (loops.length >= cap) {
        truncated = true;
        break;
      }
      if (!keep(cycle)) continue;
      const ids = cycle.map((v) => list.nodeIds[v] as string);
      loops.push(
        describe(ids.map((from, i) => byPair.get(`${from}\u0000${ids[(i + 1) % ids.length]}`) ?? [])),
      );
    }
  }
  loops.sort(
    (a, b) =>
      b.bottleneck - a.bottleneck ||
      b.total - a.total ||
      compareText(a.entities.join(">"), b.entities.join(">")),
  );
  return { loops, truncated, selfLoops };
}

/** A loop from its steps, each step the deals (parallel edges) that carry money from one entity to the next. */
function describe(stepDeals: MoneyEdge[][], temporalOrder = false): MoneyLoop {
  const unrotated = stepDeals.map((deals) => ({
    from: deals[0]?.from ?? "",
    to: deals[0]?.to ?? "",
    amount: deals.reduce((sum, d) => sum + d.amount.value, 0),
    deals: [...deals].sort((a, b) => b.amount.value - a.amount.value || compareText(a.deal, b.deal)),
  }));
  // Static loops only: read the loop from the payer of its largest step ("Nvidia → OpenAI → Oracle →
  // Nvidia"), which is how people tell it. A temporal loop keeps its time order.
  const steps = temporalOrder ? unrotated : rotateToLargest(unrotated);
  const dated = stepDeals.flat().map((d) => ({ day: firstDay(d.announced), text: d.announced }));
  const first = dated.reduce((a, b) => (b.day < a.day ? b : a));
  const last = dated.reduce((a, b) => (b.day > a.day ? b : a));
  return {
    entities: steps.map((s) => s.from),
    steps,
    bottleneck: Math.min(...steps.map((s) => s.amount)),
    total: steps.reduce((sum, s) => sum + s.amount, 0),
    span: { from: first.text, to: last.text, days: last.day - first.day },
    conditional: steps.some((s) => s.deals.every((d) => d.conditional)),
    nonBinding: steps.some((s) => s.deals.every((d) => NON_BINDING.has(d.status))),
    includesConditional: steps.some((s) => s.deals.some((d) => d.conditional)),
    includesNonBinding: steps.some((s) => s.deals.some((d) => NON_BINDING.has(d.status))),
    weakest: weakestStep(steps),
    restsOnEstimate: steps.some((s) => s.deals.every((d) => d.estimate)),
  };
}

/** What a loop rests on, as codes a face phrases: the least certain step's status, and an estimated step. */
export type LoopCaveat =
  | { kind: "status"; status: MoneyEdge["status"]; from: string; to: string }
  | { kind: "estimate"; from: string; to: string }
  | { kind: "financing-replaced"; from: string; to: string };

/** Nothing when every step is binding, stated and financed as announced; else what the loop's first line must say. */
export function loopCaveats(loop: MoneyLoop): LoopCaveat[] {
  const caveats: LoopCaveat[] = [];
  const w = loop.weakest;
  if (w.tier !== "binding") caveats.push({ kind: "status", status: w.status, from: w.from, to: w.to });
  const estimated = loop.steps.find((s) => s.deals.every((d) => d.estimate));
  if (estimated) caveats.push({ kind: "estimate", from: estimated.from, to: estimated.to });
  // A step carried only by purchases whose financing deal was replaced: the loop as announced is gone.
  const unfunded = loop.steps.find((s) => s.deals.every((d) => d.financingReplaced === true));
  if (unfunded) caveats.push({ kind: "financing-replaced", from: unfunded.from, to: unfunded.to });
  return caveats;
}

const TIER_RANK: Readonly<Record<CertaintyTier, number>> = { binding: 2, announced: 1, reported: 0 };

/** The least certain step; among equals, the one resting on estimates, then the smaller. */
export function weakestStep(steps: readonly LoopStep[]): WeakestStep {
  let weakest: (WeakestStep & { rank: number; amount: number }) | undefined;
  for (const step of steps) {
    const strongest = [...step.deals].sort(
      (a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier] || Number(a.estimate) - Number(b.estimate),
    )[0];
    if (!strongest) continue;
    const candidate = {
      from: step.from,
      to: step.to,
      status: strongest.status,
      tier: strongest.tier,
      estimate: step.deals.every((d) => d.estimate),
      rank: TIER_RANK[strongest.tier] * 2 - (step.deals.every((d) => d.estimate) ? 1 : 0),
      amount: step.amount,
    };
    if (
      !weakest ||
      candidate.rank < weakest.rank ||
      (candidate.rank === weakest.rank && candidate.amount < weakest.amount)
    ) {
      weakest = candidate;
    }
  }
  if (!weakest) throw new Error("a loop has at least one step");
  const { rank: _rank, amount: _amount, ...out } = weakest;
  return out;
}

function rotateToLargest<T extends { amount: number }>(steps: T[]): T[] {
  let start = 0;
  steps.forEach((step, i) => {
    if (step.amount > (steps[start] as T).amount) start = i;
  });
  return [...steps.slice(start), ...steps.slice(0, start)];
}
