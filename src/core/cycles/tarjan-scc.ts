/**
 * Strongly connected components by Tarjan's algorithm, iterative (an explicit call stack of nodes and
 * their next CSR position), so a path of a million nodes cannot overflow the JavaScript stack.
 *
 * The search can be confined to a subset of nodes: those v with `member[v] === tag`. Johnson's cycle
 * search asks for the components of ever smaller subgraphs, and a tag lets it name a subgraph without
 * clearing an array. Parallel edges and self-loops change no component, so they need no care here.
 *
 * Reference: [1] R. Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM Journal on
 * Computing 1(2), 146–160.
 *
 * Complexity: O(n′ + m′) time for a subgraph of n′ nodes and m′ out-edges of those nodes; the scratch
 * arrays are O(n), allocated once per TarjanScc and reused by every call.
 */
import type { Csr } from "../graph/csr.ts";

export class TarjanScc {
  private readonly csr: Csr;
  /** A node's index and low-link are valid only when seen[v] === epoch (no clearing between calls). */
  private readonly seen: Int32Array;
  private readonly index: Int32Array;
  private readonly low: Int32Array;
  private readonly onStack: Uint8Array;
  private readonly stack: Int32Array;
  private readonly call: Int32Array;
  private readonly next: Int32Array;
  private epoch = 0;

  constructor(csr: Csr) {
    this.csr = csr;
    const n = csr.n;
    this.seen = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.onStack = new Uint8Array(n);
    this.stack = new Int32Array(n);
    this.call = new Int32Array(n);
    this.next = new Int32Array(n);
  }

  /**
   * The components of the subgraph induced by the nodes v with member[v] === tag, searched from
   * `roots` in order (roots outside the subgraph are skipped). Only components of at least `minSize`
   * nodes are returned — 2 by default, the smallest that can hold a cycle once self-loops are set
   * aside. Components come out in reverse topological order of the condensation, as Tarjan finds them.
   */
  components(roots: ArrayLike<number>, member: Int32Array, tag: number, minSize = 2): Int32Array[] {
    const { offsets, targets } = this.csr;
    const { seen, index, low, onStack, stack, call, next } = this;
    const epoch = ++this.epoch;
    const found: Int32Array[] = [];
    let counter = 0;
    let stackTop = 0;
    for (let r = 0; r < roots.length; r++) {
      const root = roots[r] as number;
      if (member[root] !== tag || seen[root] === epoch) continue;
      let callTop = 0;
      seen[root] = epoch;
      index[root] = low[root] = counter++;
      stack[stackTop++] = root;
      onStack[root] = 1;
      next[root] = offsets[root] as number;
      call[callTop++] = root;
      while (callTop > 0) {
        const v = call[callTop - 1] as number;
        const p = next[v] as number;
        if (p < (offsets[v + 1] as number)) {
          next[v] = p + 1;
          const w = targets[p] as number;
          if (member[w] !== tag) continue;
          if (seen[w] !== epoch) {
            seen[w] = epoch;
            index[w] = low[w] = counter++;
            stack[stackTop++] = w;
            onStack[w] = 1;
            next[w] = offsets[w] as number;
            call[callTop++] = w;
          } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
            low[v] = index[w] as number;
          }
          continue;
        }
        callTop--;
        if (low[v] === index[v]) {
          // v is the root of a component: everything above it on the stack belongs to it.
          let bottom = stackTop - 1;
          while (stack[bottom] !== v) bottom--;
          for (let i = bottom; i < stackTop; i++) onStack[stack[i] as number] = 0;
          if (stackTop - bottom >= minSize) found.push(stack.slice(bottom, stackTop));
          stackTop = bottom;
        }
        if (callTop > 0) {
          const u = call[callTop - 1] as number;
          if ((low[v] as number) < (low[u] as number)) low[u] = low[v] as number;
        }
      }
    }
    return found;
  }
}

/**
 * Component label of every node of the whole graph (labels 0, 1, … in the order Tarjan closes the
 * components); `count` is the number of components, singletons included.
 */
export function stronglyConnectedComponents(csr: Csr): { count: number; component: Int32Array } {
  const member = new Int32Array(csr.n);
  const roots = new Int32Array(csr.n);
  for (let v = 0; v < csr.n; v++) roots[v] = v;
  const parts = new TarjanScc(csr).components(roots, member, 0, 1);
  const component = new Int32Array(csr.n);
  parts.forEach((nodes, label) => {
    for (const v of nodes) component[v] = label;
  });
  return { count: parts.length, component };
}
