/**
 * Betweenness centrality: how much of the shortest-path traffic between other nodes runs through a
 * node. For a node v, C(v) = Σ_{s ≠ v ≠ t, s ≠ t} σ_st(v) / σ_st, where σ_st counts the shortest
 * directed paths from s to t and σ_st(v) those that pass through v. Pairs with no path add nothing.
 *
 * Brandes' algorithm: one single-source search per node s builds σ_s· and the shortest-path DAG, then
 * walking the nodes back from the farthest accumulates the dependency
 * δ_s(v) = Σ_{w : v is a predecessor of w} σ_sv / σ_sw · (1 + δ_s(w)), and C(v) = Σ_s δ_s(v).
 *
 * Options:
 * - `weighted` false (default): path length counts edges (BFS); parallel edges are one link.
 * - `weighted` true: the edges u → v are one tie of strength A = Σ amounts, with length 1 / A (Dijkstra).
 *   A larger payment is a stronger, shorter tie, so a route through heavy flows is preferred to a
 *   direct trickle — the usual inversion for weights that mean strength [3, 4]. A tie whose amounts
 *   sum to 0 carries nothing and is left out. Two weighted lengths within a relative 1e-12 are equal,
 *   so paths such as 1/2 + 1/2 and 1/1 tie despite rounding.
 * - `normalized` true (default): divided by (n − 1)(n − 2), the number of ordered pairs (s, t) not
 *   involving v, so scores are in [0, 1]; with n < 3 every score is 0.
 * Self-loops never lie on a shortest path and are ignored.
 *
 * References:
 * [1] U. Brandes (2001), "A faster algorithm for betweenness centrality", Journal of Mathematical
 *     Sociology 25(2):163–177.
 * [2] L. C. Freeman (1977), "A set of measures of centrality based on betweenness", Sociometry 40(1).
 * [3] M. E. J. Newman (2001), "Scientific collaboration networks. II. Shortest paths, weighted networks,
 *     and centrality", Physical Review E 64, 016132.
 * [4] T. Opsahl, F. Agneessens, J. Skvoretz (2010), "Node centrality in weighted networks:
 *     generalizing degree and shortest paths", Social Networks 32(3):245–251.
 *
 * Complexity: O(n·m) time unweighted; O(n·m·log m) weighted with the binary heap used here (Brandes
 * states O(n·m + n²·log n) with a Fibonacci heap). O(n + m) space. m counts distinct ties.
 */
import { buildCsr } from "../graph/csr.ts";
import type { EdgeList } from "../graph/edge-list.ts";
import { InvalidAmountError } from "./pagerank.ts";

export type BetweennessOptions = {
  /** Shortest paths by 1 / amount (Dijkstra) instead of by edge count (BFS); default false. */
  weighted?: boolean;
  /** Divide by (n − 1)(n − 2); default true. */
  normalized?: boolean;
};

/** Relative difference under which two weighted path lengths count as equal. */
export const TIE_TOLERANCE = 1e-12;

const DEFAULTS = { weighted: false, normalized: true };

/** Betweenness of every node (by the EdgeList's dense index) on directed shortest paths. */
export function betweenness(list: EdgeList, options: BetweennessOptions = {}): Float64Array {
  const { weighted, normalized } = { ...DEFAULTS, ...options };
  const n = list.nodeIds.length;
  const graph = simpleGraph(list, weighted);
  const work = workspace(n, graph.targets.length);
  const scores = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const reached = weighted ? dijkstra(graph, s, work) : bfs(graph, s, work);
    accumulate(s, reached, work, scores);
  }
  if (normalized) {
    const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
    for (let v = 0; v < n; v++) scores[v] = (scores[v] as number) * scale;
  }
  return scores;
}

/** Adjacency with parallel edges merged and self-loops dropped; lengths are 1 / Σ amounts if weighted. */
type SimpleGraph = { offsets: Int32Array; targets: Int32Array; lengths: Float64Array };

function simpleGraph(list: EdgeList, weighted: boolean): SimpleGraph {
  const csr = buildCsr(list);
  const offsets = new Int32Array(csr.n + 1);
  const targets = new Int32Array(csr.m);
  const lengths = new Float64Array(weighted ? csr.m : 0);
  let k = 0;
  for (let u = 0; u < csr.n; u++) {
    offsets[u] = k;
    const end = csr.offsets[u + 1] as number;
    // The CSR sorts a node's edges by target, so parallel edges form one run [p, q).
    for (let p = csr.offsets[u] as number, q = p; p < end; p = q) {
      const v = csr.targets[p] as number;
      let total = 0;
      for (; q < end && csr.targets[q] === v; q++) {
        if (!weighted) continue;
        const e = csr.edges[q] as number;
        const amount = list.amount[e] as number;
        if (!(amount >= 0 && amount < Number.POSITIVE_INFINITY)) throw new InvalidAmountError(e, amount);
        total += amount;
      }
      if (v === u) continue;
      if (weighted) {
        const length = 1 / total;
        if (!(length < Number.POSITIVE_INFINITY)) continue;
        lengths[k] = length;
      }
      targets[k++] = v;
    }
  }
  offsets[csr.n] = k;
  return { offsets, targets: targets.subarray(0, k), lengths: lengths.subarray(0, weighted ? k : 0) };
}

/**
 * Per-source state, allocated once and reset only where a search touched it. Predecessor lists are
 * linked lists in flat arrays: predHead[w] → slot, predNode[slot] = v, predNext[slot] → next slot.
 */
