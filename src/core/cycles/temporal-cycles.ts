/**
 * Time-respecting cycles: sequences of edges e1 … ek that form a closed walk visiting no node twice,
 * with strictly increasing timestamps ts[e1] < ts[e2] < … < ts[ek] and a span ts[ek] − ts[e1] no
 * larger than `window` (inclusive). Money that goes round within the window, in order.
 *
 * Conventions: parallel edges are distinct payments, so each gives its own cycles; edges with an
 * unknown (NaN) timestamp are never used; self-loops are excluded; a cycle is given as its edge
 * indices starting from its earliest edge, which is unique because times strictly increase — so each
 * cycle is found exactly once, from that edge. k ≥ 2 always, and k ≤ maxLength when given.
 *
 * Search: the start edges are taken in time order. For a start edge s → v at time t0, a backward
 * search from s over edges in (t0, t0 + window] computes, for each node u, the latest time at which a
 * time-respecting path can leave u and still reach s within the window (its "closing time"), and the
 * fewest hops of such paths, up to maxLength − 1 rounds. The forward depth-first search then enters a
 * node w by an edge at time t only if t is before w's closing time and the hops still fit. Both are
 * necessary conditions, so nothing is lost; each round of the backward search relaxes only the nodes
 * whose closing time rose in the round before. The latest-departure bound follows the closing times of
 * Kumar & Calders [1]; the hop bound is the one of the hop-bounded simple-cycle search.
 *
 * References: [1] R. Kumar, T. Calders (2018), "2SCENT: An Efficient Algorithm to Enumerate All
 * Simple Temporal Cycles", Proceedings of the VLDB Endowment 11(11), 1441–1453. [2] D. B. Johnson
 * (1975), "Finding all the elementary circuits of a directed graph", SIAM J. Comput. 4(1), 77–84.
 *
 * Complexity: O(m log m) to sort the edges by time; per start edge, O(L · m_w) for the backward
 * search over the m_w edges of the window near s (L = maxLength), then the forward search, which only
 * follows edges that can still close in time — at most O(Δ^(L−1)) edge paths for out-degree Δ in the
 * window. O(n + m) space.
 */
import type { Csr } from "../graph/csr.ts";
import type { EdgeList } from "../graph/edge-list.ts";
import { firstAfter } from "../graph/sorted-search.ts";
import {
  type CycleCounts,
  type CycleCursor,
  checkMaxLength,
  checkWindow,
  countCursor,
  cursorCycles,
  type TemporalCycleOptions,
} from "./options.ts";
import { type TimeAdjacency, timeAdjacency, usableEdgesByTime } from "./time-adjacency.ts";

const STAMP_LIMIT = 0x7fffffff;

class TemporalSearch implements CycleCursor {
  readonly path: Int32Array;
  length = 0;

  private readonly list: EdgeList;
  private readonly window: number;
  private readonly maxLength: number;
  private readonly order: Int32Array;
  private readonly out: TimeAdjacency;
  private readonly into: TimeAdjacency;
  private readonly onPath: Uint8Array;
  /** Next out-position to try from the node reached after `depth` edges. */
  private readonly resume: Int32Array;
  /** Closing time and hop count of node u, valid when reached[u] === mark. */
  private readonly closing: Float64Array;
  private readonly hops: Int32Array;
  private readonly reached: Int32Array;
  private mark = 0;
  private frontier: Int32Array;
  private upcoming: Int32Array;
  private readonly queued: Int32Array;
  private queueMark = 0;
  private nextStart = 0;
  private depth = 0;
  private start = -1;
  private t0 = Number.NaN;
  private searchedFor = -1;
  private searchedAt = Number.NaN;

  constructor(list: EdgeList, n: number, window: number, maxLength: number) {
    this.list = list;
    this.window = window;
    this.maxLength = Math.min(maxLength, n);
    this.order = usableEdgesByTime(list);
    this.out = timeAdjacency(list, n, this.order, "out");
    this.into = timeAdjacency(list, n, this.order, "in");
    this.path = new Int32Array(this.maxLength + 1);
    this.resume = new Int32Array(this.maxLength + 1);
    this.onPath = new Uint8Array(n);
    this.closing = new Float64Array(n);
    this.hops = new Int32Array(n);
    this.reached = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.upcoming = new Int32Array(n);
    this.queued = new Int32Array(n);
  }

  next(): boolean {
    if (this.maxLength < 2) return false;
    const { dst } = this.list;
    const { offsets, edges, ends, times } = this.out;
    const { path, resume, onPath, reached, closing, hops, window } = this;
    for (;;) {
      if (this.depth === 0 && !this.enterStart()) return false;
      const s = this.start;
      const t0 = this.t0;
      const depth = this.depth;
      const u = dst[path[depth - 1] as number] as number;
      const end = offsets[u + 1] as number;
      let p = resume[depth] as number;
      let pushed = false;
      while (p < end) {
        const t = times[p] as number;
        if (t - t0 > window) break; // the run is in time order: every later edge is late too
        const w = ends[p] as number;
        p++;
        if (w === s) {
          resume[depth] = p;
          path[depth] = edges[p - 1] as number;
          this.length = depth + 1;
          return true;
        }
        if (onPath[w] === 1 || reached[w] !== this.mark) continue;
        if (!(t < (closing[w] as number)) || depth + 1 + (hops[w] as number) > this.maxLength) continue;
        resume[depth] = p;
        path[depth] = edges[p - 1] as number;
        onPath[w] = 1;
        this.depth++;
        resume[depth + 1] = firstAfter(times, offsets[w] as number, offsets[w + 1] as number, t);
        pushed = true;
        break;
      }
      if (!pushed) {
        onPath[u] = 0;
        this.depth--;
        if (this.depth === 0) onPath[s] = 0;
      }
    }
  }

