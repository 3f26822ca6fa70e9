/**
 * The ranges' records (parse-range.ts) into the ledger's columns in (payer, time, file row) order, on
 * shared memory for the scan's threads.
 *
 * Ten million 32-byte records in file order are at random with respect to the payer, and moving each
 * one straight to its place costs a cache miss and a TLB miss per record (1.7 s measured on the 10 M
 * heavy ledger). So the sort is cache-conscious, as a radix-partitioned sort (Satish et al., "Fast
 * sort on CPUs and GPUs: a case for bandwidth oblivious SIMD sort", SIGMOD 2010; Polychroniou and
 * Ross, "A comprehensive study of main-memory partitioning and its application to large-scale
 * comparison- and radix-sort", SIGMOD 2014): one pass scatters the records to about a thousand
 * blocks by the payer's high bits (a thousand write streams, each written in order), then each block
 * — a few hundred KB, in cache — is ordered by its payers' low bits and each payer's rows by time,
 * and written to the columns in order. Both steps are stable, and the records arrive in file order,
 * so equal times keep file order.
 */
import { orderByFloatKey } from "../../../core/ledger/radix-order.ts";
import type { Ledger } from "../../../core/ledger/types.ts";
// Not from duckdb.ts: this module runs in the reader's worker thread, which must not load DuckDB.
import { sharedFloat64, sharedInt32 } from "../shared-arrays.ts";
import { type RangeColumns, RECORD, recordWords } from "./range-columns.ts";

/** Payers per block: the low bits sorted inside a block. */
const FINE_BITS = 10;

/** The whole sort on this thread (small files, tests); read-fast.ts splits the same steps over two. */
export function sortIntoLedger(
  ranges: readonly RangeColumns[],
  accountOf: readonly Int32Array[],
  accountCount: number,
): Ledger {
  const blocks = blockCount(accountCount);
  let rowBase = 0;
  const counts = ranges.map((range, r) => {
    const counted = mapRecords(range.records, range.kept, accountOf[r] as Int32Array, rowBase, blocks);
    rowBase += range.rows;
    return counted;
  });
  const { blockStart, next } = placeBlocks(counts);
  const space = sortSpace(blockStart[blocks] as number);
  ranges.forEach((range, r) => {
    scatterRecords(range.records, range.kept, space.blocked, next[r] as Int32Array);
  });
  const ledger = { accountCount, ...space.columns };
  writeBlocks(space.blocked, blockStart, blockClaim(), ledger);
  return ledger;
}

export function blockCount(accountCount: number): number {
  return (accountCount >> FINE_BITS) + 1;
}

/**
 * Step 1, on one range's records: payer and payee to account numbers (in place: the payer in the
 * spare word), the row to the file's (rowBase + its index in the range); returns the range's count
 * of records per block.
 */
export function mapRecords(
  records: Float64Array,
  kept: number,
  account: Int32Array,
  rowBase: number,
  blocks: number,
): Int32Array {
  const words = recordWords(records);
  const counts = new Int32Array(blocks);
  for (let k = 0; k < kept; k++) {
    const at = k * RECORD.words;
    const payer = account[words[at + RECORD.src] as number] as number;
    words[at + RECORD.payer] = payer;
    words[at + RECORD.dst] = account[words[at + RECORD.dst] as number] as number;
    words[at + RECORD.row] = (words[at + RECORD.row] as number) + rowBase;
    const block = payer >> FINE_BITS;
    counts[block] = (counts[block] as number) + 1;
  }
  return counts;
}

/**
 * Where each block starts, and where each range's records of each block go: a block holds the first
 * range's records, then the second's, so file order is kept within a block.
 */
export function placeBlocks(counts: readonly Int32Array[]): { blockStart: Int32Array; next: Int32Array[] } {
  const blocks = (counts[0] as Int32Array).length;
  const blockStart = new Int32Array(blocks + 1);
  const next = counts.map(() => new Int32Array(blocks));
  let at = 0;
  for (let b = 0; b < blocks; b++) {
    blockStart[b] = at;
    counts.forEach((count, r) => {
      (next[r] as Int32Array)[b] = at;
      at += count[b] as number;
    });
  }
  blockStart[blocks] = at;
  return { blockStart, next };
}

/** Where the sort writes: room for every record by block, and the ledger's columns (shared memory). */
export type SortSpace = { blocked: Int32Array; columns: Omit<Ledger, "accountCount"> };

export function sortSpace(m: number): SortSpace {
  return {
    blocked: new Int32Array(new SharedArrayBuffer(Math.max(1, m) * RECORD.words * 4), 0, m * RECORD.words),
    columns: {
      src: sharedInt32(m),
      dst: sharedInt32(m),
      ts: sharedFloat64(m),
      amount: sharedFloat64(m),
      row: sharedInt32(m),
    },
  };
}

/**
 * One write per 4 KB page of the space, so the pages exist before the sort needs them: on the thread
 * that would otherwise wait while the other numbers the accounts (a page's first touch is a fault, and
 * a costly one on a VM that hands free memory back to its host; docs/scale.md).
 */
export function touchPages(space: SortSpace): void {
  const arrays = [space.blocked, ...Object.values(space.columns)] as (Int32Array | Float64Array)[];
  for (const array of arrays) {
    const step = 4096 / array.BYTES_PER_ELEMENT;
    for (let i = 0; i < array.length; i += step) array[i] = 0;
  }
}

