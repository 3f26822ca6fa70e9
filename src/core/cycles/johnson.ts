/**
 * Johnson's algorithm: every elementary cycle of a directed graph, with time linear in the size of the
 * graph per cycle found. For each start node s (taken as the smallest node of a strongly connected
 * component), a depth-first search from s inside that component reports each path that returns to s.
 * A node that failed to lead back to s stays *blocked* until a node it depends on (the sets B) finds
 * a way back, so no branch is explored twice without producing a cycle. When s is done it is removed
 * and the components of what remains are searched in turn (the work-list form of Johnson's outer
 * loop: each component examined yields at least one cycle, which keeps the bound).
 *
 * Conventions: parallel edges are collapsed (a node sequence is reported once) and self-loops are
 * skipped. Each cycle is reported starting at its smallest node, in path order. Cycles with the same
 * start come out together; the order of the starts is not specified.
 *
 * Everything is iterative (explicit stacks), and the state is typed arrays allocated once and reused
 * across starts: B(w) is a linked list threaded through the CSR positions (position p of edge v → w
 * is in B(w) when v waits on w), so it needs no allocation and holds each v at most once.
 *
 * Reference: [1] D. B. Johnson (1975), "Finding all the elementary circuits of a directed graph",
 * SIAM Journal on Computing 4(1), 77–84. [2] R. Tarjan (1972), "Depth-first search and linear graph
 * algorithms", SIAM Journal on Computing 1(2), 146–160 (the components).
 *
 * Complexity: O((n + m)(c + 1)) time for c cycles; O(n + m) space.
 */
import type { Csr } from "../graph/csr.ts";
import type { CycleCursor } from "./options.ts";
import { TarjanScc } from "./tarjan-scc.ts";

export class JohnsonSearch implements CycleCursor {
  readonly path: Int32Array;
  length = 0;

  private readonly csr: Csr;
  private readonly tarjan: TarjanScc;
  /** Nodes of the component being searched have member[v] === tag. */
  private readonly member: Int32Array;
  private tag = 0;
  private readonly work: Int32Array[] = [];
  private component: Int32Array = new Int32Array(0);
  private started = false;
  private start = -1;
  /** Nodes on the path (path[0 … depth-1]); the search is over when depth drops to 0. */
  private depth = 0;
  /** Next CSR position to try, per node on the path. */
  private readonly resume: Int32Array;
  /** 1 when some cycle was found through the node since it entered the path. */
  private readonly found: Uint8Array;
  private readonly blocked: Uint8Array;
  /** Head of B(w) (a CSR position, −1 for empty), the link of each position, and its membership. */
  private readonly bHead: Int32Array;
  private readonly bNext: Int32Array;
  private readonly inB: Uint8Array;
  /** Source node of each CSR position (the CSR stores only targets). */
  private readonly source: Int32Array;
  private readonly unblockStack: Int32Array;

  constructor(csr: Csr) {
    const { n, m, offsets } = csr;
    this.csr = csr;
    this.tarjan = new TarjanScc(csr);
    this.member = new Int32Array(n);
    this.path = new Int32Array(n);
    this.resume = new Int32Array(n);
    this.found = new Uint8Array(n);
    this.blocked = new Uint8Array(n);
    this.bHead = new Int32Array(n).fill(-1);
    this.bNext = new Int32Array(m);
    this.inB = new Uint8Array(m);
    this.source = new Int32Array(m);
    for (let v = 0; v < n; v++) this.source.fill(v, offsets[v] as number, offsets[v + 1] as number);
    this.unblockStack = new Int32Array(n);
  }

  next(): boolean {
    const { offsets, targets } = this.csr;
    const { path, resume, found, blocked, member } = this;
    if (!this.started) {
      this.started = true;
      const all = new Int32Array(this.csr.n);
      for (let v = 0; v < all.length; v++) all[v] = v;
      for (const c of this.tarjan.components(all, member, 0)) this.work.push(c);
    }
    for (;;) {
      if (this.depth === 0 && !this.enterComponent()) return false;
      const s = this.start;
      const tag = this.tag;
      const v = path[this.depth - 1] as number;
      const first = offsets[v] as number;
      const end = offsets[v + 1] as number;
      let p = resume[v] as number;
      let pushed = false;
      while (p < end) {
        const w = targets[p] as number;
        // Parallel edges sit together in the CSR: only the first of a run counts.
        const repeat = p > first && targets[p - 1] === w;
        p++;
        if (repeat || member[w] !== tag) continue;
        if (w === s) {
          if (v === s) continue; // a self-loop at s is not a cycle here
          resume[v] = p;
          found[v] = 1;
          this.length = this.depth;
          return true;
        }
        if (blocked[w] === 0) {
          resume[v] = p;
          path[this.depth++] = w;
          blocked[w] = 1;
          found[w] = 0;
          resume[w] = offsets[w] as number;
          pushed = true;
          break;
        }
      }
      if (!pushed) this.retreat(v);
    }
  }

  /** v has no edge left to try: leave it, keeping it blocked unless it led back to the start. */
  private retreat(v: number): void {
    const { offsets, targets } = this.csr;
    this.depth--;
    if (this.found[v] === 1) {
      this.unblock(v);
    } else {
      const first = offsets[v] as number;
      const end = offsets[v + 1] as number;
      for (let p = first; p < end; p++) {
        const w = targets[p] as number;
        if ((p > first && targets[p - 1] === w) || this.member[w] !== this.tag || this.inB[p] === 1) continue;
        this.inB[p] = 1;
        this.bNext[p] = this.bHead[w] as number;
        this.bHead[w] = p;
      }
    }
    if (this.depth > 0) {
      if (this.found[v] === 1) this.found[this.path[this.depth - 1] as number] = 1;
    } else {
      // The start is done: search what is left of its component without it.
      this.member[v] = -1;
      for (const c of this.tarjan.components(this.component, this.member, this.tag)) this.work.push(c);
    }
  }

  /** Unblocks u and, transitively, every node waiting on it (Johnson's UNBLOCK, without recursion). */
  private unblock(u: number): void {
    const { blocked, bHead, bNext, inB, source, unblockStack: stack } = this;
    blocked[u] = 0;
    stack[0] = u;
    let top = 1;
    while (top > 0) {
      const x = stack[--top] as number;
      for (let p = bHead[x] as number; p !== -1; p = bNext[p] as number) {
        inB[p] = 0;
        const w = source[p] as number;
        if (blocked[w] === 1) {
          blocked[w] = 0;
          stack[top++] = w;
        }
      }
      bHead[x] = -1;
    }
  }

  /** Takes the next component from the work-list and starts a search from its smallest node. */
  private enterComponent(): boolean {
    const component = this.work.pop();
    if (component === undefined) return false;
    if (this.tag === 0x7fffffff) {
      // Tags would wrap in the Int32Array: clear stale ones and count again.
      this.member.fill(-1);
      this.tag = 0;
    }
    const tag = ++this.tag;
    let s = component[0] as number;
    for (const v of component) {
      this.member[v] = tag;
      this.blocked[v] = 0;
      // B lists left over from an earlier component: empty them so their flags are fresh.
      for (let p = this.bHead[v] as number; p !== -1; p = this.bNext[p] as number) this.inB[p] = 0;
      this.bHead[v] = -1;
      if (v < s) s = v;
    }
    this.component = component;
    this.start = s;
    this.path[0] = s;
    this.depth = 1;
    this.blocked[s] = 1;
    this.found[s] = 0;
    this.resume[s] = this.csr.offsets[s] as number;
    return true;
  }
}