  /** Takes start edges in time order until one can close; puts it on the path. */
  private enterStart(): boolean {
    const { src, dst, ts } = this.list;
    const { order } = this;
    while (this.nextStart < order.length) {
      const e = order[this.nextStart++] as number;
      const s = src[e] as number;
      const v = dst[e] as number;
      const t0 = ts[e] as number;
      if (s !== this.searchedFor || t0 !== this.searchedAt) {
        this.closingTimes(s, t0);
        this.searchedFor = s;
        this.searchedAt = t0;
      }
      if (this.reached[v] !== this.mark || 1 + (this.hops[v] as number) > this.maxLength) continue;
      this.start = s;
      this.t0 = t0;
      this.path[0] = e;
      this.onPath[s] = 1;
      this.onPath[v] = 1;
      this.depth = 1;
      const { offsets, times } = this.out;
      this.resume[1] = firstAfter(times, offsets[v] as number, offsets[v + 1] as number, t0);
      return true;
    }
    return false;
  }

  /**
   * Backward search from s over edges in (t0, t0 + window]: closing[u] = the latest time a
   * time-respecting path can leave u and reach s, hops[u] = the round u was first reached (never
   * more than the fewest hops of such a path). Rounds stop at maxLength − 1 hops or when nothing rose.
   */
  private closingTimes(s: number, t0: number): void {
    const { offsets, ends, times } = this.into;
    const { reached, closing, hops, queued, window } = this;
    if (this.mark === STAMP_LIMIT) {
      reached.fill(0);
      this.mark = 0;
    }
    const mark = ++this.mark;
    reached[s] = mark;
    closing[s] = Number.POSITIVE_INFINITY;
    hops[s] = 0;
    this.frontier[0] = s;
    let size = 1;
    for (let round = 1; round < this.maxLength && size > 0; round++) {
      if (this.queueMark === STAMP_LIMIT) {
        queued.fill(0);
        this.queueMark = 0;
      }
      const qmark = ++this.queueMark;
      const { frontier, upcoming } = this;
      let count = 0;
      for (let i = 0; i < size; i++) {
        const x = frontier[i] as number;
        const limit = closing[x] as number;
        const end = offsets[x + 1] as number;
        for (let q = firstAfter(times, offsets[x] as number, end, t0); q < end; q++) {
          const t = times[q] as number;
          if (!(t < limit) || t - t0 > window) break;
          const u = ends[q] as number;
          if (u === s) continue;
          if (reached[u] !== mark) {
            reached[u] = mark;
            hops[u] = round;
            closing[u] = t;
          } else if (t > (closing[u] as number)) {
            closing[u] = t;
          } else {
            continue;
          }
          if (queued[u] !== qmark) {
            queued[u] = qmark;
            upcoming[count++] = u;
          }
        }
      }
      this.frontier = upcoming;
      this.upcoming = frontier;
      size = count;
    }
  }
}

function temporalCursor(list: EdgeList, csr: Csr, options: TemporalCycleOptions): CycleCursor {
  return new TemporalSearch(list, csr.n, options.window, options.maxLength ?? csr.n);
}

function checkTemporal(list: EdgeList, csr: Csr, options: TemporalCycleOptions): void {
  checkWindow(options.window);
  checkMaxLength(options.maxLength);
  if (csr.n !== list.nodeIds.length || csr.m !== list.src.length)
    throw new RangeError(
      `the CSR (${csr.n} nodes, ${csr.m} edges) was not built from this edge list (${list.nodeIds.length} nodes, ${list.src.length} edges)`,
    );
}

/**
 * Every time-respecting cycle, lazily, each a fresh array of edge indices from its earliest edge.
 * `csr` must be the CSR of `list` (its node count sizes the search; the per-node time order is built
 * here, as the CSR orders edges by target first). Stop the generator to stop the search.
 * Throws InvalidCycleOptionError at once for a negative or NaN window or a bad maxLength.
 */
export function temporalCycles(list: EdgeList, csr: Csr, options: TemporalCycleOptions): Generator<number[]> {
  checkTemporal(list, csr, options);
  return cursorCycles(() => temporalCursor(list, csr, options));
}

/** The number of time-respecting cycles in all and by length (edges), with no allocation per cycle. */
export function countTemporalCycles(list: EdgeList, csr: Csr, options: TemporalCycleOptions): CycleCounts {
  checkTemporal(list, csr, options);
  return countCursor(temporalCursor(list, csr, options));
}
