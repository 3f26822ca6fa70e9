/**
 * Load balance on one heavy hub: a ledger where nearly every cycle passes through one start's single
 * first hop — account 0 pays account 1 once, 1 pays the hub once, the hub pays N spokes, spokes pay
 * spokes of a higher number and pay 0 back — so splitting a search by its first hops (all there was before) leaves
 * the whole search on one thread, and splitting at the second hop (Blanuša et al. 2022) shares it.
 * Runs the two-worker scan both ways and prints each worker's busy and finishing seconds.
 *
 *   npx tsx bench/ledger-hub.ts [--spokes 300] [--links 6000] [--hops 6] [--split-after 65536] [--seed 1]
 *
 * --split-after: steps on one start before a worker splits it (the scan's default is 2^22; lower here
 * so that a ledger small enough for a shared machine still splits).
 *
 * Not part of the tests; the figures go in reports. The machine's load (uptime) is printed.
 */
import { execFileSync } from "node:child_process";
import type { Ledger, ScanOptions } from "../src/core/ledger/types.ts";
import { createRng } from "../src/core/random.ts";
import { scanLedgerInWorkers } from "../src/io/ledger/scan-in-workers.ts";

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

export function hubLedger(spokes: number, links: number, seed: number): Ledger {
  const rng = createRng(seed);
  const rows: [number, number, number][] = [
    [0, 1, 0],
    [1, 2, 1],
  ];
  const spoke = () => 3 + rng.int(spokes);
  for (let i = 0; i < spokes; i++) rows.push([2, 3 + i, 2 + rng.int(100)]);
  // Spokes pay only spokes of a higher number: no cycle among them, so every cycle goes through 0 → 1.
  for (let i = 0; i < links; i++) {
    const a = spoke();
    const b = spoke();
    if (a !== b) rows.push([Math.min(a, b), Math.max(a, b), 100 + rng.int(800)]);
  }
  for (let i = 0; i < spokes; i++) rows.push([3 + i, 0, 900 + rng.int(100)]);
  return {
    accountCount: spokes + 3,
    src: Int32Array.from(rows, (r) => r[0]),
    dst: Int32Array.from(rows, (r) => r[1]),
    ts: Float64Array.from(rows, (r) => r[2] * 60_000),
    amount: Float64Array.from(rows, () => 100),
    row: Int32Array.from(rows, (_, i) => i),
  };
}

async function main(args: string[]): Promise<void> {
  const ledger = hubLedger(
    option(args, "--spokes", 400),
    option(args, "--links", 4000),
    option(args, "--seed", 1),
  );
  const options: ScanOptions = { mode: "temporal", windowMs: 86_400_000, maxHops: option(args, "--hops", 6) };
  console.log(`load before: ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
  for (const secondHop of [false, true]) {
    const started = performance.now();
    const summary = await scanLedgerInWorkers(ledger, options, {
      workers: 2,
      split: { secondHop, afterSteps: option(args, "--split-after", 1 << 16) },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify({
        split: secondHop ? "first and second hop" : "first hop only (before)",
        transactions: ledger.src.length,
        cycles: summary.cycles,
        steps: summary.steps,
        seconds: Number(seconds.toFixed(2)),
        workers: summary.workers?.map((w) => ({
          busy: Number(w.busy.toFixed(2)),
          finished: Number(w.finished.toFixed(2)),
        })),
      }),
    );
  }
  console.log(`load after: ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
