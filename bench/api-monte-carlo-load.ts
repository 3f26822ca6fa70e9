/**
 * Does the API keep answering while Monte Carlo jobs run? Read-endpoint latency on loopback with no
 * job and with two jobs running (the server's default limit, one worker thread each). Run:
 *   npx tsx bench/api-monte-carlo-load.ts [--seconds=N] [--concurrency=N]
 * (not part of the tests; the figures go in reports, never into assertions).
 *
 * The server runs in a child process (this file with --child: startServer on 127.0.0.1, port 0, the
 * bundled dataset, today pinned to 2026-06-30, two jobs allowed per client since every request here
 * comes from one address). The client is a keep-alive loop on node:http: `concurrency` workers each
 * sending the next GET as soon as the previous answer is read, `seconds` per endpoint after a
 * one-second warm-up; each request to an analytics endpoint asks for a different asOf date, so every
 * answer is computed afresh rather than served from the body cache (the worst case for the server's
 * own thread); /api/dataset/model takes no query and is served from the cache, as the dashboard gets it. In the
 * second phase two jobs of 200,000 samples of `openai-revenue-uncertain` are started first and
 * restarted whenever one ends, so two are running throughout. Prints p50, p95 and p99 per endpoint.
 */
import { Agent, request as httpRequest } from "node:http";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { serveForParent, withChildServer } from "./child-server.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const SECONDS = option("seconds", 8);
const CONCURRENCY = option("concurrency", 4);
const ENDPOINTS = ["/api/dataset/model", "/api/loops", "/api/stats", "/api/flows"];
/** /api/dataset/model takes no query: it is the one answer the dashboard loads, from the body cache. */
const TAKES_AS_OF = new Set(["/api/loops", "/api/stats", "/api/flows"]);
const JOB = { scenario: "openai-revenue-uncertain", runs: 200_000, seed: 1 };

function call(agent: Agent, url: URL, method: string, path: string, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: body ? { "Content-Type": "application/json" } : {},
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function dayAfter(i: number): string {
  return new Date(Date.UTC(2024, 6, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
}

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

type Run = {
  endpoint: string;
  jobs: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
};

async function load(url: URL, endpoint: string, seconds: number, jobs: number): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const path = TAKES_AS_OF.has(endpoint) ? `${endpoint}?asOf=${dayAfter(counter++)}` : endpoint;
      const { status } = await call(agent, url, "GET", path).catch(() => ({
        status: 0,
      }));
      latencies.push(performance.now() - t0);
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    endpoint,
    jobs,
    requests: latencies.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Keeps two jobs running: starts them, and starts another whenever one is no longer running. */
function keepJobsRunning(url: URL) {
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const ids: (string | null)[] = [null, null];
  let samples = 0;
  let stop = false;
  const tick = async () => {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id) {
        const state = JSON.parse((await call(agent, url, "GET", `/api/stress/monte-carlo/${id}`)).text);
        if (state.state === "running") continue;
        samples += state.progress?.done ?? 0;
      }
      const started = await call(agent, url, "POST", "/api/stress/monte-carlo", JSON.stringify(JOB));
      if (started.status !== 202) throw new Error(`could not start a job: ${started.status} ${started.text}`);
      ids[i] = JSON.parse(started.text).id;
    }
  };
  const ready = tick();
  const loop = ready.then(async () => {
    while (!stop) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!stop) await tick();
    }
  });
  return {
    ready,
    stop: async () => {
      stop = true;
      await loop;
      for (const id of ids) {
        if (!id) continue;
        const state = JSON.parse((await call(agent, url, "DELETE", `/api/stress/monte-carlo/${id}`)).text);
        samples += state.progress?.done ?? 0;
      }
      agent.destroy();
      return samples;
    },
  };
}

async function main(): Promise<void> {
  await withChildServer(import.meta.url, async (url) => {
    console.log(
      `halqa API under Monte Carlo load: ${url.origin}, bundled dataset, ${CONCURRENCY} concurrent keep-alive clients, ${SECONDS} s per endpoint, a different asOf on every analytics request (no cache hits; /api/dataset/model from the cache)`,
    );
    const runs: Run[] = [];
    for (const endpoint of ENDPOINTS) {
      await load(url, endpoint, 1, 0);
      runs.push(await load(url, endpoint, SECONDS, 0));
    }
    const jobs = keepJobsRunning(url);
    await jobs.ready;
    // Let the workers boot (tsx compiles the engine in each) before measuring.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const started = performance.now();
    for (const endpoint of ENDPOINTS) {
      await load(url, endpoint, 1, 2);
      runs.push(await load(url, endpoint, SECONDS, 2));
    }
    const seconds = (performance.now() - started) / 1000;
    const samples = await jobs.stop();
    console.log("\n| endpoint | Monte Carlo jobs | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const r of runs)
      console.log(
        `| ${r.endpoint} | ${r.jobs} | ${r.requests} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`,
      );
    console.log(
      `\nThe two jobs drew about ${samples.toLocaleString("en")} samples in ${seconds.toFixed(0)} s of measurement (plus warm-up). Load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(", ")}.`,
    );
  });
}

if (args.includes("--child"))
  await serveForParent({
    dataDir: BUNDLED_DATA_DIR,
    port: 0,
    today: () => "2026-06-30",
    monteCarlo: { total: 2, perClient: 2, workers: 1 },
  });
else await main();
