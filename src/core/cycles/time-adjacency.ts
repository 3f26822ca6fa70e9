/**
 * Edges in time order, per node: what a time-respecting search scans. The CSR orders a node's edges by
 * (target, time), which keeps parallel edges together; a temporal search wants them by time alone, so
 * that "every edge after t and within the window" is one contiguous run found by binary search.
 *
 * Only edges a time-respecting cycle can use are kept: a known timestamp (not NaN) and two distinct
 * ends. Ties in time keep edge-index order, so the result is deterministic.
 *
 * Complexity: O(m log m) time (one sort), O(n + m) space per adjacency.
 */
import type { EdgeList } from "../graph/edge-list.ts";

export type TimeAdjacency = {
  /** The run of node v is offsets[v] … offsets[v+1]-1. */
  offsets: Int32Array;
  /** Edge index (into the EdgeList) at each position. */
  edges: Int32Array;
  /** The edge's other end: its target in an out-adjacency, its source in an in-adjacency. */
  ends: Int32Array;
  /** The edge's timestamp, ascending within each node's run. */
  times: Float64Array;
};

/** The usable edges (timestamp known, not a self-loop) sorted by (timestamp, edge index). */
export function usableEdgesByTime(list: EdgeList): Int32Array {
  const { src, dst, ts } = list;
  const kept: number[] = [];
  for (let e = 0; e < src.length; e++) if (!Number.isNaN(ts[e]) && src[e] !== dst[e]) kept.push(e);
  kept.sort((a, b) => (ts[a] as number) - (ts[b] as number) || a - b);
  return Int32Array.from(kept);
}

/**
 * Buckets the time-sorted edges `order` by source ("out") or by target ("in"); a stable counting sort,
 * so each node's run stays in time order.
 */
export function timeAdjacency(
  list: EdgeList,
  n: number,
  order: Int32Array,
  side: "out" | "in",
): TimeAdjacency {
  const key = side === "out" ? list.src : list.dst;
  const other = side === "out" ? list.dst : list.src;
  const offsets = new Int32Array(n + 1);
  for (const e of order) {
    const slot = (key[e] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, n);
  const edges = new Int32Array(order.length);
  const ends = new Int32Array(order.length);
  const times = new Float64Array(order.length);
  for (const e of order) {
    const v = key[e] as number;
    const at = fill[v] as number;
    fill[v] = at + 1;
    edges[at] = e;
    ends[at] = other[e] as number;
    times[at] = list.ts[e] as number;
  }
  return { offsets, edges, ends, times };
}
