/**
 * The temporal half of prepareLedger (prepare.ts), as two sides that need nothing of each other until
 * the end, so that two threads can build them at once (src/io/ledger/prepare-shared.ts):
 *
 * - the incoming side: the kept transactions in time order, their ticks, and the in-adjacency (each
 *   account's incoming transactions by (time, index), with [payer, tick] pairs);
 * - the outgoing side: the starts in (time block, payer, time, index) order, and the out-adjacency
 *   (each payer's transactions in time order);
 *
 * and joinSides, which adds what needs both: the tick of each start and of each out-position. Run one
 * after the other on one thread, they give exactly the arrays of the serial preparation; that is how
 * prepareLedger runs them.
 */
import {
  type Adjacency,
  type ArrayAllocator,
  blockOf,
  copy,
  fill,
  type PreparedLedger,
  type PreparePlan,
} from "./prepare-arrays.ts";
import { orderByFloatKey, orderByIntKey } from "./radix-order.ts";
import type { Ledger } from "./types.ts";

/** The in-adjacency with its [payer, tick] pairs, each kept transaction's tick, and the distinct times. */
export type IncomingSide = { into: Adjacency; tickOf: Int32Array; times: Float64Array };

/** The start order, the starts, and the out-adjacency (without its ticks, which joinSides adds). */
export type OutgoingSide = {
  startOrder: Int32Array;
  starts: Adjacency & { start: Int32Array };
  out: Adjacency;
};

/**
 * The incoming side from the kept transactions in (payer, index) order. Also returns the time order,
 * which only a ledger not in (payer, time) order needs again. `tickOf` comes from `alloc`, so a
 * helper thread can hand it back.
 */
export function incomingSide(
  ledger: Ledger,
  byPayer: Int32Array,
  alloc: ArrayAllocator,
): IncomingSide & { byTime: Int32Array } {
  const byTime = orderByFloatKey(byPayer, ledger.ts);
  const { tickOf, times } = timeTicks(byTime, ledger.ts, alloc);
  const byPayee = orderByIntKey(byTime, ledger.dst, ledger.accountCount);
  const into = fill(byPayee.order, ledger.src, ledger, alloc);
  into.offsets = copy(byPayee.offsets, alloc);
  into.endTick = interleaveTicks(into, tickOf, alloc);
  return { into, tickOf, times, byTime };
}

/** The outgoing side from the kept transactions in (payer, time, index) order, with each payer's run. */
export function outgoingSide(
  ledger: Ledger,
  byPayerTime: { order: Int32Array; offsets: Int32Array },
  block: number,
  alloc: ArrayAllocator,
): OutgoingSide {
  const startOrder = groupedStarts(byPayerTime.order, ledger, block);
  const m = startOrder.length;
  const start = alloc.int32(m);
  for (let i = 0; i < m; i++) start[i] = ledger.src[startOrder[i] as number] as number;
  const starts = { ...fill(startOrder, ledger.dst, ledger, alloc), offsets: alloc.int32(0), start };
  const out = fill(byPayerTime.order, ledger.dst, ledger, alloc);
  out.offsets = copy(byPayerTime.offsets, alloc);
  return { startOrder, starts, out };
}

/** The prepared ledger from both sides: the out-adjacency's ticks and each start's tick added. */
export function joinSides(
  plan: PreparePlan,
  incoming: IncomingSide,
  outgoing: OutgoingSide,
  alloc: ArrayAllocator,
): PreparedLedger {
  const { tickOf, times } = incoming;
  const { startOrder, starts, out } = outgoing;
  out.endTick = interleaveTicks(out, tickOf, alloc);
  const ofStart = alloc.int32(plan.size);
  for (let i = 0; i < plan.size; i++) ofStart[i] = tickOf[startOrder[i] as number] as number;
  return {
    mode: "temporal",
    accountCount: plan.accountCount,
    size: plan.size,
    blockMs: plan.blockMs,
    starts,
    into: incoming.into,
    out,
    ticks: { times, ofStart },
  };
}

/** True when each payer's transactions in `byPayer` are in time order (as ingest gives the ledger). */
export function inPayerTimeOrder(byPayer: Int32Array, ledger: Ledger): boolean {
  const { src, ts } = ledger;
  for (let i = 1; i < byPayer.length; i++) {
    const e = byPayer[i] as number;
    const d = byPayer[i - 1] as number;
    if (src[e] === src[d] && (ts[e] as number) < (ts[d] as number)) return false;
  }
  return true;
}

/**
 * Each kept transaction's tick (indexed by ledger index; 0 for the others) and the distinct times,
 * in one pass over the time order.
 */
function timeTicks(
  byTime: Int32Array,
  ts: Float64Array,
  alloc: ArrayAllocator,
): { tickOf: Int32Array; times: Float64Array } {
  const tickOf = alloc.int32(ts.length);
  const distinctTimes = new Float64Array(byTime.length);
  let distinct = 0;
  let last = Number.NaN;
  for (let i = 0; i < byTime.length; i++) {
    const e = byTime[i] as number;
    const t = ts[e] as number;
    if (t !== last) {
      distinctTimes[distinct++] = t;
      last = t;
    }
    tickOf[e] = distinct - 1;
  }
  const times = alloc.float64(distinct);
  times.set(distinctTimes.subarray(0, distinct));
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

/** Blocks are sorted as small integers (one radix pass up to 2,048 blocks) when they span fewer than this. */
const INTEGER_BLOCKS = 1 << 22;

/**
 * The starts in (block, payer, time, index) order, from the (payer, time, index) order: a stable sort
 * by block. A year of one-day windows has about 1,460 quarter-day blocks, so the blocks, numbered from
 * the first, sort in one counting pass; blocks too many or not finite go through the float sort.
 */
function groupedStarts(byPayer: Int32Array, ledger: Ledger, block: number): Int32Array {
  const m = byPayer.length;
  const { ts } = ledger;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    const b = blockOf(ts[byPayer[i] as number] as number, block);
    if (b < low) low = b;
    if (b > high) high = b;
  }
  const span = high - low;
  // block > 0: blockOf floors, so every block is a whole number (with block 0 a block is the time itself).
  if (block > 0 && span >= 0 && span < INTEGER_BLOCKS) {
    const small = new Int32Array(ts.length);
    for (let i = 0; i < m; i++) {
      const e = byPayer[i] as number;
      small[e] = blockOf(ts[e] as number, block) - low;
    }
    return orderByIntKey(byPayer, small, span + 1).order;
  }
  const key = new Float64Array(ts.length);
  for (let i = 0; i < m; i++) {
    const e = byPayer[i] as number;
    key[e] = blockOf(ts[e] as number, block);
  }
  return orderByFloatKey(byPayer, key);
}
