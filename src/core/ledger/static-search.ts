/**
 * Static cycles in a ledger, timestamps ignored: sequences of at most maxHops transactions that go round
 * accounts and return, visiting no account twice. Parallel transactions are distinct, so a pair of
 * accounts paid twice in one direction gives two cycles. Each cycle is found once, from the transaction
 * leaving its smallest account (Johnson's rule: the search from root s only enters accounts above s).
 *
 * Prune: before searching from root s, a breadth-first search over reversed transactions, through
 * accounts above s, gives each account its distance d(w) back to s; a path of k transactions enters w
 * only if k + 1 + d(w) ≤ maxHops. The reverse search always completes ⌊L/2⌋ levels and goes further
 * (to L − 1) while it has read fewer than REVERSE_BUDGET transactions; an account it did not reach is
 * then known only to be farther than the levels completed, and the test uses that lower bound (the
 * meet-in-the-middle of Gupta & Suzumura 2021). This search is also the hop-bounded simple-cycle
 * search of src/core/cycles (on one transaction per node pair).
 *
 * Starts are out-adjacency positions, ordered by (payer, payee, index), so a root's starts are
 * consecutive and share one reverse search; `setRange`, `setTask` and `splitFirstHops` work as in
 * start-cursor.ts, which both searches extend.
 *
 * References: [1] D. B. Johnson (1975), "Finding all the elementary circuits of a directed graph", SIAM
 * J. Comput. 4(1), 77–84. [2] A. Gupta, T. Suzumura (2021), "Finding All Bounded-Length Simple Cycles
 * in a Directed Graph", arXiv:2105.10094.
 *
 * Complexity: per root, O(Δ^⌊L/2⌋ + REVERSE_BUDGET) for the reverse search and at most O(Δ^(L−1))
 * forward paths for out-degree Δ, in practice only those that can still close; O(n + m) space.
 */

import { lowerBound } from "../graph/sorted-search.ts";
import type { PreparedLedger } from "./prepare.ts";
import { StartCursor } from "./start-cursor.ts";
import type { ScanOptions } from "./types.ts";

const REVERSE_BUDGET = 4096;

export class StaticLedgerSearch extends StartCursor {
  /** Transactions read by the reverse searches. */
  readonly prune = { steps: 0 };

  private readonly prepared: PreparedLedger;
  private readonly maxHops: number;
  private readonly dist: Int32Array;
  private readonly reached: Int32Array;
  private readonly queue: Int32Array;
  private readonly reverseBudget: number;
  private known = 0;
  private root = -1;
  /**
   * Stamp of the current reverse search: reached[u] === mark means u was reached by it. A stamp, not
   * the root's id, because a cursor may come back to a root (a task after other starts) and a stale
   * "reached" left from its earlier search would hide accounts from the new one.
   */
  private mark = 0;

  /**
   * `reverseBudget` (transactions per root) tunes the reverse search past ⌊L/2⌋ levels; it changes the
   * speed, never the result: 0 stops at ⌊L/2⌋, Infinity always goes to L − 1.
   */
  constructor(prepared: PreparedLedger, options: ScanOptions, reverseBudget = REVERSE_BUDGET) {
    const n = prepared.accountCount;
    const maxHops = Math.min(options.maxHops, n);
    super(maxHops, n);
    this.prepared = prepared;
    this.maxHops = maxHops;
    this.dist = new Int32Array(n);
    this.reached = new Int32Array(n).fill(-1);
    this.queue = new Int32Array(n);
    this.reverseBudget = reverseBudget;
  }

  protected firstHopOrigin(): number {
    return this.firstHopBase(this.node[1] as number);
  }

  protected secondHopOrigin(): number {
    return this.firstHopBase(this.node[2] as number);
  }

