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
 * worker thread reads without a copy. The result is a plain object of numbers and typed arrays.
 *
 * Complexity: O(m + n) time in radix passes over the m kept transactions (radix-order.ts), fewer when
 * the ledger comes in (payer, time) order; about 96 bytes per kept transaction (temporal: 76, plus the
 * [end, tick] pairs and the ticks) or 52 (static), plus 12 per account.
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
  const byTime = temporal ? orderByFloatKey(byPayer.order, ts) : byPayer.order;
  // (payer, time, index): byPayer itself when each payer's transactions are in time order already
  // (ingest sorts the ledger so), which saves two passes of scattered writes.
  const byPayerTime = temporal ? payerTimeOrder(byPayer, byTime, ledger, n) : byPayer;
  const block = blockMs(options.windowMs ?? 0, blockShare);
  const startOrder = temporal ? groupedStarts(byPayerTime.order, ledger, block) : byTime;
  const start = alloc.int32(kept);
  for (let i = 0; i < kept; i++) start[i] = src[startOrder[i] as number] as number;
  const offsets = temporal ? alloc.int32(0) : copy(byPayer.offsets, alloc);
  const starts = { ...fill(startOrder, dst, ledger, alloc), offsets, start };
  const byPayee = orderByIntKey(byTime, dst, n);
  const into = fill(byPayee.order, src, ledger, alloc);
  into.offsets = copy(byPayee.offsets, alloc);
  const out = temporal ? outgoing(byPayerTime, ledger, alloc) : undefined;
  let ticks: TimeTicks | undefined;
  if (temporal && out) {
    const { tickOf, times } = timeTicks(byTime, ts, alloc);
    into.endTick = interleaveTicks(into, tickOf, alloc);
    out.endTick = interleaveTicks(out, tickOf, alloc);
    const ofStart = alloc.int32(kept);
    for (let i = 0; i < kept; i++) ofStart[i] = tickOf[startOrder[i] as number] as number;
    ticks = { times, ofStart };
  }
  return {
    mode: options.mode,
    accountCount: n,
    size: kept,
    blockMs: block,
    starts,
    into,
    ...(out && { out }),
    ...(ticks && { ticks }),
  };
}

/** Each kept transaction's tick (indexed by ledger index) and the distinct times, from the time order. */
function timeTicks(
  byTime: Int32Array,
  ts: Float64Array,
  alloc: ArrayAllocator,
): { tickOf: Int32Array; times: Float64Array } {
  const tickOf = new Int32Array(ts.length);
  let distinct = 0;
  let last = Number.NaN;
  for (let i = 0; i < byTime.length; i++) {
    const e = byTime[i] as number;
    const t = ts[e] as number;
    if (t !== last) {
      distinct++;
      last = t;
    }
    tickOf[e] = distinct - 1;
  }
  const times = alloc.float64(distinct);
  for (let i = 0; i < byTime.length; i++) {
    const e = byTime[i] as number;
    times[tickOf[e] as number] = ts[e] as number;
  }
  return { tickOf, times };
}

/** [end, tick] per position of an adjacency, interleaved. */
function interleaveTicks(adjacency: Adjacency, tickOf: Int32Array, alloc: ArrayAllocator): Int32Array {
  const { edge, end } = adjacency;
  const pairs = alloc.int32(2 * edge.length);
  for (let i = 0; i < edge.length; i++) {
    pairs[2 * i] = end[i] as number;
    pairs[2 * i + 1] = tickOf[edge[i] as number] as number;
  }
  return pairs;
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

/** The kept transactions in (payer, time, index) order, with each payer's run. */
function payerTimeOrder(
  byPayer: { order: Int32Array; offsets: Int32Array },
  byTime: Int32Array,
  ledger: Ledger,
  n: number,
): { order: Int32Array; offsets: Int32Array } {
  const { order } = byPayer;
  const { src, ts } = ledger;
  for (let i = 1; i < order.length; i++) {
    const e = order[i] as number;
    const d = order[i - 1] as number;
    if (src[e] === src[d] && (ts[e] as number) < (ts[d] as number)) return orderByIntKey(byTime, src, n);
  }
  return byPayer;
}

/** The starts in (block, payer, time, index) order, from the (payer, time, index) order. */
function groupedStarts(byPayer: Int32Array, ledger: Ledger, block: number): Int32Array {
  const key = new Float64Array(ledger.ts.length);
  for (let i = 0; i < byPayer.length; i++) {
    const e = byPayer[i] as number;
    key[e] = blockOf(ledger.ts[e] as number, block);
  }
  return orderByFloatKey(byPayer, key);
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

/** Each account's outgoing transactions in (time, index) order: the search's first hop reads them. */
function outgoing(
  byPayerTime: { order: Int32Array; offsets: Int32Array },
  ledger: Ledger,
  alloc: ArrayAllocator,
): Adjacency {
  const { order, offsets } = byPayerTime;
  const out = fill(order, ledger.dst, ledger, alloc);
  out.offsets = copy(offsets, alloc);
  return out;
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
