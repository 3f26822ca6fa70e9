/**
 * Generates the synthetic ledgers of the ledger-scan benchmarks (src/core/ledger/synthetic.ts):
 * power-law account activity, repeated payer–payee pairs, timestamps rounded to the minute (ties) over
 * a year, and planted round-trips within a day whose amounts keep 90–99 % at each hop.
 *
 *   npx tsx bench/ledger-generate.ts SIZE [--out DIR] [--csv FILE] [--seed N] [--dense | --heavy]
 *
 * SIZE is 10k, 100k, 1m or 10m (or a number of transactions). Writes the columns as raw typed arrays
 * (DIR/src.i32, dst.i32, ts.f64, amount.f64, with meta.json holding the shape and the planted cycles)
 * and, with --csv, a CSV file (id,src,dst,ts,amount; ts as ISO 8601 UTC) for end-to-end runs of
 * `halqa ledger scan`. The benchmark itself (bench/ledger.bench.ts) generates in memory with the same
 * function and seed.
 */
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type SyntheticLedgerOptions, syntheticLedger } from "../src/core/ledger/synthetic.ts";
import type { Ledger } from "../src/core/ledger/types.ts";
import { createRng } from "../src/core/random.ts";

/**
 * The benchmark shapes: ten transactions per account over a year, Zipf exponent 0.8 (tuned so the
 * 1M-transaction ledger has about as many 1-day cycles as the reference ledger: 7.6k vs 6.9k),
 * one transaction in ten repeating an earlier pair. `dense`: the static case, ten transactions per
 * account over a month with a flatter Zipf exponent (0.5) and no deliberate repeats.
 */
export function benchShape(transactions: number, dense = false): SyntheticLedgerOptions {
  return {
    transactions,
    accounts: Math.max(10, Math.round(transactions / 10)),
    days: dense ? 30 : 365,
    exponent: dense ? 0.5 : 0.8,
    parallelShare: dense ? 0 : 0.1,
    planted: Math.max(10, Math.round(transactions / 10_000)),
    plantedMaxHops: 6,
  };
}

/**
 * The heavy-hub shape of the 10M benchmark (bench/ledger-10m.ts), after the issue's reference ledger:
 * benchShape with a steeper Zipf exponent, so the hubs that pay also receive far more, and 30 % of
 * transactions repeating an earlier pair (ties to the minute, as benchShape); the 1M figures of
 * benchShape keep their meaning. Calibrated to issue 16's difficulty (24.5M cycles at 10M rows, 1-day
 * window, ≤ 6 hops): cycles at that window and depth grow steeply with both size and exponent, so the
 * exponent was found at 2M rows (seed 1: 0.80 → 25,637 cycles; 0.83 → 104,375; 0.84 → 172,149;
 * 0.85 → 284,084; 0.87 → 802,903), scaled to 10M by the growth measured at the ends (×47 at 0.80,
 * 1.2M at 10M; ×305 at 0.87, 244.7M at 10M), and confirmed once at 10M: exponent 0.84, seed 1 gives
 * 24,554,864 cycles (129,467 / 836,467 / 3,079,517 / 7,475,022 / 13,034,391 of 2 … 6 transactions),
 * 1,529,920,083 search steps. `npx tsx bench/ledger-steps.ts --size 10m` reproduces it in memory.
 */
export const HEAVY_EXPONENT = 0.84;
export function heavyShape(transactions: number): SyntheticLedgerOptions {
  return { ...benchShape(transactions), exponent: HEAVY_EXPONENT, parallelShare: 0.3 };
}

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`size ${text} is not like 10k, 1m or 250000`);
  const unit = match[2]?.toLowerCase() === "k" ? 1e3 : match[2]?.toLowerCase() === "m" ? 1e6 : 1;
  return Math.round(Number(match[1]) * unit);
}

export function generate(transactions: number, seed = 1, dense = false, heavy = false) {
  return syntheticLedger(heavy ? heavyShape(transactions) : benchShape(transactions, dense), createRng(seed));
}

/** Writes the columns raw, to be read back by readLedger without parsing. */
export function writeLedger(dir: string, ledger: Ledger, planted: Int32Array[]): void {
  mkdirSync(dir, { recursive: true });
  const raw = (name: string, a: Int32Array | Float64Array) =>
    writeFileSync(join(dir, name), new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  raw("src.i32", ledger.src);
  raw("dst.i32", ledger.dst);
  raw("ts.f64", ledger.ts);
  raw("amount.f64", ledger.amount);
  const meta = {
    accountCount: ledger.accountCount,
    rows: ledger.src.length,
    planted: planted.map((c) => [...c]),
  };
  writeFileSync(join(dir, "meta.json"), JSON.stringify(meta));
}

export function readLedger(dir: string): { ledger: Ledger; planted: number[][] } {
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as {
    accountCount: number;
    rows: number;
    planted: number[][];
  };
  const bytes = (name: string) => {
    const b = readFileSync(join(dir, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  const ledger: Ledger = {
    accountCount: meta.accountCount,
    src: new Int32Array(bytes("src.i32")),
    dst: new Int32Array(bytes("dst.i32")),
    ts: new Float64Array(bytes("ts.f64")),
    amount: new Float64Array(bytes("amount.f64")),
    row: Int32Array.from({ length: meta.rows }, (_, i) => i),
  };
  return { ledger, planted: meta.planted };
}

/** Streams the ledger as CSV: id,src,dst,ts,amount (accounts as A<n>, times as ISO 8601 UTC). */
export async function writeCsv(file: string, ledger: Ledger): Promise<void> {
  const out = createWriteStream(file);
  out.write("id,src,dst,ts,amount\n");
  let chunk = "";
  for (let i = 0; i < ledger.src.length; i++) {
    const ts = new Date(ledger.ts[i] as number).toISOString();
    chunk += `T${i},A${ledger.src[i]},A${ledger.dst[i]},${ts},${(ledger.amount[i] as number).toFixed(2)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = "";
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

async function main(args: string[]): Promise<void> {
  const size = args[0];
  if (size === undefined) {
    console.error(
      "usage: npx tsx bench/ledger-generate.ts SIZE [--out DIR] [--csv FILE] [--seed N] [--dense | --heavy]",
    );
    process.exitCode = 2;
    return;
  }
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const seed = Number(option("--seed") ?? 1);
  const { ledger, planted } = generate(
    parseSize(size),
    seed,
    args.includes("--dense"),
    args.includes("--heavy"),
  );
  const dir = option("--out");
  if (dir) writeLedger(dir, ledger, planted);
  const csv = option("--csv");
  if (csv) await writeCsv(csv, ledger);
  console.log(
    JSON.stringify({
      rows: ledger.src.length,
      accounts: ledger.accountCount,
      planted: planted.length,
      dir,
      csv,
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
