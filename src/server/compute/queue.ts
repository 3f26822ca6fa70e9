/**
 * A bounded queue in front of a few runners (worker threads in the server): at most `runners` jobs run
 * at once, at most `waiting` more wait in arrival order, and a job past that is refused at once with
 * 429 and Retry-After rather than piling up — heavy POSTs then cost the server a fixed amount of work
 * however many clients send them, and GET /api/health keeps answering from the main thread.
 *
 * The runner is injected (`start`), so the queue's rules are tested without threads.
 */
import { ApiError } from "../errors.ts";

export type Runner<I, O> = {
  run: (input: I) => Promise<O>;
  close: () => Promise<void>;
};

export type QueueLimits = {
  /** Jobs that run at once (one runner each). */
  runners: number;
  /** Jobs that may wait for a runner; one more is answered 429. */
  waiting: number;
  /** The Retry-After of a 429, in seconds. */
  retryAfterSeconds: number;
};

export type ComputeQueue<I, O> = {
  /** Runs `input` on the next free runner; rejects with ApiError 429 when the queue is full. */
  submit: (input: I) => Promise<O>;
  /** Jobs running and waiting now. */
  load: () => { running: number; queued: number };
  /** Stops every runner; waiting jobs are rejected. */
  close: () => Promise<void>;
  readonly limits: QueueLimits;
};

type Waiting<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

export function createComputeQueue<I, O>(start: () => Runner<I, O>, limits: QueueLimits): ComputeQueue<I, O> {
  if (!(Number.isInteger(limits.runners) && limits.runners >= 1))
    throw new RangeError(`runners ${limits.runners} is not an integer ≥ 1`);
  const idle: Runner<I, O>[] = [];
  const all: Runner<I, O>[] = [];
  const waiting: Waiting<I, O>[] = [];
  let running = 0;

  const runnerFor = (): Runner<I, O> => {
    const free = idle.pop();
    if (free) return free;
    const made = start();
    all.push(made);
    return made;
  };
  const dispatch = (job: Waiting<I, O>) => {
    running++;
    const runner = runnerFor();
    runner
      .run(job.input)
      .then(job.resolve, job.reject)
      .finally(() => {
        running--;
        idle.push(runner);
        const next = waiting.shift();
        if (next) dispatch(next);
      });
  };

  return {
    limits,
    submit(input) {
      return new Promise<O>((resolve, reject) => {
        const job = { input, resolve, reject };
        if (running < limits.runners) dispatch(job);
        else if (waiting.length < limits.waiting) waiting.push(job);
        else reject(busy(running, waiting.length, limits.retryAfterSeconds));
      });
    },
    load: () => ({ running, queued: waiting.length }),
    async close() {
      for (const job of waiting.splice(0)) job.reject(busy(running, 0, limits.retryAfterSeconds));
      await Promise.all(all.splice(0).map((r) => r.close()));
      idle.length = 0;
    },
  };
}

function busy(running: number, queued: number, retryAfter: number): ApiError {
  return new ApiError(
    429,
    { code: "server-busy", params: { running, queued, retryAfter } },
    { "Retry-After": String(retryAfter) },
  );
}
