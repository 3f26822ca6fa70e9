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
