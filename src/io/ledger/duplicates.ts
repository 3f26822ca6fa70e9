/**
 * Counts exact duplicate transactions in a ledger sorted by (payer, time, row): rows that repeat an
 * earlier row's payer, payee, time and amount. A group of n equal rows counts n − 1, the same as
 * SQL's `sum(count(*) - 1) … GROUP BY src, dst, ts, amount`. Missing times (NaN) count as equal.
 *
 * Equal rows share payer and time, so they sit in one run of the sorted ledger; only runs of two or
 * more rows need a look. A short run is compared pair by pair; a long one (a hub's batch posting,
 * or every row of a payer when there are no times) is sorted by (payee, amount) first, so the
 * whole count is O(m) for the usual ledger and O(m log m) at worst. No allocation per row.
 */
import type { Ledger } from "../../core/ledger/types.ts";

/** Runs up to this long are compared pair by pair (at most 16·15/2 comparisons). */
const SHORT_RUN = 16;

export function countDuplicates(ledger: Ledger): number {
  const { src, dst, ts, amount } = ledger;
  const m = src.length;
  let duplicates = 0;
  let scratch: Int32Array | null = null;
  let start = 0;
  while (start < m) {
    const s = src[start] as number;
    const t = ts[start] as number;
    let end = start + 1;
    while (end < m && src[end] === s && sameTime(ts[end] as number, t)) end++;
    const n = end - start;
    if (n > 1 && n <= SHORT_RUN) {
      for (let i = start + 1; i < end; i++) {
        for (let j = start; j < i; j++) {
          if (dst[i] === dst[j] && amount[i] === amount[j]) {
            duplicates++;
            break;
          }
        }
      }
    } else if (n > SHORT_RUN) {
      if (!scratch || scratch.length < n) scratch = new Int32Array(2 * n);
      const order = scratch.subarray(0, n);
      for (let k = 0; k < n; k++) order[k] = start + k;
      order.sort(
        (a, b) => (dst[a] as number) - (dst[b] as number) || (amount[a] as number) - (amount[b] as number),
      );
      for (let k = 1; k < n; k++) {
        const a = order[k - 1] as number;
        const b = order[k] as number;
        if (dst[a] === dst[b] && amount[a] === amount[b]) duplicates++;
      }
    }
    start = end;
  }
  return duplicates;
}

function sameTime(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
