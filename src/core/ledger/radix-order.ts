/**
 * Stable orderings of transactions by a numeric key without a comparison sort: a least-significant-digit
 * radix sort on the key's IEEE 754 bits, and one on an integer key such as an account id. Digits are
 * 11 bits, so a pass's 2,048 counters and write positions stay in the cache (a pass with 2^16 or a
 * million write positions costs a cache miss per item at ten million items), and only the bits in
 * which the keys differ are sorted: ten million timestamps of one year to the minute differ in about
 * 30 of their 64 bits, three passes. Each pass carries the keys along with the items, so every pass
 * reads its input in order. Input already in key order (a ledger sorted by payer, asked for its
 * payer order) is recognised by one pass and returned as it is.
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
 * Complexity: O(p · (m + 2^11)) time for p ≤ 6 passes over m items (O(m log m) below SMALL); about
 * six arrays of m 32-bit values of extra space. Integer keys below k: ⌈log2 k / 11⌉ passes, O(m + k).
 */

const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;
export const SMALL = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `items` (indices into `keys`) reordered stably by keys[item], ascending. Keys must be finite; the
 * input array is not modified.
 */
export function orderByFloatKey(items: Int32Array, keys: Float64Array): Int32Array {
  if (items.length < SMALL) return comparisonOrder(items, keys);
  return floatOrder(items, keys).order;
}

/**
 * As orderByFloatKey, and each position's rank among the distinct keys (0, 1, … in the order) with
 * the distinct keys themselves, ascending: the ticks of a time order. Equal keys are equal numbers
 * (−0 and +0 one key, whose value is that of its first item in the order). The ranks come from the
 * keys' bit patterns as the sort leaves them, in order, so no key is read again at random.
 */
export function orderAndRankByFloatKey(
  items: Int32Array,
  keys: Float64Array,
): { order: Int32Array; rank: Int32Array; distinct: Float64Array } {
  const m = items.length;
  const rank = new Int32Array(m);
  const firsts = new Float64Array(m);
  let distinct = 0;
  if (m < SMALL) {
    const order = comparisonOrder(items, keys);
    let last = Number.NaN;
    for (let i = 0; i < m; i++) {
      const t = keys[order[i] as number] as number;
      if (t !== last) {
        firsts[distinct++] = t;
        last = t;
      }
      rank[i] = distinct - 1;
    }
    return { order, rank, distinct: firsts.slice(0, distinct) };
  }
  const grid = integerGrid(items, keys);
  if (grid) {
    const { order, sortedKeys } = lsdOrder(items, grid.steps, grid.count, null);
    for (let i = 0; i < m; i++) {
      const j = sortedKeys[i] as number;
      // min + j·step is the key itself: both are whole numbers below 2^53.
      if (i === 0 || j !== sortedKeys[i - 1]) firsts[distinct++] = grid.min + j * grid.step;
      rank[i] = distinct - 1;
    }
    return { order, rank, distinct: firsts.slice(0, distinct) };
  }
  const { order, hi, lo } = floatOrder(items, keys);
  for (let i = 0; i < m; i++) {
    if (i === 0 || hi[i] !== hi[i - 1] || lo[i] !== lo[i - 1])
      firsts[distinct++] = keys[order[i] as number] as number;
    rank[i] = distinct - 1;
  }
  return { order, rank, distinct: firsts.slice(0, distinct) };
}

/**
 * The keys of `items` as steps of an integer grid, when there is one: every key a whole number (no
 * −0, which must keep its own sign as a distinct value), key = min + step · j with step the greatest
 * common divisor of the differences and j below 2^31. Ledgers' times are whole milliseconds, most to
 * the second or the minute: ten million times to the minute over a year are j < 525,600, 20 bits, two
 * 11-bit passes carrying one word where their doubles differ in about 35 bits, four passes carrying
 * two (the time order of the 10 M bench ledger: docs/scale.md). Null otherwise (times to the
 * millisecond over more than 24 days, fractions), and the float passes run.
 */
