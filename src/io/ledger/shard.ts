/**
 * Time shards of a ledger, so one scan can be split across processes or machines. Shard i of n owns
 * the cycles whose first transaction falls in [T0 + i·span/n, T0 + (i+1)·span/n) — the last shard
 * also owns the end, T1 — where T0 and T1 are the ledger's earliest and latest times. A cycle owned by
 * shard i lies within its first time plus the window, so the shard loads [from, to + window]: the
 * shards overlap by the window, each cycle is found by exactly one shard, and the union of the shards'
 * outputs is the unsharded result.
 */

export type ShardRange = {
  index: number;
  count: number;
  /** Owned start times: from ≤ ts < to (to = +∞ for the last shard). Milliseconds. */
  from: number;
  to: number;
  /** Rows loaded: loadFrom ≤ ts ≤ loadTo. */
  loadFrom: number;
  loadTo: number;
};

/** Parses "i/n" (0 ≤ i < n), or returns null. */
export function parseShard(text: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!(count >= 1 && index < count && Number.isSafeInteger(count))) return null;
  return { index, count };
}

export function shardRange(
  first: number,
  last: number,
  { index, count, windowMs }: { index: number; count: number; windowMs: number },
): ShardRange {
  const span = last - first;
  // The same expression gives shard i's end and shard i + 1's start, so no time falls between them.
  const bound = (k: number) => first + (k * span) / count;
  const from = index === 0 ? Number.NEGATIVE_INFINITY : bound(index);
  const to = index === count - 1 ? Number.POSITIVE_INFINITY : bound(index + 1);
  return {
    index,
    count,
    from,
    to,
    loadFrom: Number.isFinite(from) ? from : first,
    loadTo: Number.isFinite(to) ? to + windowMs : last,
  };
}
