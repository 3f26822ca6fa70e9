/**
 * A graph seen as a ledger, so the cycle searches of src/core/cycles (the money loops, `--graph`) run
 * on the ledger kernels of this folder instead of a second copy of the same algorithms:
 *
 * - `edgeListLedger`: every edge a transaction (parallel edges are distinct payments; the temporal
 *   search's view). The arrays are the edge list's own, not copies.
 * - `pairLedger`: one transaction per ordered pair of distinct nodes (parallel edges collapsed,
 *   self-loops dropped; the simple-cycle view, where a node sequence is one cycle however many edges
 *   join its nodes). Transaction i leaves node src[i]; they come in (source, target) order.
 *
 * Complexity: O(m) time; edgeListLedger allocates only the row column, pairLedger O(n + m).
 */
import type { Csr } from "../graph/csr.ts";
import type { EdgeList } from "../graph/edge-list.ts";
import type { Ledger } from "./types.ts";

export function edgeListLedger(list: EdgeList): Ledger {
  const m = list.src.length;
  const row = new Int32Array(m);
  for (let e = 0; e < m; e++) row[e] = e;
  return {
    accountCount: list.nodeIds.length,
    src: list.src,
    dst: list.dst,
    ts: list.ts,
    amount: list.amount,
    row,
  };
}

export function pairLedger(csr: Csr): Ledger {
  const { n, offsets, targets } = csr;
  let pairs = 0;
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1] as number;
    for (let p = offsets[u] as number; p < end; p++)
      if (targets[p] !== u && (p === offsets[u] || targets[p - 1] !== targets[p])) pairs++;
  }
  const src = new Int32Array(pairs);
  const dst = new Int32Array(pairs);
  let at = 0;
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1] as number;
    for (let p = offsets[u] as number; p < end; p++) {
      const v = targets[p] as number;
      if (v === u || (p > (offsets[u] as number) && targets[p - 1] === v)) continue;
      src[at] = u;
      dst[at] = v;
      at++;
    }
  }
  const row = new Int32Array(pairs);
  for (let i = 0; i < pairs; i++) row[i] = i;
  return { accountCount: n, src, dst, ts: new Float64Array(pairs), amount: new Float64Array(pairs), row };
}
