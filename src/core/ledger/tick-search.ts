/**
 * The binary and galloping searches of graph/sorted-search.ts over the ledger search's interleaved
 * [end, tick] runs (prepare.ts, endTick): position p's tick is pairs[2p + 1]. One array holds both the
 * tick a search probes and the account read right after, so the probe's cache line serves the scan.
 *
 * Complexity: O(log(to − from)) reads for firstTickAfter, O(log d) for firstTickAfterNear when the
 * answer lies d positions from the hint; O(1) space.
 */

/** First position p in [from, to) whose tick is > t (ticks ascending); `to` if none. */
export function firstTickAfter(pairs: Int32Array, from: number, to: number, t: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pairs[2 * mid + 1] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * firstTickAfter, searched outward from `hint` (where the last search of the same run landed): probes
 * 1, 2, 4, … positions away, then bisects the bracket. Same result as firstTickAfter for any hint.
 */
export function firstTickAfterNear(
  pairs: Int32Array,
  from: number,
  to: number,
  t: number,
  hint: number,
): number {
  const at = hint < from ? from : Math.min(hint, to);
  if (at < to && (pairs[2 * at + 1] as number) <= t) {
    let low = at + 1; // every position below low holds a tick ≤ t
    for (let step = 1; ; step *= 2) {
      const probe = low + step - 1;
      if (probe >= to) return firstTickAfter(pairs, low, to, t);
      if ((pairs[2 * probe + 1] as number) > t) return firstTickAfter(pairs, low, probe, t);
      low = probe + 1;
    }
  }
  let high = at; // the answer is at or below high
  for (let step = 1; ; step *= 2) {
    const probe = high - step;
    if (probe < from) return firstTickAfter(pairs, from, high, t);
    if ((pairs[2 * probe + 1] as number) <= t) return firstTickAfter(pairs, probe + 1, high, t);
    high = probe;
  }
}

/**
 * windowEnds[r]: the last tick whose time is ≤ times[r] + window (times ascending, window ≥ 0 or
 * Infinity) — the window's inclusive end, as a tick, for a start at tick r. One sweep, two pointers.
 */
export function windowEnds(times: Float64Array, window: number): Int32Array {
  const count = times.length;
  const ends = new Int32Array(count);
  let j = 0;
  for (let r = 0; r < count; r++) {
    const limit = (times[r] as number) + window;
    if (j < r) j = r;
    while (j + 1 < count && (times[j + 1] as number) <= limit) j++;
    ends[r] = j;
  }
  return ends;
}
