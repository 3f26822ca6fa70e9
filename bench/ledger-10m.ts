/**
 * The issue-16 run, end to end: a heavy-hub ledger (bench/ledger-generate.ts heavyShape, seed 1) written
 * as CSV once, then scanned by the CLI as a user would — `halqa ledger scan FILE --window 1d
 * --max-hops 6 --json` — in a child process timed by /usr/bin/time, so the peak RSS and the CPU
 * time (all threads, DuckDB's and the workers') are the scan's own. Prints the count, wall, ingest,
 * search, each search thread's busy and finished times, peak RSS, the steps, steps per second of
 * search per thread (per busy second, and per CPU second of that thread alone), and the load average before and after (the cores may be shared: the CPU time is
 * the steadier figure).
 *
 *   npx tsx bench/ledger-10m.ts [--size 10m] [--dir DIR] [--workers 2] [--seed 1] [--out FILE]
 *
 * The CSV (about 640 MB at 10M) goes to DIR (default: the system's temporary folder) and is reused by
 * later runs of the same size and seed; delete it when done. Not part of the tests.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, HEAVY_EXPONENT, parseSize, writeCsv } from "./ledger-generate.ts";

type ScanJson = {
  found: number;
  steps: number;
  seconds: {
    ingest: number;
    scan: number;
    workers: { busy: number; waited: number; finished: number; cpu: number | null; steps: number }[];
  };
};

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const size = parseSize(option("--size", "10m"));
const seed = Number(option("--seed", "1"));
const workers = option("--workers", "2");
const dir = option("--dir", tmpdir());
const out = option("--out", "");
const load = () =>
  execFileSync("uptime", { encoding: "utf8" })
    .trim()
    .replace(/^.*load average: /, "");

mkdirSync(dir, { recursive: true });
const csv = join(dir, `halqa-heavy-${size}-seed${seed}-zipf${HEAVY_EXPONENT}.csv`);
if (!existsSync(csv)) {
  const started = performance.now();
  await writeCsv(csv, generate(size, seed, false, true).ledger);
  console.log(`generated ${csv} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const loadBefore = load();
const root = join(import.meta.dirname, "..");
const scanArgs = ["ledger", "scan", csv, "--window", "1d", "--max-hops", "6", "--workers", workers, "--json"];
if (out) scanArgs.push("--out", out, "--force");
const started = performance.now();
// GNU time's -f: peak resident set (KB), user and system CPU seconds, on stderr's last line.
const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, "bin/halqa.js", ...scanArgs], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 1 << 28,
  env: { ...process.env, HALQA_FROM_SOURCE: "1" },
});
const wall = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const [rssKb, user, system] = (run.stderr.trim().split("\n").pop() as string).split(" ").map(Number);
const report = JSON.parse(run.stdout) as ScanJson;
const threads = report.seconds.workers;
const busy = threads.reduce((sum, w) => sum + w.busy, 0);
const rows: [string, string][] = [
  [
    "ledger",
    `${size.toLocaleString("en-US")} transactions, heavy shape, seed ${seed}, 1-day window, ≤ 6 hops`,
  ],
  ["cycles", report.found.toLocaleString("en-US")],
  ["wall (process)", `${wall.toFixed(1)} s`],
  ["ingest", `${report.seconds.ingest.toFixed(1)} s`],
  ["search", `${report.seconds.scan.toFixed(1)} s`],
  [
    // The threads' finish times count from when they got their input: the rest of the search's wall
    // time is the preparation of the ledger (and the threads' start-up not hidden under it).
    "before the threads' input (prepare)",
    `${(report.seconds.scan - Math.max(0, ...threads.map((w) => w.finished))).toFixed(1)} s`,
  ],
  [
    "search threads (busy / finished)",
    threads.map((w) => `${w.busy.toFixed(1)} / ${w.finished.toFixed(1)} s`).join(", "),
  ],
  ["CPU (all threads)", `${((user as number) + (system as number)).toFixed(1)} s`],
  ["peak RSS", `${((rssKb as number) / 1024 / 1024).toFixed(2)} GB`],
  ["steps", report.steps.toLocaleString("en-US")],
  ["steps per busy thread-second", `${(report.steps / Math.max(busy, 1e-9) / 1e6).toFixed(1)} M`],
  [
    "steps per CPU second, each thread",
    threads
      .map((w) => (w.cpu ? `${(w.steps / w.cpu / 1e6).toFixed(1)} M (${w.cpu.toFixed(1)} s CPU)` : "—"))
      .join(", "),
  ],
  ["load average before / after", `${loadBefore} / ${load()}`],
];
for (const [name, value] of rows) console.log(`${name.padEnd(34)} ${value}`);
