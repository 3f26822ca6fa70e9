/**
 * The search alone, on a generated heavy-hub ledger, in this process: for calibrating the generator's
 * difficulty (cycles at a size and Zipf exponent) and for measuring the search's cost per step without
 * CSV ingest in the way. Generates the ledger in memory (bench/ledger-generate.ts heavyShape, with
 * --exponent to try another), scans it with `--workers N` threads (0: this thread), and prints one JSON
 * line: cycles, steps, each thread's CPU seconds and steps per CPU second (the figure to compare runs
 * by on shared cores), busy/finished times, and the load average before and after.
 *
 *   npx tsx bench/ledger-steps.ts [--size 2m] [--exponent HEAVY_EXPONENT] [--seed 1] [--workers 1] [--hops 6]
 *     [--window-days 1] [--ids by-activity|by-name|by-count] [--pages 2m|4k]
 *
 * Like `halqa ledger scan` (bin/huge-pages.js), it runs itself again with glibc's malloc on 2 MB pages
 * where it can; `--pages 4k` keeps the 4 KB pages, to measure what the huge pages give.
 *
 * Not part of the tests; the figures go in docs/scale.md.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { hugePagesEnv, wantsHugePages } from "../bin/huge-pages.js";
import { syntheticLedger } from "../src/core/ledger/synthetic.ts";
import type { ScanOptions } from "../src/core/ledger/types.ts";
import { createRng } from "../src/core/random.ts";
import { scanLedgerInWorkers } from "../src/io/ledger/scan-in-workers.ts";
import { threadCpuMs } from "../src/io/ledger/thread-cpu.ts";
import { HEAVY_EXPONENT, heavyShape, parseSize } from "./ledger-generate.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const load = () =>
  execFileSync("uptime", { encoding: "utf8" })
    .trim()
    .replace(/^.*load average: /, "");

const pages = option("--pages", "2m");
const glibc = () =>
  (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime;
if (pages === "2m" && wantsHugePages(["ledger", "scan"], process.env, process.platform, glibc)) {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: hugePagesEnv(process.env),
  });
  process.exit(child.status ?? 1);
}
const hugePages = (process.env.GLIBC_TUNABLES ?? "").includes("glibc.malloc.hugetlb=1");

const size = parseSize(option("--size", "2m"));
const exponent = Number(option("--exponent", String(HEAVY_EXPONENT)));
const seed = Number(option("--seed", "1"));
const workers = Number(option("--workers", "1"));
const options: ScanOptions = {
  mode: "temporal",
  windowMs: Number(option("--window-days", "1")) * 86_400_000,
  maxHops: Number(option("--hops", "6")),
};
const { ledger } = syntheticLedger({ ...heavyShape(size), exponent }, createRng(seed));
// The generator numbers accounts by activity (id = Zipf rank: hubs first); the CLI numbers them by
// name, as text ("A0", "A1", "A10", "A100", …). `--ids by-name` relabels as the CLI would, to measure
// what the numbering alone costs the search (the same cycles either way).
// `--ids by-count` relabels as the CLI does since it numbers by activity (src/io/ledger/ingest.ts):
// transactions paid or received, descending, ties by name — close to, not the same as, Zipf rank.
const ids = option("--ids", "by-activity");
if (ids === "by-name") relabelByName(ledger.src, ledger.dst, ledger.accountCount);
if (ids === "by-count") relabelByCount(ledger.src, ledger.dst, ledger.accountCount);
const loadBefore = load();
const cpuBefore = threadCpuMs();
const started = performance.now();
const summary = await scanLedgerInWorkers(ledger, options, { workers });
const wall = (performance.now() - started) / 1000;
const cpuHere = threadCpuMs();
const here = cpuBefore === null || cpuHere === null ? null : (cpuHere - cpuBefore) / 1000;
const threads = summary.workers ?? [
  { busy: wall, waited: 0, finished: wall, cpu: here, steps: summary.steps },
];
console.log(
  JSON.stringify({
    size,
    exponent,
    seed,
    workers,
    ids: option("--ids", "by-activity"),
    pages: hugePages ? "2m" : "4k",
    cycles: summary.cycles,
    byLength: summary.byLength,
    steps: summary.steps,
    pruneSteps: summary.pruneSteps,
    stepsPerCycle: Number((summary.steps / Math.max(1, summary.cycles)).toFixed(1)),
    wall: Number(wall.toFixed(1)),
    threads: threads.map((w) => ({
      cpu: w.cpu,
      busy: Number(w.busy.toFixed(1)),
      finished: Number(w.finished.toFixed(1)),
      mStepsPerCpuSecond: w.cpu ? Number((w.steps / w.cpu / 1e6).toFixed(1)) : null,
    })),
    load: `${loadBefore} / ${load()}`,
  }),
);

/** The CLI's order of the names "A<a>" and "A<b>" (as text). */
function byNameText(a: number, b: number): number {
  return `A${a}` < `A${b}` ? -1 : 1;
}

/** Renumbers accounts 0 … n − 1 in the order of their names "A<id>" as text. */
function relabelByName(src: Int32Array, dst: Int32Array, n: number): void {
  relabel(src, dst, Array.from({ length: n }, (_, id) => id).sort(byNameText));
}

/** Renumbers accounts busiest first (payer or payee of non-self-loop rows), ties by name, as ingest does. */
function relabelByCount(src: Int32Array, dst: Int32Array, n: number): void {
  const count = new Float64Array(n);
  for (let e = 0; e < src.length; e++) {
    if (src[e] === dst[e]) continue;
    const payer = src[e] as number;
    const payee = dst[e] as number;
    count[payer] = (count[payer] as number) + 1;
    count[payee] = (count[payee] as number) + 1;
  }
  const order = Array.from({ length: n }, (_, id) => id);
  relabel(
    src,
    dst,
    order.sort((a, b) => (count[b] as number) - (count[a] as number) || byNameText(a, b)),
  );
}

/** Gives account order[k] the id k. */
function relabel(src: Int32Array, dst: Int32Array, order: number[]): void {
  const rank = new Int32Array(order.length);
  order.forEach((id, k) => {
    rank[id] = k;
  });
  for (let e = 0; e < src.length; e++) {
    src[e] = rank[src[e] as number] as number;
    dst[e] = rank[dst[e] as number] as number;
  }
}
