/**
 * Small random ledgers as rows, for the tests that hold ledger preparation (one thread or two) to its
 * documented orders: repeated pairs and self-transfers (accounts drawn from a few), ties in time
 * (whole minutes), missing times, and times at the edges of the range.
 */
import fc from "fast-check";
import type { Ledger } from "../core/ledger/types.ts";

export type LedgerRow = [src: number, dst: number, ts: number, amount: number];

/** The ledger of `rows`, in their order, each row its own ledger row. */
export function ledgerOf(rows: readonly LedgerRow[], accountCount: number): Ledger {
  return {
    accountCount,
    src: Int32Array.from(rows, (r) => r[0]),
    dst: Int32Array.from(rows, (r) => r[1]),
    ts: Float64Array.from(rows, (r) => r[2]),
    amount: Float64Array.from(rows, (r) => r[3]),
    row: Int32Array.from(rows, (_, i) => i),
  };
}

/** Between minLength and maxLength rows over `accounts` accounts. */
export const ledgerRows = (accounts: number, minLength: number, maxLength: number) =>
  fc.array(
    fc.tuple(
      fc.nat(accounts - 1),
      fc.nat(accounts - 1),
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: -50, max: 400 }).map((m) => 1.7e12 + m * 60_000) },
        { weight: 1, arbitrary: fc.constantFrom(0, -0, -1e15, 1e15, 0.5) },
        { weight: 1, arbitrary: fc.constant(Number.NaN) },
      ),
      fc.constantFrom(1, 5, 10, 99.5),
    ),
    { minLength, maxLength },
  );
