/**
 * Hop-bounded elementary cycles: every simple cycle of at most L nodes (= L edges), found by a
 * depth-first search from each start s over nodes greater than s, so each cycle is reported once, from
 * its smallest node. Before searching from s, a breadth-first search over reversed edges, through the
 * nodes greater than s in s's strongly connected component, gives nodes their distance d(v) back to s.
 * A path of k edges is extended to v only if k + 1 + d(v) ≤ L: the shortest way home must still fit.
 *
 * The reverse search always runs to ⌊L/2⌋ hops and further (up to L − 1) while it stays cheap; a node
 * it did not reach is known only to be farther than the hops it completed, and the same test uses
 * that lower bound. If it exhausts the component, unreached nodes cannot lead back at all. So the cost
 * per start is about Δ^(L/2) backwards plus the forward paths that may still close — a meet in the
 * middle — rather than the whole L − 1 hop ball, which on a large graph is most of the graph.
 *
 * The cut removes every branch whose shortest way home is too long; a branch is still explored when
 * its only short way home runs through a node already on the path, the price of not keeping the
 * blocked sets that Gupta & Suzumura [2] adapt from Johnson to bounded lengths.
 *
 * Conventions as in Johnson's search: parallel edges collapsed, self-loops skipped, each cycle from
 * its smallest node in path order; starts are taken in increasing order.
 *
 * The CSR keeps each node's targets sorted, so the targets below s are skipped by binary search, and
 * the reverse adjacency built here is sorted by source, so the reverse search skips them the same way.
 * All state lives in typed arrays reused across starts; the search is iterative.
 *
 * References: [1] D. B. Johnson (1975), "Finding all the elementary circuits of a directed graph",
 * SIAM J. Comput. 4(1), 77–84 (one start per smallest node). [2] A. Gupta, T. Suzumura (2021), "Finding
 * All Bounded-Length Simple Cycles in a Directed Graph", arXiv:2105.10094. [3] R. Tarjan (1972),
 * "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 146–160.
 *
 * Complexity: O(n + m) to build (components, reverse adjacency); per start, O(Δ^⌊L/2⌋ + 1024) for the
 * reverse search and at most O(Δ^(L−1)) forward paths for maximum out-degree Δ, in practice far fewer
 * (only paths that can still close); with c cycles, O(n + m + n·(Δ^⌊L/2⌋ + Δ^(L−1)) + c·L) in all.
 * O(n + m) space.
 */

import type { Csr } from "../graph/csr.ts";
import { lowerBound } from "../graph/sorted-search.ts";
import type { CycleCursor } from "./options.ts";
import { stronglyConnectedComponents } from "./tarjan-scc.ts";

/**
 * Past half the bound, the reverse search goes on only while it has scanned fewer in-edges than this
 * for the current start: on small or sparse graphs it then reaches the full bound (sharpest cut); on
 * large dense ones it stops where the forward and backward balls meet (cheapest).
 */
const REVERSE_BUDGET = 1024;

export class BoundedSearch implements CycleCursor {
  readonly path: Int32Array;
  length = 0;

  private readonly csr: Csr;
  private readonly maxLength: number;
  private readonly reverseBudget: number;
  /** Component of each node, or −1 for a node alone in its component (it lies on no cycle). */
  private readonly component: Int32Array;
  private readonly reverseOffsets: Int32Array;
  private readonly reverseSources: Int32Array;
  /** dist[v] is v's distance back to the current start when reached[v] === start + 1. */
  private readonly dist: Int32Array;
  private readonly reached: Int32Array;
  private readonly queue: Int32Array;
  private readonly onPath: Uint8Array;
  /** Next CSR position to try at each depth of the path. */
  private readonly resume: Int32Array;
  private start = -1;
  private depth = 0;
  /** Every node at distance ≤ known from the start was reached by the reverse search. */
  private known = 0;

  /**
   * `reverseBudget` (in-edges per start) tunes the reverse search past ⌊L/2⌋ hops; it changes the
   * speed, never the result: 0 stops at ⌊L/2⌋, Infinity always goes to L − 1.
   */
  constructor(csr: Csr, maxLength: number, reverseBudget = REVERSE_BUDGET) {
    const { n } = csr;
    this.csr = csr;
    this.maxLength = maxLength;
    this.reverseBudget = reverseBudget;
    const cap = Math.min(maxLength, n) + 1;
    this.path = new Int32Array(cap);
    this.resume = new Int32Array(cap);
    this.dist = new Int32Array(n);
    this.reached = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.onPath = new Uint8Array(n);
    const { count, component } = stronglyConnectedComponents(csr);
    const size = new Int32Array(count);
    for (let v = 0; v < n; v++) size[component[v] as number] = (size[component[v] as number] as number) + 1;
    for (let v = 0; v < n; v++) if ((size[component[v] as number] as number) < 2) component[v] = -1;
    this.component = component;
    [this.reverseOffsets, this.reverseSources] = reverseAdjacency(csr);
  }

