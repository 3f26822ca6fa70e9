/**
 * Loops in a user's edge list (`halqa loops --graph FILE`): the same kernels as for the dataset, with
 * each step's parallel edges found by binary search in the CSR (no per-edge objects), and the loops
 * ranked by bottleneck. Collection stops at a cap and says so; counting has no cap. This is the
 * one-thread search; src/io/ledger/graph-loops-scan.ts runs the same kernels on worker threads and
 * keeps the same loops (listingOrder, FirstInOrder).
 */

import { compareText } from "../compare.ts";
import { countSimpleCycles, countTemporalCycles, simpleCycles, temporalCycles } from "../cycles/index.ts";
import { buildCsr, type Csr } from "../graph/csr.ts";
import { type EdgeList, edgeId } from "../graph/edge-list.ts";
import { DEFAULT_CAP } from "./money-loops.ts";

export type GraphLoopStep = { from: string; to: string; amount: number; edges: string[] };
export type GraphLoop = {
  nodes: string[];
  steps: GraphLoopStep[];
  bottleneck: number;
  total: number;
  /** First and last timestamp on the loop (seconds), when the edges have them. */
  span: { first: number; last: number; seconds: number } | null;
};

export type GraphLoopSearch = { maxLength?: number; temporal?: { window: number }; cap?: number };

export function findGraphLoops(
  list: EdgeList,
  search: GraphLoopSearch = {},
): { loops: GraphLoop[]; truncated: boolean } {
  const csr = buildCsr(list);
  const bounded = search.maxLength !== undefined ? { maxLength: search.maxLength } : {};
  const cycles = search.temporal
    ? temporalCycles(list, csr, { window: search.temporal.window, ...bounded })
    : simpleCycles(csr, bounded);
  return collectGraphLoops(list, csr, cycles, !!search.temporal, search.cap);
}

/**
 * The loops of `cycles` (node sequences, or edge sequences when `temporal`), the first `cap` of them,
 * ranked by bottleneck; truncated when the cycles go on past the cap.
 */
export function collectGraphLoops(
  list: EdgeList,
  csr: Csr,
  cycles: Iterable<number[]>,
  temporal: boolean,
  cap = DEFAULT_CAP,
): { loops: GraphLoop[]; truncated: boolean } {
  const loops: GraphLoop[] = [];
  let truncated = false;
  for (const cycle of cycles) {
    if (loops.length >= cap) {
      truncated = true;
      break;
    }
    const steps = temporal
      ? cycle.map((e) => [e])
      : cycle.map((u, i) => parallelEdges(csr, u, cycle[(i + 1) % cycle.length] as number));
    loops.push(describe(list, steps));
  }
  loops.sort(
    (a, b) =>
      b.bottleneck - a.bottleneck || b.total - a.total || compareText(a.nodes.join(">"), b.nodes.join(">")),
  );
  return { loops, truncated };
}

/**
 * The order in which findGraphLoops meets cycles with a bound, so a parallel search (whose cycles
 * arrive in any order) keeps the same first `cap`: simple cycles by their node sequence, temporal ones
 * by the (time, index) of their edges in turn.
 */
export function listingOrder(list: EdgeList, temporal: boolean): (a: number[], b: number[]) => number {
  return (a, b) => {
    for (let i = 0; i < a.length && i < b.length; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      if (x === y) continue;
      if (!temporal) return x - y;
      const tx = list.ts[x] as number;
      const ty = list.ts[y] as number;
      return tx !== ty ? (tx < ty ? -1 : 1) : x - y;
    }
    return a.length - b.length;
  };
}

/**
 * The first `keep` items in `order` of a stream too large to hold: a buffer cut back to `keep` items
 * whenever it reaches twice that (O(c log keep) for c items, O(keep) memory).
 */
export class FirstInOrder<T> {
  private items: T[] = [];
  constructor(
    private readonly keep: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  add(item: T): void {
    this.items.push(item);
    if (this.items.length >= 2 * this.keep + 1024) this.cut();
  }

  result(): T[] {
    this.cut();
    return this.items;
  }

  private cut(): void {
    this.items.sort(this.order);
    if (this.items.length > this.keep) this.items.length = this.keep;
  }
}

export function countGraphLoops(
  list: EdgeList,
  search: GraphLoopSearch = {},
): { total: number; byLength: number[] } {
  const csr = buildCsr(list);
  const bounded = search.maxLength !== undefined ? { maxLength: search.maxLength } : {};
  return search.temporal
    ? countTemporalCycles(list, csr, { window: search.temporal.window, ...bounded })
    : countSimpleCycles(csr, bounded);
}

/** Edge indices from u to v: the CSR keeps a node's edges sorted by target, so binary search finds the run. */
export function parallelEdges(csr: Csr, u: number, v: number): number[] {
  let lo = csr.offsets[u] as number;
  let hi = csr.offsets[u + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((csr.targets[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let p = lo; p < (csr.offsets[u + 1] as number) && csr.targets[p] === v; p++)
    found.push(csr.edges[p] as number);
  return found;
}

function describe(list: EdgeList, steps: number[][]): GraphLoop {
  const described = steps.map((edges) => ({
    from: list.nodeIds[list.src[edges[0] as number] as number] as string,
    to: list.nodeIds[list.dst[edges[0] as number] as number] as string,
    amount: edges.reduce((sum, e) => sum + (list.amount[e] as number), 0),
    edges: edges.map((e) => edgeId(list, e)),
  }));
  const times = steps
    .flat()
    .map((e) => list.ts[e] as number)
    .filter((t) => !Number.isNaN(t));
  const first = Math.min(...times);
  const last = Math.max(...times);
  return {
    nodes: described.map((s) => s.from),
    steps: described,
    bottleneck: Math.min(...described.map((s) => s.amount)),
    total: described.reduce((sum, s) => sum + s.amount, 0),
    span: times.length > 0 ? { first, last, seconds: last - first } : null,
  };
}
