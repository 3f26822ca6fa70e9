/**
 * The six scalar columns of a row group for parquet-direct.ts, as cycle-record.ts defines them: cycle
 * number, length, the span from the earliest to the latest time (none when one is missing), the
 * duration in seconds, and the retained share when the first amount is positive (−0 written as 0).
 * Each column is its definition levels, then the present values: cycle numbers delta-coded when they
 * run one by one, lengths by a small dictionary, the rest plain.
 */
import type { CycleBatch, Ledger } from "../../core/ledger/types.ts";
import type { ByteSink } from "./byte-sink.ts";
import {
  Encoding,
  indexWidth,
  type Page,
  type PageOf,
  PageType,
  putBitPacked,
  putInt64,
  putLevels,
  putRun,
  putVarint,
  setMicros,
  timed,
} from "./parquet-pages.ts";

/** A batch held for the row group, with the number of its first cycle. */
export type HeldBatch = { batch: CycleBatch; first: number };

/**
 * The six scalar columns' page bodies (definition levels, then the present values), as cycle-record.ts
 * defines them: the span from the earliest to the latest time (none when one is missing), the
 * duration in seconds, and the retained share when the first amount is positive (−0 written as 0).
 */
export function scalarPages(
  held: readonly HeldBatch[],
  rows: number,
  ledger: Ledger,
  out: ByteSink,
  page: PageOf,
): Page[][] {
  const { ts, amount } = ledger;
  const valid = [new Int32Array(rows), new Int32Array(rows), new Int32Array(rows)];
  const [spanValid, durationValid, retainedValid] = valid as [Int32Array, Int32Array, Int32Array];
  const first = new Float64Array(rows);
  const last = new Float64Array(rows);
  const duration = new Float64Array(rows);
  const retained = new Float64Array(rows);
  const length = new Int32Array(rows);
  const numbers = new Float64Array(rows);
  // How many rows have a value, per column: all of them is the common case (one RLE run of levels).
  let spans = 0;
  let durations = 0;
  let retainedShares = 0;
  let r = 0;
  for (const { batch, first: number } of held)
    for (let j = 0; j < batch.count; j++, r++) {
      const from = batch.offsets[j] as number;
      const to = batch.offsets[j + 1] as number;
      let firstTs = Number.POSITIVE_INFINITY;
      let lastTs = Number.NEGATIVE_INFINITY;
      for (let p = from; p < to; p++) {
        const t = ts[batch.edges[p] as number] as number;
        firstTs = Math.min(firstTs, t);
        lastTs = Math.max(lastTs, t);
      }
      numbers[r] = number + j;
      length[r] = to - from;
      const spanned = timed(firstTs) && timed(lastTs);
      spanValid[r] = spanned ? 1 : 0;
      spans += spanValid[r] as number;
      first[r] = Math.trunc(firstTs);
      last[r] = Math.trunc(lastTs);
      const seconds = (lastTs - firstTs) / 1000;
      duration[r] = seconds;
      durationValid[r] = Number.isFinite(seconds) ? 1 : 0;
      durations += durationValid[r] as number;
      const firstAmount = amount[batch.edges[from] as number] as number;
      const share = (amount[batch.edges[to - 1] as number] as number) / firstAmount + 0;
      retained[r] = share;
      retainedValid[r] = firstAmount > 0 && Number.isFinite(share) ? 1 : 0;
      retainedShares += retainedValid[r] as number;
    }
  const levels = (present: Int32Array, count: number) => {
    putLevels(out, () => (count === rows ? putRun(out, rows, 1) : putBitPacked(out, present, rows, 1)));
  };
  const micros = (present: Int32Array, count: number, values: Float64Array) => {
    levels(present, count);
    putMicrosColumn(out, values, present);
    return [page(PageType.data, out.take(), rows, Encoding.plain)];
  };
  const doubles = (present: Int32Array, count: number, values: Float64Array) => {
    levels(present, count);
    putDoubles(out, values, present, count === rows);
    return [page(PageType.data, out.take(), rows, Encoding.plain)];
  };
  return [
    cycleNumbers(numbers, out, page) ?? plainNumbers(numbers, out, page),
    lengths(length, out, page),
    micros(spanValid, spans, first),
    micros(spanValid, spans, last),
    doubles(durationValid, durations, duration),
    doubles(retainedValid, retainedShares, retained),
  ];
}

