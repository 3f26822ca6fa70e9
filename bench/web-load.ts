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
 */
import { loadavg } from "node:os";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildApp, CHROMIUM, CHROMIUM_ARGS, WEB_DIR, waitForFirstRender } from "../e2e/web/harness.ts";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { startServer } from "../src/server/serve.ts";

const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 5);
const PAGE = "?page=overview&lang=en";
/** Another build to measure (e.g. a variant built with --outDir), served as it is, not rebuilt. */
const WEB = process.argv.find((a) => a.startsWith("--web="))?.slice("--web=".length);

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
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const runs: Timings[] = [];
  let scripts: Script[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
      const page = await context.newPage();
      const bodies: Promise<Script | undefined>[] = [];
      let datasetRequests = 0;
      page.on("request", (request) => {
        if (request.url().includes("/api/dataset/model")) datasetRequests++;
      });
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        const name = new URL(response.url()).pathname;
        bodies.push(
          response.body().then(
            (body) => ({ name, raw: body.length, ...compressed(body) }),
            () => undefined,
          ),
        );
      });
      await page.goto(`${server.url}/${PAGE}`);
      await waitForFirstRender(page);
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
        };
      });
      runs.push({ ...timings, datasetRequests });
      scripts = (await Promise.all(bodies)).filter((s): s is Script => s !== undefined);
      await context.close();
      console.log(
        `run ${run + 1}: first render ${ms(timings.firstRender)}, load ${ms(timings.load)}, ${kb(timings.transferred)} moved`,
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
  console.log(`  first render (charts)    ${ms(pick("firstRender"))}`);
  console.log(
    `  load average             ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

await main();
