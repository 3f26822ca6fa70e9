/**
 * Monte Carlo jobs of the HTTP API: each runs on the worker pool of src/io/monte-carlo-pool.ts, reports
 * its progress to whoever listens (the SSE stream of ./sse.ts), can be cancelled, and ends with its
 * report (./report.ts), its error (the failing sample and its seed) or, when cancelled or out of time,
 * the report of the samples done. The server stays bounded: at most `total` jobs run at once and
 * `perClient` per remote address (429 with Retry-After beyond), each on `workers` threads, each
 * stopped after `maxSeconds`; a finished job is kept `keepSeconds` (at most `maxKept` of them), then
 * dropped. Job ids are random UUIDs: knowing one is what lets a client read or cancel its job.
 */
import { randomUUID } from "node:crypto";
import { isModelError, type ModelErrorCode } from "../../core/errors.ts";
import { type MonteCarloReport, monteCarloReport } from "../../core/reports/monte-carlo-report.ts";
import { SampleError } from "../../core/stress/monte-carlo/index.ts";
import { faultPath } from "../../i18n/model-problem.ts";
import { type PoolOptions, type PoolResult, runMonteCarlo } from "../../io/monte-carlo-pool.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { ApiError, type ApiProblem } from "../errors.ts";
import type { MonteCarloRequest } from "./request.ts";

export type JobLimits = {
  /** Jobs running at once, all clients together. */
  total: number;
  /** Jobs running at once for one remote address. */
  perClient: number;
  /** Worker threads per job (total × workers threads at most). */
  workers: number;
  /** Wall time of a job; past it the job stops with the samples done. */
  maxSeconds: number;
  /** How long a finished job stays readable. */
  keepSeconds: number;
  /** Finished jobs kept at most (the oldest go first). */
  maxKept: number;
};

/** Two one-worker jobs: two threads, so on a two-core machine the server itself keeps answering. */
export const DEFAULT_JOB_LIMITS: JobLimits = {
  total: 2,
  perClient: 1,
  workers: 1,
  maxSeconds: 120,
  keepSeconds: 300,
  maxKept: 100,
};

export type JobState = "running" | "done" | "failed" | "cancelled";
export type Progress = { done: number; runs: number; rate: number; eta: number | null };
/**
 * Why a job failed: a sample whose draw the model could not use (`sample-failed`, its fault as data in
 * `params.fault`), a model error of the whole run (its own code), or a bug (`run-failed`, logged).
 */
export type JobError = ApiProblem & { code: "sample-failed" | "run-failed" | ModelErrorCode };

export type JobEvent =
  | { type: "progress"; data: Progress }
  | { type: "result"; data: MonteCarloReport }
  | { type: "error"; data: JobError }
  | { type: "cancelled"; data: { reason: "request" | "time-limit"; result: MonteCarloReport } };

export type Job = {
  id: string;
  client: string;
  request: MonteCarloRequest;
  state: JobState;
  progress: Progress;
  /** Seconds from start to now, or to the end when finished. */
  elapsed: () => number;
  result?: MonteCarloReport;
  error?: JobError;
  reason?: "request" | "time-limit";
  /** The last event: the terminal one once the job has ended. */
  last: () => JobEvent;
};

type Internal = Job & {
  listeners: Set<(event: JobEvent) => void>;
  controller: AbortController;
  started: number;
  ended?: number;
  timer?: ReturnType<typeof setTimeout>;
  lastEvent: JobEvent;
};

export type JobManagerOptions = {
  dataset: Dataset;
  limits?: Partial<JobLimits>;
  /** The pool runner (tests pass one with `workers: 0` or a fake). */
  run?: (options: PoolOptions) => Promise<PoolResult>;
  chunkSize?: number;
  /** Milliseconds, monotonic. */
  now?: () => number;
  log?: (error: unknown) => void;
};

export type JobManager = {
  limits: JobLimits;
  start: (client: string, request: MonteCarloRequest) => Job;
  get: (id: string) => Job | undefined;
  cancel: (id: string) => Job | undefined;
  /** Calls `listener` for every later event of the job; returns the unsubscribe function. */
  subscribe: (id: string, listener: (event: JobEvent) => void) => () => void;
  running: () => number;
  /** Stops every job (the server is closing). */
  close: () => void;
};

