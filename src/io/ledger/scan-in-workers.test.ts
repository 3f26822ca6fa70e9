import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { batchCycles } from "../../core/ledger/cycle-tally.ts";
import { scanLedgerOnThisThread } from "../../core/ledger/scan-serial.ts";
import { syntheticLedger } from "../../core/ledger/synthetic.ts";
import type { CycleBatch, Ledger, ScanOptions } from "../../core/ledger/types.ts";
import { createRng } from "../../core/random.ts";
import { scanLedgerInWorkers } from "./scan-in-workers.ts";

const DAY = 86_400_000;
const { ledger, planted } = syntheticLedger(
  { transactions: 20_000, accounts: 2_000, days: 120, exponent: 0.8, planted: 40 },
  createRng(7),
);

function keys(batches: CycleBatch[]): string[] {
  return batches.flatMap((b) => batchCycles(b).map((c) => Array.from(c).join(","))).sort();
}

function serial(l: Ledger, options: ScanOptions) {
  const batches: CycleBatch[] = [];
  const summary = scanLedgerOnThisThread(l, options, { onCycles: (b) => void batches.push(b) });
  const order = batches.flatMap((b) => batchCycles(b).map((c) => Array.from(c).join(",")));
  return { summary, found: [...order].sort(), order };
}

describe("parallel ledger scan", () => {
  const temporal: ScanOptions = { mode: "temporal", windowMs: 3 * DAY, maxHops: 6 };
  const reference = serial(ledger, temporal);

  it("finds a fair number of cycles on the test ledger, every planted one among them", () => {
    expect(reference.summary.cycles).toBeGreaterThan(200);
    const found = new Set(reference.found);
    for (const cycle of planted) expect(found.has(Array.from(cycle).join(","))).toBe(true);
  });

  it.each([0, 1, 2, 3])(
    "equals the serial scan with %i workers (small batches, slow consumer)",
    async (workers) => {
      const order: string[] = [];
      const summary = await scanLedgerInWorkers(ledger, temporal, {
        workers,
        batchCycles: 50,
        onCycles: async (b) => {
          for (const c of batchCycles(b)) order.push(Array.from(c).join(","));
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      });
      expect([...order].sort()).toEqual(reference.found);
      expect(summary.byLength).toEqual(reference.summary.byLength);
      expect(summary.selfLoops).toBe(reference.summary.selfLoops);
      expect(summary.truncated).toBe(false);
      // On this thread or one worker, the order is the serial scan's.
      if (workers <= 1) expect(order).toEqual(reference.order);
    },
  );

  it("equals the serial static scan with 2 workers", async () => {
    const options: ScanOptions = { mode: "static", windowMs: 0, maxHops: 3 };
    const small = syntheticLedger({ transactions: 2_000, accounts: 300, days: 30 }, createRng(3)).ledger;
    const batches: CycleBatch[] = [];
    await scanLedgerInWorkers(small, options, { workers: 2, onCycles: (b) => void batches.push(b) });
    expect(keys(batches)).toEqual(serial(small, options).found);
  });

  it("stops at the limit, says truncated, and delivers exactly the limit", async () => {
    let delivered = 0;
    const summary = await scanLedgerInWorkers(ledger, temporal, {
      workers: 2,
      limit: 100,
      batchCycles: 30,
      onCycles: (b) => {
        delivered += b.count;
      },
    });
    expect(summary).toMatchObject({ cycles: 100, truncated: true });
    expect(delivered).toBe(100);
    const all = reference.summary.cycles;
    const exact = await scanLedgerInWorkers(ledger, temporal, { workers: 0, limit: all });
    expect(exact).toMatchObject({ cycles: all, truncated: false });
  });

  it("stops when the signal aborts, with what it delivered", async () => {
    const controller = new AbortController();
    let delivered = 0;
    const summary = await scanLedgerInWorkers(ledger, temporal, {
      workers: 2,
      batchCycles: 20,
      signal: controller.signal,
      onCycles: (b) => {
        delivered += b.count;
        controller.abort();
      },
    });
    expect(summary.truncated).toBe(true);
    expect(summary.cycles).toBe(delivered);
    expect(delivered).toBeLessThan(reference.summary.cycles);
  });

  it("shards in worker threads add up to the whole", async () => {
    const parts: CycleBatch[] = [];
    for (let index = 0; index < 2; index++)
      await scanLedgerInWorkers(ledger, temporal, {
        workers: 1,
        shard: { index, count: 2 },
        onCycles: (b) => void parts.push(b),
      });
    expect(keys(parts)).toEqual(reference.found);
  });

  it("starts its workers from a plain Node process registered like bin/halqa.js, from any directory", () => {
    const root = join(import.meta.dirname, "..", "..", "..");
    const dir = mkdtempSync(join(tmpdir(), "halqa-scan-"));
    try {
      const script = join(dir, "run.mjs");
      const url = (path: string) => pathToFileURL(join(root, path)).href;
      writeFileSync(
        script,
        [
          `import { register } from ${JSON.stringify(url("node_modules/tsx/dist/esm/api/index.mjs"))};`,
          "register();",
          `const { scanLedgerInWorkers } = await import(${JSON.stringify(url("src/io/ledger/scan-in-workers.ts"))});`,
          "const ledger = { accountCount: 2, src: Int32Array.of(0, 1, 1), dst: Int32Array.of(1, 0, 0),",
          "  ts: Float64Array.of(1, 2, 3), amount: Float64Array.of(1, 1, 1), row: Int32Array.of(0, 1, 2) };",
          'const summary = await scanLedgerInWorkers(ledger, { mode: "temporal", windowMs: 10, maxHops: 4 }, { workers: 2 });',
          "console.log(JSON.stringify(summary));",
        ].join("\n"),
      );
      const out = execFileSync(process.execPath, [script], { cwd: dir, encoding: "utf8" });
      expect(JSON.parse(out)).toMatchObject({ cycles: 2, byLength: [0, 0, 2], truncated: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
