/**
 * Turns a Ledger into the arrays the search walks, once per scan. Only the transactions a cycle can
 * use are kept: not a self-loop (those are counted apart), at or above the minimum amount, and in
 * temporal mode with a known time. Then, with no comparison sort (see radix-order.ts):
 *
 * - temporal: the start transactions in (time block, payer, time, index) order, so the transactions of
 *   one payer within a block sit together and share their backward pass; the in-adjacency, each
 *   account's incoming transactions in time order, which the backward pass and the candidate edges
 *   read; and the out-adjacency in time order, which the first hop of the search reads;
 * - static: the out-adjacency by (payer, payee, index), whose positions are the search's starts, and
 *   the in-adjacency by (payee, payer, index) for the reverse breadth-first search.
 *
 * Arrays come from an allocator so the parallel driver can put them in SharedArrayBuffers that every
 * worker thread reads without a copy. The result is a plain object of numbers and typed arrays. The
 * temporal half is two independent sides (prepare-temporal.ts), which the parallel driver builds on
 * two threads (src/io/ledger/prepare-shared.ts) and this function one after the other.
 *
 * Complexity: O(m + n) time in radix passes over the m kept transactions (radix-order.ts), fewer when
 * the ledger comes in (payer, time) order; about 96 bytes per kept transaction (temporal: 76, plus the
 * [end, tick] pairs and the ticks) or 52 (static), plus 12 per account.
 */
import { incomingSide, inPayerTimeOrder, joinSides, outgoingSide } from "./prepare-temporal.ts";
import { orderByIntKey } from "./radix-order.ts";
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
  /**
   * Temporal: [end, tick] of each position, interleaved — the two values the search reads together,
   * in one stream (see TimeTicks).
   */
  endTick?: Int32Array;
};

/**
 * Temporal: the kept transactions' times as ticks — tick r is the r-th distinct time, ascending — so the
 * search compares 32-bit integers instead of doubles, whatever the times' range or precision (there are
 * at most as many distinct times as transactions). Order is all the search needs of a time, except the
 * window, which the search turns into ticks once (windowEnds). Exact: no rounding anywhere.
 */
export type TimeTicks = {
  /** times[r]: the time of tick r (ascending, distinct). */
  times: Float64Array;
  /** starts.tick[i]: the tick of start i's time. */
  ofStart: Int32Array;
};

export type PreparedLedger = {
  mode: ScanMode;
  accountCount: number;
  /** Transactions kept for the search. */
  size: number;
  /** Temporal: starts from one account within one block of this length share a prune (see blockOf). */
  blockMs: number;
  /**
   * Temporal: the kept transactions in (time block, payer, time, index) order — the start edges, a
   * payer's starts in one block side by side so they share one prune. Static: the
   * out-adjacency (starts are its positions, so a payer's starts share its reverse search).
   */
  starts: Adjacency & { start: Int32Array };
  /** Incoming transactions per account: temporal in (time, payer, index) order, static by (payer, index). */
  into: Adjacency;
  /** Temporal: each account's outgoing transactions in time order (the first hop of the search). */
  out?: Adjacency;
  /** Temporal: times as ticks (the search's arrays use them). */
  ticks?: TimeTicks;
};

/**
 * Prepares `ledger` for a scan with `options` (checked by the caller), keeping only transactions whose
 * time lies in [fromMs, toMs] when given (a shard reads its own starts plus one window past them).
 */
export function prepareLedger(
  ledger: Ledger,
  options: Pick<ScanOptions, "mode" | "minAmount"> & { windowMs?: number },
  range: { fromMs?: number; toMs?: number } = {},
  alloc: ArrayAllocator = heapArrays,
  blockShare = DEFAULT_BLOCK_SHARE,
): PreparedLedger {
  const plan = planPrepare(ledger, options, range, blockShare);
  const { src, dst } = ledger;
  const n = ledger.accountCount;
  if (plan.temporal) {
    const incoming = incomingSide(ledger, plan.byPayer.order, alloc);
    // (payer, time, index): byPayer itself when each payer's transactions are in time order already
    // (ingest sorts the ledger so), which saves two passes of scattered writes.
    const byPayerTime = inPayerTimeOrder(plan.byPayer.order, ledger)
      ? plan.byPayer
      : orderByIntKey(incoming.byTime, src, n);
    return joinSides(plan, incoming, outgoingSide(ledger, byPayerTime, plan.blockMs, alloc), alloc);
  }
  // Static: by (payer, payee, index), so the search skips payees below its root by binary search.
  const byPayer = orderByIntKey(orderByIntKey(plan.items, dst, n).order, src, n);
  const start = alloc.int32(plan.size);
  for (let i = 0; i < plan.size; i++) start[i] = src[byPayer.order[i] as number] as number;
  const starts = { ...fill(byPayer.order, dst, ledger, alloc), offsets: copy(byPayer.offsets, alloc), start };
  const byPayee = orderByIntKey(byPayer.order, dst, n);
  const into = fill(byPayee.order, src, ledger, alloc);
  into.offsets = copy(byPayee.offsets, alloc);
  return { mode: "static", accountCount: n, size: plan.size, blockMs: plan.blockMs, starts, into };
}

/** What both halves of a temporal preparation start from (prepare-temporal.ts). */
export type PreparePlan = {
  temporal: boolean;
  accountCount: number;
  /** Transactions kept. */
  size: number;
  blockMs: number;
  /** The kept transactions, in ledger order. */
  items: Int32Array;
  /** Temporal: the kept transactions in (payer, index) order, with each payer's run; static: unused. */
  byPayer: { order: Int32Array; offsets: Int32Array };
};

/** The transactions a scan keeps (see prepareLedger) and, temporal, their (payer, index) order. */
export function planPrepare(
  ledger: Ledger,
  options: Pick<ScanOptions, "mode" | "minAmount"> & { windowMs?: number },
  range: { fromMs?: number; toMs?: number } = {},
  blockShare = DEFAULT_BLOCK_SHARE,
): PreparePlan {
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
  return {
    temporal,
    accountCount: n,
    size: kept,
    blockMs: blockMs(options.windowMs ?? 0, blockShare),
    items,
    byPayer: temporal ? orderByIntKey(items, src, n) : { order: items, offsets: new Int32Array(0) },
  };
}

/**
 * Temporal starts share a prune when they leave the same account within one time block: the prune is
 * then computed once for the union of their windows (an upper bound of each one's closing times, so a
 * valid prune, slightly looser). A block is this share of the window.
 */
export const DEFAULT_BLOCK_SHARE = 0.25;

/** Block length for a window: a share of it (one block for an infinite window, per instant for 0). */
export function blockMs(windowMs: number, share = DEFAULT_BLOCK_SHARE): number {
  return windowMs * share;
}

/** The block a start at time t falls in. */
export function blockOf(t: number, block: number): number {
  if (block === Number.POSITIVE_INFINITY) return 0;
  return block > 0 ? Math.floor(t / block) : t;
}

/** The transactions `order` as columns: ledger index, other end, time, amount. */
export function fill(order: Int32Array, other: Int32Array, ledger: Ledger, alloc: ArrayAllocator): Adjacency {
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

export function copy(array: Int32Array, alloc: ArrayAllocator): Int32Array {
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
