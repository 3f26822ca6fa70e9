/**
 * The structure flow tracing needs before any algebra: edges grouped by node, which nodes' money can
 * ever leave the network, the weakly connected components (the blocks of the linear system) and
 * who reaches whom inside a block.
 *
 * Complexity: O(n + m) time and space each, except union–find (path compression, no ranks):
 * O(m log n) at worst, near-linear in practice, and reachWithin (one search per node of a block).
 */
import type { WeightedDigraph } from "./simple-digraph.ts";

/** Edge indices grouped by one endpoint: those of node v are edges[offsets[v] … offsets[v+1]-1]. */
export type Adjacency = { offsets: Int32Array; edges: Int32Array };

/** Groups edges by `endpoint` (src for out-edges, dst for in-edges) with a counting sort. */
export function adjacency(n: number, endpoint: Int32Array): Adjacency {
  const m = endpoint.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const slot = (endpoint[e] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, n);
  const edges = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const v = endpoint[e] as number;
    edges[fill[v] as number] = e;
    fill[v] = (fill[v] as number) + 1;
  }
  return { offsets, edges };
}

/**
 * Which nodes can reach a node that leaks more than `tolerance` of its throughput: a breadth-first
 * search backwards from the leakers. The others are closed (their money can never leave).
 */
export function reachesLeak(
  graph: WeightedDigraph,
  leakage: Float64Array,
  throughput: Float64Array,
  tolerance: number,
): Uint8Array {
  const { n, src } = graph;
  const into = adjacency(n, graph.dst);
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if ((leakage[v] as number) > tolerance * (throughput[v] as number)) {
      reached[v] = 1;
      queue[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head] as number;
    for (let p = into.offsets[v] as number; p < (into.offsets[v + 1] as number); p++) {
      const u = src[into.edges[p] as number] as number;
      if (!reached[u]) {
        reached[u] = 1;
        queue[tail++] = u;
      }
    }
  }
  return reached;
}

/** Weakly connected components by union–find; returns a representative node per node. */
export function weakComponents(graph: WeightedDigraph): Int32Array {
  const parent = Int32Array.from({ length: graph.n }, (_, i) => i);
  const find = (v: number): number => {
    let r = v;
    while (parent[r] !== r) r = parent[r] as number;
    let x = v;
    while (parent[x] !== r) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  for (let e = 0; e < graph.src.length; e++) {
    const a = find(graph.src[e] as number);
    const b = find(graph.dst[e] as number);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  for (let v = 0; v < graph.n; v++) parent[v] = find(v);
  return parent;
}

/**
 * Which of a component's open nodes each one reaches along payments (itself included):
 * reach[k·c + r] = 1 when money entering at nodes[k] can ever arrive at nodes[r]. Exactly then is the
 * fundamental matrix's N_kr positive, so a share from k that the LU solve gives a node k cannot
 * reach is rounding, however large k's outside money makes it look. Only the rows of nodes with
 * `from[k]` non-zero (those where money enters) are searched; the others hold just their diagonal.
 * O(c · (c + m_c)) time at most for the component's m_c payments, O(c²) space.
 */
export function reachWithin(
  nodes: number[],
  out: Adjacency,
  dst: Int32Array,
  local: Int32Array,
  from: ArrayLike<number>,
): Uint8Array {
  const c = nodes.length;
  const reach = new Uint8Array(c * c);
  const stack = new Int32Array(c);
  for (let k = 0; k < c; k++) {
    const row = k * c;
    reach[row + k] = 1;
    if (from[k] === 0) continue;
    stack[0] = k;
    let top = 1;
    while (top > 0) {
      const v = nodes[stack[--top] as number] as number;
      for (let p = out.offsets[v] as number; p < (out.offsets[v + 1] as number); p++) {
        const s = local[dst[out.edges[p] as number] as number] as number;
        if (s < 0 || reach[row + s] === 1) continue;
        reach[row + s] = 1;
        stack[top++] = s;
      }
    }
  }
  return reach;
}
