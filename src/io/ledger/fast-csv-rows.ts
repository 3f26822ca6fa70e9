/**
 * The row half of the plain-CSV fast path's merge (fast-csv.ts), done by each part's thread on its
 * own rows, in three steps with a barrier between them: number the rows' accounts (and count each
 * payer's rows), put the rows in their places of the shared ledger (a counting sort by payer: each
 * part's rows of a payer after the earlier parts' ones, in row order), then sort each payer's run by
 * time (stable, so (payer, time, row) is the order, as ingest.ts's ORDER BY s, ts, r).
 */
import { orderByFloatKey } from "../../core/ledger/radix-order.ts";
import type { Ledger } from "../../core/ledger/types.ts";

/** A part's rows as its thread keeps them: account numbers replace local ones after numberRows. */
export type PartRows = {
  rows: number;
  src: Int32Array;
  dst: Int32Array;
  ts: Float64Array;
  amount: Float64Array;
};

/** Each row's payer and payee numbered (a self-loop's payer −1); returns each payer's count of rows. */
export function numberRows(
  part: PartRows,
  numberOf: Int32Array,
  global: Int32Array | null,
  accounts: number,
): Int32Array {
  // The part's own account k → its number, composed once: one lookup per name below, not two.
  const localCount = global ? global.length : numberOf.length;
  const number = new Int32Array(localCount);
  for (let k = 0; k < localCount; k++) number[k] = numberOf[global ? (global[k] as number) : k] as number;
  const counts = new Int32Array(accounts);
  const { src, dst } = part;
  for (let r = 0; r < part.rows; r++) {
    const s = src[r] as number;
    const d = dst[r] as number;
    if (s === d) {
      src[r] = -1;
      continue;
    }
    const a = number[s] as number;
    src[r] = a;
    dst[r] = number[d] as number;
    counts[a] = (counts[a] as number) + 1;
  }
  return counts;
}

/** The part's rows (file rows base, base + 1, …) written at next[payer], next[payer] + 1, … */
export function scatterRows(part: PartRows, base: number, next: Int32Array, ledger: Ledger): void {
  const { src, dst, ts, amount } = part;
  for (let r = 0; r < part.rows; r++) {
    const a = src[r] as number;
    if (a < 0) continue;
    const at = next[a] as number;
    next[a] = at + 1;
    ledger.src[at] = a;
    ledger.dst[at] = dst[r] as number;
    ledger.ts[at] = ts[r] as number;
    ledger.amount[at] = amount[r] as number;
    ledger.row[at] = base + r;
  }
}

/** The runs of payers from … to − 1 (runs[a] is payer a's first place) put in (time, row) order. */
export function sortRuns(ledger: Ledger, runs: Int32Array, from: number, to: number): void {
  for (let a = from; a < to; a++) sortRunByTime(ledger, runs[a] as number, runs[a + 1] as number);
}

/** Transactions [from, to) of one payer, in row order, put in (time, row) order. */
function sortRunByTime(ledger: Ledger, from: number, to: number): void {
  const { dst, ts, amount, row } = ledger;
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) sorted = (ts[i - 1] as number) <= (ts[i] as number);
  if (sorted) return;
  if (to - from <= 32) {
    // Insertion sort, stable: a row moves only past later times.
    for (let i = from + 1; i < to; i++) {
      const t = ts[i] as number;
      const d = dst[i] as number;
      const x = amount[i] as number;
      const r = row[i] as number;
      let j = i;
      while (j > from && (ts[j - 1] as number) > t) {
        ts[j] = ts[j - 1] as number;
        dst[j] = dst[j - 1] as number;
        amount[j] = amount[j - 1] as number;
        row[j] = row[j - 1] as number;
        j--;
      }
      ts[j] = t;
      dst[j] = d;
      amount[j] = x;
      row[j] = r;
    }
    return;
  }
  const length = to - from;
  const items = new Int32Array(length);
  for (let i = 0; i < length; i++) items[i] = i;
  const order = orderByFloatKey(items, ts.subarray(from, to));
  const was = {
    dst: dst.slice(from, to),
    ts: ts.slice(from, to),
    amount: amount.slice(from, to),
    row: row.slice(from, to),
  };
  for (let i = 0; i < length; i++) {
    const k = order[i] as number;
    dst[from + i] = was.dst[k] as number;
    ts[from + i] = was.ts[k] as number;
    amount[from + i] = was.amount[k] as number;
    row[from + i] = was.row[k] as number;
  }
}
