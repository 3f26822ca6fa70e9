/**
 * Binary searches over a sorted run of a typed array (a CSR row, a node's payments in time order), the
 * one place the cycle kernels and the ledger searches find where to resume.
 *
 * Complexity: O(log(to − from)) time, O(1) space.
 */

/** First position in sorted[from … to) holding a value ≥ value (to if none). */
export function lowerBound(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in times[from … to) (ascending) with a value strictly after t; `to` if none. */
export function firstAfter(times: Float64Array, from: number, to: number, t: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * firstAfter, searched outward from a position near the answer (a hint: where the last search of the
 * same run landed). Gallops from the hint — probes 1, 2, 4, … away — then binary-searches the bracket,
 * so a search whose answer moved d positions costs O(log d) reads close together instead of
 * O(log(to − from)) jumps across a hub's whole run. Same result as firstAfter for any hint.
 */
export function firstAfterNear(
  times: Float64Array,
  from: number,
  to: number,
  t: number,
  hint: number,
): number {
  const at = hint < from ? from : Math.min(hint, to);
  if (at < to && (times[at] as number) <= t) {
    let low = at + 1; // every position below low holds a time ≤ t
    for (let step = 1; ; step *= 2) {
      const probe = low + step - 1;
      if (probe >= to) return firstAfter(times, low, to, t);
      if ((times[probe] as number) > t) return firstAfter(times, low, probe, t);
      low = probe + 1;
    }
  }
  let high = at; // the answer is at or below high
  for (let step = 1; ; step *= 2) {
    const probe = high - step;
    if (probe < from) return firstAfter(times, from, high, t);
    if ((times[probe] as number) <= t) return firstAfter(times, probe + 1, high, t);
    high = probe;
  }
}
