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
  fillByScatter,
  type PreparedLedger,
  type PreparePlan,
  placesOf,
} from "./prepare-arrays.ts";
import {
  orderAndRankByFloatKey,
  orderByFloatKey,
  orderByIntKey,
  orderByKeysCarrying,
} from "./radix-order.ts";
import type { Ledger } from "./types.ts";

/** The in-adjacency with its [payer, tick] pairs, each kept transaction's tick, and the distinct times. */
export type IncomingSide = { into: Adjacency; tickOf: Int32Array; times: Float64Array };

/** The start order, the starts, and the out-adjacency (without its ticks, which joinSides adds). */
export type OutgoingSide = {
  startOrder: Int32Array;
  /** Each kept transaction's position in startOrder (by ledger index). */
  startPlace: Int32Array;
  starts: Adjacency & { start: Int32Array };
  out: Adjacency;
};

/** The incoming side's orders: the time order, the ticks, and the (payee, time, index) order with its ticks. */
export type IncomingOrder = {
  byTime: Int32Array;
  tickOf: Int32Array;
  times: Float64Array;
  /** The in-adjacency's order and runs, and each position's tick. */
  byPayee: { order: Int32Array; offsets: Int32Array; carried: Int32Array };
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
  const order = incomingOrder(ledger, byPayer, alloc);
  return { ...incomingColumns(ledger, byPayer, order, alloc), byTime: order.byTime };
}

/**
 * The orders of the incoming side (the larger half of its work), which the two-thread preparation
 * builds on its helper thread while the main thread builds the outgoing side. Each position's tick
 * comes out of the time order itself and rides along the sort by payee, and the payees are put in
 * time order by scatter: no time, tick or payee is read at random (on the heavy-hub 10 M ledger such
 * reads cost seconds, docs/scale.md).
 */
export function incomingOrder(ledger: Ledger, byPayer: Int32Array, alloc: ArrayAllocator): IncomingOrder {
  const { order: byTime, rank, distinct } = orderAndRankByFloatKey(byPayer, ledger.ts);
  const m = byTime.length;
  const tickOf = alloc.int32(ledger.ts.length);
  const place = new Int32Array(ledger.ts.length);
  for (let i = 0; i < m; i++) {
    const e = byTime[i] as number;
    tickOf[e] = rank[i] as number;
    place[e] = i;
  }
  const times = alloc.float64(distinct.length);
  times.set(distinct);
  const payeeInTimeOrder = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const e = byPayer[k] as number;
    payeeInTimeOrder[place[e] as number] = ledger.dst[e] as number;
  }
  const byPayee = orderByKeysCarrying(byTime, payeeInTimeOrder, ledger.accountCount, rank);
  return { byTime, tickOf, times, byPayee };
}

/** The in-adjacency's columns and [payer, tick] pairs from its order, scattered from the (payer, index) order. */
export function incomingColumns(
  ledger: Ledger,
  byPayer: Int32Array,
  order: Pick<IncomingOrder, "tickOf" | "times" | "byPayee">,
  alloc: ArrayAllocator,
): IncomingSide {
  const { byPayee, tickOf, times } = order;
  const into = fillByScatter(
    byPayee.order,
    placesOf(byPayee.order, ledger.ts.length),
    byPayer,
    ledger.src,
    ledger,
    alloc,
    byPayee.carried,
  );
  into.offsets = copy(byPayee.offsets, alloc);
  return { into, tickOf, times };
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
  // The starts' columns scattered from the (payer, time) order, which reads the ledger in sequence.
  const startPlace = placesOf(startOrder, ledger.ts.length);
  const start = alloc.int32(m);
  const { order } = byPayerTime;
  for (let k = 0; k < m; k++) {
    const e = order[k] as number;
    start[startPlace[e] as number] = ledger.src[e] as number;
  }
  const columns = fillByScatter(startOrder, startPlace, order, ledger.dst, ledger, alloc);
  const starts = { ...columns, offsets: alloc.int32(0), start };
  const out = fill(order, ledger.dst, ledger, alloc);
  out.offsets = copy(byPayerTime.offsets, alloc);
  return { startOrder, startPlace, starts, out };
}

/** The ticks that need both sides: the out-adjacency's [end, tick] pairs and each start's tick. */
export type JoinTicks = { endTick: Int32Array; ofStart: Int32Array };

/**
 * The join's own work, apart so that the helper thread can do it while the main thread scatters the
 * in-adjacency's columns (prepare-shared.ts): it needs the time order's ticks and the outgoing side.
 */
export function joinTicks(
  out: Pick<Adjacency, "edge" | "end">,
  startPlace: Int32Array,
  tickOf: Int32Array,
  alloc: ArrayAllocator,
): JoinTicks {
  const endTick = interleaveTicks(out, tickOf, alloc);
  // Scattered along the out-adjacency's (payer, time) order, as the starts' columns are.
  const size = out.edge.length;
  const ofStart = alloc.int32(size);
  for (let k = 0; k < size; k++) {
    const e = out.edge[k] as number;
    ofStart[startPlace[e] as number] = tickOf[e] as number;
  }
  return { endTick, ofStart };
}

/**
 * The prepared ledger from both sides: the out-adjacency's ticks and each start's tick added (`ticks`
 * when another thread has worked them out already).
 */
export function joinSides(
  plan: PreparePlan,
  incoming: IncomingSide,
  outgoing: OutgoingSide,
  alloc: ArrayAllocator,
  ticks: JoinTicks = joinTicks(outgoing.out, outgoing.startPlace, incoming.tickOf, alloc),
): PreparedLedger {
  const { times } = incoming;
  const { starts, out } = outgoing;
  out.endTick = ticks.endTick;
  const { ofStart } = ticks;
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

/** [end, tick] per position of an adjacency, interleaved. */
function interleaveTicks(
  adjacency: Pick<Adjacency, "edge" | "end">,
  tickOf: Int32Array,
  alloc: ArrayAllocator,
): Int32Array {
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