type Work = {
  /** Nodes reached from s, in non-decreasing distance. */
  order: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  hops: Int32Array;
  dist: Float64Array;
  settled: Uint8Array;
  predHead: Int32Array;
  predNext: Int32Array;
  predNode: Int32Array;
  heapKeys: Float64Array;
  heapNodes: Int32Array;
};

function workspace(n: number, m: number): Work {
  return {
    order: new Int32Array(n),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    hops: new Int32Array(n).fill(-1),
    dist: new Float64Array(n).fill(Number.POSITIVE_INFINITY),
    settled: new Uint8Array(n),
    predHead: new Int32Array(n).fill(-1),
    predNext: new Int32Array(m),
    predNode: new Int32Array(m),
    // Each push follows a strict improvement along one tie, plus the source: at most m + 1 entries.
    heapKeys: new Float64Array(m + 1),
    heapNodes: new Int32Array(m + 1),
  };
}

/** Breadth-first search from s; returns how many nodes it reached (listed in work.order). */
function bfs(g: SimpleGraph, s: number, work: Work): number {
  const { order, sigma, hops, predHead, predNext, predNode } = work;
  let slots = 0;
  let head = 0;
  let tail = 0;
  order[tail++] = s;
  hops[s] = 0;
  sigma[s] = 1;
  while (head < tail) {
    const v = order[head++] as number;
    const next = (hops[v] as number) + 1;
    const end = g.offsets[v + 1] as number;
    for (let p = g.offsets[v] as number; p < end; p++) {
      const w = g.targets[p] as number;
      if (hops[w] === -1) {
        hops[w] = next;
        order[tail++] = w;
      }
      if (hops[w] === next) {
        sigma[w] = (sigma[w] as number) + (sigma[v] as number);
        predNode[slots] = v;
        predNext[slots] = predHead[w] as number;
        predHead[w] = slots++;
      }
    }
  }
  return tail;
}

/** Dijkstra from s with ties up to TIE_TOLERANCE; returns how many nodes it settled (in work.order). */
function dijkstra(g: SimpleGraph, s: number, work: Work): number {
  const { order, sigma, dist, settled, predHead, predNext, predNode } = work;
  let slots = 0;
  let count = 0;
  let size = heapPush(work, 0, 0, s);
  dist[s] = 0;
  sigma[s] = 1;
  while (size > 0) {
    const d = work.heapKeys[0] as number;
    const v = work.heapNodes[0] as number;
    size = heapPop(work, size);
    if (settled[v] === 1) continue; // a stale entry, superseded by a shorter one
    settled[v] = 1;
    order[count++] = v;
    const end = g.offsets[v + 1] as number;
    for (let p = g.offsets[v] as number; p < end; p++) {
      const w = g.targets[p] as number;
      // Positive lengths cannot reach a settled node by a tie; the check guards against rounding.
      if (settled[w] === 1) continue;
      const alt = d + (g.lengths[p] as number);
      const current = dist[w] as number;
      if (alt < current * (1 - TIE_TOLERANCE)) {
        dist[w] = alt;
        sigma[w] = sigma[v] as number;
        predHead[w] = -1;
        size = heapPush(work, size, alt, w);
      } else if (alt <= current * (1 + TIE_TOLERANCE)) {
        sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      } else continue;
      predNode[slots] = v;
      predNext[slots] = predHead[w] as number;
      predHead[w] = slots++;
    }
  }
  return count;
}

/** Adds s's dependencies to the scores (farthest node first), then clears what the search touched. */
function accumulate(s: number, count: number, work: Work, scores: Float64Array): void {
  const { order, sigma, delta, predHead, predNext, predNode } = work;
  for (let i = count - 1; i >= 0; i--) {
    const w = order[i] as number;
    const share = (1 + (delta[w] as number)) / (sigma[w] as number);
    for (let slot = predHead[w] as number; slot !== -1; slot = predNext[slot] as number) {
      const v = predNode[slot] as number;
      delta[v] = (delta[v] as number) + (sigma[v] as number) * share;
    }
    if (w !== s) scores[w] = (scores[w] as number) + (delta[w] as number);
  }
  for (let i = 0; i < count; i++) {
    const w = order[i] as number;
    sigma[w] = 0;
    delta[w] = 0;
    predHead[w] = -1;
    work.hops[w] = -1;
    work.dist[w] = Number.POSITIVE_INFINITY;
    work.settled[w] = 0;
  }
}

/** Inserts (key, node) into the binary min-heap of `size` entries; returns the new size. */
function heapPush(work: Work, size: number, key: number, node: number): number {
  const { heapKeys: keys, heapNodes: nodes } = work;
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((keys[parent] as number) <= key) break;
    keys[i] = keys[parent] as number;
    nodes[i] = nodes[parent] as number;
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
  return size + 1;
}

/** Removes the minimum of the heap of `size` entries; returns the new size. */
function heapPop(work: Work, size: number): number {
  const { heapKeys: keys, heapNodes: nodes } = work;
  const last = size - 1;
  const key = keys[last] as number;
  const node = nodes[last] as number;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    if (child + 1 < last && (keys[child + 1] as number) < (keys[child] as number)) child++;
    if ((keys[child] as number) >= key) break;
    keys[i] = keys[child] as number;
    nodes[i] = nodes[child] as number;
    i = child;
  }
  keys[i] = key;
  nodes[i] = node;
  return last;
}
