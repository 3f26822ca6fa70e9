/**
 * Starts the API on a socket: loads the dataset once (an invalid dataset is an error carrying its
 * problems, never a half-working server), builds the app and listens with @hono/node-server. Bound to
 * 127.0.0.1 unless a host is given; port 0 lets the system pick a free port, which `url` reports.
 */
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Problem } from "../core/dataset/problem.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { readMarketFiles } from "../io/market-files.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../io/scenario-files.ts";
import { createApp } from "./app.ts";
import { createPostCompute } from "./compute/threads.ts";
import { allowedHostNames, hostRefusal } from "./host-guard.ts";
import { HTTP_LIMITS, type HttpLimits } from "./http.ts";
import { createJobManager, type JobLimits } from "./monte-carlo/jobs.ts";
import { POST_ROUTES } from "./routes/index.ts";

export type ServeOptions = {
  dataDir: string;
  port: number;
  host?: string;
  webDir?: string;
  /** The stress scenarios offered (default: the bundled scenarios/ folder). */
  scenariosDir?: string;
  /** Today's ISO date (default: the UTC date of the system clock). */
  today?: () => string;
  log?: (error: unknown) => void;
  /** Host names requests may carry besides the loopback names and `host` (DNS rebinding guard). */
  allowHosts?: readonly string[];
  /** Limits of the Monte Carlo jobs (default DEFAULT_JOB_LIMITS of src/server/monte-carlo/jobs.ts). */
  monteCarlo?: Partial<JobLimits>;
  /** How long a client may take to send its request (default HTTP_LIMITS of src/server/http.ts). */
  limits?: Partial<HttpLimits>;
};

export type RunningServer = { url: string; close: () => Promise<void> };

/** The dataset folder did not load: `problems` lists every problem, as `halqa data validate` does. */
export class DatasetLoadError extends Error {
  readonly dir: string;
  readonly problems: Problem[];
  constructor(dir: string, problems: Problem[]) {
    super(
      `the dataset in ${dir} has ${problems.length} problem(s): ${problems.map((p) => p.code).join(", ")}`,
    );
    this.name = "DatasetLoadError";
    this.dir = dir;
    this.problems = problems;
  }
}

const systemToday = () => new Date().toISOString().slice(0, 10);

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { dataDir, port, host = "127.0.0.1" } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`port must be a whole number from 0 to 65535 (got ${port})`);
  }
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) throw new DatasetLoadError(dataDir, loaded.problems);
  const scenarios = await loadScenarios(options.scenariosDir ?? BUNDLED_SCENARIOS_DIR, loaded.dataset);
  const market = await readMarketFiles(dataDir, loaded.dataset);
  if (market.problems.length > 0) throw new DatasetLoadError(dataDir, market.problems);
  const jobs = createJobManager({
    dataset: loaded.dataset,
    ...(options.monteCarlo ? { limits: options.monteCarlo } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const compute = createPostCompute(POST_ROUTES, {
    dataset: loaded.dataset,
    scenarios,
    marketFiles: market.files,
  });
  const app = createApp({
    dataset: loaded.dataset,
    jobs,
    compute,
    scenarios,
    marketFiles: market.files,
    today: options.today ?? systemToday,
    ...(options.webDir !== undefined ? { webDir: options.webDir } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const allowed = allowedHostNames(host, options.allowHosts);
  const fetch = (request: Request, env: unknown) => hostRefusal(request, allowed) ?? app.fetch(request, env);
  const server = serve({
    fetch,
    port,
    hostname: host,
    serverOptions: nodeServerOptions({ ...HTTP_LIMITS, ...options.limits }),
  }) as Server;
  stopReadingUnreadUploads(server);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once("error", fail);
    server.once("listening", () => {
      server.off("error", fail);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        jobs.close();
        void compute.close();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/**
 * Node's timers for the limits. Node checks them every `connectionsCheckingInterval` (30 s unless
 * told), so a stalled client used to be cut up to 30 s late: checking every tenth of the headers
 * limit (at most every second) cuts it within 10% of the limit.
 */
export function nodeServerOptions(limits: HttpLimits): ServerOptions {
  const headersMs = Math.min(limits.headersMs, limits.requestMs);
  return {
    headersTimeout: headersMs,
    requestTimeout: limits.requestMs,
    // An idle connection never outlives the time a request may take to start.
    keepAliveTimeout: Math.min(limits.keepAliveMs, headersMs),
    connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(headersMs / 10))),
  };
}

/**
 * Once an answer is sent before its request's body was read (a refusal: 400, 405, 413), Node would
 * read and discard the rest of the upload to keep the connection: a 50 MB body would be read to its
 * end. Close the connection instead, reading at most LINGER_BYTES more so the client, still
 * sending, gets the answer rather than a reset.
 */
const LINGER_BYTES = 256 * 1024;
const LINGER_MS = 250;

function stopReadingUnreadUploads(server: Server): void {
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    response.once("finish", () => {
      if (request.complete) return;
      const socket = request.socket;
      if (socket.destroyed) return;
      let read = 0;
      const stop = () => socket.destroy();
      const timer = setTimeout(stop, LINGER_MS);
      timer.unref();
      socket.once("close", () => clearTimeout(timer));
      request.on("data", (chunk: Buffer) => {
        read += chunk.byteLength;
        if (read > LINGER_BYTES) stop();
      });
      socket.end();
    });
  });
}
