/**
 * Ingest benchmark: time and peak memory to read a ledger CSV into the typed-array Ledger through
 * DuckDB (src/io/ledger/ingest.ts). Generates the CSV with bench/ledger-csv.ts when it is missing.
 * Peak RSS is the process's maximum resident set (DuckDB's native memory included), from
 * process.resourceUsage().maxRSS.
 *
 * Run: npx tsx bench/ledger-ingest.ts ROWS [--memory-limit=2GB] [--threads=2]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestLedger } from "../src/io/ledger/ingest.ts";

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const memoryLimit = args.find((a) => a.startsWith("--memory-limit="))?.split("=")[1] ?? "2GB";
const threads = Number(args.find((a) => a.startsWith("--threads="))?.split("=")[1] ?? 2);
const file = join(tmpdir(), `halqa-ledger-${rows}.csv`);
if (!existsSync(file)) {
  const made = spawnSync("npx", ["tsx", join(import.meta.dirname, "ledger-csv.ts"), file, String(rows)], {
    stdio: "inherit",
  });
  if (made.status !== 0) process.exit(1);
}
const started = performance.now();
const result = await ingestLedger(file, { requireTs: true, engine: { memoryLimit, threads } });
const seconds = (performance.now() - started) / 1000;
if (!result.ok) {
  console.error(JSON.stringify(result.problems, null, 2));
  process.exit(1);
}
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `${rows.toLocaleString("en")} rows: ${seconds.toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB ` +
    `(memory_limit ${memoryLimit}, ${threads} threads); ${result.loaded.toLocaleString("en")} transactions, ` +
    `${result.accounts.length.toLocaleString("en")} accounts, ${result.duplicates} duplicate rows`,
);
