import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bruteForceLedgerCycles } from "./brute-force.ts";
import { batchCycles } from "./cycle-tally.ts";
import { scanLedgerOnThisThread } from "./scan-serial.ts";
import type { Ledger, ScanOptions } from "./types.ts";

// The prune stores closing times exactly for up to 8 hop budgets; above that the last level is shared
// and only the accounts that changed in a round are rewritten. These cycles are long enough to run
// those rounds (11 accounts and more, up to 13 hops), which the brute-force properties of
// ledger-search.test.ts, on 5 accounts, never reach.

const key = (c: ArrayLike<number>) => Array.from(c).join(",");

/** A ring 0 → 1 → … → size − 1 → 0 at rising times, plus other payments at random times. */
const longRings = fc
  .record({
    size: fc.integer({ min: 10, max: 13 }),
    extra: fc.array(fc.tuple(fc.nat(12), fc.nat(12), fc.nat(40)), { maxLength: 24 }),
    gaps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 13, maxLength: 13 }),
  })
  .map(({ size, extra, gaps }): Ledger => {
    const rows: [number, number, number][] = [];
    let time = 0;
    for (let a = 0; a < size; a++) {
      time += gaps[a] as number;
      rows.push([a, (a + 1) % size, time]);
    }
    for (const [a, b, t] of extra) rows.push([a % size, b % size, t]);
    return {
      accountCount: size,
      src: Int32Array.from(rows, (r) => r[0]),
      dst: Int32Array.from(rows, (r) => r[1]),
      ts: Float64Array.from(rows, (r) => r[2]),
      amount: Float64Array.from(rows, () => 100),
      row: Int32Array.from(rows, (_, i) => i),
    };
  });

describe("temporal search, more hops than stored closing-time levels", () => {
  it("finds exactly the brute-force cycles", () => {
    const options = fc.record({
      windowMs: fc.constantFrom(12, 20, 30, Number.POSITIVE_INFINITY),
      maxHops: fc.constantFrom(10, 11, 12, Number.POSITIVE_INFINITY),
    });
    fc.assert(
      fc.property(longRings, options, (ledger, o) => {
        const opts: ScanOptions = { mode: "temporal", ...o };
        const found: string[] = [];
        scanLedgerOnThisThread(ledger, opts, {
          batchCycles: 4,
          onCycles: (b) => {
            for (const c of batchCycles(b)) found.push(key(c));
          },
        });
        const expected = bruteForceLedgerCycles(ledger, opts).map(key).sort();
        expect(found.sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
