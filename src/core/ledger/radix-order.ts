/**
 * Stable orderings of transactions by a numeric key without a comparison sort: a least-significant-digit
 * radix sort on the key's IEEE 754 bits (16-bit digits, so at most four passes, and a pass is skipped
 * when every item shares its digit), and a counting sort by a small integer key such as an account id.
 * Both keep the incoming order among equal keys, which is what makes the (time, account, index) orders
 * of the ledger scan deterministic. Sorting ten million timestamps this way takes a fraction of a
 * second where `Array.prototype.sort` with a comparator takes many.
 *
 * Floating-point keys: for finite doubles, flipping every bit of a negative number and only the sign
 * bit of a non-negative one turns numeric order into unsigned order of the 64-bit pattern
 * (P. M. Herf, 2001, "Radix Tricks"). −0 is read as +0 so the two compare equal.
 *
 * Below SMALL items a comparison sort is cheaper than clearing 2^16 counters four times (a graph of a
 * few dozen edges, searched thousands of times by the property tests or once per request): the same
 * stable order, found by Array.prototype.sort, which is stable.
 *
 * Complexity: O(p · (m + 2^16)) time for p ≤ 4 passes over m items (O(m log m) below SMALL); O(m)
 * extra space. Counting sort O(m + k) for keys below k.
 */

const DIGITS = 1 << 16;
export const SMALL = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `items` (indices into `keys`) reordered stably by keys[item], ascending. Keys must be finite; the
 * input array is not modified.
 */
export function orderByFloatKey(items: Int32Array, keys: Float64Array): Int32Array {
  const m = items.length;
  if (m < SMALL) {
    const order = Array.from(items);
    order.sort((a, b) => compareKeys(keys[a] as number, keys[b] as number));
    return Int32Array.from(order);
  }
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const [loWord, hiWord] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const lo = new Uint32Array(m);
  const hi = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    bits[0] = (keys[items[i] as number] as number) + 0; // −0 + 0 is +0
    let h = words[hiWord] as number;
    let l = words[loWord] as number;
    if (h >>> 31 === 1) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
  }
  // Sort positions 0 … m−1 (whose digits sit in lo/hi), then map them back to items.
  let order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  let spare = new Int32Array(m);
  const count = new Int32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < m; i++) {
      const d = ((word[i] as number) >>> shift) & 0xffff;
      count[d] = (count[d] as number) + 1;
    }
    if (m === 0 || count[((word[0] as number) >>> shift) & 0xffff] === m) continue;
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < m; i++) {
      const at = order[i] as number;
      const d = ((word[at] as number) >>> shift) & 0xffff;
      const to = count[d] as number;
      count[d] = to + 1;
      spare[to] = at;
    }
    [order, spare] = [spare, order];
  }
  for (let i = 0; i < m; i++) order[i] = items[order[i] as number] as number;
  return order;
}

/** Numeric order, −0 equal to +0 (as the bit patterns above); a NaN, which no caller passes, last. */
function compareKeys(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
}

/** `items` reordered stably by key[item], an integer in [0, k); also returns the run offsets (k + 1). */
export function orderByIntKey(
  items: Int32Array,
  key: Int32Array,
  k: number,
): { order: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < items.length; i++) {
    const slot = (key[items[i] as number] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let v = 0; v < k; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, k);
  const order = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as number;
    const v = key[item] as number;
    const at = fill[v] as number;
    fill[v] = at + 1;
    order[at] = item;
  }
  return { order, offsets };
}