export function integerGrid(
  items: Int32Array,
  keys: Float64Array,
): { steps: Int32Array; min: number; step: number; count: number } | null {
  const m = items.length;
  const first = keys[items[0] as number] as number;
  let min = first;
  let max = first;
  // The differences from the first key have the same divisors as those from the smallest (each of
  // the latter is a difference of two of the former), so one pass finds the range and the step.
  let step = 0;
  for (let i = 0; i < m; i++) {
    const t = keys[items[i] as number] as number;
    if (!Number.isSafeInteger(t) || Object.is(t, -0)) return null;
    if (t < min) min = t;
    if (t > max) max = t;
    if (step !== 1) step = gcd(step, Math.abs(t - first));
  }
  if (!Number.isSafeInteger(max - min)) return null;
  if (step === 0) step = 1; // every key the same
  const count = (max - min) / step + 1;
  if (count > 2 ** 31 - 1) return null;
  const steps = new Int32Array(m);
  for (let i = 0; i < m; i++) steps[i] = ((keys[items[i] as number] as number) - min) / step;
  return { steps, min, step, count };
}

/** Euclid's greatest common divisor of two non-negative whole numbers below 2^53 (exact in doubles). */
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

function comparisonOrder(items: Int32Array, keys: Float64Array): Int32Array {
  const order = Array.from(items);
  order.sort((a, b) => compareKeys(keys[a] as number, keys[b] as number));
  return Int32Array.from(order);
}

/** The radix order with the keys' ordered bit patterns, in the order's positions. */
function floatOrder(
  items: Int32Array,
  keys: Float64Array,
): { order: Int32Array; hi: Uint32Array; lo: Uint32Array } {
  const m = items.length;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const [loWord, hiWord] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  let lo = new Uint32Array(m);
  let hi = new Uint32Array(m);
  let sorted = true;
  let differHi = 0;
  let differLo = 0;
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
    differHi |= h ^ (hi[0] as number);
    differLo |= l ^ (lo[0] as number);
    if (sorted && i > 0) {
      const ph = hi[i - 1] as number;
      sorted = h > ph || (h === ph && l >= (lo[i - 1] as number));
    }
  }
  if (sorted) return { order: items.slice(), hi, lo };
  // The bits some keys differ in: from the lowest to the highest of them (64-bit positions).
  const lowest =
    differLo !== 0 ? 31 - Math.clz32(differLo & -differLo) : 63 - Math.clz32(differHi & -differHi);
  const highest = differHi !== 0 ? 63 - Math.clz32(differHi) : 31 - Math.clz32(differLo);
  let order = Int32Array.from(items);
  let spare = new Int32Array(m);
  let spareHi = new Uint32Array(m);
  let spareLo = new Uint32Array(m);
  const count = new Int32Array(DIGITS);
  for (let at = lowest; at <= highest; at += DIGIT_BITS) {
    count.fill(0);
    for (let i = 0; i < m; i++) {
      const d = digitAt(hi[i] as number, lo[i] as number, at);
      count[d] = (count[d] as number) + 1;
    }
    startsOfDigits(count);
    for (let i = 0; i < m; i++) {
      const h = hi[i] as number;
      const l = lo[i] as number;
      const d = digitAt(h, l, at);
      const to = count[d] as number;
      count[d] = to + 1;
      spare[to] = order[i] as number;
      spareHi[to] = h;
      spareLo[to] = l;
    }
    [order, spare] = [spare, order];
    [hi, spareHi] = [spareHi, hi];
    [lo, spareLo] = [spareLo, lo];
  }
  return { order, hi, lo };
}

/** Turns per-digit counts into each digit's first position in the pass's output (an exclusive prefix sum). */
function startsOfDigits(count: Int32Array): void {
  let sum = 0;
  for (let d = 0; d < count.length; d++) {
    const c = count[d] as number;
    count[d] = sum;
    sum += c;
  }
}

/** The 11-bit digit of the 64-bit pattern (hi, lo) whose lowest bit is at position `at` (0 … 63). */
function digitAt(hi: number, lo: number, at: number): number {
  if (at >= 32) return (hi >>> (at - 32)) & (DIGITS - 1);
  if (at + DIGIT_BITS <= 32) return (lo >>> at) & (DIGITS - 1);
  return ((lo >>> at) | (hi << (32 - at))) & (DIGITS - 1);
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
  const { order, offsets } = orderByIntKeyCarrying(items, key, k, null);
  return { order, offsets };
}