/** Step 2, on one range's records: each to its block, in file order; `next` is advanced. */
export function scatterRecords(
  records: Float64Array,
  kept: number,
  blocked: Int32Array,
  next: Int32Array,
): void {
  const words = recordWords(records);
  for (let k = 0; k < kept; k++) {
    const from = k * RECORD.words;
    const block = (words[from + RECORD.payer] as number) >> FINE_BITS;
    const to = (next[block] as number) * RECORD.words;
    next[block] = (next[block] as number) + 1;
    for (let w = 0; w < RECORD.words; w++) blocked[to + w] = words[from + w] as number;
  }
}

/**
 * Step 3: blocks sorted and written to the ledger's columns at their places, each block claimed from
 * `claim[0]` (shared by the threads that call this at once, 0 at first): a thread takes the next block
 * when it is done with its last, so the threads finish together however unequal the blocks (the first,
 * the busiest accounts', is by far the largest and is taken first). The result does not depend on
 * which thread wrote which block.
 */
export function writeBlocks(
  blocked: Int32Array,
  blockStart: Int32Array,
  claim: Int32Array,
  ledger: Ledger,
): void {
  const doubles = new Float64Array(blocked.buffer, blocked.byteOffset, blocked.length / 2);
  const scratch = new BlockScratch();
  const blocks = blockStart.length - 1;
  for (let b = Atomics.add(claim, 0, 1); b < blocks; b = Atomics.add(claim, 0, 1))
    writeBlock(blocked, doubles, blockStart[b] as number, blockStart[b + 1] as number, ledger, scratch);
}

/** A shared counter for writeBlocks. */
export function blockClaim(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Arrays reused from one block to the next. */
class BlockScratch {
  /** A block's record numbers and their times, in (payer, time) order once sorted. */
  order = new Int32Array(0);
  keys = new Float64Array(0);
  /** A long run's positions and record numbers while it is sorted. */
  items = new Int32Array(0);
  run = new Int32Array(0);
  count = new Int32Array((1 << FINE_BITS) + 1);
  runStart = new Int32Array((1 << FINE_BITS) + 1);
  ensure(n: number): void {
    if (this.order.length >= n) return;
    this.order = new Int32Array(n * 2);
    this.keys = new Float64Array(n * 2);
    this.items = new Int32Array(n * 2);
    this.run = new Int32Array(n * 2);
  }
}

/**
 * Block [start, end) of `blocked` sorted by (payer, time), stable, and written to the columns there:
 * a stable counting sort by the payer's low bits (the block holds one value of the high bits), then
 * each payer's run by time — by insertion when short (most accounts have a few transactions), by a
 * radix sort when long (the hubs).
 */
function writeBlock(
  words: Int32Array,
  doubles: Float64Array,
  start: number,
  end: number,
  ledger: Ledger,
  scratch: BlockScratch,
): void {
  const n = end - start;
  if (n === 0) return;
  scratch.ensure(n);
  const { count, order, keys } = scratch;
  const fine = (1 << FINE_BITS) - 1;
  count.fill(0);
  for (let k = start; k < end; k++) {
    const p = ((words[k * RECORD.words + RECORD.payer] as number) & fine) + 1;
    count[p] = (count[p] as number) + 1;
  }
  for (let p = 0; p < fine + 1; p++) count[p + 1] = (count[p + 1] as number) + (count[p] as number);
  const runStart = scratch.runStart;
  runStart.set(count);
  // Each record's time travels with it, so the runs are sorted without reading the records again.
  for (let k = start; k < end; k++) {
    const p = (words[k * RECORD.words + RECORD.payer] as number) & fine;
    const at = count[p] as number;
    order[at] = k;
    keys[at] = doubles[k * RECORD.doubles + RECORD.ts] as number;
    count[p] = at + 1;
  }
  for (let p = 0; p <= fine; p++) {
    const from = runStart[p] as number;
    const to = runStart[p + 1] as number;
    if (to - from <= SHORT_RUN) insertionByTime(order, keys, from, to);
    else radixByTime(order, keys, from, to, scratch);
  }
  for (let i = 0; i < n; i++) {
    const k = order[i] as number;
    const w = k * RECORD.words;
    const d = k * RECORD.doubles;
    const at = start + i;
    ledger.src[at] = words[w + RECORD.payer] as number;
    ledger.dst[at] = words[w + RECORD.dst] as number;
    ledger.row[at] = words[w + RECORD.row] as number;
    ledger.ts[at] = doubles[d + RECORD.ts] as number;
    ledger.amount[at] = doubles[d + RECORD.amount] as number;
  }
}

/** Runs up to this long are sorted by insertion (about SHORT_RUN² / 4 moves at worst). */
const SHORT_RUN = 96;

/** order[from, to) and its times keys[from, to) by time, stable. */
function insertionByTime(order: Int32Array, keys: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const k = order[i] as number;
    const t = keys[i] as number;
    let j = i - 1;
    while (j >= from && (keys[j] as number) > t) {
      order[j + 1] = order[j] as number;
      keys[j + 1] = keys[j] as number;
      j--;
    }
    order[j + 1] = k;
    keys[j + 1] = t;
  }
}

function radixByTime(
  order: Int32Array,
  keys: Float64Array,
  from: number,
  to: number,
  scratch: BlockScratch,
): void {
  const n = to - from;
  const items = scratch.items.subarray(0, n);
  for (let i = 0; i < n; i++) items[i] = i;
  const sorted = orderByFloatKey(items, keys.subarray(from, to));
  const run = scratch.run.subarray(0, n);
  run.set(order.subarray(from, to));
  for (let i = 0; i < n; i++) order[from + i] = run[sorted[i] as number] as number;
}
