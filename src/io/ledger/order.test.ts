/**
 * ledgerOrder against a comparison sort by (payer, time, row) on small random ledgers in random
 * order, with ties, negative times, -0, NaN (missing) times and rows left out (self-loops, shards).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ledgerOrder } from "./order.ts";

function bruteForce(src: Int32Array, ts: Float64Array, row: Int32Array): number[] {
  const time = (i: number) => (Number.isNaN(ts[i] as number) ? Number.POSITIVE_INFINITY : (ts[i] as number));
  const nan = (i: number) => (Number.isNaN(ts[i] as number) ? 1 : 0);
  return Array.from(src, (_, i) => i).sort(
    (a, b) =>
      (src[a] as number) - (src[b] as number) ||
      nan(a) - nan(b) ||
      (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0) ||
      (row[a] as number) - (row[b] as number),
  );
}

describe("ledgerOrder", () => {
  it("sorts by payer, then time, then row, with the file rank of each row", () => {
    // Rows 0..5 of a file, row 3 left out, handed over shuffled.
    const row = Int32Array.from([4, 0, 5, 1, 2]);
    const src = Int32Array.from([1, 0, 1, 1, 0]);
    const ts = Float64Array.from([10, 30, 5, 10, 20]);
    const { order, fileRank } = ledgerOrder(src, ts, row, 2, 6);
    // Payer 0: rows 2 (t 20), 0 (t 30); payer 1: row 5 (t 5), rows 1 and 4 (t 10, file order).
    expect(Array.from(order, (i) => row[i])).toEqual([2, 0, 5, 1, 4]);
    expect(Array.from(fileRank)).toEqual([3, 0, 4, 1, 2]);
  });

  it("agrees with a comparison sort", () => {
    const ledger = fc
      .array(
        fc.record({
          s: fc.integer({ min: 0, max: 4 }),
          t: fc.oneof(
            fc.integer({ min: -3, max: 3 }),
            fc.constantFrom(-0, Number.NaN, 1e15, -1e15, 2.5),
            fc.integer({ min: 0, max: 5 }).map((k) => 1_700_000_000_000 + k * 65_536),
          ),
          keep: fc.boolean(),
        }),
        { maxLength: 60 },
      )
      .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, r) => r))));
    fc.assert(
      fc.property(ledger, ([rows, shuffled]) => {
        const picked = shuffled.filter((r) => rows[r]?.keep);
        const src = Int32Array.from(picked, (r) => rows[r]?.s ?? 0);
        const ts = Float64Array.from(picked, (r) => rows[r]?.t ?? 0);
        const row = Int32Array.from(picked);
        const { order, fileRank } = ledgerOrder(src, ts, row, 5, rows.length);
        expect(Array.from(order)).toEqual(bruteForce(src, ts, row));
        const byFile = [...picked].sort((a, b) => a - b);
        expect(Array.from(fileRank)).toEqual(picked.map((r) => byFile.indexOf(r)));
      }),
      { numRuns: 300 },
    );
  });
});
