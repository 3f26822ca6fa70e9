/**
 * Static cycles at the level of accounts (the `--static` default): the ledger with its parallel
 * transactions (same payer, same payee) folded into one transaction per ordered pair, so the static
 * search finds each cycle of accounts once, however many payments join its accounts. Each account
 * cycle then stands for the product, over its hops, of the parallel transactions on that hop: the
 * transaction cycles the per-transaction enumeration would list one by one.
 *
 * Only transactions the scan would use are folded: no self-loops, none below the minimum amount.
 * Pair p's transactions are edges[offsets[p] … offsets[p + 1] − 1], in ledger order; the pair ledger's
 * transaction p carries the time and amount of the first of them (the static search reads neither).
 *
 * Complexity: O(m + n) time and memory (two counting-sort passes); the multiplicity of a cycle is
 * O(length).
 */
import { orderByIntKey } from "./radix-order.ts";
import { keepsAmount } from "./scan-options.ts";
import type { Ledger, ScanOptions } from "./types.ts";

export type AccountPairs = {
  /** One transaction per ordered pair of distinct accounts; its `row` is the pair's index. */
  pairs: Ledger;
  /** Per pair, the run of its transactions (ledger indices) in `edges`. */
  offsets: Int32Array;
  edges: Int32Array;
  /** Per pair, its number of parallel transactions. */
  parallel: Int32Array;
};

export function accountPairs(ledger: Ledger, options: Pick<ScanOptions, "minAmount">): AccountPairs {
  const { src, dst, amount } = ledger;
  const n = ledger.accountCount;
  const keep = new Int32Array(src.length);
  let kept = 0;
  for (let e = 0; e < src.length; e++)
    if (src[e] !== dst[e] && keepsAmount(amount[e] as number, options.minAmount)) keep[kept++] = e;
  // Stable counting sorts: by payee, then by payer, gives (payer, payee, index) order.
  const order = orderByIntKey(orderByIntKey(keep.subarray(0, kept), dst, n).order, src, n).order;
  let count = 0;
  for (let i = 0; i < kept; i++) if (i === 0 || !samePair(ledger, order[i - 1], order[i])) count++;
  const offsets = new Int32Array(count + 1);
  const first = new Int32Array(count);
  let p = -1;
  for (let i = 0; i < kept; i++) {
    if (i === 0 || !samePair(ledger, order[i - 1], order[i])) {
      p++;
      offsets[p] = i;
      first[p] = order[i] as number;
    }
  }
  offsets[count] = kept;
  const parallel = new Int32Array(count);
  for (let q = 0; q < count; q++) parallel[q] = (offsets[q + 1] as number) - (offsets[q] as number);
  const pick = <T extends Int32Array | Float64Array>(column: T, make: (k: number) => T): T => {
    const out = make(count);
    for (let q = 0; q < count; q++) out[q] = column[first[q] as number] as number;
    return out;
  };
  const int = (k: number) => new Int32Array(k);
  const float = (k: number) => new Float64Array(k);
  const row = new Int32Array(count);
  for (let q = 0; q < count; q++) row[q] = q;
  return {
    pairs: {
      accountCount: n,
      src: pick(src, int),
      dst: pick(dst, int),
      ts: pick(ledger.ts, float),
      amount: pick(amount, float),
      row,
    },
    offsets,
    edges: Int32Array.from(order),
    parallel,
  };
}

function samePair(ledger: Ledger, a: number | undefined, b: number | undefined): boolean {
  return (
    ledger.src[a as number] === ledger.src[b as number] && ledger.dst[a as number] === ledger.dst[b as number]
  );
}

/**
 * Transaction cycles one account cycle stands for: the product of its hops' parallel counts. A float:
 * exact while it stays at or below 2^53 (Number.MAX_SAFE_INTEGER), which `isExactCount` tells.
 */
export function combinationsOf(pairCycle: ArrayLike<number>, parallel: Int32Array): number {
  let product = 1;
  for (let i = 0; i < pairCycle.length; i++) product *= parallel[pairCycle[i] as number] as number;
  return product;
}

/** True while a sum or product of whole numbers is still exact in a float. */
export function isExactCount(x: number): boolean {
  return x <= Number.MAX_SAFE_INTEGER;
}

/** The ledger transactions of each hop of an account cycle (pair indices), in ledger order per hop. */
export function hopTransactions(view: AccountPairs, pairCycle: ArrayLike<number>): Int32Array[] {
  const hops: Int32Array[] = [];
  for (let i = 0; i < pairCycle.length; i++) {
    const p = pairCycle[i] as number;
    hops.push(view.edges.subarray(view.offsets[p] as number, view.offsets[p + 1] as number));
  }
  return hops;
}
