/**
 * Account names interned as they are read: each distinct byte string gets the next number, and its
 * bytes are kept once. Ten million rows mean twenty million lookups, so the table is built for the
 * cache: open addressing with linear probing, four 32-bit words per slot, and a name of up to seven
 * bytes (most account codes) stored in the slot itself — packed into two words with its length — so
 * a lookup costs one cache line and no visit to the name bytes. A longer name's slot holds its hash
 * and length, and a match is confirmed against its bytes. The table doubles at half full.
 *
 * Measured on the 10 M heavy ledger (976,975 names, one thread): 4.7 s for the lookups with a slot
 * pointing into the name bytes, 1.8 s with short names in the slot.
 */

/**
 * Words per slot: the two key words, the number + 1 (0 = empty), and how many times internBatch
 * found the name — counted where the lookup already is, instead of in a separate array.
 */
const STRIDE = 4;
/** A long name's second key word: this tag in the top byte, its length below (short names have 1–7 there). */
const LONG = 0x40 << 24;

export class NameTable {
  private slots: Int32Array;
  private mask: number;
  /** Name bytes, name k in bytes[starts[k], starts[k + 1]). */
  bytes: Uint8Array;
  starts: Int32Array;
  /** Transactions paid or received by each name (set by the caller). */
  activity: Int32Array;
  count = 0;
  private used = 0;
  /** Scratch: a batch's key words and first slots, three words per name. */
  private keys = new Int32Array(3);
  /** Sum of the slots touched ahead of a batch (kept so the reads are not optimised away). */
  touched = 0;

  constructor(expectedNames = 1 << 12) {
    const slots = 1 << Math.max(4, Math.ceil(Math.log2(expectedNames * 2)));
    this.slots = new Int32Array(slots * STRIDE);
    this.mask = slots - 1;
    this.bytes = new Uint8Array(Math.max(64, expectedNames * 8));
    this.starts = new Int32Array(expectedNames + 1);
    this.activity = new Int32Array(expectedNames + 1);
  }

  /**
   * The numbers of n names at once, name i in from[starts[i], ends[i]), into out[i]. A lookup is a
   * cache miss in a table of tens of MB; asking for all the batch's slots before using any lets the
   * processor wait for the misses together instead of one after another (group prefetching: Chen,
   * Ailamaki, Gibbons and Mowry, "Improving hash join performance through prefetching", ICDE 2004).
   * Each name found counts `uses` (see settleActivity). Measured on the 10 M heavy ledger: see
   * docs/scale.md.
   */
  internBatch(
    from: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    n: number,
    out: Int32Array,
    uses = 1,
  ): void {
    if (this.keys.length < 3 * n) this.keys = new Int32Array(3 * n);
    const keys = this.keys;
    const slots = this.slots;
    let touched = 0;
    for (let i = 0; i < n; i++) {
      this.keyInto(from, starts[i] as number, ends[i] as number, 3 * i);
      touched += slots[(keys[3 * i + 2] as number) * STRIDE + 2] as number;
    }
    this.touched = touched;
    const mask = this.mask;
    for (let i = 0; i < n; i++)
      out[i] = this.find(
        3 * i,
        from,
        starts[i] as number,
        ends[i] as number,
        this.mask === mask ? -1 : 0,
        uses,
      );
  }

  /** Key words and first slot of a name into keys[at …at + 2]. */
  private keyInto(from: Uint8Array, start: number, end: number, at: number): void {
    const length = end - start;
    let a = 0;
    let b = 0;
    if (length <= 7) {
      for (let k = 0; k < length && k < 4; k++) a |= (from[start + k] as number) << (8 * k);
      for (let k = 4; k < length; k++) b |= (from[start + k] as number) << (8 * (k - 4));
      b |= length << 24;
    } else {
      a = hashBytes(from, start, end);
      b = LONG | (length & 0xffffff);
    }
    this.keys[at] = a;
    this.keys[at + 1] = b;
    this.keys[at + 2] = mix(a, b) & this.mask;
  }