/** The present whole-millisecond times as int64 microseconds (putMicros), in one loop. */
function putMicrosColumn(out: ByteSink, values: Float64Array, present: Int32Array): void {
  const rows = values.length;
  out.room(rows * 8);
  const view = out.view;
  let at = out.at;
  for (let k = 0; k < rows; k++) {
    if (present[k] !== 1) continue;
    setMicros(view, at, values[k] as number);
    at += 8;
  }
  out.at = at;
}

/** Whether this machine stores a Float64Array little-endian, as Parquet's PLAIN doubles are. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** The present values as PLAIN doubles: all of them in one copy of their bytes when none is missing. */
function putDoubles(out: ByteSink, values: Float64Array, present: Int32Array, all: boolean): void {
  const rows = values.length;
  if (LITTLE_ENDIAN && all) {
    out.copy(new Uint8Array(values.buffer, values.byteOffset, rows * 8), 0, rows * 8);
    return;
  }
  out.room(rows * 8);
  const view = out.view;
  let at = out.at;
  for (let k = 0; k < rows; k++)
    if (present[k] === 1) {
      view.setFloat64(at, values[k] as number, true);
      at += 8;
    }
  out.at = at;
}

/** Cycle numbers that do not run one by one: PLAIN int64 (not so numbered by the writer thread). */
function plainNumbers(numbers: Float64Array, out: ByteSink, page: PageOf): Page[] {
  putLevels(out, () => putRun(out, numbers.length, 1));
  for (const n of numbers) putInt64(out, n);
  return [page(PageType.data, out.take(), numbers.length, Encoding.plain)];
}

/**
 * The cycle numbers when they run one by one (as the writer thread numbers them): DELTA_BINARY_PACKED
 * (Encodings) with every delta 1 is its header, the first number, and per block of 128 values the
 * minimum delta and four zero bit widths — a few bytes for the whole row group. Else null (plain).
 */
function cycleNumbers(numbers: Float64Array, out: ByteSink, page: PageOf): Page[] | null {
  const rows = numbers.length;
  const first = numbers[0] as number;
  for (let k = 1; k < rows; k++) if (numbers[k] !== first + k) return null;
  putLevels(out, () => putRun(out, rows, 1));
  putVarint(out, 128); // values per block
  putVarint(out, 4); // miniblocks per block
  putVarint(out, rows);
  putVarint(out, 2 * first); // zigzag of a non-negative number
  for (let block = 0; block < Math.ceil((rows - 1) / 128); block++) {
    putVarint(out, 2); // zigzag of the minimum delta, 1
    out.room(4);
    for (let m = 0; m < 4; m++) out.buf[out.at++] = 0;
  }
  return [page(PageType.data, out.take(), rows, Encoding.deltaBinaryPacked)];
}

/** Cycle lengths by dictionary: the dictionary is 0 … the longest, so a length is its own index. */
function lengths(length: Int32Array, out: ByteSink, page: PageOf): Page[] {
  const rows = length.length;
  let longest = 0;
  for (let k = 0; k < rows; k++) longest = Math.max(longest, length[k] as number);
  out.room(4 * (longest + 1));
  for (let k = 0; k <= longest; k++) {
    out.view.setInt32(out.at, k, true);
    out.at += 4;
  }
  const dictionary = page(PageType.dictionary, out.take(), longest + 1, Encoding.plain);
  putLevels(out, () => putRun(out, rows, 1));
  const width = indexWidth(longest + 1);
  out.room(1);
  out.buf[out.at++] = width;
  putBitPacked(out, length, rows, width);
  return [dictionary, page(PageType.data, out.take(), rows, Encoding.rleDictionary)];
}
