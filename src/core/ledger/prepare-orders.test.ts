/**
 * The orders prepareLedger builds, against comparison sorts written out plainly: the radix passes, the
 * shortcut for input already in key order and the one for a ledger already in (payer, time) order (as
 * ingest gives it) must all give the same arrays as sorting by the documented keys. Ledgers past
 * SMALL transactions and with more accounts than one 11-bit digit holds, so every radix path runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Adjacency, blockMs, blockOf, prepareLedger } from "./prepare.ts";
import { SMALL } from "./radix-order.ts";
import type { Ledger, ScanMode } from "./types.ts";

type Row = [src: number, dst: number, ts: number, amount: number];

const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

function ledgerOf(rows: readonly Row[], accountCount: number): Ledger {
  return {
    accountCount,
    src: Int32Array.from(rows, (r) => r[0]),
    dst: Int32Array.from(rows, (r) => r[1]),
    ts: Float64Array.from(rows, (r) => r[2]),
    amount: Float64Array.from(rows, (r) => r[3]),
    row: Int32Array.from(rows, (_, i) => i),
  };
}

/** The adjacency of `order` (ledger indices), `other` the account at the far end, with its runs. */
function adjacency(ledger: Ledger, order: number[], other: Int32Array, runsBy?: Int32Array) {
  const runs: number[] = [];
  if (runsBy) {
    const count = new Array<number>(ledger.accountCount + 1).fill(0);
    for (const e of order)
      count[(runsBy[e] as number) + 1] = (count[(runsBy[e] as number) + 1] as number) + 1;
    let sum = 0;
    for (const c of count) {
      sum += c;
      runs.push(sum);
    }
  }
  return {
    offsets: runs,
    edge: order,
    end: order.map((e) => other[e]),
    time: order.map((e) => ledger.ts[e]),
    amount: order.map((e) => ledger.amount[e]),
  };
}

const plain = (a: Adjacency) => ({
  offsets: Array.from(a.offsets),
  edge: Array.from(a.edge),
  end: Array.from(a.end),
  time: Array.from(a.time),
  amount: Array.from(a.amount),
});

function expected(ledger: Ledger, mode: ScanMode, windowMs: number, minAmount: number) {
  const { src, dst, ts, amount } = ledger;
  const kept = [...src.keys()].filter(
    (e) =>
      src[e] !== dst[e] && (amount[e] as number) >= minAmount && (mode === "static" || !Number.isNaN(ts[e])),
  );
  const by = (...keys: ((e: number) => number)[]) =>
    [...kept].sort((a, b) => keys.reduce((c, k) => c || cmp(k(a), k(b)), 0) || a - b);
  const s = (e: number) => src[e] as number;
  const d = (e: number) => dst[e] as number;
  const t = (e: number) => ts[e] as number;
  if (mode === "static") {
    const starts = by(s, d);
    return {
      starts: { ...adjacency(ledger, starts, dst, src), start: starts.map(s) },
      into: adjacency(ledger, by(d, s), src, dst),
    };
  }
  const block = blockMs(windowMs);
  const starts = by((e) => blockOf(t(e), block), s, t);
  return {
    starts: { ...adjacency(ledger, starts, dst), start: starts.map(s) },
    into: adjacency(ledger, by(d, t, s), src, dst),
    out: adjacency(ledger, by(s, t), dst, src),
  };
}

const rows = (accounts: number, minLength: number, maxLength: number) =>
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

function check(list: Row[], accounts: number, sortByPayerTime: boolean) {
  const sorted = sortByPayerTime
    ? [...list].sort((a, b) => cmp(a[0], b[0]) || cmp(a[2], b[2]) || (Number.isNaN(a[2]) ? 1 : 0))
    : list;
  const ledger = ledgerOf(sorted, accounts);
  for (const mode of ["temporal", "static"] as const) {
    for (const [windowMs, minAmount] of [
      [86_400_000, 0],
      [3_600_000, 5],
    ] as const) {
      const got = prepareLedger(ledger, { mode, windowMs, minAmount });
      const want = expected(ledger, mode, windowMs, minAmount);
      expect({ ...plain(got.starts), start: Array.from(got.starts.start) }).toEqual({
        ...want.starts,
        offsets: mode === "static" ? want.starts.offsets : [],
      });
      expect(plain(got.into)).toEqual(want.into);
      if (want.out) expect(got.out && plain(got.out)).toEqual(want.out);
    }
  }
}

describe("prepareLedger orders", () => {
  it("equal comparison sorts on small ledgers, in any row order and in (payer, time) order", () => {
    fc.assert(
      fc.property(rows(6, 0, 40), fc.boolean(), (list, sorted) => check(list, 6, sorted)),
      { numRuns: 200 },
    );
  });

  it("equal comparison sorts past SMALL rows and one digit of accounts (radix paths, shortcuts)", () => {
    fc.assert(
      fc.property(rows(5000, SMALL, SMALL + 400), fc.boolean(), (list, sorted) => check(list, 5000, sorted)),
      { numRuns: 4, endOnFailure: true },
    );
  });
});
