/**
 * The account table of the plain-CSV fast path (fast-csv-parse.ts): names as byte ranges, numbered
 * 0, 1, … in order of first sight, each with its count of transactions. Open addressing with linear
 * probing, at most half full.
 */

export class NameTable {
  slots: Int32Array;
  nameOffsets: Int32Array;
  names: Uint8Array;
  count: number;
  /** Where the last intern found or put its name. */
  private lastSlot = -1;

  constructor(
    slots: Int32Array = new Int32Array(4 << 16),
    names: Uint8Array = new Uint8Array(1 << 18),
    nameOffsets: Int32Array = new Int32Array((1 << 15) + 1),
    count = 0,
  ) {
    this.slots = slots;
    this.names = names;
    this.nameOffsets = nameOffsets;
    this.count = count;
  }

  /** Adds delta to the count of the name the last intern found or put. */
  addToLast(delta: number): void {
    const at = this.lastSlot + 1;
    this.slots[at] = (this.slots[at] as number) + delta;
  }

  /**
   * The account number of the name bytes[s, e), a new one the first time the name is seen; counts
   * one transaction for it. A slot of the table is [number + 1, transactions, key, key]: a name of up
   * to 7 bytes is its own key (bytes and length), so a lookup reads one slot and nothing else; a
   * longer name's key is its hash and length, and a match is confirmed on its bytes.
   */
  intern(bytes: Uint8Array, s: number, e: number): number {
    const length = e - s;
    let w0 = 0;
    let w1 = 0;
    if (length <= 7) {
      for (let i = 0; i < length; i++) {
        const b = bytes[s + i] as number;
        if (i < 4) w0 |= b << (8 * i);
        else w1 |= b << (8 * (i - 4));
      }
      w1 |= length << 24;
    } else {
      w0 = 0x811c9dc5 | 0;
      for (let i = s; i < e; i++) w0 = Math.imul(w0 ^ (bytes[i] as number), 0x01000193);
      w1 = 0x80000000 | length;
    }
    if (8 * (this.count + 1) > this.slots.length) this.rehash();
    const table = this.slots;
    const mask = (table.length >> 2) - 1;
    let slot = slotOf(w0, w1) & mask;
    for (;;) {
      const at = slot << 2;
      const found = table[at] as number;
      if (found === 0) break;
      if (
        table[at + 2] === w0 &&
        table[at + 3] === w1 &&
        (length <= 7 || this.sameName(found - 1, bytes, s, e))
      ) {
        table[at + 1] = (table[at + 1] as number) + 1;
        this.lastSlot = at;
        return found - 1;
      }
      slot = (slot + 1) & mask;
    }
    const k = this.count++;
    if (k + 1 >= this.nameOffsets.length - 1)
      this.nameOffsets = grown(this.nameOffsets, 2 * this.nameOffsets.length);
    const from = this.nameOffsets[k] as number;
    if (from + length > this.names.length) this.names = grown(this.names, from + length);
    for (let i = 0; i < length; i++) this.names[from + i] = bytes[s + i] as number;
    this.nameOffsets[k + 1] = from + length;
    const at = slot << 2;
    table[at] = k + 1;
    table[at + 1] = 1;
    table[at + 2] = w0;
    table[at + 3] = w1;
    this.lastSlot = at;
    return k;
  }

  private sameName(k: number, bytes: Uint8Array, s: number, e: number): boolean {
    const from = this.nameOffsets[k] as number;
    if ((this.nameOffsets[k + 1] as number) - from !== e - s) return false;
    for (let i = 0; i < e - s; i++) if (this.names[from + i] !== bytes[s + i]) return false;
    return true;
  }

  /** The table at twice the slots. */
  private rehash(): void {
    const old = this.slots;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 2) - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0) continue;
      let slot = slotOf(old[at + 2] as number, old[at + 3] as number) & mask;
      while (table[slot << 2] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(at, at + 4), slot << 2);
    }
    this.slots = table;
    this.lastSlot = -1;
  }

  /** Transactions of each account, from the table. */
  activity(): Int32Array {
    const activity = new Int32Array(this.count);
    const table = this.slots;
    for (let at = 0; at < table.length; at += 4)
      if (table[at] !== 0) activity[(table[at] as number) - 1] = table[at + 1] as number;
    return activity;
  }
}

/** A slot for the key (w0, w1): a multiplicative mix of both words (constants of MurmurHash3's finaliser). */
function slotOf(w0: number, w1: number): number {
  let h = Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A copy of `array` at least `atLeast` long (twice as long at least). */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
