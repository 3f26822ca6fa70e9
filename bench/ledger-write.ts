/**
 * Benchmark of the --out writers (src/io/ledger/writer.ts): N synthetic cycles, in batches of 4096
 * as the scan delivers them, through the real writers — the writer thread (`writeBatch`, what
 * `halqa ledger scan --out` uses) and, with --records, the record path (`write`, cycle objects
 * formatted on the calling thread, what the command used before) — into CSV, JSON lines and Parquet,
 * each timed separately, end to end (open, every batch, commit).
 *
 *   npx tsx bench/ledger-write.ts [--cycles 2000000] [--transactions 1000000] [--formats csv,jsonl,parquet]
 *     [--records] [--text-ids] [--seed 1] [--format-only]
 *
 * --format-only times the text formatter alone (cycle-format.ts) on this thread, batch by batch, with
 * no thread, file or disk: CPU seconds of formatting only (csv and jsonl), the figure to compare
 * formatter changes by on a shared machine. The batches are made before the clock starts.
 *
 * The ledger: power-law accounts named like "acct-123", times within a year (ISO on output), amounts
 * with cents; ids are numbers, or with --text-ids strings. Cycles of 2–6 transactions drawn at
 * random (the writer does not check that they close; it writes what it is given), generated batch by
 * batch so they are never all in memory. Not part of the tests: figures go in reports, never assertions.
 * CPU seconds count every thread of the process (the writer thread's, V8's helpers and libuv's, and
 * this thread making the batches): on a shared machine they are the steadier figure; the writer
 * thread's own CPU per million cycles is given apart (what it costs beside the search).
 * The machine's load (uptime) is printed, as the cores may be shared.
 *
 * Figures (writer thread's CPU per million cycles, `--cycles 1000000`; docs/scale.md parts 4–5):
 * CSV 1.84 s, JSON lines 2.11 s (load 1–8); Parquet 2.08 s with GZIP level 1 (load 1–8). With
 * integer bit-packing and Brotli at quality 0, main and the change run in turn at load 2.5: Parquet
 * 2.86, 3.07 → 1.43, 1.39 s (1.08 s after CSV and JSON lines in one process), file 60.9 → 72.6 MB;
 * CSV 2.26 s, JSON lines 2.46 s in that process (unchanged code). With the retained share rounded and
 * written by hand (docs/scale.md, "six-digit shares"), --format-only per million cycles, main and the
 * change in turn at load 22–26: CSV 1.17–1.27 → 0.83–0.96 s, JSON lines 1.35–1.52 → 0.91–1.04 s.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CycleBatch, Ledger } from "../src/core/ledger/types.ts";
import { createRng, type Rng } from "../src/core/random.ts";
import { CycleFormatter, type TextFormat } from "../src/io/ledger/cycle-format.ts";
import { type CycleContext, cycleRecord } from "../src/io/ledger/cycle-record.ts";
import { DEFAULT_ENGINE } from "../src/io/ledger/duckdb.ts";
import type { TransactionIds } from "../src/io/ledger/ingest.ts";
import { cpuMsFromStat } from "../src/io/ledger/thread-cpu.ts";
import { openCycleWriter } from "../src/io/ledger/writer.ts";

const BATCH = 4096;
const YEAR_MS = 365 * 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

function syntheticContext(transactions: number, textIds: boolean, rng: Rng): CycleContext {
  const accountCount = Math.max(10, Math.round(transactions / 10));
  const pick = () => Math.min(accountCount - 1, Math.floor(accountCount * rng.next() ** 3));
  const ledger: Ledger = {
    accountCount,
    src: Int32Array.from({ length: transactions }, pick),
    dst: Int32Array.from({ length: transactions }, pick),
    ts: Float64Array.from(
      { length: transactions },
      () => T0 + Math.floor((rng.next() * YEAR_MS) / 60_000) * 60_000,
    ),
    amount: Float64Array.from({ length: transactions }, () => Math.round(rng.next() * 1e7) / 100),
    row: Int32Array.from({ length: transactions }, (_, i) => i),
  };
  const accounts = Array.from({ length: accountCount }, (_, a) => `acct-${a}`);
  let ids: TransactionIds = {
    kind: "number",
    values: Float64Array.from({ length: transactions }, (_, i) => 1e6 + i),
  };
  if (textIds) {
    const text = Array.from({ length: transactions }, (_, i) => `tx-${i.toString(36)}\n`).join("");
    const bytes = Buffer.from(text);
    const offsets = new Float64Array(transactions + 1);
    for (let i = 0, at = 0; i < transactions; i++) {
      at += `tx-${i.toString(36)}\n`.length;
      offsets[i + 1] = at;
    }
    ids = { kind: "text", bytes, offsets };
  }
  return { ledger, accounts, ids };
}

/**
 * Cycles as the scan finds them: the search runs start by start through the ledger in time order and a
 * cycle's transactions lie within one window after its start, so a cycle's transactions are drawn from
 * `spread` transactions (a share of the ledger; 7/365 by default, a 7-day window of a year) after a
 * start that moves through the ledger, and consecutive cycles share their ends as a start's cycles do.
 */
