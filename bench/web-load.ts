/**
 * The overview's cold load, as the browser times it. Run: npx tsx bench/web-load.ts [--runs=N]
 * (not part of the tests; the figures go in reports, never into assertions).
 *
 * Builds the dashboard unless dist/web is fresh (the end-to-end harness's rule), starts halqa's server
 * on loopback with the bundled dataset, and opens the overview N times (default 5) in headless
 * Chromium (--web=DIR: another build instead, as it is), each in a new browser context, so nothing is cached. It prints, for the last run, every
 * JavaScript file the overview loaded with its raw, gzip and brotli sizes (as a server compressing at
 * the usual levels would send them), then the median over the runs of: bytes transferred, the
 * navigation timings (DOMContentLoaded, load), the first contentful paint, the dataset's arrival and
 * the dashboard's own mark `halqa:first-render` (the page drawn with its data, charts and tables).
 * The load average is printed too: the machine may be shared, and the timings move with it.
 *
 * Wall time moves with the machine's load; the main thread's CPU time does much less. So it also prints
 * the median CPU time the page's main thread spent until the first render, by kind (script, layout,
 * style; Chromium's own Performance metrics), and with --profile the CPU time by script file and the
 * costliest functions (a sampling profile of the main thread from navigation to the first render).
 *
 * The server runs in this process, so nothing here may hold its event loop during a run: the scripts'
 * compressed sizes are computed after the run is measured. The first run also pays the server's first
 * compression of each file (kept afterwards); --warm-server asks for every file once beforehand.
 * --trace adds the main thread's CPU until the mark from a Chromium trace, by kind and by event.
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildApp, CHROMIUM, CHROMIUM_ARGS, WEB_DIR, waitForFirstRender } from "../e2e/web/harness.ts";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { startServer } from "../src/server/serve.ts";
import { descendants, threadCpu } from "./process-cpu.ts";
import { mainThreadCpu, TRACE_CATEGORIES } from "./web-trace.ts";

const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 5);
const PAGE =
  process.argv.find((a) => a.startsWith("--page="))?.slice("--page=".length) ?? "?page=overview&lang=en";
/** Another build to measure (e.g. a variant built with --outDir), served as it is, not rebuilt. */
const WEB = process.argv.find((a) => a.startsWith("--web="))?.slice("--web=".length);
const PROFILE = process.argv.includes("--profile");
/**
 * --trace: also record a Chromium trace of each load and print the main thread's CPU until the mark
 * from it, by kind (compile, script, style and layout, paint) and by event (bench/web-trace.ts).
 * Tracing costs time of its own: compare traced runs with traced runs only.
 */
const TRACE = process.argv.includes("--trace");
/**
 * --warm-server: ask the server for every file of the build once before the runs, so that the first
 * run does not also pay the server's first compression of each file (made once per file and kept).
 */
const WARM_SERVER = process.argv.includes("--warm-server");
/** How many functions the profile lists (React's scheduler frames are left out of the inclusive list). */
const TOP = Number(process.argv.find((a) => a.startsWith("--top="))?.split("=")[1] ?? 30);

type Script = { name: string; raw: number; gzip: number; brotli: number };
type Timings = {
  transferred: number;
  scriptsTransferred: number;
  datasetRequests: number;
  datasetArrived: number;
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number;
  dataLoaded: number;
  firstRender: number;
  /** The dashboard's mark `halqa:page-shown`: the page's text and figures painted, charts perhaps not yet. */
  pageShown: number;
  /** CPU milliseconds of the main thread until the first render (Chromium's Performance metrics). */
  cpuTask: number;
  /**
   * CPU milliseconds the renderer's main thread was on a core until the first render, from the kernel's
   * count (/proc/PID/task/PID/stat, 10 ms ticks): unlike the task durations, it does not grow while
   * the thread waits for a core on a loaded machine.
   */
  cpuThread: number;
  /** The same for the renderer's other threads (compositor, raster, script streaming, workers). */
  cpuOtherThreads: number;
  cpuScript: number;
  cpuLayout: number;
  cpuStyle: number;
};

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const frameName = (frame: ProfileNode["callFrame"]) => {
  const file = frame.url ? new URL(frame.url).pathname : frame.functionName || "(anonymous)";
  return { file, fn: `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}` };
};