  next(): boolean {
    if (this.maxLength < 2) return false;
    const { offsets, targets } = this.csr;
    const { path, resume, onPath, dist, reached, component } = this;
    for (;;) {
      if (this.depth === 0 && !this.enterStart()) return false;
      const s = this.start;
      const depth = this.depth;
      const v = path[depth - 1] as number;
      const end = offsets[v + 1] as number;
      let p = resume[depth - 1] as number;
      let pushed = false;
      while (p < end) {
        const w = targets[p] as number;
        const repeat = targets[p - 1] === w && p > (offsets[v] as number);
        p++;
        if (repeat) continue;
        if (w === s) {
          if (depth < 2) continue; // self-loop
          resume[depth - 1] = p;
          this.length = depth;
          return true;
        }
        if (
          onPath[w] === 0 &&
          (reached[w] === s + 1
            ? depth + (dist[w] as number) <= this.maxLength
            : depth + this.known < this.maxLength && component[w] === component[s])
        ) {
          resume[depth - 1] = p;
          path[depth] = w;
          onPath[w] = 1;
          resume[depth] = lowerBound(targets, offsets[w] as number, offsets[w + 1] as number, s);
          this.depth++;
          pushed = true;
          break;
        }
      }
      if (!pushed) {
        onPath[v] = 0;
        this.depth--;
      }
    }
  }

  /** Moves to the next start that has a way back within the bound, and puts it on the path. */
  private enterStart(): boolean {
    const { offsets, targets } = this.csr;
    for (let s = this.start + 1; s < this.csr.n; s++) {
      this.start = s;
      if (this.component[s] === -1 || !this.reverseSearch(s)) continue;
      this.path[0] = s;
      this.onPath[s] = 1;
      this.resume[0] = lowerBound(targets, offsets[s] as number, offsets[s + 1] as number, s);
      this.depth = 1;
      return true;
    }
    return false;
  }

  /** Breadth-first over reversed edges from s, through nodes > s of s's component; true if any found. */
  private reverseSearch(s: number): boolean {
    const { reverseOffsets, reverseSources, component, dist, reached, queue } = this;
    const mark = s + 1;
    const c = component[s];
    const horizon = this.maxLength - 1;
    const sure = Math.floor(this.maxLength / 2);
    let scanned = 0;
    this.known = Number.POSITIVE_INFINITY;
    reached[s] = mark;
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const x = queue[head++] as number;
      const d = (dist[x] as number) + 1;
      if (d > horizon || (d > sure && scanned >= this.reverseBudget)) {
        this.known = d - 1;
        break;
      }
      const end = reverseOffsets[x + 1] as number;
      const begin = lowerBound(reverseSources, reverseOffsets[x] as number, end, s + 1);
      scanned += end - begin;
      for (let q = begin; q < end; q++) {
        const u = reverseSources[q] as number;
        if (reached[u] === mark || component[u] !== c) continue;
        reached[u] = mark;
        dist[u] = d;
        queue[tail++] = u;
      }
    }
    return tail > 1;
  }
}

/** In-edges of every node, sources sorted ascending (a counting sort of the CSR by target). */
function reverseAdjacency(csr: Csr): [Int32Array, Int32Array] {
  const { n, m, offsets, targets } = csr;
  const reverseOffsets = new Int32Array(n + 1);
  for (let p = 0; p < m; p++) {
    const slot = (targets[p] as number) + 1;
    reverseOffsets[slot] = (reverseOffsets[slot] as number) + 1;
  }
  for (let v = 0; v < n; v++)
    reverseOffsets[v + 1] = (reverseOffsets[v + 1] as number) + (reverseOffsets[v] as number);
  const fill = reverseOffsets.slice(0, n);
  const reverseSources = new Int32Array(m);
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1] as number;
    for (let p = offsets[v] as number; p < end; p++) {
      const w = targets[p] as number;
      reverseSources[fill[w] as number] = v;
      fill[w] = (fill[w] as number) + 1;
    }
  }
  return [reverseOffsets, reverseSources];
}
