/**
 * The ledger's order, (payer, time, row), computed in JavaScript on typed arrays instead of an SQL
 * ORDER BY: DuckDB's join hands the rows over in no particular order, and three linear passes put
 * them in place.
 *
 *   1. File order: each row number is unique, so placing row r at slot r and reading the slots in
 *      order is a counting sort on the row (O(n) for the n rows of the file).
 *   2. Time order: ledgers are usually written in time order, which one pass confirms; otherwise a
 *      stable least-significant-digit radix sort on the 64-bit time keys (16 bits a pass, passes on
 *      a digit every row shares skipped), so rows with equal times stay in file order.
 *   3. Payer: a stable counting sort on the dense payer id (O(m + accounts)).
 *
 * A stable sort by payer of rows already in (time, row) order is the (payer, time, row) order:
 * this is the classic LSD argument (Knuth, The Art of Computer Programming vol. 3, 5.2.5, 1998).
 * Missing times (NaN) come last, as SQL's NULLS LAST would put them. Time O(m + n + accounts), memory a
 * few Int32Arrays of m, no allocation per row.
 */

/**
 * The permutation that sorts the loaded rows by (payer, time, row): `order[e]` is the index (in the
 * arrays given) of the row that goes to place e. `rows` bounds the row numbers (the file's data rows).
 * Also returns `fileRank[i]`, row i's place among the loaded rows in file order.
 */
export function ledgerOrder(
  src: Int32Array,
  ts: Float64Array,
  row: Int32Array,
  accountCount: number,
  rows: number,
): { order: Int32Array; fileRank: Int32Array } {
  const m = src.length;
  const bySlot = new Int32Array(rows).fill(-1);
  for (let i = 0; i < m; i++) bySlot[row[i] as number] = i;
  let inFileOrder: Int32Array = new Int32Array(m);
  const fileRank = new Int32Array(m);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const i = bySlot[r] as number;
    if (i >= 0) {
      fileRank[i] = k;
      inFileOrder[k++] = i;
    }
  }
  if (!inTimeOrder(inFileOrder, ts)) inFileOrder = radixByTime(inFileOrder, ts);
  // Stable counting sort by payer.
  const start = new Int32Array(accountCount + 1);
  for (let i = 0; i < m; i++) {
    const s = (src[i] as number) + 1;
    start[s] = (start[s] as number) + 1;
  }
  for (let a = 0; a < accountCount; a++) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
  const order = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const i = inFileOrder[j] as number;
    const s = src[i] as number;
    order[start[s] as number] = i;
    start[s] = (start[s] as number) + 1;
  }
  return { order, fileRank };
}

/** True when the times along `index` never decrease (NaN only after every number). */
function inTimeOrder(index: Int32Array, ts: Float64Array): boolean {
  let previous = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < index.length; j++) {
    const t = ts[index[j] as number] as number;
    if (t < previous || (Number.isNaN(previous) && !Number.isNaN(t))) return false;
    previous = t;
  }
  return true;
}

/**
 * Stable LSD radix sort of `index` by ts[index]: each double becomes a 64-bit key (two 32-bit halves)
 * that orders as the numbers do — the sign bit flipped for a positive number, every bit flipped for a
 * negative one — and NaN the largest key.
 */
function radixByTime(index: Int32Array, ts: Float64Array): Int32Array {
  const m = index.length;
  const one = new Float64Array(1);
  const halves = new Uint32Array(one.buffer);
  const lowEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const [lo, hi] = lowEndian ? [0, 1] : [1, 0];
  let keyHi: Uint32Array = new Uint32Array(m);
  let keyLo: Uint32Array = new Uint32Array(m);
  for (let j = 0; j < m; j++) {
    const t = ts[index[j] as number] as number;
    if (Number.isNaN(t)) {
      keyHi[j] = 0xffffffff;
      keyLo[j] = 0xffffffff;
      continue;
    }
    one[0] = t === 0 ? 0 : t; // -0 and 0 are one time
    const h = halves[hi] as number;
    const l = halves[lo] as number;
    if (h >>> 31) {
      keyHi[j] = ~h >>> 0;
      keyLo[j] = ~l >>> 0;
    } else {
      keyHi[j] = (h | 0x80000000) >>> 0;
      keyLo[j] = l;
    }
  }
  let from: Int32Array = index;
  let to: Int32Array = new Int32Array(m);
  let nextHi: Uint32Array = new Uint32Array(m);
  let nextLo: Uint32Array = new Uint32Array(m);
  const count = new Int32Array(1 << 16);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? keyLo : keyHi;
    const shift = (pass % 2) * 16;
    count.fill(0);
    for (let j = 0; j < m; j++) {
      const d = ((word[j] as number) >>> shift) & 0xffff;
      count[d] = (count[d] as number) + 1;
    }
    // A digit every row shares moves nothing: skip the pass.
    if (count[((word[0] as number) >>> shift) & 0xffff] === m) continue;
    let sum = 0;
    for (let d = 0; d < count.length; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const d = ((word[j] as number) >>> shift) & 0xffff;
      const p = count[d] as number;
      count[d] = p + 1;
      to[p] = from[j] as number;
      nextHi[p] = keyHi[j] as number;
      nextLo[p] = keyLo[j] as number;
    }
    [from, to] = [to, from];
    [keyHi, nextHi] = [nextHi, keyHi];
    [keyLo, nextLo] = [nextLo, keyLo];
  }
  return from;
}
