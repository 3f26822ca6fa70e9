/**
 * The shapes and the small shared pieces of the ledger preparation (prepare.ts, prepare-temporal.ts):
 * the prepared ledger's arrays, the allocator they come from, the time blocks starts are grouped by,
 * and the gather of transactions into adjacency columns. Kept apart so the two preparation modules
 * import this one rather than each other.
 */
import type { Ledger, ScanMode } from "./types.ts";

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
  const { edge, end, time, amount } = columnsOf(order, alloc);
  for (let i = 0; i < m; i++) {
    const e = order[i] as number;
    end[i] = other[e] as number;
    time[i] = ledger.ts[e] as number;
    amount[i] = ledger.amount[e] as number;
  }
  return { offsets: new Int32Array(0), edge, end, time, amount };
}

/** The four columns of `order`'s adjacency, allocated; `edge` is `order` itself, the rest to fill. */
function columnsOf(order: Int32Array, alloc: ArrayAllocator) {
  const m = order.length;
  const edge = alloc.int32(m);
  edge.set(order);
  return { edge, end: alloc.int32(m), time: alloc.float64(m), amount: alloc.float64(m) };
}

export function copy(array: Int32Array, alloc: ArrayAllocator): Int32Array {
  const out = alloc.int32(array.length);
  out.set(array);
  return out;
}

/**
 * The same columns as `fill`, written by scatter instead of gathered: `sameItems` holds the items of
 * `order` in another order in which the ledger's columns read in sequence (ledger order, or near it:
 * the (payer, index) order of a ledger from ingest), and `place` each item's position in `order`
 * (placesOf). The columns are read in sequence and written at random. A random read stalls the
 * processor until it arrives; a random write does not, so on ten million transactions, whose
 * columns are far larger than the cache, this costs a fraction of the gather (docs/scale.md).
 * With `endTick`, also the [end, tick] pairs, from each position's tick.
 */
export function fillByScatter(
  order: Int32Array,
  place: Int32Array,
  sameItems: Int32Array,
  other: Int32Array,
  ledger: Ledger,
  alloc: ArrayAllocator,
  ticks?: Int32Array,
): Adjacency {
  const m = order.length;
  const { edge, end, time, amount } = columnsOf(order, alloc);
  const { ts } = ledger;
  for (let k = 0; k < m; k++) {
    const e = sameItems[k] as number;
    const i = place[e] as number;
    end[i] = other[e] as number;
    time[i] = ts[e] as number;
    amount[i] = ledger.amount[e] as number;
  }
  const adjacency: Adjacency = { offsets: new Int32Array(0), edge, end, time, amount };
  if (ticks) {
    const endTick = alloc.int32(2 * m);
    for (let i = 0; i < m; i++) {
      endTick[2 * i] = end[i] as number;
      endTick[2 * i + 1] = ticks[i] as number;
    }
    adjacency.endTick = endTick;
  }
  return adjacency;
}

/** place[e] = the position of item e in `order` (other entries 0), for fillByScatter; `length` items in all. */
export function placesOf(order: Int32Array, length: number): Int32Array {
  const place = new Int32Array(length);
  for (let i = 0; i < order.length; i++) place[order[i] as number] = i;
  return place;
}
