/**
 * Reference enumerators for tests: plain depth-first search over all simple paths, written for
 * obviousness, not speed. They read the EdgeList directly (not the CSR), so the fast searches are
 * checked against an independent reading of the graph. Exponential time; small graphs only.
 */
import type { EdgeList } from "../graph/edge-list.ts";

/**
 * Every simple cycle with at most `maxLength` nodes, each from its smallest node, in path order:
 * from each start s, every simple path through nodes greater than s that steps back to s.
 * Parallel edges are collapsed; self-loops are not cycles.
 */
export function bruteForceSimpleCycles(list: EdgeList, maxLength = Number.POSITIVE_INFINITY): number[][] {
  const n = list.nodeIds.length;
  const successors: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let e = 0; e < list.src.length; e++) {
    const a = list.src[e] as number;
    const b = list.dst[e] as number;
    if (a !== b) successors[a]?.add(b);
  }
  const cycles: number[][] = [];
  const extend = (path: number[]): void => {
    const s = path[0] as number;
    const last = path[path.length - 1] as number;
    for (const w of successors[last] ?? []) {
      if (w === s && path.length >= 2) cycles.push([...path]);
      if (w > s && !path.includes(w) && path.length + 1 <= maxLength) extend([...path, w]);
    }
  };
  for (let s = 0; s < n; s++) extend([s]);
  return cycles;
}

/**
 * Every time-respecting cycle with at most `maxLength` edges, as edge indices from its earliest edge:
 * from each edge e1 with a known time that is not a self-loop, every edge sequence with strictly
 * rising times, a span of at most `window`, no node visited twice, that steps back to src[e1].
 */
export function bruteForceTemporalCycles(
  list: EdgeList,
  window: number,
  maxLength = Number.POSITIVE_INFINITY,
): number[][] {
  const { src, dst, ts } = list;
  const m = src.length;
  const usable = (e: number) => !Number.isNaN(ts[e]) && src[e] !== dst[e];
  const cycles: number[][] = [];
  const extend = (edges: number[], nodes: number[]): void => {
    const first = edges[0] as number;
    const last = edges[edges.length - 1] as number;
    for (let e = 0; e < m; e++) {
      if (!usable(e) || src[e] !== dst[last]) continue;
      if (!((ts[e] as number) > (ts[last] as number))) continue;
      if (!((ts[e] as number) - (ts[first] as number) <= window)) continue;
      if (edges.length + 1 > maxLength) continue;
      const w = dst[e] as number;
      if (w === nodes[0]) cycles.push([...edges, e]);
      else if (!nodes.includes(w)) extend([...edges, e], [...nodes, w]);
    }
  };
  for (let e = 0; e < m; e++) {
    if (usable(e) && maxLength >= 2) extend([e], [src[e] as number, dst[e] as number]);
  }
  return cycles;
}

/** Counts of cycles by length, in the shape the counting kernels return (`byLength[k]` = cycles of k). */
export function countByLength(cycles: readonly (readonly number[])[]): number[] {
  const byLength: number[] = [];
  for (const c of cycles) byLength[c.length] = (byLength[c.length] ?? 0) + 1;
  return Array.from(byLength, (x) => x ?? 0);
}