function* batches(cycles: number, transactions: number, rng: Rng, spread = 7 / 365): Generator<CycleBatch> {
  const reach = Math.max(1, Math.min(transactions, Math.round(transactions * spread)));
  for (let done = 0; done < cycles; done += BATCH) {
    const count = Math.min(BATCH, cycles - done);
    const offsets = new Int32Array(count + 1);
    for (let j = 0; j < count; j++) offsets[j + 1] = (offsets[j] as number) + 2 + rng.int(5);
    const edges = new Int32Array(offsets[count] as number);
    const start = Math.floor(((done / cycles) * (transactions - reach + 1)) as number);
    for (let p = 0; p < edges.length; p++) edges[p] = start + rng.int(reach);
    // The search finds a start's cycles one after another, closing through a few last transactions:
    // runs of 1–8 cycles share their first transaction and take their last from two.
    let first = 0;
    let lasts = [0, 0];
    for (let j = 0, left = 0; j < count; j++, left--) {
      if (left === 0) {
        left = 1 + rng.int(8);
        first = start + rng.int(reach);
        lasts = [start + rng.int(reach), start + rng.int(reach)];
      }
      edges[offsets[j] as number] = first;
      edges[(offsets[j + 1] as number) - 1] = lasts[rng.int(2)] as number;
    }
    yield { count, offsets, edges };
  }
}

async function run(
  path: string,
  context: CycleContext,
  cycles: number,
  seed: number,
  records: boolean,
): Promise<{ seconds: number; writerCpuMs: number | null; direct: boolean | null }> {
  const rng = createRng(seed + 1);
  const started = performance.now();
  const writer = await openCycleWriter(path, DEFAULT_ENGINE, "transactions", records ? undefined : context);
  let number = 0;
  for (const batch of batches(cycles, context.ledger.src.length, rng)) {
    if (records) {
      const list = [];
      for (let j = 0; j < batch.count; j++)
        list.push(
          cycleRecord(context, ++number, batch.edges.subarray(batch.offsets[j], batch.offsets[j + 1])),
        );
      await writer.write(list);
    } else await writer.writeBatch?.(batch);
  }
  await writer.commit();
  return {
    seconds: (performance.now() - started) / 1000,
    writerCpuMs: writer.threadCpuMs?.() ?? null,
    direct: writer.wroteDirect?.() ?? null,
  };
}

/** CPU seconds of CycleFormatter.format over all the batches (made first, outside the timing). */
function formatOnly(context: CycleContext, cycles: number, seed: number, format: TextFormat): number {
  const all = [...batches(cycles, context.ledger.src.length, createRng(seed + 1))];
  const formatter = new CycleFormatter(context, format);
  const cpu0 = process.cpuUsage();
  let first = 1;
  let bytes = 0;
  for (const batch of all) {
    bytes += formatter.format(batch, first).length;
    first += batch.count;
  }
  const cpu = process.cpuUsage(cpu0);
  if (bytes === 0) throw new Error("nothing formatted");
  return (cpu.user + cpu.system) / 1e6;
}

/** CPU ms of this (the main) thread: its own /proc line, as thread-cpu.ts reads a worker's. */
function mainThreadCpuMs(): number {
  return cpuMsFromStat(readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8")) ?? Number.NaN;
}

async function main(args: string[]): Promise<void> {
  const cycles = Number(option(args, "--cycles", "2000000"));
  const transactions = Number(option(args, "--transactions", "1000000"));
  const formats = option(args, "--formats", "csv,jsonl,parquet").split(",");
  const seed = Number(option(args, "--seed", "1"));
  const records = args.includes("--records");
  const context = syntheticContext(transactions, args.includes("--text-ids"), createRng(seed));
  const dir = mkdtempSync(join(tmpdir(), "halqa-ledger-write-"));
  const load = () => execFileSync("uptime", { encoding: "utf8" }).trim();
  console.log(`load before: ${load()}`);
  if (args.includes("--format-only")) {
    for (const format of formats.filter((f): f is TextFormat => f === "csv" || f === "jsonl")) {
      const cpuSeconds = formatOnly(context, cycles, seed, format);
      const perCycle = (cpuSeconds / cycles) * 1e6;
      console.log(
        JSON.stringify({ format, path: "formatter only", cycles, cpuSeconds, microsPerCycle: perCycle }),
      );
    }
    console.log(`load after: ${load()}`);
    return;
  }
  try {
    for (const format of formats) {
      const path = join(dir, `cycles.${format}`);
      const cpu0 = process.cpuUsage();
      const main0 = mainThreadCpuMs();
      const { seconds, writerCpuMs, direct } = await run(path, context, cycles, seed, records);
      const cpu = process.cpuUsage(cpu0);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const mainSeconds = (mainThreadCpuMs() - main0) / 1000;
      const bytes = statSync(path).size;
      console.log(
        JSON.stringify({
          format,
          path: records ? "records (before)" : "writer thread",
          cycles,
          seconds: Number(seconds.toFixed(2)),
          cyclesPerSecond: Math.round(cycles / seconds),
          cpuSeconds: Number(cpuSeconds.toFixed(2)),
          cyclesPerCpuSecond: Math.round(cycles / cpuSeconds),
          // The writer thread alone (formatting and writing; for Parquet also the compression).
          writerThreadCpuSecondsPerMillion:
            writerCpuMs === null ? null : Number(((writerCpuMs / cycles) * 1000).toFixed(2)),
          // This thread (making the batches, posting them) and the rest: V8's helpers, DuckDB's at
          // open (Parquet takes its schema from a one-row file), libuv's pool (the text writes).
          mainThreadCpuSeconds: Number(mainSeconds.toFixed(2)),
          otherThreadsCpuSecondsPerMillion:
            writerCpuMs === null
              ? null
              : Number((((cpuSeconds - mainSeconds - writerCpuMs / 1000) / cycles) * 1e6).toFixed(2)),
          megabytes: Number((bytes / 1e6).toFixed(1)),
          // Text files: written around the page cache (O_DIRECT) to the end, or not (direct-append.ts).
          direct,
        }),
      );
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    console.log(`load after: ${load()}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