  /**
   * The name whose key is keys[at …]; `rehashed` 0 when the table grew since the key was made; `uses`
   * added to the name's count of uses.
   */
  private find(
    at: number,
    from: Uint8Array,
    start: number,
    end: number,
    rehashed: number,
    uses: number,
  ): number {
    const keys = this.keys;
    const a = keys[at] as number;
    const b = keys[at + 1] as number;
    const slots = this.slots;
    const mask = this.mask;
    let slot = rehashed === 0 ? mix(a, b) & mask : (keys[at + 2] as number);
    const long = end - start > 7;
    for (;;) {
      const base = slot * STRIDE;
      const held = slots[base + 2] as number;
      if (held === 0) break;
      if (slots[base] === a && slots[base + 1] === b && (!long || this.same(held - 1, from, start, end))) {
        slots[base + 3] = (slots[base + 3] as number) + uses;
        return held - 1;
      }
      slot = (slot + 1) & mask;
    }
    const name = this.add(slot, a, b, from, start, end);
    // add() may have rehashed: the count goes where the name is now.
    if (uses !== 0) this.slots[this.slotOf(a, b, name) * STRIDE + 3] = uses;
    return name;
  }

  private slotOf(a: number, b: number, name: number): number {
    let slot = mix(a, b) & this.mask;
    while (this.slots[slot * STRIDE + 2] !== name + 1) slot = (slot + 1) & this.mask;
    return slot;
  }

  /**
   * Sets `activity` from the counts of uses internBatch kept (each name's payer and payee cells),
   * less two for each name in selfLoops[0, n) — a self-loop is no transaction of the ledger.
   */
  settleActivity(selfLoops: Int32Array, n: number): void {
    const activity = new Int32Array(this.starts.length);
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += STRIDE) {
      const held = slots[at + 2] as number;
      if (held !== 0) activity[held - 1] = slots[at + 3] as number;
    }
    for (let i = 0; i < n; i++) {
      const name = selfLoops[i] as number;
      activity[name] = (activity[name] as number) - 2;
    }
    this.activity = activity;
  }

  private same(name: number, from: Uint8Array, start: number, end: number): boolean {
    const bytes = this.bytes;
    let at = this.starts[name] as number;
    for (let k = start; k < end; k++, at++) if (bytes[at] !== from[k]) return false;
    return true;
  }

  private add(slot: number, a: number, b: number, from: Uint8Array, start: number, end: number): number {
    const name = this.count++;
    // starts needs count + 1 entries; activity is kept the same length.
    if (this.count >= this.starts.length) {
      this.starts = grownInt32(this.starts, 2 * this.count + 1);
      this.activity = grownInt32(this.activity, this.starts.length);
    }
    const offset = this.starts[name] as number;
    const length = end - start;
    if (offset + length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(2 * this.bytes.length, offset + length));
      bigger.set(this.bytes.subarray(0, offset));
      this.bytes = bigger;
    }
    this.bytes.set(from.subarray(start, end), offset);
    this.starts[name + 1] = offset + length;
    const at = slot * STRIDE;
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = name + 1;
    if (++this.used * 2 > this.mask + 1) this.rehash();
    return name;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (this.mask + 1) * 2 - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 2] === 0) continue;
      let slot = mix(old[at] as number, old[at + 1] as number) & mask;
      while (slots[slot * STRIDE + 2] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + STRIDE), slot * STRIDE);
    }
    this.slots = slots;
    this.mask = mask;
  }

  /**
   * Every name as text, by number: one decoding of all the bytes, then a slice per name (names are
   * ASCII in the fast reader, so latin1 is their UTF-8).
   */
  names(): string[] {
    const text = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.starts[this.count]).toString(
      "latin1",
    );
    const starts = this.starts;
    const out = new Array<string>(this.count);
    for (let k = 0; k < this.count; k++) out[k] = text.slice(starts[k], starts[k + 1]);
    return out;
  }
}

/** FNV-1a over the bytes (a long name's key). */
function hashBytes(from: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ (from[k] as number), 0x01000193);
  return h;
}

/** Two key words to a slot number: a multiply–xorshift finaliser (MurmurHash3's fmix32). */
function mix(a: number, b: number): number {
  let h = a ^ Math.imul(b, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function grownInt32(from: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(from);
  return grown;
}
