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
import {
  type ArrayAllocator,
  blockMs,
  copy,
  DEFAULT_BLOCK_SHARE,
  fill,
  heapArrays,
  type PreparedLedger,
  type PreparePlan,
} from "./prepare-arrays.ts";
import { incomingSide, inPayerTimeOrder, joinSides, outgoingSide } from "./prepare-temporal.ts";
import { orderByIntKey } from "./radix-order.ts";
import { keepsAmount } from "./scan-options.ts";
import type { Ledger, ScanOptions } from "./types.ts";

export {
  type Adjacency,
  type ArrayAllocator,
  blockMs,
  blockOf,
  DEFAULT_BLOCK_SHARE,
  heapArrays,
  type PreparedLedger,
  type PreparePlan,
  type TimeTicks,
} from "./prepare-arrays.ts";

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
