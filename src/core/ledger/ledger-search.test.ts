import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bruteForceLedgerCycles } from "./brute-force.ts";
import { batchCycles } from "./cycle-tally.ts";
import { type FirstHopTask, type LedgerCursor, ledgerCursor } from "./ledger-cursor.ts";
import { prepareLedger } from "./prepare.ts";
import { InvalidScanOptionError } from "./scan-options.ts";
import { scanLedgerOnThisThread } from "./scan-serial.ts";
import type { Ledger, ScanOptions } from "./types.ts";

type Row = [src: number, dst: number, ts: number, amount: number];

function ledgerOf(rows: readonly Row[], accountCount?: number): Ledger {
  return {
    accountCount: accountCount ?? Math.max(0, ...rows.flatMap(([a, b]) => [a + 1, b + 1])),
    src: Int32Array.from(rows, (r) => r[0]),
    dst: Int32Array.from(rows, (r) => r[1]),
    ts: Float64Array.from(rows, (r) => r[2]),
    amount: Float64Array.from(rows, (r) => r[3]),
    row: Int32Array.from(rows, (_, i) => i),
  };
}

const key = (c: ArrayLike<number>) => Array.from(c).join(",");

/** The cycles a serial scan finds, as sorted keys, with its summary. */
function scan(ledger: Ledger, options: ScanOptions, shard?: { index: number; count: number }) {
  const found: string[] = [];
  const summary = scanLedgerOnThisThread(ledger, options, {
    ...(shard && { shard }),
    batchCycles: 3,
    onCycles: (b) => {
      for (const c of batchCycles(b)) found.push(key(c));
    },
  });
  return { found: found.sort(), summary };
}

const brute = (ledger: Ledger, options: ScanOptions) =>
  bruteForceLedgerCycles(ledger, options).map(key).sort();

const temporal = (windowMs: number, maxHops = 6, extra: Partial<ScanOptions> = {}): ScanOptions => ({
  mode: "temporal",
  windowMs,
  maxHops,
  ...extra,
});

describe("temporal ledger cycles: hand cases", () => {
  it("finds a 2-cycle, and the window is inclusive", () => {
    const ledger = ledgerOf([
      [0, 1, 10, 100],
      [1, 0, 15, 100],
    ]);
    expect(scan(ledger, temporal(5)).found).toEqual(["0,1"]);
    expect(scan(ledger, temporal(4.999)).found).toEqual([]);
  });

  it("needs strictly increasing times: a tie closes nothing", () => {
    const ledger = ledgerOf([
      [0, 1, 10, 1],
      [1, 2, 10, 1],
      [2, 0, 11, 1],
    ]);
    expect(scan(ledger, temporal(100)).found).toEqual([]);
    expect(brute(ledger, temporal(100))).toEqual([]);
  });

  it("counts parallel transactions as separate cycles", () => {
    const ledger = ledgerOf([
      [0, 1, 1, 5],
      [1, 0, 2, 5],
      [1, 0, 3, 5],
    ]);
    const { found, summary } = scan(ledger, temporal(10));
    expect(found).toEqual(["0,1", "0,2"]);
    expect(summary.byLength).toEqual([0, 0, 2]);
  });

  it("reports self-loops apart, not as cycles", () => {
    const ledger = ledgerOf([
      [0, 0, 1, 5],
      [0, 1, 2, 5],
      [1, 0, 3, 5],
    ]);
    const { found, summary } = scan(ledger, temporal(10));
    expect(found).toEqual(["1,2"]);
    expect(summary.selfLoops).toBe(1);
  });

  it("prunes by the retention band hop by hop, and by the minimum amount", () => {
    // 100 → 95 → 90: each hop keeps 0.95 or less; 100 → 60 drops too much.
    const ledger = ledgerOf([
      [0, 1, 1, 100],
      [1, 2, 2, 95],
      [2, 0, 3, 90],
      [1, 0, 4, 60],
    ]);
    const band = { retention: { low: 0.9, high: 1 } };
    expect(scan(ledger, temporal(10, 6, band)).found).toEqual(["0,1,2"]);
    expect(scan(ledger, temporal(10)).found).toEqual(["0,1,2", "0,3"]);
    expect(scan(ledger, temporal(10, 6, { minAmount: 70 })).found).toEqual(["0,1,2"]);
  });

  it("respects the hop bound and visits no account twice", () => {
    // 0 → 1 → 2 → 1 → 0 revisits 1 (1 → 2 → 1 is a 2-cycle of its own); 0 → 1 → 2 → 3 → 0 has four hops.
    const ledger = ledgerOf([
      [0, 1, 1, 1],
      [1, 2, 2, 1],
      [2, 1, 3, 1],
      [1, 0, 4, 1],
      [2, 3, 5, 1],
      [3, 0, 6, 1],
    ]);
    expect(scan(ledger, temporal(100, 3)).found).toEqual(["0,3", "1,2"]);
    expect(scan(ledger, temporal(100, 4)).found).toEqual(["0,1,4,5", "0,3", "1,2"]);
  });

  it("static mode ignores time and reports each cycle from its smallest account", () => {
    const ledger = ledgerOf([
      [2, 0, 1, 1],
      [0, 1, 9, 1],
      [1, 2, 5, 1],
      [1, 0, 0, 1],
    ]);
    const { found } = scan(ledger, { mode: "static", windowMs: 0, maxHops: 3 });
    expect(found).toEqual(["1,2,0", "1,3"]);
  });

  it("stops at the limit and says so", () => {
    const ledger = ledgerOf([
      [0, 1, 1, 5],
      [1, 0, 2, 5],
      [1, 0, 3, 5],
    ]);
    const summary = scanLedgerOnThisThread(ledger, temporal(10), { limit: 1 });
    expect(summary).toMatchObject({ cycles: 1, truncated: true });
    expect(scanLedgerOnThisThread(ledger, temporal(10), { limit: 2 }).truncated).toBe(false);
  });

  it("rejects impossible options with the option named", () => {
    const ledger = ledgerOf([[0, 1, 1, 1]]);
    const bad: ScanOptions[] = [
      temporal(-1),
      temporal(Number.NaN),
      temporal(1, 1),
      temporal(1, 2.5),
      temporal(1, 3, { retention: { low: 1, high: 0.5 } }),
      { mode: "static", windowMs: 0, maxHops: 3, retention: { low: 0.5, high: 1 } },
      { mode: "static", windowMs: 0, maxHops: Number.POSITIVE_INFINITY },
    ];
    for (const options of bad)
      expect(() => scanLedgerOnThisThread(ledger, options)).toThrow(InvalidScanOptionError);
  });
});

