/**
 * Ingest benchmark: a ledger file to ready CSR — the arrays the search walks — through DuckDB
 * (src/io/ledger/ingest.ts) and the scan's preparation (prepareLedger, temporal, the 1-day window of
 * issue 16, on shared memory as the worker driver does). Reports, per phase and in all, wall seconds,
 * the process's CPU seconds (every thread, DuckDB's included) and the main thread's own CPU seconds
 * (Linux /proc/thread-self/stat), so "DuckDB's threads" is the difference; the load average before
 * and after (the machine may be shared: the CPU seconds are the steadier figure); the peak resident
 * set (DuckDB's native memory included). Phases come from ingest's progress callback: "read" (the
 * file parsed into a table), "check" (bad values counted, the time span, the rows to load), "accounts"
 * (account names interned), "load" (the (payer, time, row) order and the copy into typed arrays), then
 * "prepare" (the search's orders and adjacency arrays, on two threads as the scan does it: the helper
 * thread's CPU is reported apart), then "workers" (search worker threads started and each one's
 * cursor built on the prepared ledger, as the scan's workers do before their first step; timed from
 * outside the search code by bench/worker-setup.ts). "to search" is the serial part of a scan: from
 * the file to the first search step.
 *
 * Run: npx tsx bench/ledger-ingest.ts ROWS [--csv FILE] [--memory-limit=2GB] [--threads=2] [--workers=2] [--parquet] [--duckdb]
 *
 * A plain CSV goes through halqa's own two-thread reader (src/io/ledger/fast-csv/) unless --duckdb
 * asks for the DuckDB route; the first line of the report says which read the file.
 *
 * Without --csv, the CSV of ROWS rows is generated with bench/ledger-csv.ts into the temporary folder;
 * with it, FILE is read (e.g. the heavy-hub ledger of `bench/ledger-generate.ts 10m --heavy --csv FILE`).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlString } from "../src/io/ledger/duckdb.ts";
import { type IngestStage, ingestLedger } from "../src/io/ledger/ingest.ts";
import { type PrepareTimes, prepareShared } from "../src/io/ledger/prepare-shared.ts";
import { threadCpuMs } from "../src/io/ledger/thread-cpu.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const given = option("--csv");
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const memoryLimit = args.find((a) => a.startsWith("--memory-limit="))?.split("=")[1] ?? "2GB";
const threads = Number(args.find((a) => a.startsWith("--threads="))?.split("=")[1] ?? 2);
const workers = Number(args.find((a) => a.startsWith("--workers="))?.split("=")[1] ?? 2);
const parquet = args.includes("--parquet");
const reader = args.includes("--duckdb") ? "duckdb" : "auto";
const csv = given ?? join(tmpdir(), `halqa-ledger-${rows}.csv`);
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
    await connection.run(`COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true))
      TO ${sqlString(file)} (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
  }
}

type Clock = { wall: number; cpu: NodeJS.CpuUsage; main: number };
const now = (): Clock => ({ wall: performance.now(), cpu: process.cpuUsage(), main: threadCpuMs() ?? 0 });
const since = (from: Clock) => {
  const used = process.cpuUsage(from.cpu);
  return {
    wall: (performance.now() - from.wall) / 1000,
    cpu: (used.user + used.system) / 1e6,
    main: ((threadCpuMs() ?? 0) - from.main) / 1000,
  };
};
const show = (name: string, t: ReturnType<typeof since>) =>
  `${name.padEnd(9)} ${t.wall.toFixed(2).padStart(6)} s wall ${t.cpu.toFixed(2).padStart(6)} s CPU (main thread ${t.main.toFixed(2)}, other threads ${(t.cpu - t.main).toFixed(2)})`;

const loadBefore = loadavg()[0] as number;
const start = now();
const lines: string[] = [];
let stage: IngestStage | "open" = "open";
/** The DuckDB route reports a "check" stage; the fast CSV reader checks as it reads. */
let sawCheck = false;
let stageStart = start;
const closeStage = () => {
  lines.push(show(stage, since(stageStart)));
  stageStart = now();
};
const result = await ingestLedger(file, {
  requireTs: true,
  reader,
  engine: { memoryLimit, threads },
  onProgress: (next) => {
    if (next === "check") sawCheck = true;
    if (next === stage) return;
    closeStage();
    stage = next;
  },
});
closeStage();
if (!result.ok) {
  console.error(JSON.stringify(result.problems, null, 2));
  process.exit(1);
}
const ingested = since(start);
const prepareStart = now();
const scan = { mode: "temporal", windowMs: 86_400_000, maxHops: 6 } as const;
const helper: PrepareTimes = { helperCpu: null };
const prepared = await prepareShared(result.ledger, scan, {}, undefined, helper);
lines.push(
  `${show("prepare", since(prepareStart))}; helper thread ${helper.helperCpu?.toFixed(2) ?? "none"} s CPU`,
);
const total = since(start);
// Search workers started as the scan starts them, each building its cursor; timed from outside.
const workersStart = now();
const spawned = performance.timeOrigin + performance.now();
const ready = await Promise.all(
  Array.from(
    { length: workers },
    () =>
      new Promise<{ loaded: number; ready: number; cpuMs: number | null }>((resolve, reject) => {
        const thread = new Worker(new URL("./worker-setup-entry.js", import.meta.url), {
          workerData: { prepared, options: scan },
        });
        thread.once("message", (message) => {
          resolve(message);
          void thread.terminate();
        });
        thread.once("error", reject);
      }),
  ),
);
lines.push(
  `${show("workers", since(workersStart))}; ${ready
    .map(
      (w, i) =>
        `worker ${i}: modules loaded after ${((w.loaded - spawned) / 1000).toFixed(2)} s, cursor ready after ${((w.ready - spawned) / 1000).toFixed(2)} s, ${((w.cpuMs ?? Number.NaN) / 1000).toFixed(2)} s CPU`,
    )
    .join("; ")}`,
);
const withWorkers = since(start);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `${result.rows.toLocaleString("en")} rows (${parquet ? "Parquet" : "CSV"}, ${file}), ` +
    `${result.loaded.toLocaleString("en")} transactions, ${result.accounts.length.toLocaleString("en")} accounts, ` +
    `${result.duplicates} duplicate rows, ${prepared.size.toLocaleString("en")} kept for the search\n` +
    `read by ${result.seconds > 0 && reader === "auto" && !parquet && !sawCheck ? "halqa's CSV reader (two threads)" : `DuckDB (memory_limit ${memoryLimit}, ${threads} threads)`}; load average ${loadBefore.toFixed(1)} → ` +
    `${(loadavg()[0] as number).toFixed(1)} on ${availableParallelism()} cores; peak RSS ${peakMb.toFixed(0)} MB\n` +
    `  ${lines.join("\n  ")}\n  ${show("ingest", ingested)}\n  ${show("to CSR", total)}\n  ${show("to search", withWorkers)}`,
);