export function createJobManager(options: JobManagerOptions): JobManager {
  const limits: JobLimits = { ...DEFAULT_JOB_LIMITS, ...options.limits };
  const run = options.run ?? runMonteCarlo;
  const now = options.now ?? (() => performance.now());
  const log = options.log ?? ((error: unknown) => console.error(error));
  const jobs = new Map<string, Internal>();
  const finished: string[] = [];

  const running = (client?: string) =>
    [...jobs.values()].filter((j) => j.state === "running" && (client === undefined || j.client === client));

  /** Seconds until the soonest of these jobs should end: its ETA, else its time limit. */
  const retryAfter = (busy: Internal[]) => {
    const waits = busy.map((j) =>
      Math.min(j.progress.eta ?? limits.maxSeconds, limits.maxSeconds - j.elapsed()),
    );
    return String(Math.max(1, Math.ceil(Math.min(...waits))));
  };

  const emit = (job: Internal, event: JobEvent) => {
    job.lastEvent = event;
    for (const listener of job.listeners) listener(event);
  };

  const end = (job: Internal, state: Exclude<JobState, "running">, event: JobEvent) => {
    job.state = state;
    job.ended = now();
    if (job.timer) clearTimeout(job.timer);
    emit(job, event);
    job.listeners.clear();
    finished.push(job.id);
    while (finished.length > limits.maxKept) jobs.delete(finished.shift() as string);
    const drop = setTimeout(() => {
      jobs.delete(job.id);
      const i = finished.indexOf(job.id);
      if (i >= 0) finished.splice(i, 1);
    }, limits.keepSeconds * 1000);
    drop.unref?.();
  };

  function start(client: string, request: MonteCarloRequest): Job {
    const all = running();
    if (all.length >= limits.total)
      throw new ApiError(
        429,
        { code: "too-many-jobs", params: { limit: limits.total, scope: "server" } },
        {
          "Retry-After": retryAfter(all),
        },
      );
    const mine = running(client);
    if (mine.length >= limits.perClient)
      throw new ApiError(
        429,
        { code: "too-many-jobs", params: { limit: limits.perClient, scope: "client" } },
        {
          "Retry-After": retryAfter(mine),
        },
      );
    const started = now();
    const job: Internal = {
      id: randomUUID(),
      client,
      request,
      state: "running",
      progress: { done: 0, runs: request.runs, rate: 0, eta: null },
      elapsed: () => ((job.ended ?? now()) - started) / 1000,
      last: () => job.lastEvent,
      listeners: new Set(),
      controller: new AbortController(),
      started,
      lastEvent: { type: "progress", data: { done: 0, runs: request.runs, rate: 0, eta: null } },
    };
    jobs.set(job.id, job);
    job.timer = setTimeout(() => {
      job.reason ??= "time-limit";
      job.controller.abort();
    }, limits.maxSeconds * 1000);
    job.timer.unref?.();
    const report = (result: PoolResult) =>
      monteCarloReport(options.dataset, request, result.partial, {
        workers: limits.workers,
        partial: result.cancelled,
      });
    run({
      dataset: options.dataset,
      scenario: request.scenario,
      asOf: request.asOf,
      seed: request.seed,
      runs: request.runs,
      workers: limits.workers,
      ...(request.model ? { model: request.model } : {}),
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      signal: job.controller.signal,
      onProgress: (done, runs) => {
        if (job.state !== "running") return;
        const seconds = job.elapsed();
        const rate = seconds > 0 ? done / seconds : 0;
        job.progress = { done, runs, rate, eta: rate > 0 ? (runs - done) / rate : null };
        emit(job, { type: "progress", data: job.progress });
      },
    }).then(
      (result) => {
        if (job.state !== "running") return;
        const summary = report(result);
        if (result.cancelled) {
          job.reason ??= "request";
          job.result = summary;
          end(job, "cancelled", { type: "cancelled", data: { reason: job.reason, result: summary } });
        } else {
          job.result = summary;
          end(job, "done", { type: "result", data: summary });
        }
      },
      (error: unknown) => {
        if (job.state !== "running") return;
        job.error = jobError(error, request.seed);
        if (job.error.code === "run-failed") log(error);
        end(job, "failed", { type: "error", data: job.error });
      },
    );
    return job;
  }

  return {
    limits,
    start,
    get: (id) => jobs.get(id),
    cancel: (id) => {
      const job = jobs.get(id);
      if (job?.state === "running") {
        job.reason ??= "request";
        job.controller.abort();
      }
      return job;
    },
    subscribe: (id, listener) => {
      const job = jobs.get(id);
      if (job?.state !== "running") return () => {};
      job.listeners.add(listener);
      return () => job.listeners.delete(listener);
    },
    running: () => running().length,
    close: () => {
      for (const job of jobs.values()) {
        if (job.timer) clearTimeout(job.timer);
        job.controller.abort();
      }
    },
  };
}

/** A job as GET /api/stress/monte-carlo/{id} answers it. */
export function jobView(job: Job) {
  const { scenario, runs, seed, model, asOf } = job.request;
  return {
    id: job.id,
    state: job.state,
    scenario: scenario.id,
    model: model ?? scenario.model.name,
    asOf: scenario.asOf ?? asOf,
    runs,
    seed,
    progress: job.progress,
    elapsed: job.elapsed(),
    ...(job.reason && job.state === "cancelled" ? { reason: job.reason } : {}),
    ...(job.result ? { result: job.result } : {}),
    ...(job.error ? { error: job.error } : {}),
  };
}

/** A failed run's error as data (core/errors.ts codes; a sample without a model fault met a bug). */
export function jobError(error: unknown, seed: number): JobError {
  if (error instanceof SampleError && error.model) {
    const { sample, sampleSeed, model } = error;
    return { code: "sample-failed", params: { sample, seed, sampleSeed, reason: model.code, fault: model } };
  }
  if (isModelError(error)) {
    return {
      code: error.code,
      ...(error.path.length > 0 ? { path: faultPath(error.path) } : {}),
      params: { ...error.values },
      model: true,
    };
  }
  return { code: "run-failed", params: {} };
}