describe("the worked example of docs/methods/ledger-cycles.md", () => {
  // A, B, C, D = 0 … 3; t0 … t8 as in the table.
  const ledger = ledgerOf([
    [0, 1, 1, 100],
    [1, 2, 2, 97],
    [2, 0, 3, 95],
    [1, 0, 2, 60],
    [1, 0, 4, 98],
    [2, 3, 3, 96],
    [3, 0, 9, 94],
    [0, 0, 2, 5],
    [1, 2, 1, 50],
  ]);

  it("window 3, four hops: three cycles and one self-loop", () => {
    const { found, summary } = scan(ledger, temporal(3, 4));
    expect(found).toEqual(["0,1,2", "0,3", "0,4"]);
    expect(summary.selfLoops).toBe(1);
    expect(scan(ledger, temporal(2, 4)).found).toEqual(["0,1,2", "0,3"]);
    expect(scan(ledger, temporal(8, 4)).found).toEqual(["0,1,2", "0,1,5,6", "0,3", "0,4"]);
    expect(scan(ledger, temporal(8, 3)).found).toEqual(["0,1,2", "0,3", "0,4"]);
  });

  it("retention 0.9..1.0 keeps two; static mode finds six", () => {
    expect(scan(ledger, temporal(3, 4, { retention: { low: 0.9, high: 1 } })).found).toEqual([
      "0,1,2",
      "0,4",
    ]);
    expect(scan(ledger, { mode: "static", windowMs: 0, maxHops: 4 }).found).toEqual(
      ["0,1,2", "0,1,5,6", "0,3", "0,4", "0,8,2", "0,8,5,6"].sort(),
    );
  });
});

const rows = (accounts: number, times: number) =>
  fc.array(
    fc.tuple(
      fc.nat(accounts - 1),
      fc.nat(accounts - 1),
      fc.oneof({ weight: 12, arbitrary: fc.nat(times) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }),
      fc.constantFrom(50, 90, 95, 100, 100, 105),
    ),
    { maxLength: 14 },
  );

const options = fc.record({
  mode: fc.constantFrom<ScanOptions["mode"]>("temporal", "temporal", "static"),
  windowMs: fc.constantFrom(0, 1, 2, 3, 5, 8, Number.POSITIVE_INFINITY),
  maxHops: fc.constantFrom(2, 3, 4, 6, Number.POSITIVE_INFINITY),
  minAmount: fc.option(fc.constantFrom(90, 100), { nil: undefined }),
  retention: fc.option(fc.constantFrom({ low: 0.9, high: 1 }, { low: 0.95, high: 1.1 }), { nil: undefined }),
});

function legal(o: ScanOptions): ScanOptions {
  if (o.mode === "static") {
    const { retention: _, ...rest } = o;
    return { ...rest, maxHops: Number.isFinite(o.maxHops) ? o.maxHops : 5 };
  }
  return o;
}