  override next(): boolean {
    const { path, node, resume, stop, onPath, maxHops, dist, reached } = this;
    let mark = this.mark;
    const { end: payee, edge } = this.prepared.starts;
    this.paused = false;
    for (;;) {
      if (this.steps + this.prune.steps >= this.stepLimit) {
        this.paused = true;
        return false;
      }
      if (this.depth === 0) {
        if (!this.enterStart()) return false;
        mark = this.mark;
      }
      const s = node[0] as number;
      const k = this.depth;
      const end = stop[k] as number;
      const far = this.known + 1;
      let j = resume[k] as number;
      let steps = 0;
      let pushed = false;
      while (j < end) {
        const w = payee[j] as number;
        j++;
        steps++;
        if (w === s) {
          resume[k] = j;
          path[k] = edge[j - 1] as number;
          this.length = k + 1;
          this.steps += steps;
          return true;
        }
        if (onPath[w] === 1 || k + 1 >= maxHops) continue;
        const d = reached[w] === mark ? (dist[w] as number) : far;
        if (k + 1 + d > maxHops) continue;
        resume[k] = j;
        path[k] = edge[j - 1] as number;
        node[k + 1] = w;
        if (k === 1) this.secondHops(this.firstHopBase(w), this.prepared.starts.offsets[w + 1] as number, 2);
        else {
          resume[k + 1] = this.firstHopBase(w);
          stop[k + 1] = this.prepared.starts.offsets[w + 1] as number;
        }
        onPath[w] = 1;
        this.depth = k + 1;
        pushed = true;
        break;
      }
      this.steps += steps;
      if (!pushed) {
        onPath[node[k] as number] = 0;
        this.depth = k - 1;
        if (k === 1) onPath[s] = 0;
      }
    }
  }

  /** The first out-position of u whose payee is the root or above (those below are never entered). */
  private firstHopBase(u: number): number {
    const { offsets, end } = this.prepared.starts;
    return lowerBound(end, offsets[u] as number, offsets[u + 1] as number, this.node[0] as number);
  }

  private enterStart(): boolean {
    const { start, end, edge, offsets } = this.prepared.starts;
    while (this.position < this.rangeEnd) {
      const i = this.position++;
      const s = start[i] as number;
      const v = end[i] as number;
      if (v < s) continue;
      if (s !== this.root) {
        this.root = s;
        this.reverseSearch(s);
      }
      const d = this.reached[v] === this.mark ? (this.dist[v] as number) : this.known + 1;
      if (1 + d > this.maxHops) continue;
      this.current = i;
      this.path[0] = edge[i] as number;
      this.node[0] = s;
      this.node[1] = v;
      this.onPath[s] = 1;
      this.onPath[v] = 1;
      const base = lowerBound(end, offsets[v] as number, offsets[v + 1] as number, s);
      const last = offsets[v + 1] as number;
      this.resume[1] = Math.min(base + this.hopFrom, last);
      this.stop[1] = Math.min(base + this.hopTo, last);
      this.depth = 1;
      return true;
    }
    return false;
  }

  /**
   * Breadth-first over reversed transactions from s through accounts above s: dist[u] for the accounts
   * reached (reached[u] === mark); `known` = the levels completed (unreached accounts are farther).
   */
  private reverseSearch(s: number): void {
    const { offsets, end: payer } = this.prepared.into;
    const { dist, reached, queue } = this;
    const horizon = this.maxHops - 1;
    const sure = Math.floor(this.maxHops / 2);
    let scanned = 0;
    this.known = this.maxHops; // exhausted: nothing unreached can close
    const mark = ++this.mark;
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
      const end = offsets[x + 1] as number;
      const begin = lowerBound(payer, offsets[x] as number, end, s + 1);
      scanned += end - begin;
      for (let q = begin; q < end; q++) {
        const u = payer[q] as number;
        if (reached[u] === mark) continue;
        reached[u] = mark;
        dist[u] = d;
        queue[tail++] = u;
      }
    }
    this.prune.steps += scanned;
  }
}
