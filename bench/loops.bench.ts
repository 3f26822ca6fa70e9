/**
 * Benchmark of the hop-bounded cycle count (src/core/cycles) against networkx's simple_cycles with
 * length_bound, on seeded random directed graphs. Run: npx tsx bench/loops.bench.ts
 * (not part of the tests; the figures go in reports, never into assertions).
 *
 * halqa's times are the fastest of three runs after a warm-up run. Each graph is written to a temporary edge-list file and counted by bench/networkx_cycles.py in the
 * same run; the two counts must agree or the run fails. Times cover the enumeration only (not
 * building the CSR or reading the file). networkx is stopped after NX_TIMEOUT_S seconds and reported
 * as "> T s"; once it has timed out on a graph, the larger bounds are not run (they search a superset)
 * and are marked "> T s*". A second table times time-respecting cycles (networkx has no equivalent)
 * on the same graphs with timestamps spread over a year. Options: --quick (one small graph),
 * --nx-timeout=SECONDS.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { countSimpleCycles, countTemporalCycles } from "../src/core/cycles/index.ts";
import { buildCsr } from "../src/core/graph/csr.ts";
import type { EdgeList } from "../src/core/graph/edge-list.ts";
import { createRng } from "../src/core/random.ts";

const args = process.argv.slice(2);
const NX_TIMEOUT_S = Number(args.find((a) => a.startsWith("--nx-timeout="))?.split("=")[1] ?? 30);
const QUICK = args.includes("--quick");

/** m distinct directed edges between n nodes, no self-loops (networkx would count those). */
function randomGraph(n: number, m: number, seed: number): EdgeList {
  const rng = createRng(seed);
  const random = () => rng.next();
  const seen = new Set<number>();
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  for (let i = 0; i < m; ) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b || seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    src[i] = a;
    dst[i] = b;
    i++;
  }
  return {
    nodeIds: Array.from({ length: n }, (_, i) => String(i)),
    src,
    dst,
    amount: new Float64Array(m).fill(1),
    // Whole days over a year: ties are common, as in real ledgers.
    ts: Float64Array.from({ length: m }, () => Math.floor(random() * 365)),
    edgeIds: null,
  };
}

type NxResult = { count: number; seconds: number } | { timedOut: true } | { error: string };

function networkx(file: string, k: number): NxResult {
  const run = spawnSync("python3", [join(import.meta.dirname, "networkx_cycles.py"), file, String(k)], {
    encoding: "utf8",
    timeout: NX_TIMEOUT_S * 1000,
    killSignal: "SIGKILL",
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return { timedOut: true };
  if (run.signal === "SIGKILL") return { timedOut: true };
  if (run.status !== 0) return { error: run.stderr.trim() || `exit ${run.status}` };
  return JSON.parse(run.stdout) as { count: number; seconds: number };
}

/** The fastest of `runs` runs (the first pays for compilation), with its result. */
function fastest<T>(runs: number, f: () => T): { result: T; seconds: number } {
  let best = Number.POSITIVE_INFINITY;
  let result = f();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = f();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return { result, seconds: best };
}

const fmt = (x: number) =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0);

const sizes = QUICK
  ? [{ n: 250, m: 2_000 }]
  : [
      { n: 1_250, m: 10_000 },
      { n: 12_500, m: 100_000 },
    ];
const dir = mkdtempSync(join(tmpdir(), "halqa-loops-"));
const rows: string[][] = [];
const temporalRows: string[][] = [];
let mismatch = false;
try {
  for (const [index, { n, m }] of sizes.entries()) {
    const list = randomGraph(n, m, 1000 + index);
    const file = join(dir, `g${index}.txt`);
    const lines: string[] = [];
    for (let i = 0; i < m; i++) lines.push(`${list.src[i]} ${list.dst[i]}`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    const buildStart = performance.now();
    const csr = buildCsr(list);
    const buildMs = performance.now() - buildStart;
    console.log(
      `graph ${n} nodes, ${m} edges (mean out-degree ${(m / n).toFixed(1)}), CSR built in ${buildMs.toFixed(0)} ms`,
    );
    let nxGaveUp = false;
    for (const k of [4, 5, 6]) {
      const { result, seconds } = fastest(3, () => countSimpleCycles(csr, { maxLength: k }));
      const { total, byLength } = result;
      const nx: NxResult | { skipped: true } = nxGaveUp ? { skipped: true } : networkx(file, k);
      let nxCount = "";
      let nxTime = "";
      let speedUp = "";
      if ("count" in nx) {
        nxCount = String(nx.count);
        nxTime = `${nx.seconds.toFixed(2)} s`;
        speedUp = `${(nx.seconds / seconds).toFixed(0)}×`;
        if (nx.count !== total) {
          mismatch = true;
          console.error(`MISMATCH n=${n} m=${m} K=${k}: halqa ${total}, networkx ${nx.count}`);
        }
      } else if ("timedOut" in nx || "skipped" in nx) {
        nxGaveUp = true;
        nxCount = "—";
        nxTime = `> ${NX_TIMEOUT_S} s${"skipped" in nx ? "*" : ""}`;
        speedUp = `> ${(NX_TIMEOUT_S / seconds).toFixed(0)}×`;
      } else {
        nxCount = "error";
        nxTime = nx.error.split("\n").at(-1) ?? "";
        mismatch = true;
      }
      console.log(`  K=${k}: ${total} cycles, by length ${JSON.stringify(byLength.slice(2))}`);
      rows.push([
        String(n),
        String(m),
        String(k),
        String(total),
        `${seconds.toFixed(3)} s`,
        fmt(total / seconds),
        fmt(m / seconds),
        nxCount,
        nxTime,
        speedUp,
      ]);
    }
    for (const [window, k] of [
      [30, 6],
      [365, 6],
    ] as const) {
      const { result, seconds } = fastest(3, () => countTemporalCycles(list, csr, { window, maxLength: k }));
      const { total } = result;
      temporalRows.push([
        String(n),
        String(m),
        `${window} d`,
        String(k),
        String(total),
        `${seconds.toFixed(3)} s`,
        fmt(m / seconds),
      ]);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function table(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] as number)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of body) console.log(line(row));
}

console.log("\nSimple cycles of at most K nodes (halqa countSimpleCycles vs networkx simple_cycles):\n");
table(
  ["nodes", "edges", "K", "cycles", "halqa", "cycles/s", "edges/s", "networkx", "nx time", "speed-up"],
  rows,
);
if (rows.some((r) => r[8]?.endsWith("*")))
  console.log("* not run: networkx had already timed out on a smaller K of this graph.");
console.log("\nTime-respecting cycles (countTemporalCycles; timestamps: whole days over a year):\n");
table(["nodes", "edges", "window", "K", "cycles", "halqa", "edges/s"], temporalRows);
if (mismatch) {
  console.error("\nhalqa and networkx disagree (see above)");
  process.exit(1);
}
