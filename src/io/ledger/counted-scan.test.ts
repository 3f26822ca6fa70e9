/**
 * The serial search adapter against plain brute force on small random ledgers (ties in time,
 * parallel transactions, self-loops): the same cycles with min-amount, retention and shard ownership
 * applied, static cycles expanded over parallel transactions, and shards whose union is the whole.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EdgeList } from "../../core/graph/edge-list.ts";
import { bruteForceSimpleCycles, bruteForceTemporalCycles } from "../../core/ledger/brute-force.ts";
import type { Ledger, ScanOptions } from "../../core/ledger/types.ts";
import { scanLedgerWithCounts } from "./counted-scan.ts";
import { shardRange } from "./shard.ts";

type Tx = [number, number, number, number];

function ledgerOf(n: number, txs: readonly Tx[]): Ledger {
  return {
    accountCount: n,
    src: Int32Array.from(txs, (t) => t[0]),
    dst: Int32Array.from(txs, (t) => t[1]),
    ts: Float64Array.from(txs, (t) => t[2]),
    amount: Float64Array.from(txs, (t) => t[3]),
    row: Int32Array.from(txs, (_, i) => i),
  };
}

function listOf(ledger: Ledger): EdgeList {
  return { nodeIds: new Array<string>(ledger.accountCount).fill(""), ...ledger, edgeIds: null };
}

async function found(ledger: Ledger, options: ScanOptions): Promise<string[]> {
  const cycles: string[] = [];
  await scanLedgerWithCounts(ledger, options, {
    onCycles: (batch) => void cycles.push(...batch.map((c) => c.join(","))),
  });
  return cycles.sort();
}

/** Brute force: temporal cycles of the transactions ≥ minAmount, then retention and ownership. */
function expected(ledger: Ledger, options: ScanOptions): string[] {
  const list = listOf(ledger);
  const min = options.minAmount ?? 0;
  const kept = {
    ...list,
    ts: Float64Array.from(list.ts, (t, e) => ((ledger.amount[e] as number) >= min ? t : Number.NaN)),
  };
  return bruteForceTemporalCycles(kept, options.windowMs, options.maxHops)
    .filter((c) => {
      const t = ledger.ts[c[0] as number] as number;
      if (options.ownStart && !(t >= options.ownStart.from && t < options.ownStart.to)) return false;
      const band = options.retention;
      return c.every((e, i) => {
        if (!band || i === 0) return true;
        const r = (ledger.amount[e] as number) / (ledger.amount[c[i - 1] as number] as number);
        return r >= band.low && r <= band.high;
      });
    })
    .map((c) => c.join(","))
    .sort();
}

const ledgers = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    txs: fc.array(
      fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 10 })),
      { maxLength: 16 },
    ),
    window: fc.integer({ min: 0, max: 9 }),
    maxHops: fc.integer({ min: 2, max: 5 }),
    minAmount: fc.integer({ min: 0, max: 5 }),
    low: fc.constantFrom(0.5, 0.8, 1),
  }),
);