describe("ledger cycles against a brute-force enumerator", () => {
  it("finds exactly the brute-force cycles (ties, parallel edges, self-loops, bands, minimum)", () => {
    fc.assert(
      fc.property(rows(5, 6), options, (r, o) => {
        const ledger = ledgerOf(r, 5);
        const opts = legal(o as ScanOptions);
        const { found, summary } = scan(ledger, opts);
        expect(found).toEqual(brute(ledger, opts));
        expect(summary.cycles).toBe(found.length);
      }),
      { numRuns: 2500 },
    );
  });

  it("the union of the shards is the unsharded result", () => {
    fc.assert(
      fc.property(rows(4, 8), options, fc.integer({ min: 1, max: 4 }), (r, o, count) => {
        const ledger = ledgerOf(r, 4);
        const opts = legal(o as ScanOptions);
        const whole = scan(ledger, opts);
        const parts = Array.from({ length: count }, (_, index) => scan(ledger, opts, { index, count }));
        expect(parts.flatMap((p) => p.found).sort()).toEqual(whole.found);
        expect(parts.reduce((sum, p) => sum + p.summary.selfLoops, 0)).toBe(whole.summary.selfLoops);
      }),
      { numRuns: 400 },
    );
  });

  it("splitting first hops into tasks loses and repeats nothing", () => {
    fc.assert(
      fc.property(rows(4, 5), options, (r, o) => {
        const ledger = ledgerOf(r, 4);
        const opts = legal(o as ScanOptions);
        const prepared = prepareLedger(ledger, opts);
        const main = ledgerCursor(prepared, opts);
        const helper = ledgerCursor(prepared, opts);
        const found: string[] = [];
        const tasks: FirstHopTask[] = [];
        main.setRange(0, prepared.size);
        while (main.next()) {
          found.push(key(main.path.subarray(0, main.length)));
          const task = main.splitFirstHops();
          if (task) tasks.push(task);
        }
        while (tasks.length > 0) {
          helper.setTask(tasks.pop() as FirstHopTask);
          while (helper.next()) {
            found.push(key(helper.path.subarray(0, helper.length)));
            const task = helper.splitFirstHops();
            if (task) tasks.push(task);
          }
        }
        expect(found.sort()).toEqual(brute(ledger, opts));
      }),
      { numRuns: 600 },
    );
  });

  it.each([
    ["split()", (c: LedgerCursor) => c.split()],
    ["second hops only", (c: LedgerCursor) => c.splitSecondHops()],
  ])("splitting second hops too (%s) loses and repeats nothing", (_, splitter) => {
    const dense = fc.array(
      fc.tuple(fc.nat(4), fc.nat(4), fc.nat(6), fc.constantFrom(90, 95, 100, 100, 105)),
      { maxLength: 40 },
    );
    // Long windows and hops, so that searches go deep enough to split at the second hop.
    const deep = fc.record({
      mode: fc.constantFrom<ScanOptions["mode"]>("temporal", "temporal", "static"),
      windowMs: fc.constantFrom(5, 8, Number.POSITIVE_INFINITY),
      maxHops: fc.constantFrom(3, 4, 6),
      retention: fc.option(fc.constant({ low: 0.9, high: 1.1 }), { nil: undefined }),
    });
    let secondHopTasks = 0;
    fc.assert(
      fc.property(dense, deep, (r, o) => {
        const ledger = ledgerOf(r as Row[], 5);
        const opts = legal(o as ScanOptions);
        const prepared = prepareLedger(ledger, opts);
        const cursors: LedgerCursor[] = [ledgerCursor(prepared, opts), ledgerCursor(prepared, opts)];
        const found: string[] = [];
        const tasks: FirstHopTask[] = [];
        // Pauses after every step and splits there, as a worker does between slices of steps.
        const drain = (cursor: LedgerCursor) => {
          for (;;) {
            cursor.stepLimit = cursor.steps + cursor.prune.steps + 1;
            if (cursor.next()) found.push(key(cursor.path.subarray(0, cursor.length)));
            else if (!cursor.paused) break;
            const task = splitter(cursor);
            if (task?.from2 !== undefined) secondHopTasks++;
            if (task) tasks.push(task);
          }
        };
        (cursors[0] as LedgerCursor).setRange(0, prepared.size);
        drain(cursors[0] as LedgerCursor);
        for (let i = 0; tasks.length > 0; i++) {
          const cursor = cursors[i % 2] as LedgerCursor;
          cursor.setTask(tasks.pop() as FirstHopTask);
          drain(cursor);
        }
        expect(found.sort()).toEqual(brute(ledger, opts));
      }),
      { numRuns: 800 },
    );
    // The property must have gone through the second-hop path, not only the first-hop one.
    expect(secondHopTasks).toBeGreaterThan(10);
  });
});