/**
 * CPU milliseconds by script file and by function (self time), and by function with what it calls
 * (inclusive: each sample counted once per function on its stack), from a sampling profile.
 */
function selfTimes(profile: Profile): {
  byFile: Map<string, number>;
  byFunction: Map<string, number>;
  inclusive: Map<string, number>;
} {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!frame || frame.functionName === "(idle)") return;
    const { file, fn } = frameName(frame);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const callFrame = nodes.get(at)?.callFrame;
      if (callFrame?.url) onStack.add(frameName(callFrame).fn);
    }
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  return { byFile, byFunction, inclusive };
}

/** CPU of every renderer below this process: its main thread, and its other threads together. */
function rendererCpu(): Map<number, { main: number; others: number }> {
  const cpu = new Map<number, { main: number; others: number }>();
  for (const pid of descendants(process.pid)) {
    let command = "";
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!command.includes("--type=renderer")) continue;
    let others = 0;
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`))
        if (Number(tid) !== pid) others += threadCpu(pid, Number(tid));
    } catch {
      continue;
    }
    cpu.set(pid, { main: threadCpu(pid, pid), others });
  }
  return cpu;
}

/** What the renderers spent between two readings (a renderer started in between counts from zero). */
function spent(
  before: Map<number, { main: number; others: number }>,
  after: Map<number, { main: number; others: number }>,
) {
  let main = 0;
  let others = 0;
  for (const [pid, now] of after) {
    const then = before.get(pid) ?? { main: 0, others: 0 };
    main += now.main - then.main;
    others += now.others - then.others;
  }
  return { main, others };
}

const add = (into: Map<string, number[]>, from: Map<string, number>) => {
  for (const [key, value] of from) into.set(key, [...(into.get(key) ?? []), value]);
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

function compressed(body: Buffer): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function main(): Promise<void> {
  if (!WEB) {
    const build = await buildApp();
    console.log(build.built ? `built dist/web in ${build.seconds.toFixed(1)} s` : "dist/web is fresh");
  }
  const server = await startServer({ dataDir: BUNDLED_DATA_DIR, port: 0, webDir: WEB ?? WEB_DIR });
  if (WARM_SERVER) {
    const root = WEB ?? WEB_DIR;
    const files = ["/", ...readdirSync(`${root}/assets`).map((name) => `/assets/${name}`)];
    for (const file of files)
      await (await fetch(`${server.url}${file}`, { headers: { "Accept-Encoding": "br" } })).arrayBuffer();
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const runs: Timings[] = [];
  let scripts: Script[] = [];
  const files = new Map<string, number[]>();
  const functions = new Map<string, number[]>();
  const traced: { total: number[]; byKind: Map<string, number[]>; byName: Map<string, number[]> } = {
    total: [],
    byKind: new Map(),
    byName: new Map(),
  };
  const inclusive = new Map<string, number[]>();
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
      const page = await context.newPage();
      // The scripts' bodies, compressed only once the run is measured: this process also runs the
      // server, and a synchronous brotli at quality 11 in a response handler (a second of CPU for the
      // ECharts chunk) held the server's event loop, so the scripts still to be sent waited behind it.
      const bodies: Promise<{ name: string; body: Buffer } | undefined>[] = [];
      let datasetRequests = 0;
      page.on("request", (request) => {
        if (request.url().includes("/api/dataset/model")) datasetRequests++;
      });
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        const name = new URL(response.url()).pathname;
        bodies.push(
          response.body().then(
            (body) => ({ name, body }),
            () => undefined,
          ),
        );
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      if (PROFILE) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
        await cdp.send("Profiler.start");
      }
      if (TRACE) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const cpuBefore = rendererCpu();
      await page.goto(`${server.url}/${PAGE}`);
      await waitForFirstRender(page);
      const threads = spent(cpuBefore, rendererCpu());
      let tracedMs = "";
      if (TRACE) {
        const buffer = await browser.stopTracing();
        const mark = await page.evaluate(
          () => performance.getEntriesByName("halqa:first-render")[0]?.startTime ?? -1,
        );
        const cpu = mainThreadCpu(JSON.parse(buffer.toString("utf8")).traceEvents, mark);
        if (cpu) {
          traced.total.push(cpu.total);
          add(traced.byKind, cpu.byKind);
          add(traced.byName, cpu.byName);
          tracedMs = `, traced main thread ${ms(cpu.total)} (${[...cpu.byKind].map(([k, v]) => `${k} ${ms(v)}`).join(", ")})`;
        }
      }
      const { metrics } = await cdp.send("Performance.getMetrics");
      const metric = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? Number.NaN);
      if (PROFILE) {
        const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
        const times = selfTimes(profile);
        add(files, times.byFile);
        add(functions, times.byFunction);
        add(inclusive, times.inclusive);
      }
      await page.waitForLoadState("load");
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      const timings = await page.evaluate(() => {
        // The browser's entry types (this file is typed against Node's, which lack them).
        type Entry = {
          name: string;
          initiatorType: string;
          transferSize: number;
          responseEnd: number;
          domContentLoadedEventEnd: number;
          loadEventEnd: number;
        };
        const nav = (performance.getEntriesByType("navigation" as "mark") as unknown as Entry[])[0] ?? {
          name: "",
          initiatorType: "",
          responseEnd: -1,
          transferSize: 0,
          domContentLoadedEventEnd: -1,
          loadEventEnd: -1,
        };
        const resources = performance.getEntriesByType("resource" as "mark") as unknown as Entry[];
        return {
          transferred: [nav, ...resources].map((entry) => entry.transferSize).reduce((a, b) => a + b, 0),
          scriptsTransferred: resources
            .filter((entry) => entry.name.endsWith(".js"))
            .map((entry) => entry.transferSize)
            .reduce((a, b) => a + b, 0),
          datasetArrived:
            resources.find((entry) => entry.name.includes("/api/dataset/model"))?.responseEnd ?? -1,
          domContentLoaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
          firstContentfulPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1,
          dataLoaded: performance.getEntriesByName("halqa:data-loaded")[0]?.startTime ?? -1,
          firstRender: performance.getEntriesByName("halqa:first-render")[0]?.startTime ?? -1,
          pageShown: performance.getEntriesByName("halqa:page-shown")[0]?.startTime ?? -1,
        };
      });
      runs.push({
        ...timings,
        datasetRequests,
        cpuTask: metric("TaskDuration"),
        cpuThread: threads.main,
        cpuOtherThreads: threads.others,
        cpuScript: metric("ScriptDuration"),
        cpuLayout: metric("LayoutDuration"),
        cpuStyle: metric("RecalcStyleDuration"),
      });
      const received = (await Promise.all(bodies)).filter((s) => s !== undefined);
      if (run === RUNS - 1)
        scripts = received.map(({ name, body }) => ({ name, raw: body.length, ...compressed(body) }));
      await context.close();
      console.log(
        `run ${run + 1}: first render ${ms(timings.firstRender)}, main thread ${ms(threads.main)} CPU (tasks ${ms(metric("TaskDuration"))}: script ${ms(metric("ScriptDuration"))}, layout ${ms(metric("LayoutDuration"))}, style ${ms(metric("RecalcStyleDuration"))})${tracedMs}, page shown ${ms(timings.pageShown)}, load ${ms(timings.load)}, ${kb(timings.transferred)} moved, load average ${loadavg()[0]?.toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log("\nJavaScript the overview loads (last run):");
  console.log(`${"file".padEnd(44)}${"raw".padStart(12)}${"gzip".padStart(12)}${"brotli".padStart(12)}`);
  for (const s of [...scripts].sort((a, b) => b.raw - a.raw))
    console.log(
      `${s.name.padEnd(44)}${kb(s.raw).padStart(12)}${kb(s.gzip).padStart(12)}${kb(s.brotli).padStart(12)}`,
    );
  const total = (key: "raw" | "gzip" | "brotli") => scripts.reduce((sum, s) => sum + s[key], 0);
  console.log(
    `${`total (${scripts.length} files)`.padEnd(44)}${kb(total("raw")).padStart(12)}${kb(total("gzip")).padStart(12)}${kb(total("brotli")).padStart(12)}`,
  );

  const pick = (key: keyof Timings) => median(runs.map((r) => r[key]));
  console.log(`\nMedian of ${runs.length} cold loads of /${PAGE}:`);
  console.log(`  bytes transferred (all)  ${kb(pick("transferred"))}`);
  console.log(`  of which JavaScript      ${kb(pick("scriptsTransferred"))}`);
  console.log(`  dataset requests         ${pick("datasetRequests")}`);
  console.log(`  dataset received         ${ms(pick("datasetArrived"))}`);
  console.log(`  DOMContentLoaded         ${ms(pick("domContentLoaded"))}`);
  console.log(`  load                     ${ms(pick("load"))}`);
  console.log(`  first contentful paint   ${ms(pick("firstContentfulPaint"))}`);
  console.log(`  dataset read (model)     ${ms(pick("dataLoaded"))}`);
  console.log(`  page shown (text, figures) ${ms(pick("pageShown"))}`);
  console.log(`  first render (charts)    ${ms(pick("firstRender"))}`);
  console.log(
    `  renderer CPU until the first render (kernel, 10 ms ticks): main thread ${ms(pick("cpuThread"))}, other threads ${ms(pick("cpuOtherThreads"))}`,
  );
  console.log(`  main-thread task time until the first render: ${ms(pick("cpuTask"))}, of which`);
  console.log(
    `    script ${ms(pick("cpuScript"))}, layout ${ms(pick("cpuLayout"))}, style ${ms(pick("cpuStyle"))}`,
  );
  if (TRACE && traced.total.length > 0) {
    const of = (values: number[]) =>
      median([...values, ...Array(traced.total.length - values.length).fill(0)]);
    console.log(
      `  main thread's CPU until the first render, from the trace (thread time, median of ${traced.total.length}): ${ms(median(traced.total))}`,
    );
    for (const [kind, values] of [...traced.byKind].sort((a, b) => of(b[1]) - of(a[1])))
      console.log(`    ${ms(of(values)).padStart(7)}  ${kind}`);
    console.log("  costliest trace events (median self thread time):");
    for (const [name, values] of [...traced.byName].sort((a, b) => of(b[1]) - of(a[1])).slice(0, 12))
      console.log(`    ${ms(of(values)).padStart(7)}  ${name}`);
  }
  if (PROFILE) {
    const top = (from: Map<string, number[]>, count: number) =>
      [...from]
        .map(
          ([key, values]) =>
            [key, median([...values, ...Array(runs.length - values.length).fill(0)])] as const,
        )
        .sort((a, b) => b[1] - a[1])
        .slice(0, count);
    console.log("  sampled CPU by file (median ms):");
    for (const [file, value] of top(files, 12)) console.log(`    ${ms(value).padStart(7)}  ${file}`);
    console.log("  costliest functions (median self ms):");
    for (const [fn, value] of top(functions, 15)) console.log(`    ${ms(value).padStart(7)}  ${fn}`);
    console.log(
      "  costliest functions with what they call (median inclusive ms; a minified build names few):",
    );
    const own = new Map([...inclusive].filter(([fn]) => !/\/react-[\w-]+\.js/.test(fn)));
    for (const [fn, value] of top(own, TOP)) console.log(`    ${ms(value).padStart(7)}  ${fn}`);
  }
  console.log(
    `  load average             ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

await main();
