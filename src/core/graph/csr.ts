/**
 * Compressed sparse row adjacency: the out-edges of node v are positions offsets[v] … offsets[v+1]-1,
 * holding the target node and the index of the edge in its EdgeList. Within a node, edges are sorted
 * by (target, timestamp, edge index), so parallel edges sit together and in time order.
 * Building is O(m log m); memory 4·(n + 1 + 2m) bytes.
 */
import type { EdgeList } from "./edge-list.ts";

export type Csr = {
  n: number;
  m: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Edge index (into the EdgeList) of each CSR position. */
  edges: Int32Array;
};

export function buildCsr(list: EdgeList, reverse = false): Csr {
  const n = list.nodeIds.length;
  const m = list.src.length;
  const from = reverse ? list.dst : list.src;
  const to = reverse ? list.src : list.dst;
  const order = Array.from({ length: m }, (_, i) => i);
  order.sort(
    (a, b) =>
      (from[a] as number) - (from[b] as number) ||
      (to[a] as number) - (to[b] as number) ||
      compareTs(list.ts[a] as number, list.ts[b] as number) ||
      a - b,
  );
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const slot = (from[i] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const targets = new Int32Array(m);
  const edges = new Int32Array(m);
  order.forEach((e, pos) => {
    targets[pos] = to[e] as number;
    edges[pos] = e;
  });
  return { n, m, offsets, targets, edges };
}

/** NaN (unknown time) sorts last. */
function compareTs(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}
