/** The ledger scan's summary: counts by length and the accounts in most cycles, checked by hand. */
import { describe, expect, it } from "vitest";
import { hasMessage } from "../../i18n/message.ts";
import { layoutKeys } from "./layout-keys.ts";
import {
  cycleJson,
  LEDGER_SUMMARY_LAYOUT,
  type LedgerCycle,
  ledgerSummaryReport,
  roundShare,
  type ScanReport,
} from "./ledger-summary-report.ts";

const cycle = (n: number, accounts: string[], amounts: number[]): LedgerCycle => ({
  cycle: n,
  length: accounts.length,
  transactions: accounts.map((_, i) => `t${n}.${i}`),
  accounts,
  timestamps: accounts.map(() => null),
  amounts,
  start: null,
  end: null,
  durationSeconds: null,
  retained: (amounts.at(-1) as number) / (amounts[0] as number),
});

// Two cycles shown of three found: a→b→a, b→c→d→b, and one more (past --limit) of length 2.
const scan: ScanReport = {
  read: {
    file: "l.csv",
    files: ["l.csv"],
    format: "csv",
    accounts: ["a", "b", "c", "d"],
    columns: { src: "from", dst: "to", amount: "amount" },
    guessed: [],
    tsUnit: null,
    rows: 9,
    loaded: 8,
    selfLoops: 1,
    duplicates: 0,
    first: Number.NaN,
    last: Number.NaN,
    shard: null,
    seconds: 0.5,
  },
  options: { mode: "static", window: { ms: 0, label: "" }, maxHops: 4 },
  summary: {
    cycles: 3,
    byLength: [0, 0, 2, 1],
    selfLoops: 1,
    steps: 40,
    truncated: false,
    accountCycles: Float64Array.from([2, 3, 1, 1]),
  },
  workers: 0,
  limit: 2,
  written: 2,
  shown: [cycle(1, ["a", "b"], [10, 9]), cycle(2, ["b", "c", "d"], [5, 5, 4])],
  scanSeconds: 0.25,
};

describe("ledgerSummaryReport", () => {
  it("counts by length, ranks the accounts and says the output was limited", () => {
    const r = ledgerSummaryReport(scan);
    expect(r.byLength).toEqual({ 2: 2, 3: 1 });
    expect(r.topAccounts).toEqual([
      { account: "b", cycles: 3 },
      { account: "a", cycles: 2 },
      { account: "c", cycles: 1 },
      { account: "d", cycles: 1 },
    ]);
    expect([r.found, r.written, r.limited, r.limit]).toEqual([3, 2, true, 2]);
    expect(r.search).toMatchObject({ mode: "static", window: null, windowSeconds: null, minAmount: 0 });
    expect(r.first).toBeNull();
    expect(r.cycles?.map((c) => [c.cycle, "retained" in c ? c.retained : undefined])).toEqual([
      [1, 0.9],
      [2, 0.8],
    ]);
  });

  it("falls back to the cycles shown when the search does not count per account", () => {
    const { accountCycles: _, ...summary } = scan.summary;
    const r = ledgerSummaryReport({ ...scan, summary });
    expect(r.topAccounts).toEqual([
      { account: "b", cycles: 2 },
      { account: "a", cycles: 1 },
      { account: "c", cycles: 1 },
      { account: "d", cycles: 1 },
    ]);
  });

  it("gives the retained share to six significant digits, and the exact double when asked", () => {
    expect([0.8867990490840442, 3.6443188102992687, 0.97, 1, 1234567.89, 5e-7].map(roundShare)).toEqual([
      0.886799, 3.64432, 0.97, 1, 1234570, 5e-7,
    ]);
    expect([Number.NaN, Number.POSITIVE_INFINITY].map(roundShare)).toEqual([
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]);
    const c = cycle(1, ["a", "b", "c"], [162.73, 100, 593.04]);
    expect(cycleJson(c).retained).toBe(3.64432);
    expect(cycleJson(c, "exact").retained).toBe(593.04 / 162.73);
    expect(cycleJson({ ...c, retained: null }).retained).toBeNull();
  });

  it("lays out its tables with keys both languages have", () => {
    const r = ledgerSummaryReport(scan);
    expect(LEDGER_SUMMARY_LAYOUT.tables.map((t) => t.rows(r).length)).toEqual([2, 4]);
    for (const key of layoutKeys(LEDGER_SUMMARY_LAYOUT, r)) {
      expect([key, hasMessage("en", key), hasMessage("ar", key)]).toEqual([key, true, true]);
    }
  });
});