describe("search adapter", () => {
  it("finds a round trip and counts it by length and by paying account", async () => {
    const ledger = ledgerOf(3, [
      [0, 1, 1, 100],
      [1, 2, 2, 98],
      [2, 0, 3, 97],
      [2, 2, 4, 1],
    ]);
    const summary = await scanLedgerWithCounts(ledger, { mode: "temporal", windowMs: 2, maxHops: 6 });
    expect(summary).toMatchObject({ cycles: 1, byLength: [0, 0, 0, 1], selfLoops: 1, truncated: false });
    expect(Array.from(summary.accountCycles ?? [])).toEqual([1, 1, 1]);
    expect((await scanLedgerWithCounts(ledger, { mode: "temporal", windowMs: 1.5, maxHops: 6 })).cycles).toBe(
      0,
    );
  });

  it("hands over at most `limit` cycles but counts them all", async () => {
    const ledger = ledgerOf(2, [
      [0, 1, 1, 1],
      [0, 1, 2, 1],
      [1, 0, 3, 1],
    ]);
    const got: Int32Array[] = [];
    const summary = await scanLedgerWithCounts(
      ledger,
      { mode: "temporal", windowMs: 10, maxHops: 2 },
      { limit: 1, onCycles: (b) => void got.push(...b) },
    );
    expect(got).toHaveLength(1);
    expect(summary.cycles).toBe(2);
  });

  it("temporal: the brute-force cycles, with min-amount, retention and ownership applied", async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, async ({ n, txs, window, maxHops, minAmount, low }) => {
        const ledger = ledgerOf(n, txs);
        const options: ScanOptions = {
          mode: "temporal",
          windowMs: window,
          maxHops,
          minAmount,
          retention: { low, high: 1 / low },
          ownStart: { from: 2, to: 6 },
        };
        expect(await found(ledger, options)).toEqual(expected(ledger, options));
      }),
      { numRuns: 200 },
    );
  });

  it("onBatch hands over the same cycles as onCycles, with ownership and a limit applied", async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, fc.nat(6), async ({ n, txs, window, maxHops }, limit) => {
        const ledger = ledgerOf(n, txs);
        const options: ScanOptions = {
          mode: "temporal",
          windowMs: window,
          maxHops,
          ownStart: { from: 2, to: 6 },
        };
        const lists: string[] = [];
        const batches: string[] = [];
        await scanLedgerWithCounts(ledger, options, {
          limit,
          onCycles: (batch) => void lists.push(...batch.map((c) => c.join(","))),
        });
        const summary = await scanLedgerWithCounts(ledger, options, {
          limit,
          onBatch: (b) => {
            for (let j = 0; j < b.count; j++)
              batches.push(Array.from(b.edges.subarray(b.offsets[j], b.offsets[j + 1])).join(","));
          },
        });
        expect(batches).toEqual(lists);
        expect(batches.length).toBe(Math.min(limit, summary.cycles));
      }),
      { numRuns: 200 },
    );
  });

  it("temporal shards: the union over shards is the unsharded result, each cycle once", async () => {
    await fc.assert(
      fc.asyncProperty(
        ledgers,
        fc.integer({ min: 1, max: 4 }),
        async ({ n, txs, window, maxHops }, count) => {
          fc.pre(txs.length > 0);
          const ledger = ledgerOf(n, txs);
          const whole = await found(ledger, { mode: "temporal", windowMs: window, maxHops });
          const times = txs.map((t) => t[2]);
          const parts: string[] = [];
          for (let index = 0; index < count; index++) {
            const r = shardRange(Math.min(...times), Math.max(...times), { index, count, windowMs: window });
            // Only the shard's rows, as ingest loads them; indices mapped back to the whole ledger.
            const keep = txs.flatMap((t, e) => (t[2] >= r.loadFrom && t[2] <= r.loadTo ? [e] : []));
            const part = ledgerOf(
              n,
              keep.map((e) => txs[e] as Tx),
            );
            const cycles = await found(part, {
              mode: "temporal",
              windowMs: window,
              maxHops,
              ownStart: { from: r.from, to: r.to },
            });
            parts.push(
              ...cycles.map((c) =>
                c
                  .split(",")
                  .map((i) => keep[Number(i)])
                  .join(","),
              ),
            );
          }
          expect(parts.sort()).toEqual(whole);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("static: one cycle per choice of parallel transaction on each hop of each account cycle", async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, async ({ n, txs, maxHops }) => {
        const ledger = ledgerOf(n, txs);
        const summary = await scanLedgerWithCounts(ledger, { mode: "static", windowMs: 0, maxHops });
        const list = listOf(ledger);
        const multiplicity = (a: number, b: number) =>
          txs.filter((t) => t[0] === a && t[1] === b && a !== b).length;
        const total = bruteForceSimpleCycles(list, maxHops).reduce(
          (sum, nodes) =>
            sum + nodes.reduce((p, v, i) => p * multiplicity(v, nodes[(i + 1) % nodes.length] as number), 1),
          0,
        );
        expect(summary.cycles).toBe(total);
      }),
      { numRuns: 200 },
    );
  });
});
