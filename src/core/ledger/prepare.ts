/**
 * Turns a Ledger into the arrays the search walks, once per scan. Only the transactions a cycle can
 * use are kept: not a self-loop (those are counted apart), at or above the minimum amount, and in
 * temporal mode with a known time. Then, with no comparison sort (see radix-order.ts):
 *
 * - temporal: the start transactions in (time, payer, index) order, so the transactions of one payer at
 *   one instant sit together and share their backward pass; and the in-adjacency, each account's
 *   incoming transactions in time order — the backward pass and the per-start candidate edges read it;
 * - static: the out-adjacency by (payer, payee, index), whose positions are the search's starts, and
 *   the in-adjacency by (payee, payer, index) for the reverse breadth-first search.
 *
 * Arrays come from an allocator so the parallel driver can put them in SharedArrayBuffers that every
 * worker thread reads without a copy. The result is a plain object of numbers and typed arrays.
 *
 * Complexity: O(m + n) time with at most four radix passes over the m kept transactions; about 52
 * bytes per kept transaction (temporal) or 32 (static), plus 8 per account.
 */
import { orderByFloatKey, orderByIntKey } from "./radix-order.ts";
import { keepsAmount } from "./scan-options.ts";
import type { Ledger, ScanMode, ScanOptions } from "./types.ts";

export type ArrayAllocator = {
  int32(length: number): Int32Array;
  float64(length: number): Float64Array;
};

export const heapArrays: ArrayAllocator = {
  int32: (length) => new Int32Array(length),
  float64: (length) => new Float64Array(length),
};

/** A run of positions per account: account v's run is offsets[v] … offsets[v + 1] − 1. */
export type Adjacency = {
  offsets: Int32Array;
  /** Ledger index of the transaction at each position. */
  edge: Int32Array;
  /** The other account: the payee in an out-adjacency, the payer in an in-adjacency. */
  end: Int32Array;
  time: Float64Array;
  amount: Float64Array;
};

export type PreparedLedger = {
  mode: ScanMode;
  accountCount: number;
  /** Transactions kept for the search. */
  size: number;
  /**
   * Temporal: the kept transactions in (time, payer, index) order — the start edges. Static: the
   * out-adjacency (starts are its positions, so a payer's starts share its reverse search).
   */
  starts: Adjacency & { start: Int32Array };
  /** Incoming transactions per account: temporal in (time, payer, index) order, static by (payer, index). */
  into: Adjacency;
};

/**
 * Prepares `ledger` for a scan with `options` (checked by the caller), keeping only transactions whose
 * time lies in [fromMs, toMs] when given (a shard reads its own starts plus one window past them).
 */
export function prepareLedger(
  ledger: Ledger,
  options: Pick<ScanOptions, "mode" | "minAmount">,
  range: { fromMs?: number; toMs?: number } = {},
  alloc: ArrayAllocator = heapArrays,
): PreparedLedger {
  const { src, dst, ts, amount } = ledger;
  const n = ledger.accountCount;
  const temporal = options.mode === "temporal";
  const from = range.fromMs ?? Number.NEGATIVE_INFINITY;
  const to = range.toMs ?? Number.POSITIVE_INFINITY;
  const bounded = range.fromMs !== undefined || range.toMs !== undefined;
  let kept = 0;
  const keep = new Int32Array(src.length);
  for (let e = 0; e < src.length; e++) {
    if (src[e] === dst[e] || !keepsAmount(amount[e] as number, options.minAmount)) continue;
    const t = ts[e] as number;
    if ((temporal || bounded) && !(t >= from && t <= to)) continue; // also drops NaN times
    keep[kept++] = e;
  }
  const items = keep.subarray(0, kept);
  // Static: by (payer, payee, index), so the search skips payees below its root by binary search.
  const byPayer = orderByIntKey(temporal ? items : orderByIntKey(items, dst, n).order, src, n);
  const startOrder = temporal ? orderByFloatKey(byPayer.order, ts) : byPayer.order;
  const start = alloc.int32(kept);
  for (let i = 0; i < kept; i++) start[i] = src[startOrder[i] as number] as number;
  const offsets = temporal ? alloc.int32(0) : copy(byPayer.offsets, alloc);
  const starts = { ...fill(startOrder, dst, ledger, alloc), offsets, start };
  const byPayee = orderByIntKey(startOrder, dst, n);
  const into = fill(byPayee.order, src, ledger, alloc);
  into.offsets = copy(byPayee.offsets, alloc);
  return { mode: options.mode, accountCount: n, size: kept, starts, into };
}

/** The transactions `order` as columns: ledger index, other end, time, amount. */
function fill(order: Int32Array, other: Int32Array, ledger: Ledger, alloc: ArrayAllocator): Adjacency {
  const m = order.length;
  const edge = alloc.int32(m);
  const end = alloc.int32(m);
  const time = alloc.float64(m);
  const amount = alloc.float64(m);
  edge.set(order);
  for (let i = 0; i < m; i++) {
    const e = order[i] as number;
    end[i] = other[e] as number;
    time[i] = ledger.ts[e] as number;
    amount[i] = ledger.amount[e] as number;
  }
  return { offsets: new Int32Array(0), edge, end, time, amount };
}

function copy(array: Int32Array, alloc: ArrayAllocator): Int32Array {
  const out = alloc.int32(array.length);
  out.set(array);
  return out;
}

/**
 * Self-loops (a transaction from an account to itself) that would otherwise be kept, counted apart:
 * they are cycles of one transaction, which the search does not report. With a time range, only those
 * in [fromMs, toMs) count, so shards add up to the whole.
 */
export function countSelfLoops(
  ledger: Ledger,
  options: Pick<ScanOptions, "mode" | "minAmount">,
  range: { fromMs?: number; toMs?: number } = {},
): number {
  const { src, dst, ts, amount } = ledger;
  const bounded = range.fromMs !== undefined || range.toMs !== undefined;
  const from = range.fromMs ?? Number.NEGATIVE_INFINITY;
  const to = range.toMs ?? Number.POSITIVE_INFINITY;
  let count = 0;
  for (let e = 0; e < src.length; e++) {
    if (src[e] !== dst[e] || !keepsAmount(amount[e] as number, options.minAmount)) continue;
    const t = ts[e] as number;
    if ((options.mode === "temporal" || bounded) && !(t >= from && t < to)) continue;
    count++;
  }
  return count;
}
