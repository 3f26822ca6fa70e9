/**
 * A bounded load test of the HTTP API on loopback. Run: npx tsx bench/api-load.ts
 * (not part of the tests; the figures go in reports, never into assertions).
 *
 * The server runs in a child process (this file with --child: startServer on 127.0.0.1, port 0, the
 * bundled dataset, today pinned to 2026-06-30) so that the client's event loop does not share a core
 * with the server's. The client is a plain keep-alive loop on node:http: `concurrency` workers, each
 * sending its next GET as soon as the previous answer is read, for `seconds` per endpoint after a
 * one-second warm-up. It prints requests per second and the 50th and 99th percentile latencies.
 *
 * By default every request of an endpoint is the same query, so after the first the server answers
 * from its body cache (what a dashboard polling one view costs). With --cold each request asks for a
 * different asOf date, so every answer is computed afresh (the cost of the analytics themselves).
 * Options: --seconds=N (default 10), --concurrency=N (default 16), --cold.
 */
import { Agent, get } from "node:http";
import { performance } from "node:perf_hooks";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { serveForParent, withChildServer } from "./child-server.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const SECONDS = option("seconds", 10);
const CONCURRENCY = option("concurrency", 16);
const COLD = args.includes("--cold");
const ENDPOINTS = ["/api/stats", "/api/loops", "/api/deals", "/api/flows"];

/** An ISO date `i` days after 2024-07-01, cycling over two years (the dataset's busy years). */
function dayAfter(i: number): string {
  return new Date(Date.UTC(2024, 6, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
}

function request(agent: Agent, url: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get({ agent, host: url.hostname, port: url.port, path }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

type Run = {
  endpoint: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function load(url: URL, endpoint: string, seconds: number): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const path = COLD ? `${endpoint}?asOf=${dayAfter(counter++)}` : endpoint;
      const t0 = performance.now();
      const status = await request(agent, url, path).catch(() => 0);
      latencies.push(performance.now() - t0);
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    endpoint,
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

async function main(): Promise<void> {
  await withChildServer(import.meta.url, async (url) => {
    console.log(
      `halqa API load test: ${url.origin}, bundled dataset, ${CONCURRENCY} concurrent keep-alive clients, ` +
        `${SECONDS} s per endpoint${COLD ? ", a different asOf on every request (no cache hits)" : ", one query per endpoint (cached answers)"}`,
    );
    const runs: Run[] = [];
    for (const endpoint of ENDPOINTS) {
      await load(url, endpoint, 1);
      runs.push(await load(url, endpoint, SECONDS));
    }
    console.log("\n| endpoint | requests | errors | requests/s | p50 (ms) | p99 (ms) |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of runs) {
      console.log(
        `| ${r.endpoint} | ${r.requests} | ${r.errors} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`,
      );
    }
  });
}

if (args.includes("--child"))
  await serveForParent({ dataDir: BUNDLED_DATA_DIR, port: 0, today: () => "2026-06-30" });
else await main();
