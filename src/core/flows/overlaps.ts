/**
 * Overlapping deals: "the same money reported twice". Deals joined by `overlaps` links must never be
 * summed. Among deals whose reports overlap, halqa counts the set of deals with the largest total in
 * which no two overlap (a maximum-weight independent set of the overlap graph): for a pair, the
 * larger one; for an aggregate and its components, whichever side is larger.
 *
 * Clusters are tiny (a handful of deals), so the set is found exactly by enumerating subsets up to
 * EXACT_LIMIT deals (O(2^n · n)); larger clusters fall back to a greedy choice by weight, which the
 * result marks as approximate.
 */

import { compareText } from "../compare.ts";
import type { Deal } from "../model/deal.ts";

export const EXACT_LIMIT = 16;

export type OverlapChoice = {
  /** Deal id → the deal counted instead of it (the heaviest overlapping deal that is counted). */
  excluded: Map<string, string>;
  /** True when some cluster was too large for the exact search. */
  approximate: boolean;
};

/** Undirected overlap graph: deal id → the ids it overlaps. */
export function overlapGraph(deals: readonly Deal[]): Map<string, Set<string>> {
  const known = new Set(deals.map((d) => d.id));
  const graph = new Map<string, Set<string>>();
  const connect = (a: string, b: string) => {
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)?.add(b);
  };
  for (const deal of deals) {
    for (const link of deal.links ?? []) {
      if (link.type !== "overlaps" || link.deal === deal.id || !known.has(link.deal)) continue;
      connect(deal.id, link.deal);
      connect(link.deal, deal.id);
    }
  }
  return graph;
}

/** Connected components of the overlap graph, each sorted by id. */
export function overlapClusters(graph: Map<string, Set<string>>): string[][] {
  const seen = new Set<string>();
  const clusters: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (seen.has(start)) continue;
    const cluster: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      cluster.push(id);
      for (const next of graph.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    clusters.push(cluster.sort());
  }
  return clusters;
}

/**
 * Which deals to leave out so that no two overlapping deals are both counted, keeping the largest
 * total `weight`. Ties go to the set whose sorted ids come first, so the choice is deterministic.
 */
export function chooseCounted(
  graph: Map<string, Set<string>>,
  weight: (dealId: string) => number,
): OverlapChoice {
  const excluded = new Map<string, string>();
  let approximate = false;
  for (const cluster of overlapClusters(graph)) {
    const counted =
      cluster.length <= EXACT_LIMIT
        ? exactIndependentSet(cluster, graph, weight)
        : greedy(cluster, graph, weight);
    if (cluster.length > EXACT_LIMIT) approximate = true;
    // Make the set maximal (zero-weight deals with no counted neighbour stay in), so every deal left
    // out overlaps a counted one that it can name.
    for (const id of cluster) {
      if (![...(graph.get(id) ?? [])].some((other) => counted.has(other))) counted.add(id);
    }
    for (const id of cluster) {
      if (counted.has(id)) continue;
      const heaviest = [...(graph.get(id) ?? [])]
        .filter((other) => counted.has(other))
        .sort((a, b) => weight(b) - weight(a) || compareText(a, b))[0];
      if (heaviest !== undefined) excluded.set(id, heaviest);
    }
  }
  return { excluded, approximate };
}

function exactIndependentSet(
  cluster: string[],
  graph: Map<string, Set<string>>,
  weight: (id: string) => number,
): Set<string> {
  const n = cluster.length;
  const index = new Map(cluster.map((id, i) => [id, i]));
  const conflicts = cluster.map((id) => {
    let mask = 0;
    for (const other of graph.get(id) ?? []) mask |= 1 << (index.get(other) ?? 0);
    return mask;
  });
  const weights = cluster.map(weight);
  let best = 0;
  let bestWeight = -1;
  for (let mask = 1; mask < 1 << n; mask++) {
    let total = 0;
    let independent = true;
    for (let i = 0; i < n && independent; i++) {
      if (!(mask & (1 << i))) continue;
      if ((conflicts[i] ?? 0) & mask) independent = false;
      else total += weights[i] ?? 0;
    }
    // Strictly greater keeps the first (lowest) mask on ties: deterministic.
    if (independent && total > bestWeight + 1e-9) {
      best = mask;
      bestWeight = total;
    }
  }
  return new Set(cluster.filter((_, i) => best & (1 << i)));
}

function greedy(
  cluster: string[],
  graph: Map<string, Set<string>>,
  weight: (id: string) => number,
): Set<string> {
  const counted = new Set<string>();
  const blocked = new Set<string>();
  for (const id of [...cluster].sort((a, b) => weight(b) - weight(a) || compareText(a, b))) {
    if (blocked.has(id)) continue;
    counted.add(id);
    for (const other of graph.get(id) ?? []) blocked.add(other);
  }
  return counted;
}
