/**
 * Loops in a user's edge list (`halqa loops --graph FILE`): the same kernels as for the dataset, with
 * each step's parallel edges found by binary search in the CSR (no per-edge objects), and the loops
 * ranked by bottleneck. Collection stops at a cap and says so; counting has no cap.
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
  const cap = search.cap ?? DEFAULT_CAP;
  const loops: GraphLoop[] = [];
  let truncated = false;
  const bounded = search.maxLength !== undefined ? { maxLength: search.maxLength } : {};
  const cycles = search.temporal
    ? mapCycles(temporalCycles(list, csr, { window: search.temporal.window, ...bounded }), (c) =>
        c.map((e) => [e]),
      )
    : mapCycles(simpleCycles(csr, bounded), (nodes) =>
        nodes.map((u, i) => parallelEdges(csr, u, nodes[(i + 1) % nodes.length] as number)),
      );
  for (const steps of cycles) {
    if (loops.length >= cap) {
      truncated = true;
      break;
    }
    loops.push(describe(list, steps));
  }
  loops.sort(
    (a, b) =>
      b.bottleneck - a.bottleneck || b.total - a.total || compareText(a.nodes.join(">"), b.nodes.join(">")),
  );
  return { loops, truncated };
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

function* mapCycles<T>(cycles: Iterable<number[]>, f: (cycle: number[]) => T): Generator<T> {
  for (const cycle of cycles) yield f(cycle);
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
