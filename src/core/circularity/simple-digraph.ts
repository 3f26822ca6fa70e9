/**
 * The weighted simple digraph W behind the circularity methods: W_ij is the total amount i pays j.
 * Parallel edges are summed, self-loops dropped (paying yourself moves no money between balance
 * sheets) and pairs whose total is zero dropped (no money moved). Edges come out sorted by (source,
 * target), so results never depend on the order of the input rows.
 *
 * Complexity: O(m log m) for the CSR sort, O(n + m) otherwise; O(n + m) space.
 */
import { buildCsr } from "../graph/csr.ts";
import type { EdgeList } from "../graph/edge-list.ts";
import { CircularityError } from "./error.ts";

export type WeightedDigraph = {
  n: number;
  src: Int32Array;
  dst: Int32Array;
  /** Total amount of each (src, dst) pair, > 0. */
  amount: Float64Array;
};

/** Aggregates an edge list into W. Throws `invalid-amount` for a negative or non-finite amount. */
export function simpleDigraph(list: EdgeList): WeightedDigraph {
  const m = list.src.length;
  for (let e = 0; e < m; e++) {
    const a = list.amount[e] as number;
    if (!(a >= 0 && a < Number.POSITIVE_INFINITY)) {
      throw new CircularityError({ code: "invalid-amount", edge: e, amount: a });
    }
  }
  const csr = buildCsr(list);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const amount = new Float64Array(m);
  let k = 0;
  for (let v = 0; v < csr.n; v++) {
    const end = csr.offsets[v + 1] as number;
    let pos = csr.offsets[v] as number;
    while (pos < end) {
      const w = csr.targets[pos] as number;
      let total = 0;
      // Parallel edges are adjacent in the CSR (sorted by target), so one pass sums them.
      for (; pos < end && csr.targets[pos] === w; pos++)
        total += list.amount[csr.edges[pos] as number] as number;
      if (w === v || total === 0) continue;
      src[k] = v;
      dst[k] = w;
      amount[k] = total;
      k++;
    }
  }
  return { n: csr.n, src: src.slice(0, k), dst: dst.slice(0, k), amount: amount.slice(0, k) };
}
