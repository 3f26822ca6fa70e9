/**
 * The orders prepareLedger builds, against comparison sorts written out plainly: the radix passes, the
 * shortcut for input already in key order and the one for a ledger already in (payer, time) order (as
 * ingest gives it) must all give the same arrays as sorting by the documented keys. Ledgers past
 * SMALL transactions and with more accounts than one 11-bit digit holds, so every radix path runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LedgerRow, ledgerOf, ledgerRows } from "../../testing/ledger-rows.ts";
import { type Adjacency, blockMs, blockOf, type PreparedLedger, prepareLedger } from "./prepare.ts";
import { SMALL } from "./radix-order.ts";
import type { Ledger, ScanMode } from "./types.ts";

const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

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

function check(list: LedgerRow[], accounts: number, sortByPayerTime: boolean) {
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
      if (got.ticks) expectTicks(got);
    }
  }
}

describe("prepareLedger orders", () => {
  it("equal comparison sorts on small ledgers, in any row order and in (payer, time) order", () => {
    fc.assert(
      fc.property(ledgerRows(6, 0, 40), fc.boolean(), (list, sorted) => check(list, 6, sorted)),
      { numRuns: 200 },
    );
  });

  it("equal comparison sorts past SMALL rows and one digit of accounts (radix paths, shortcuts)", () => {
    fc.assert(
      fc.property(ledgerRows(5000, SMALL, SMALL + 400), fc.boolean(), (list, sorted) =>
        check(list, 5000, sorted),
      ),
      { numRuns: 4, endOnFailure: true },
    );
  });
});

/** Ticks: the distinct times ascending, and each [end, tick] pair and start tick naming its own time. */
function expectTicks(got: PreparedLedger): void {
  const ticks = got.ticks as NonNullable<PreparedLedger["ticks"]>;
  const times = Array.from(ticks.times);
  expect(times.every((t, i) => i === 0 || t > (times[i - 1] as number))).toBe(true);
  const all = [got.starts, got.into, got.out as Adjacency].flatMap((a) => Array.from(a.time));
  expect(times.length).toBe(new Set(all).size);
  for (const a of [got.into, got.out as Adjacency]) {
    const pairs = a.endTick as Int32Array;
    expect(Array.from(a.end, (_, i) => pairs[2 * i])).toEqual(Array.from(a.end));
    expect(Array.from(a.time, (_, i) => times[pairs[2 * i + 1] as number] === a.time[i])).not.toContain(
      false,
    );
  }
  const starts = Array.from(got.starts.time, (t, i) => times[ticks.ofStart[i] as number] === t);
  expect(starts).not.toContain(false);
}
