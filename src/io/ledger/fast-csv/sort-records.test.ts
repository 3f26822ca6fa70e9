/**
 * The radix-partitioned sort against a comparison sort of the same rows by (payer, time, file row),
 * on random records over many blocks (up to 3,000 accounts: three blocks of 1,024 payers), with
 * hubs (long runs sorted by radix) and equal times (kept in file order).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedFloat64 } from "../shared-arrays.ts";
import { type RangeColumns, RECORD, recordWords } from "./range-columns.ts";
import { sortIntoLedger } from "./sort-records.ts";

type Row = { payer: number; payee: number; ts: number; amount: number };

/** A range holding `rows` as records, names numbered as accounts (the identity map below). */
function range(rows: Row[]): RangeColumns {
  const records = sharedFloat64(rows.length * RECORD.doubles);
  const words = recordWords(records);
  rows.forEach((r, k) => {
    records[k * RECORD.doubles + RECORD.ts] = r.ts;
    records[k * RECORD.doubles + RECORD.amount] = r.amount;
    words[k * RECORD.words + RECORD.src] = r.payer;
    words[k * RECORD.words + RECORD.dst] = r.payee;
    words[k * RECORD.words + RECORD.row] = k;
  });
  const none = new Int32Array(0);
  return {
    ok: true,
    rows: rows.length,
    kept: rows.length,
    minTs: 0,
    maxTs: 0,
    records,
    names: { bytes: new Uint8Array(0), starts: none, activity: none, count: 0 },
    idBytes: null,
    idEnds: null,
    idWhole: false,
    idValues: null,
  };
}

describe("sortIntoLedger", () => {
  it("orders rows of one or two ranges by (payer, time, file row), as a comparison sort does", () => {
    const accounts = fc.integer({ min: 2, max: 3000 });
    const input = accounts.chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(
          fc.record({
            // Skewed payers: a few hubs with long runs, many accounts with one or two rows.
            payer: fc.oneof(
              fc.integer({ min: 0, max: Math.min(2, n - 1) }),
              fc.integer({ min: 0, max: n - 1 }),
            ),
            payee: fc.integer({ min: 0, max: n - 1 }),
            ts: fc.integer({ min: 0, max: 40 }).map((t) => 1.7e12 + t * 60_000),
            amount: fc.integer({ min: 1, max: 1e6 }).map((a) => a / 100),
          }),
          { minLength: 1, maxLength: 600 },
        ),
        fc.integer({ min: 0, max: 600 }),
      ),
    );
    fc.assert(
      fc.property(input, ([n, rows, cut]) => {
        const split = Math.min(cut, rows.length);
        const parts = split > 0 && split < rows.length ? [rows.slice(0, split), rows.slice(split)] : [rows];
        const identity = Int32Array.from({ length: n }, (_, k) => k);
        const ledger = sortIntoLedger(
          parts.map(range),
          parts.map(() => identity),
          n,
        );
        const expected = rows
          .map((r, row) => ({ ...r, row }))
          .sort((a, b) => a.payer - b.payer || a.ts - b.ts || a.row - b.row);
        expect(ledger.accountCount).toBe(n);
        expect(Array.from(ledger.src)).toEqual(expected.map((r) => r.payer));
        expect(Array.from(ledger.dst)).toEqual(expected.map((r) => r.payee));
        expect(Array.from(ledger.ts)).toEqual(expected.map((r) => r.ts));
        expect(Array.from(ledger.amount)).toEqual(expected.map((r) => r.amount));
        expect(Array.from(ledger.row)).toEqual(expected.map((r) => r.row));
      }),
      { numRuns: 300 },
    );
  });
});
