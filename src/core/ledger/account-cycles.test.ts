import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountPairs, combinationsOf, hopTransactions, isExactCount } from "./account-cycles.ts";
import { bruteForceLedgerCycles, countByLength } from "./brute-force.ts";
import { scanLedgerOnThisThread } from "./scan-serial.ts";
import type { CycleBatch, Ledger } from "./types.ts";

function ledgerOf(rows: readonly (readonly [number, number, number])[], accountCount: number): Ledger {
  return {
    accountCount,
    src: Int32Array.from(rows, (r) => r[0]),
    dst: Int32Array.from(rows, (r) => r[1]),
    ts: Float64Array.from(rows, (_, i) => i),
    amount: Float64Array.from(rows, (r) => r[2]),
    row: Int32Array.from(rows, (_, i) => i),
  };
}

/** The account cycles of a ledger (pair indices), found by the static search on its pair view. */
function accountCycles(ledger: Ledger, maxHops: number, minAmount?: number) {
  const view = accountPairs(ledger, minAmount === undefined ? {} : { minAmount });
  const cycles: Int32Array[] = [];
  const onCycles = (b: CycleBatch) => {
    for (let j = 0; j < b.count; j++)
      cycles.push(b.edges.slice(b.offsets[j] as number, b.offsets[j + 1] as number));
  };
  const options = {
    mode: "static" as const,
    windowMs: 0,
    maxHops,
    ...(minAmount !== undefined && { minAmount }),
  };
  scanLedgerOnThisThread(view.pairs, options, { onCycles });
  return { view, cycles };
}

describe("static account cycles", () => {
  it("counts a triangle with 2 × 3 × 1 parallel payments as one cycle of 6 combinations", () => {
    // A→B twice (0, 1), B→C three times (2, 3, 4), C→A once (5), and a self-loop (6) left out.
    const ledger = ledgerOf(
      [
        [0, 1, 10],
        [0, 1, 11],
        [1, 2, 5],
        [1, 2, 6],
        [1, 2, 7],
        [2, 0, 9],
        [0, 0, 9],
      ],
      3,
    );
    const { view, cycles } = accountCycles(ledger, 6);
    expect(cycles).toHaveLength(1);
    const cycle = cycles[0] as Int32Array;
    expect(combinationsOf(cycle, view.parallel)).toBe(6);
    expect(hopTransactions(view, cycle).map((hop) => Array.from(hop))).toEqual([[0, 1], [2, 3, 4], [5]]);
    expect(bruteForceLedgerCycles(ledger, { mode: "static", windowMs: 0, maxHops: 6 })).toHaveLength(6);
  });

  it("folds only the transactions the scan keeps (no self-loops, none below the minimum amount)", () => {
    const ledger = ledgerOf(
      [
        [0, 1, 10],
        [0, 1, 1],
        [1, 0, 10],
        [1, 1, 10],
      ],
      2,
    );
    expect(Array.from(accountPairs(ledger, {}).parallel)).toEqual([2, 1]);
    expect(Array.from(accountPairs(ledger, { minAmount: 5 }).parallel)).toEqual([1, 1]);
  });

  it("says when a count passes 2^53", () => {
    expect(isExactCount(2 ** 53 - 1)).toBe(true);
    expect(isExactCount(2 ** 53 + 2)).toBe(false);
  });

  it("sums, over the account cycles, to the brute force's transaction cycles on random multigraphs", () => {
    const rows = fc.array(fc.tuple(fc.nat(4), fc.nat(4), fc.constantFrom(50, 100)), { maxLength: 14 });
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom(2, 3, 4, 5),
        fc.option(fc.constant(80), { nil: undefined }),
        (r, hops, min) => {
          const ledger = ledgerOf(r, 5);
          const { view, cycles } = accountCycles(ledger, hops, min);
          const brute = bruteForceLedgerCycles(ledger, {
            mode: "static",
            windowMs: 0,
            maxHops: hops,
            ...(min !== undefined && { minAmount: min }),
          });
          // Same total, and the same count at every length.
          const byLength: number[] = [];
          let total = 0;
          for (const c of cycles) {
            const k = combinationsOf(c, view.parallel);
            total += k;
            byLength[c.length] = (byLength[c.length] ?? 0) + k;
          }
          expect(total).toBe(brute.length);
          expect(Array.from(byLength, (x) => x ?? 0)).toEqual(countByLength(brute));
          // Every transaction cycle of the brute force is one choice of payment per hop of an account cycle.
          const choices = new Set<string>();
          for (const c of cycles) {
            let partial: number[][] = [[]];
            for (const hop of hopTransactions(view, c))
              partial = partial.flatMap((p) => Array.from(hop, (e) => [...p, e]));
            for (const p of partial) choices.add(p.join(","));
          }
          expect(new Set(brute.map((c) => c.join(",")))).toEqual(choices);
        },
      ),
      { numRuns: 300 },
    );
  });
});
