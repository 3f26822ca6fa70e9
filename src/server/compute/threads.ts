/**
 * The heavy POST routes (POST_ROUTES: /api/stress, /api/network/solve) off the main thread: a bounded
 * queue (./queue.ts) of compute threads, each with its own copy of the dataset, started when first
 * needed and kept. A thread that dies (a crash, out of memory) fails its request with 500 and is
 * replaced on the next one. `threads: 0` computes on the main thread, as before (tests, tiny servers).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { MarketFiles } from "../../io/market-files.ts";
import { workerEntry } from "../../io/runtime.ts";
import type { ScenarioCatalogue } from "../../io/scenario-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { type DataContext, dataContext } from "../context.ts";
import type { PostRoute } from "../routes/post-route.ts";
import { computeAnswer, unwrapReply } from "./answer.ts";
import type { ComputeReply, ComputeRequest } from "./protocol.ts";
import { type ComputeQueue, createComputeQueue, type Runner } from "./queue.ts";

export type ThreadData = { dataset: Dataset; scenarios?: ScenarioCatalogue; marketFiles?: MarketFiles };

export type ComputeLimits = {
  /** Compute threads; 0 computes on the main thread (no queue). */
  threads: number;
  /** Requests that may wait for a thread; one more is answered 429. */
  waiting: number;
  retryAfterSeconds: number;
};

/** One core stays with the main thread (health, GETs, static files); the queue holds a few per thread. */
export const DEFAULT_COMPUTE_LIMITS: ComputeLimits = {
  threads: Math.max(1, availableParallelism() - 1),
  waiting: 8,
  retryAfterSeconds: 2,
};

const ENTRY = workerEntry(import.meta.url, "worker", "worker-entry.js");

export type PostCompute = {
  /** The response body of `request`, or the ApiError its route threw (429 when the queue is full). */
  answer: (request: ComputeRequest) => Promise<string>;
  close: () => Promise<void>;
};

/**
 * The POST routes' computation. `inline` is the DataContext to compute on when `limits.threads` is 0
 * (the app's own); without it one is built from `init`.
 */
export function createPostCompute(
  routes: readonly PostRoute[],
  init: ThreadData,
  limits: ComputeLimits = DEFAULT_COMPUTE_LIMITS,
  inline?: DataContext,
): PostCompute {
  if (limits.threads === 0) {
    const data = inline ?? dataContext(init.dataset, init);
    return {
      answer: async (request) => unwrapReply(computeAnswer(routes, data, request)),
      close: async () => {},
    };
  }
  const queue: ComputeQueue<ComputeRequest, ComputeReply> = createComputeQueue(() => threadRunner(init), {
    runners: limits.threads,
    waiting: limits.waiting,
    retryAfterSeconds: limits.retryAfterSeconds,
  });
  return {
    answer: async (request) => unwrapReply(await queue.submit(request)),
    close: () => queue.close(),
  };
}

/** One compute thread running one request at a time; a dead thread is replaced by the next request. */
function threadRunner(init: ThreadData): Runner<ComputeRequest, ComputeReply> {
  let worker: Worker | undefined;
  const live = (): Worker => {
    if (worker) return worker;
    const started = new Worker(ENTRY, { workerData: init });
    // An idle compute thread must not keep the process (or a test run) alive.
    started.unref();
    started.once("exit", () => {
      if (worker === started) worker = undefined;
    });
    worker = started;
    return started;
  };
  return {
    run: (request) =>
      new Promise<ComputeReply>((resolve) => {
        const thread = live();
        const done = (reply: ComputeReply) => {
          thread.off("message", onMessage);
          thread.off("error", onError);
          thread.off("exit", onExit);
          resolve(reply);
        };
        const onMessage = (reply: ComputeReply) => done(reply);
        const onError = (error: Error) =>
          done({
            ok: false,
            internal: { message: error.message, ...(error.stack ? { stack: error.stack } : {}) },
          });
        const onExit = (code: number) =>
          done({ ok: false, internal: { message: `compute thread exited (${code})` } });
        thread.on("message", onMessage);
        thread.on("error", onError);
        thread.on("exit", onExit);
        thread.postMessage(request);
      }),
    close: async () => {
      const thread = worker;
      worker = undefined;
      await thread?.terminate();
    },
  };
}
