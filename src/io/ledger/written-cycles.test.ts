/**
 * What `--out` writes is exactly what the scan counts: on a ledger with one heavy hub, searched by two
 * worker threads that split every long search (first hops only, and down to the second hop), each
 * file format read back holds every cycle of the serial scan once — no cycle lost, none repeated —
 * numbered 1 … N, with N the count the summary reports.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchCycles } from "../../core/ledger/cycle-tally.ts";
import { scanLedgerOnThisThread } from "../../core/ledger/scan-serial.ts";
import type { Ledger, ScanOptions } from "../../core/ledger/types.ts";
import { createRng } from "../../core/random.ts";
import { scanLedgerWithCounts } from "./counted-scan.ts";
import type { CycleContext } from "./cycle-record.ts";
import { openCycleWriter } from "./writer.ts";

/** 1,500 transactions among 40 accounts over 10 days; account 0 is in half of them (payer or payee). */
function hubLedger(): Ledger {
  const rng = createRng(16);
  const m = 1500;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const a = rng.next() < 0.5 ? 0 : 1 + rng.int(39);
    let b = rng.next() < 0.5 ? 0 : 1 + rng.int(39);
    if (b === a) b = (a + 1 + rng.int(39)) % 40;
    src[e] = a;
    dst[e] = b;
  }
  return {
    accountCount: 40,
    src,
    dst,
    ts: Float64Array.from({ length: m }, () => Date.UTC(2025, 0, 1) + rng.int(10 * 24 * 60) * 60_000),
    amount: Float64Array.from({ length: m }, () => 100 + rng.int(900)),
    row: Int32Array.from({ length: m }, (_, i) => i),
  };
}

const ledger = hubLedger();
const context: CycleContext = {
  ledger,
  accounts: Array.from({ length: ledger.accountCount }, (_, a) => `acct ${a}`),
  ids: { kind: "row" },
};
const options: ScanOptions = { mode: "temporal", windowMs: 2 * 86_400_000, maxHops: 4 };

/** The serial scan's cycles, as their transaction ids joined by ";", sorted. */
function expected(): string[] {
  const found: string[] = [];
  scanLedgerOnThisThread(ledger, options, {
    onCycles: (batch) => {
      for (const c of batchCycles(batch)) found.push(Array.from(c, (e) => String(e + 1)).join(";"));
    },
  });
  return found.sort();
}

async function readBack(path: string, format: string): Promise<{ cycle: number; transactions: string }[]> {
  if (format === "csv") {
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n").slice(1);
    return lines.map((line) => {
      const cells = line.split(",");
      return { cycle: Number(cells[0]), transactions: cells[7] as string };
    });
  }
  if (format === "jsonl") {
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n");
    return lines.map((line) => {
      const r = JSON.parse(line) as { cycle: number; transactions: string[] };
      return { cycle: r.cycle, transactions: r.transactions.join(";") };
    });
  }
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const rows = await connection.runAndReadAll(
      `SELECT cycle, array_to_string(transactions, ';') AS transactions FROM read_parquet('${path}')`,
    );
    return (rows.getRowObjectsJson() as { cycle: string | number; transactions: string }[]).map((r) => ({
      cycle: Number(r.cycle),
      transactions: r.transactions,
    }));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

let dir: string;
let want: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-written-"));
  want = expected();
}, 120_000); // the serial scan takes a while on a shared machine
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the --out file holds exactly the cycles counted", () => {
  it("has enough cycles to be a test", () => {
    expect(want.length).toBeGreaterThan(1000);
  });

  for (const secondHop of [false, true])
    for (const format of ["csv", "jsonl", "parquet"])
      it(`${format}, two workers, split ${secondHop ? "down to the second hop" : "at the first hop"}`, async () => {
        const path = join(dir, `cycles-${secondHop}.${format}`);
        const writer = await openCycleWriter(path, undefined, "transactions", context);
        const summary = await scanLedgerWithCounts(ledger, options, {
          workers: 2,
          split: { afterSteps: 1, secondHop },
          onBatch: (batch) => writer.writeBatch?.(batch),
        });
        await writer.commit();
        const rows = await readBack(path, format);
        expect(summary.cycles).toBe(want.length);
        expect(rows.length).toBe(summary.cycles);
        expect(rows.map((r) => r.cycle).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 1));
        expect(rows.map((r) => r.transactions).sort()).toEqual(want);
        // Each worker reports its time; with every search split, both did part of it.
        expect(summary.workers?.length).toBe(2);
      }, 120_000);
});
