/**
 * Benchmark of the ledger scan (src/core/ledger, src/io/ledger) on generated ledgers
 * (bench/ledger-generate.ts). Run: npx tsx bench/ledger.bench.ts [--quick] [--cases a,b] [--workers 1,2]
 * [--nx-timeout SECONDS] [--baseline]. Not part of the tests; the figures go in reports, never into
 * assertions.
 *
 * Each (case, workers) runs in its own child process, so its peak RSS is its own. The time is the scan
 * as a user's program sees it — preparing the arrays, starting the worker threads, searching, and
 * receiving every cycle in batches — but not generating the ledger (ingest, for files, is measured by
 * the CLI). Steps are transactions examined (forward search plus prune); steps per cycle is the
 * machine-independent measure of the prune. `--baseline` also runs the classic closing-time search of
 * bench/ledger-baseline.ts on the temporal cases (one thread) for the steps per cycle "before".
 *
 * The static case is also counted by networkx `simple_cycles(length_bound=k)` (Debian's
 * python3-networkx, through bench/networkx_cycles.py) on the same graph: networkx's DiGraph keeps one
 * edge per account pair, so both count the ledger with repeated pairs reduced to their first
 * transaction, and the counts must agree. The machine's load (uptime) is printed before and after, as
 * the cores may be shared.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Ledger, ScanOptions } from "../src/core/ledger/types.ts";
import { scanLedgerInWorkers } from "../src/io/ledger/scan-in-workers.ts";
import { baselineScan } from "./ledger-baseline.ts";
import { generate } from "./ledger-generate.ts";

const DAY = 86_400_000;

type Case = { name: string; transactions: number; dense?: boolean; options: ScanOptions; quick?: boolean };

const CASES: Case[] = [
  {
    name: "10k-static-6",
    transactions: 10_000,
    dense: true,
    options: { mode: "static", windowMs: 0, maxHops: 6 },
    quick: true,
  },
  {
    name: "100k-7d-6",
    transactions: 100_000,
    options: { mode: "temporal", windowMs: 7 * DAY, maxHops: 6 },
    quick: true,
  },
  {
    name: "1m-1d",
    transactions: 1_000_000,
    options: { mode: "temporal", windowMs: DAY, maxHops: Number.POSITIVE_INFINITY },
  },
  { name: "1m-7d-6", transactions: 1_000_000, options: { mode: "temporal", windowMs: 7 * DAY, maxHops: 6 } },
  { name: "10m-1d-6", transactions: 10_000_000, options: { mode: "temporal", windowMs: DAY, maxHops: 6 } },
];

type ChildResult = {
  cycles: number;
  steps: number;
  pruneSteps: number;
  seconds: number;
  cpuSeconds: number;
  generateSeconds: number;
  peakRssMb: number;
};

/** Keeps the first transaction of each payer–payee pair: the graph networkx's DiGraph sees. */
function firstOfEachPair(ledger: Ledger): Ledger {
  const seen = new Set<number>();
  const keep: number[] = [];
  const n = ledger.accountCount;
  for (let e = 0; e < ledger.src.length; e++) {
    const pair = (ledger.src[e] as number) * n + (ledger.dst[e] as number);
    if (seen.has(pair)) continue;
    seen.add(pair);
    keep.push(e);
  }
  const pick = <T extends Int32Array | Float64Array>(a: T, make: (k: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((e, i) => {
      out[i] = a[e] as number;
    });
    return out;
  };
  return {
    accountCount: n,
    src: pick(ledger.src, (k) => new Int32Array(k)),
    dst: pick(ledger.dst, (k) => new Int32Array(k)),
    ts: pick(ledger.ts, (k) => new Float64Array(k)),
    amount: pick(ledger.amount, (k) => new Float64Array(k)),
    row: Int32Array.from(keep),
  };
}

async function child(name: string, workers: number, pairs: boolean, baseline: boolean): Promise<void> {
  const spec = CASES.find((c) => c.name === name);
  if (!spec) throw new Error(`no case ${name}`);
  const generated = performance.now();
  const full = generate(spec.transactions, 1, spec.dense).ledger;
  const ledger = pairs ? firstOfEachPair(full) : full;
  const generateSeconds = (performance.now() - generated) / 1000;
  if (baseline) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const r = baselineScan(ledger, spec.options.windowMs, spec.options.maxHops);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const result = { cycles: r.cycles, steps: r.steps, pruneSteps: 0, seconds, cpuSeconds };
    console.log(
      JSON.stringify({ ...result, generateSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
    );
    return;
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  let received = 0;
  const summary = await scanLedgerInWorkers(ledger, spec.options, {
    workers,
    onCycles: (batch) => {
      received += batch.count;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (received !== summary.cycles)
    throw new Error(`received ${received} cycles, summary says ${summary.cycles}`);
  const result: ChildResult = {
    cycles: summary.cycles,
    steps: summary.steps,
    pruneSteps: summary.pruneSteps ?? 0,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    generateSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(result));
}

function runChild(name: string, workers: number, extra: string[] = []): ChildResult | { error: string } {
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--max-old-space-size=6000",
      import.meta.filename,
      "--child",
      name,
      String(workers),
      ...extra,
    ],
    { encoding: "utf8", maxBuffer: 1 << 24, cwd: join(import.meta.dirname, "..") },
  );
  if (run.status !== 0)
    return { error: (run.stderr || `exit ${run.status}`).trim().split("\n").slice(-3).join(" ") };
  return JSON.parse(run.stdout.trim().split("\n").pop() as string) as ChildResult;
}

function networkxCount(spec: Case, timeoutS: number): { count: number; seconds: number } | { error: string } {
  const ledger = firstOfEachPair(generate(spec.transactions, 1, spec.dense).ledger);
  const dir = mkdtempSync(join(tmpdir(), "halqa-ledger-nx-"));
  try {
    const file = join(dir, "edges.txt");
    let text = "";
    for (let e = 0; e < ledger.src.length; e++) text += `${ledger.src[e]} ${ledger.dst[e]}\n`;
    writeFileSync(file, text);
    const run = spawnSync(
      "python3",
      [join(import.meta.dirname, "networkx_cycles.py"), file, String(spec.options.maxHops)],
      {
        encoding: "utf8",
        timeout: timeoutS * 1000,
        killSignal: "SIGKILL",
      },
    );
    if (run.signal === "SIGKILL") return { error: `> ${timeoutS} s (stopped)` };
    if (run.status !== 0) return { error: run.stderr.trim() || `exit ${run.status}` };
    return JSON.parse(run.stdout) as { count: number; seconds: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
const load = () => execFileSync("uptime", { encoding: "utf8" }).trim();

async function parent(args: string[]): Promise<void> {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const quick = args.includes("--quick");
  const names = value("--cases")?.split(",");
  const workerCounts = (value("--workers") ?? "1,2").split(",").map(Number);
  const nxTimeout = Number(value("--nx-timeout") ?? 600);
  const cases = CASES.filter((c) => (names ? names.includes(c.name) : !quick || c.quick));
  console.log(`load before: ${load()}`);
  console.log("| case | workers | cycles | steps | steps/cycle | scan s | CPU s | peak RSS MB |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const spec of cases) {
    const runs: [string, ChildResult | { error: string }][] = workerCounts.map((w) => [
      String(w),
      runChild(spec.name, w),
    ]);
    if (args.includes("--baseline") && spec.options.mode === "temporal")
      runs.push(["baseline (1 thread)", runChild(spec.name, 0, ["--baseline"])]);
    for (const [label, r] of runs) {
      if ("error" in r) {
        console.log(`| ${spec.name} | ${label} | error: ${r.error} |`);
        continue;
      }
      console.log(
        `| ${spec.name} | ${label} | ${fmt(r.cycles)} | ${fmt(r.steps)} | ${(r.steps / Math.max(1, r.cycles)).toFixed(0)} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.peakRssMb.toFixed(0)} |`,
      );
    }
    if (spec.options.mode === "static") {
      const mine = runChild(spec.name, 2, ["--pairs"]);
      const nx = networkxCount(spec, nxTimeout);
      const mineText =
        "error" in mine ? mine.error : `${fmt(mine.cycles)} cycles in ${mine.seconds.toFixed(2)} s`;
      const nxText = "error" in nx ? nx.error : `${fmt(nx.count)} cycles in ${nx.seconds.toFixed(1)} s`;
      const agree =
        !("error" in mine) && !("error" in nx) ? (mine.cycles === nx.count ? "agree" : "DISAGREE") : "";
      const speedup =
        !("error" in mine) && !("error" in nx) ? ` — ${(nx.seconds / mine.seconds).toFixed(0)}× faster` : "";
      console.log(
        `\n${spec.name}, one transaction per pair: halqa (2 workers) ${mineText}; networkx ${nxText}; ${agree}${speedup}\n`,
      );
      if (agree === "DISAGREE") process.exitCode = 1;
    }
  }
  console.log(`load after: ${load()}`);
}

const argv = process.argv.slice(2);
if (argv[0] === "--child")
  await child(argv[1] as string, Number(argv[2]), argv.includes("--pairs"), argv.includes("--baseline"));
else await parent(argv);
