/**
 * Ingest benchmark: time and peak memory to read a ledger into the typed-array Ledger through DuckDB
 * (src/io/ledger/ingest.ts). Generates the CSV with bench/ledger-csv.ts when it is missing, and with
 * --parquet converts it once to Parquet and reads that instead (the fast path: typed columns, no
 * text to parse). Reports wall time, CPU time (all threads, DuckDB's included: the figure that
 * does not depend on what else the machine runs) and the load average, since the machine may be
 * shared; peak RSS is the process's maximum resident set (DuckDB's native memory included), from
 * process.resourceUsage().maxRSS. Per-stage times come from ingest's progress callback.
 *
 * Run: npx tsx bench/ledger-ingest.ts ROWS [--memory-limit=2GB] [--threads=2] [--parquet]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlString } from "../src/io/ledger/duckdb.ts";
import { type IngestStage, ingestLedger } from "../src/io/ledger/ingest.ts";

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const memoryLimit = args.find((a) => a.startsWith("--memory-limit="))?.split("=")[1] ?? "2GB";
const threads = Number(args.find((a) => a.startsWith("--threads="))?.split("=")[1] ?? 2);
const parquet = args.includes("--parquet");
const csv = join(tmpdir(), `halqa-ledger-${rows}.csv`);
if (!existsSync(csv)) {
  const made = spawnSync("npx", ["tsx", join(import.meta.dirname, "ledger-csv.ts"), csv, String(rows)], {
    stdio: "inherit",
  });
  if (made.status !== 0) process.exit(1);
}
let file = csv;
if (parquet) {
  file = csv.replace(/\.csv$/, ".parquet");
  if (!existsSync(file)) {
    const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT tx_id, sender, receiver, CAST(amount AS DOUBLE) AS amount,
        CAST("timestamp" AS TIMESTAMP) AS "timestamp" FROM read_csv(${sqlString(csv)}, header = true, all_varchar = true))
      TO ${sqlString(file)} (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
  }
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const loadBefore = loadavg()[0] as number;
const started = performance.now();
const cpuStart = process.cpuUsage();
const stages: string[] = [];
let stage: IngestStage | "open" = "open";
let stageWall = started;
let stageCpu = process.cpuUsage();
const closeStage = () => {
  stages.push(
    `${stage} ${((performance.now() - stageWall) / 1000).toFixed(2)} s (${cpuSeconds(stageCpu).toFixed(2)} s CPU)`,
  );
  stageWall = performance.now();
  stageCpu = process.cpuUsage();
};
const result = await ingestLedger(file, {
  requireTs: true,
  engine: { memoryLimit, threads },
  onProgress: (next) => {
    if (next === stage) return;
    closeStage();
    stage = next;
  },
});
closeStage();
const seconds = (performance.now() - started) / 1000;
const cpu = cpuSeconds(cpuStart);
if (!result.ok) {
  console.error(JSON.stringify(result.problems, null, 2));
  process.exit(1);
}
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `${rows.toLocaleString("en")} rows (${parquet ? "Parquet" : "CSV"}): ${seconds.toFixed(2)} s, ${cpu.toFixed(2)} s CPU, ` +
    `peak RSS ${peakMb.toFixed(0)} MB (memory_limit ${memoryLimit}, ${threads} threads; load average ` +
    `${loadBefore.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)} on ${availableParallelism()} cores); ` +
    `${result.loaded.toLocaleString("en")} transactions, ${result.accounts.length.toLocaleString("en")} accounts, ` +
    `${result.duplicates} duplicate rows\n  stages: ${stages.join(", ")}`,
);
