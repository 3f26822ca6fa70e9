/**
 * countDuplicates against a brute-force count (every row that equals an earlier row in payer, payee,
 * time and amount) on small random sorted ledgers with many ties, and a hand-checked example.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ledger } from "../../core/ledger/types.ts";
import { countDuplicates } from "./duplicates.ts";

type Row = { s: number; d: number; t: number; a: number };

/** Sorted by (payer, time) as ingest leaves it; NaN times (no timestamp column) sort together. */
function ledgerOf(rows: Row[]): Ledger {
  const sorted = [...rows].sort((x, y) => x.s - y.s || (Number.isNaN(x.t) ? 0 : x.t - y.t));
  return {
    accountCount: 8,
    src: Int32Array.from(sorted, (r) => r.s),
    dst: Int32Array.from(sorted, (r) => r.d),
    ts: Float64Array.from(sorted, (r) => r.t),
    amount: Float64Array.from(sorted, (r) => r.a),
    row: Int32Array.from(sorted, (_, i) => i),
  };
}

function bruteForce(rows: Row[]): number {
  const same = (x: Row, y: Row) =>
    x.s === y.s && x.d === y.d && x.a === y.a && (x.t === y.t || (Number.isNaN(x.t) && Number.isNaN(y.t)));
  return rows.filter((r, i) => rows.slice(0, i).some((q) => same(q, r))).length;
}

describe("countDuplicates", () => {
  it("counts n − 1 per group of equal rows", () => {
    const rows: Row[] = [
      { s: 0, d: 1, t: 5, a: 10 },
      { s: 0, d: 1, t: 5, a: 10 },
      { s: 0, d: 1, t: 5, a: 10 },
      { s: 0, d: 1, t: 5, a: 11 },
      { s: 0, d: 2, t: 5, a: 10 },
      { s: 1, d: 0, t: 5, a: 10 },
      { s: 1, d: 0, t: 6, a: 10 },
    ];
    expect(countDuplicates(ledgerOf(rows))).toBe(2);
    expect(countDuplicates(ledgerOf([]))).toBe(0);
  });

  it("agrees with a brute-force count, short and long runs, with and without times", () => {
    const row = (withTimes: boolean) =>
      fc.record({
        s: fc.integer({ min: 0, max: 3 }),
        d: fc.integer({ min: 0, max: 3 }),
        t: withTimes ? fc.integer({ min: 0, max: 2 }) : fc.constant(Number.NaN),
        a: fc.constantFrom(1, 2, 2.5),
      });
    fc.assert(
      fc.property(
        fc.boolean().chain((withTimes) => fc.array(row(withTimes), { maxLength: 80 })),
        (rows) => countDuplicates(ledgerOf(rows)) === bruteForce(rows),
      ),
      { numRuns: 300 },
    );
  });
});
