/**
 * Runs a Monte Carlo stress scenario on worker threads: a queue of chunks of consecutive samples, each
 * idle worker taking the next; chunk results merge into one partial result (exact whatever the order,
 * see src/core/stress/monte-carlo/accumulate.ts). Progress is reported per chunk; an AbortSignal stops
 * the run (workers terminated) and resolves with what was done, marked `cancelled`. A failing sample
 * rejects with SampleError (its index and seed). `workers: 0` runs in this thread, a chunk per tick.
 *
 * Workers run the TypeScript sources through tsx: a worker starts from a two-line script that
 * registers tsx's ESM hooks (as bin/halqa.js does) and then imports ./monte-carlo-worker.ts. (Node 20
 * decides the format of a worker's entry file before `--import` hooks apply, so a .ts entry with
 * `execArgv: ["--import", "tsx"]` fails there.) tsx is resolved from this package, so it works from any
 * working directory.
 */

import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ModelName } from "../core/contagion/models.ts";
import { type ModelErrorData, modelErrorFromData } from "../core/errors.ts";
import {
  type Chunk,
  compileScenario,
  emptyPartial,
  type Partial,
  runChunk,
  SampleError,
  sampledInputs,
} from "../core/stress/monte-carlo/index.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { resolveFraction, type UncertainScenario } from "../schema/scenario.ts";
import { BUILT } from "./runtime.ts";

export type WorkerInit = {
  dataset: Dataset;
  scenario: UncertainScenario;
  asOf: string;
  model?: ModelName;
  seed: number;
};
export type WorkerRequest = { from: number; count: number };
export type WorkerReply =
  | { type: "ready" }
  | { type: "chunk"; chunk: Chunk }
  | { type: "error"; reason: string; sample?: number; sampleSeed?: number; model?: ModelErrorData };

export type PoolOptions = WorkerInit & {
  runs: number;
  workers: number;
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
};

export type PoolResult = { partial: Partial; done: number; cancelled: boolean };

/**
 * A Monte Carlo worker thread. Built, it starts from the worker's own JavaScript; from the sources it
 * starts from a line that registers tsx (resolved from this package) and then loads the TypeScript.
 */
function startWorker(init: WorkerInit): Worker {
  if (BUILT) return new Worker(new URL("./monte-carlo-worker.js", import.meta.url), { workerData: init });
  const url = new URL("./monte-carlo-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { eval: true, workerData: init });
}

/** The ESM entry of tsx's API, from its package.json exports (require() would give the CJS one). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exports = require(manifest).exports["./esm/api"] as { import: { default: string } };
  return new URL(exports.import.default, pathToFileURL(manifest)).href;
}

/** Chunks small enough to spread and to report progress often, large enough to amortise messages. */
export function defaultChunkSize(runs: number, workers: number): number {
  return Math.max(50, Math.min(2000, Math.ceil(runs / (Math.max(1, workers) * 20))));
}

export function runMonteCarlo(options: PoolOptions): Promise<PoolResult> {
  const chunkSize = options.chunkSize ?? defaultChunkSize(options.runs, options.workers);
  const entities = options.dataset.entities.length;
  const partial = emptyPartial(entities, sampledInputs(options.scenario).length);
  const queue: WorkerRequest[] = [];
  for (let from = 0; from < options.runs; from += chunkSize)
    queue.push({ from, count: Math.min(chunkSize, options.runs - from) });
  const result = (cancelled: boolean): PoolResult => ({
    partial,
    done: partial.chunks.reduce((s, c) => s + c.count, 0),
    cancelled,
  });
  const accept = (chunk: Chunk) => {
    partial.chunks.push(chunk);
    options.onProgress?.(result(false).done, options.runs);
  };
  return options.workers <= 0
    ? inThread(options, queue, accept, result)
    : onWorkers(options, queue, accept, result);
}

async function inThread(
  options: PoolOptions,
  queue: WorkerRequest[],
  accept: (c: Chunk) => void,
  result: (cancelled: boolean) => PoolResult,
): Promise<PoolResult> {
  const evaluator = compileScenario(options.dataset, options.scenario, {
    asOf: options.asOf,
    ...(options.model ? { model: options.model } : {}),
    fraction: (f) => resolveFraction(f, options.dataset) ?? Number.NaN,
  });
  for (const request of queue) {
    if (options.signal?.aborted) return result(true);
    accept(runChunk(evaluator, options.seed, request.from, request.count));
    // Yield so a signal (Ctrl-C) can be delivered between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result(options.signal?.aborted ?? false);
}

function onWorkers(
  options: PoolOptions,
  queue: WorkerRequest[],
  accept: (c: Chunk) => void,
  result: (cancelled: boolean) => PoolResult,
): Promise<PoolResult> {
  const init: WorkerInit = {
    dataset: options.dataset,
    scenario: options.scenario,
    asOf: options.asOf,
    seed: options.seed,
    ...(options.model ? { model: options.model } : {}),
  };
  const count = Math.max(1, Math.min(options.workers, queue.length));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let busy = 0;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const w of workers) void w.terminate();
      outcome();
    };
    const onAbort = () => finish(() => resolve(result(true)));
    if (options.signal?.aborted) return resolve(result(true));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const feed = (worker: Worker) => {
      const next = queue.shift();
      if (next) {
        busy++;
        worker.postMessage(next);
      } else if (busy === 0) finish(() => resolve(result(false)));
    };
    for (let i = 0; i < count; i++) {
      const worker = startWorker(init);
      workers.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if (settled) return;
        if (reply.type === "error") {
          finish(() =>
            reject(
              reply.sample !== undefined
                ? new SampleError(reply.sample, reply.sampleSeed ?? Number.NaN, reply.reason, reply.model)
                : reply.model
                  ? modelErrorFromData(reply.model)
                  : new Error(reply.reason),
            ),
          );
          return;
        }
        if (reply.type === "chunk") {
          busy--;
          accept(reply.chunk);
        }
        feed(worker);
      });
      worker.on("error", (error) => finish(() => reject(error)));
    }
  });
}
