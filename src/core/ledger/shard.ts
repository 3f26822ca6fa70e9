/**
 * Splitting a ledger scan into shards that separate processes or machines can run: shard i of n owns
 * the start transactions (a cycle's earliest) whose time lies in [fromMs, toMs), and reads every
 * transaction timed in [fromMs, toMs + window] — a cycle that starts in the shard ends at most one
 * window later. Consecutive shards therefore overlap by the window, but each cycle is found by exactly
 * one shard (the one owning its earliest transaction), so the union of the shards' cycles equals the
 * unsharded result and their counts add up.
 *
 * Boundaries are quantiles of the known timestamps, so shards own about as many start transactions
 * each; ties never straddle a boundary, as ownership is by time. Every shard computes the same
 * boundaries from the same ledger. Static scans have no window: each shard reads the whole ledger and
 * owns the i-th n-th of the start positions instead (see ownedStarts).
 *
 * Complexity: O(m log m) for the quantiles (one numeric sort of the timestamps), O(m) memory.
 */
import { ModelInputError } from "../errors.ts";
import type { PreparedLedger } from "./prepare.ts";
import type { Ledger, ScanOptions } from "./types.ts";

export type ShardRange = {
  index: number;
  count: number;
  /** Owned start transactions: time in [fromMs, toMs). The first shard starts at −∞, the last ends at +∞. */
  fromMs: number;
  toMs: number;
  /** Transactions the shard must read: time in [readFromMs, readToMs]. */
  readFromMs: number;
  readToMs: number;
};

export class InvalidShardError extends ModelInputError {
  override readonly name = "InvalidShardError";
  constructor(
    readonly index: number,
    readonly count: number,
  ) {
    super("invalid-shard", ["shard"], { index, count });
  }
}

/** Shard `index` (0-based) of `count`, for a temporal window of `windowMs` (Infinity: no window). */
export function shardRange(ledger: Ledger, index: number, count: number, windowMs: number): ShardRange {
  if (!(Number.isInteger(count) && count >= 1 && Number.isInteger(index) && index >= 0 && index < count))
    throw new InvalidShardError(index, count);
  const { ts } = ledger;
  let m = 0;
  for (let e = 0; e < ts.length; e++) if (Number.isFinite(ts[e])) m++;
  const times = new Float64Array(m);
  m = 0;
  for (let e = 0; e < ts.length; e++) if (Number.isFinite(ts[e])) times[m++] = ts[e] as number;
  times.sort();
  const boundary = (k: number): number => {
    if (k <= 0) return Number.NEGATIVE_INFINITY;
    if (k >= count || m === 0) return Number.POSITIVE_INFINITY;
    return times[Math.floor((k * m) / count)] as number;
  };
  const fromMs = boundary(index);
  const toMs = boundary(index + 1);
  const windowed = Number.isFinite(windowMs);
  return {
    index,
    count,
    fromMs,
    toMs,
    readFromMs: windowed ? fromMs : Number.NEGATIVE_INFINITY,
    readToMs: windowed ? toMs + windowMs : Number.POSITIVE_INFINITY,
  };
}

/** The read range to prepare a shard with ({} for the whole ledger). */
export function shardReadRange(shard: ShardRange | undefined): { fromMs?: number; toMs?: number } {
  if (shard === undefined || (shard.readFromMs === -Infinity && shard.readToMs === Infinity)) return {};
  return { fromMs: shard.readFromMs, toMs: shard.readToMs };
}

/**
 * The starts of `prepared` a scan (or a shard of it) runs: positions from … to − 1, and for temporal
 * shards the time range [fromMs, toMs) the cursor keeps (temporal starts are grouped by time block, so
 * a shard's own starts are picked by time; the shard's preparation already dropped the rest but the
 * window past its end). Static shards own the index-th count-th of the positions.
 */
export function ownedStarts(
  prepared: PreparedLedger,
  options: Pick<ScanOptions, "mode">,
  shard?: ShardRange,
): { from: number; to: number; own: { fromMs?: number; toMs?: number } } {
  const size = prepared.size;
  if (shard === undefined) return { from: 0, to: size, own: {} };
  if (options.mode === "static")
    return {
      from: Math.floor((shard.index * size) / shard.count),
      to: Math.floor(((shard.index + 1) * size) / shard.count),
      own: {},
    };
  return { from: 0, to: size, own: { fromMs: shard.fromMs, toMs: shard.toMs } };
}