/**
 * As orderByIntKey, with a value per position of `items` (`carried[i]` goes with items[i]) carried
 * along the passes and returned in the order's positions: what a caller would otherwise read at
 * random through the order afterwards (ten million random reads cost more than carrying 4 bytes
 * through two passes).
 */
export function orderByIntKeyCarrying(
  items: Int32Array,
  key: Int32Array,
  k: number,
  carried: Int32Array | null,
): { order: Int32Array; offsets: Int32Array; carried: Int32Array } {
  const keys = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = key[items[i] as number] as number;
  return orderByKeysCarrying(items, keys, k, carried);
}

/**
 * As orderByIntKeyCarrying, with the keys given position by position (keys[i] is items[i]'s key), for
 * a caller that has them in that order without reading at random. `keys` is reused as scratch.
 */
export function orderByKeysCarrying(
  items: Int32Array,
  keys: Int32Array,
  k: number,
  carried: Int32Array | null,
): { order: Int32Array; offsets: Int32Array; carried: Int32Array } {
  const { order, sortedKeys, carried: values } = lsdOrder(items, keys, k, carried);
  return { order, offsets: runOffsets(sortedKeys, k), carried: values };
}

/** The stable order by integer keys in [0, k) (keys[i] is items[i]'s), with the keys in that order. */
function lsdOrder(
  items: Int32Array,
  keys: Int32Array,
  k: number,
  carried: Int32Array | null,
): { order: Int32Array; sortedKeys: Int32Array; carried: Int32Array } {
  const m = items.length;
  let sorted = true;
  for (let i = 1; i < m && sorted; i++) if ((keys[i] as number) < (keys[i - 1] as number)) sorted = false;
  let values = carried ? carried.slice() : new Int32Array(0);
  if (sorted) return { order: items.slice(), sortedKeys: keys, carried: values };
  let order = Int32Array.from(items);
  let sortedKeys: Int32Array = keys;
  let spare = new Int32Array(m);
  let spareKeys: Int32Array = new Int32Array(m);
  let spareValues = new Int32Array(values.length);
  const count = new Int32Array(DIGITS);
  const top = k > 1 ? 31 - Math.clz32(k - 1) : 0;
  for (let at = 0; at <= top; at += DIGIT_BITS) {
    count.fill(0);
    for (let i = 0; i < m; i++) {
      const d = ((sortedKeys[i] as number) >>> at) & (DIGITS - 1);
      count[d] = (count[d] as number) + 1;
    }
    startsOfDigits(count);
    // Two copies of the scatter on purpose: the test for carried values stays out of the loop that
    // runs over every item on every pass (ten million items, three passes at 10 M rows).
    if (carried) {
      for (let i = 0; i < m; i++) {
        const v = sortedKeys[i] as number;
        const d = (v >>> at) & (DIGITS - 1);
        const to = count[d] as number;
        count[d] = to + 1;
        spare[to] = order[i] as number;
        spareKeys[to] = v;
        spareValues[to] = values[i] as number;
      }
      [values, spareValues] = [spareValues, values];
    } else {
      for (let i = 0; i < m; i++) {
        const v = sortedKeys[i] as number;
        const d = (v >>> at) & (DIGITS - 1);
        const to = count[d] as number;
        count[d] = to + 1;
        spare[to] = order[i] as number;
        spareKeys[to] = v;
      }
    }
    [order, spare] = [spare, order];
    [sortedKeys, spareKeys] = [spareKeys, sortedKeys];
  }
  return { order, sortedKeys, carried: values };
}

/** offsets[v] = how many of the ascending `keys` are below v, for v = 0 … k. */
function runOffsets(keys: Int32Array, k: number): Int32Array {
  const offsets = new Int32Array(k + 1);
  let v = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    while (v < key) offsets[++v] = i;
  }
  while (v < k) offsets[++v] = keys.length;
  return offsets;
}
