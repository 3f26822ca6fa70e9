/**
 * The two-thread preparation must give exactly the arrays of prepareLedger on one thread — every
 * array of the prepared ledger, ticks included — on random ledgers in ingest's (payer, time, row)
 * order with ties in time, repeated pairs, self-transfers and missing times, and on ledgers in any
 * order (which stay on one thread). Windows of a day, zero (a block per instant) and infinity (one
 * block), so both ways of grouping the starts run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PreparedLedger, prepareLedger } from "../../core/ledger/prepare.ts";
import { type LedgerRow, ledgerOf, ledgerRows } from "../../testing/ledger-rows.ts";
import { prepareShared } from "./prepare-shared.ts";

/** Every typed array as a plain array, so equality compares values, not buffers. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as Int32Array | Float64Array);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Ingest's order: by payer, then time (missing times last), then row. */
const byPayerTime = (list: LedgerRow[]) =>
  list
    .map((r, i) => [r, i] as const)
    .sort(
      ([a, i], [b, j]) =>
        a[0] - b[0] || (Number.isNaN(a[2]) ? 1 : 0) - (Number.isNaN(b[2]) ? 1 : 0) || a[2] - b[2] || i - j,
    )
    .map(([r]) => r);

async function check(list: LedgerRow[], accounts: number, sorted: boolean) {
  const ledger = ledgerOf(sorted ? byPayerTime(list) : list, accounts);
  for (const [windowMs, minAmount] of [
    [86_400_000, 0],
    [0, 5],
    [Number.POSITIVE_INFINITY, 0],
  ]) {
    const options = { mode: "temporal" as const, windowMs, minAmount };
    const got: PreparedLedger = await prepareShared(ledger, options, {}, 0);
    expect(plain(got)).toEqual(plain(prepareLedger(ledger, options)));
  }
  const range = { fromMs: 1.7e12, toMs: 1.7e12 + 200 * 60_000 };
  const options = { mode: "temporal" as const, windowMs: 3_600_000 };
  expect(plain(await prepareShared(ledger, options, range, 0))).toEqual(
    plain(prepareLedger(ledger, options, range)),
  );
}

describe("prepareShared", () => {
  it("gives prepareLedger's arrays, on two threads, for ledgers in ingest's order and in any order", async () => {
    await fc.assert(
      fc.asyncProperty(ledgerRows(6, 0, 60), fc.boolean(), (list, sorted) => check(list, 6, sorted)),
      { numRuns: 6 },
    );
  }, 120_000); // a thread per preparation: seconds on a loaded machine

  it("gives prepareLedger's arrays past one radix digit of rows and accounts", async () => {
    await fc.assert(
      fc.asyncProperty(ledgerRows(5000, 2100, 2600), (list) => check(list, 5000, true)),
      { numRuns: 2, endOnFailure: true },
    );
  }, 120_000);

  it("prepares a static scan on this thread, as prepareLedger does", async () => {
    const ledger = ledgerOf(
      byPayerTime([
        [0, 1, 5, 1],
        [1, 0, 6, 1],
        [1, 2, 7, 1],
        [2, 0, 8, 1],
      ]),
      3,
    );
    const options = { mode: "static" as const, windowMs: 0 };
    expect(plain(await prepareShared(ledger, options, {}, 0))).toEqual(plain(prepareLedger(ledger, options)));
  });
});
