/**
 * What a byte range of a CSV ledger reads to (parse-range.ts): its rows as 32-byte records, its
 * names, its ids — the shape the fast reader's two threads hand each other.
 */

export type RangeColumns = {
  ok: true;
  /** Data rows in the range, and those kept (rows − self-loops). */
  rows: number;
  kept: number;
  minTs: number;
  maxTs: number;
  /**
   * One 32-byte record per kept row (RECORD): time and amount as doubles; payer, payee (numbers in
   * `names`) and the row's index among the range's rows as 32-bit words. Rows, not columns, because
   * the assembly reads them in sorted order, at random: one cache line per row, not five.
   */
  records: Float64Array;
  names: { bytes: Uint8Array; starts: Int32Array; activity: Int32Array; count: number };
  /** Every row's id, a line break after each; entry k ends before idEnds[k] (null: no id column). */
  idBytes: Uint8Array | null;
  idEnds: Float64Array | null;
  /**
   * No kept row's id is other than a whole number (ingest.ts's WHOLE_NUMBER); then idValues holds
   * every row's id value (−1 where it is not whole: a self-loop's).
   */
  idWhole: boolean;
  idValues: Float64Array | null;
};

/** Bytes read so far go to done[slot] after each block; onBlock, if given, is called then. */
export type RangeProgress = { done: Float64Array; slot: number; onBlock?: () => void };

/**
 * A record's places: doubles at 4k + ts and 4k + amount, 32-bit words at 8k + src, dst, row; the last
 * word is free (the sort keeps the payer's account number there).
 */
export const RECORD = { doubles: 4, ts: 0, amount: 1, words: 8, src: 4, dst: 5, row: 6, payer: 7 } as const;

/** A range's records as 32-bit words. */
export function recordWords(records: Float64Array): Int32Array {
  return new Int32Array(records.buffer, records.byteOffset, records.length * 2);
}

export type RangeResult = RangeColumns | { ok: false; reason: string; row: number };

/** The buffers of a range's ids, to move them to another thread instead of copying them. */
export function rangeTransfers(range: RangeColumns): ArrayBuffer[] {
  // Records and names are on shared memory (both threads work on them): shared, not moved.
  const views: { buffer: ArrayBufferLike }[] = [];
  if (range.idBytes) views.push(range.idBytes);
  if (range.idEnds) views.push(range.idEnds);
  if (range.idValues) views.push(range.idValues);
  const buffers = views.map((v) => v.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return [...new Set(buffers)];
}
