/**
 * Two or more builds of the dashboard, each one's cold load of a page alternated run by run, with the
 * CPU every process spent on it. Run: npx tsx bench/web-ab.ts --web=DIR_A,DIR_B[,…] [--runs=N]
 * [--page=QUERY] (not part of the tests; the figures go in reports, never into assertions).
 *
 * On a shared machine the load moves from one minute to the next, and sets of runs measured one
 * after the other see different loads: here each round opens the page once per build, in turn, so
 * every build sees the same minutes. Each build is served as it is (build them with
 * `npx vite build --outDir DIR`) by its own server in this process, warmed first (every file and the
 * dataset asked for once). Printed per build: median and mean ± standard error of the first
 * contentful paint and the marks `halqa:page-shown` and `halqa:first-render`, and of the CPU
 * (kernel, 10 ms ticks, /proc/PID/task/TID/stat) from navigation to the mark of: the renderer's main
 * thread, its other threads (V8's compiling and streaming run there), Chromium's browser process, and
 * everything (browser, GPU, network, renderer, and this process, which runs the servers). Wall time
 * needs cores: on two cores, what the other threads and processes spend competes with the main thread.
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, waitForFirstRender } from "../e2e/web/harness.ts";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { startServer } from "../src/server/serve.ts";
import { descendants, threadCpu } from "./process-cpu.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const WEBS = (arg("web") ?? "").split(",").filter((dir) => dir !== "");
const RUNS = Number(arg("runs") ?? 10);
const PAGE = arg("page") ?? "?page=overview&lang=en";
const MARKS = ["first-contentful-paint", "halqa:page-shown", "halqa:first-render"];

/** CPU milliseconds so far: the renderers' main and other threads, the browser process, and all. */
function cpuNow(): Map<string, number> {
  const cpu = new Map<string, number>();
  const add = (key: string, ms: number) => cpu.set(key, (cpu.get(key) ?? 0) + ms);
  const own = process.cpuUsage();
  add("all", (own.user + own.system) / 1000);
  for (const pid of descendants(process.pid)) {
    let type = "";
    try {
      type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, "utf8"))?.[1] ?? "browser";
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const ms = threadCpu(pid, Number(tid));
        add("all", ms);
        if (type === "browser") add("browser", ms);
        if (type === "renderer") add(Number(tid) === pid ? "renderer main" : "renderer others", ms);
      }
    } catch {
      // The process or thread ended while read.
    }
  }
  return cpu;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const stdError = (values: number[]) =>
  Math.sqrt(
    values.reduce((sum, v) => sum + (v - mean(values)) ** 2, 0) / (values.length - 1) / values.length,
  );

async function main(): Promise<void> {
  if (WEBS.length < 2) throw new Error("give two builds or more: --web=DIR_A,DIR_B");
  const servers = [];
  for (const webDir of WEBS) {
    const server = await startServer({ dataDir: BUNDLED_DATA_DIR, port: 0, webDir });
    const files = ["/", "/api/dataset/model", ...readdirSync(`${webDir}/assets`).map((n) => `/assets/${n}`)];
    for (const file of files)
      await (await fetch(`${server.url}${file}`, { headers: { "Accept-Encoding": "br" } })).arrayBuffer();
    servers.push(server);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const figures = WEBS.map(() => new Map<string, number[]>());
  const loads: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, server] of servers.entries()) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
        const page = await context.newPage();
        const before = cpuNow();
        await page.goto(`${server.url}/${PAGE}`);
        await waitForFirstRender(page);
        const after = cpuNow();
        loads.push(loadavg()[0] ?? Number.NaN);
        const marks = await page.evaluate(
          `${JSON.stringify(MARKS)}.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? -1)`,
        );
        const into = figures[i] as Map<string, number[]>;
        const push = (key: string, value: number) => {
          into.set(key, [...(into.get(key) ?? []), value]);
        };
        for (const [k, name] of MARKS.entries()) push(name, (marks as number[])[k] ?? Number.NaN);
        for (const [key, ms] of after) push(`CPU ${key}`, ms - (before.get(key) ?? 0));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  console.log(
    `/${PAGE}: ${RUNS} cold loads per build, alternated; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  );
  for (const [i, webDir] of WEBS.entries()) {
    console.log(webDir);
    for (const [key, values] of figures[i] ?? [])
      console.log(
        `  ${key.padEnd(24)} median ${median(values).toFixed(0).padStart(5)} ms   mean ${mean(values).toFixed(0).padStart(5)} ± ${stdError(values).toFixed(0)} ms`,
      );
  }
}

await main();
