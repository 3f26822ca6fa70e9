/**
 * The worker thread of a Monte Carlo stress run (started by ./monte-carlo-pool.ts): compiles the
 * scenario once from the dataset it is given, then runs the chunks it is sent and posts each chunk's
 * partial result back, its typed arrays transferred, not copied. A failing sample is reported with its
 * index and seed.
 */

import { parentPort, workerData } from "node:worker_threads";
import { isModelError } from "../core/errors.ts";
import { compileScenario, runChunk, SampleError } from "../core/stress/monte-carlo/index.ts";
import { resolveFraction } from "../schema/scenario.ts";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./monte-carlo-pool.ts";

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error("monte-carlo-worker.ts runs only as a worker thread");

const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
try {
  const evaluator = compileScenario(init.dataset, init.scenario, {
    asOf: init.asOf,
    ...(init.model ? { model: init.model } : {}),
    fraction: (f) => resolveFraction(f, init.dataset) ?? Number.NaN,
  });
  port.on("message", (request: WorkerRequest) => {
    try {
      const chunk = runChunk(evaluator, init.seed, request.from, request.count);
      post({ type: "chunk", chunk }, [
        chunk.systemLoss.buffer,
        chunk.unfunded.buffer,
        chunk.inputs.buffer,
        chunk.defaults.buffer,
        chunk.lossEntity.buffer,
        chunk.lossValue.buffer,
      ] as ArrayBuffer[]);
    } catch (error) {
      post(errorReply(error));
    }
  });
  post({ type: "ready" });
} catch (error) {
  post(errorReply(error));
}

/** Errors cross the thread as data: a model fault keeps its code, path and values (core/errors.ts). */
function errorReply(error: unknown): WorkerReply {
  if (error instanceof SampleError) {
    const { reason, sample, sampleSeed, model } = error;
    return { type: "error", reason, sample, sampleSeed, ...(model ? { model } : {}) };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { type: "error", reason, ...(isModelError(error) ? { model: error.toData() } : {}) };
}
