/**
 * The ledger scan on several threads: `scanLedgerInWorkers(ledger, options, run)` starts `run.workers`
 * worker threads, prepares the ledger once into SharedArrayBuffers while they load (on two threads,
 * prepare-shared.ts), hands it to them to search (work stealing over chunks of start transactions,
 * hub-rooted searches split by first hop; see work-queue.ts and scan-worker.ts), and streams the cycles to `run.onCycles` in batches. It finds exactly the cycles of the serial scan
 * (src/core/ledger/scan-serial.ts).
 *
 * Memory stays bounded whatever the number of cycles: each worker may have at most CREDITS batches
 * waiting, and `onCycles` may return a promise (a slow file write), which holds the workers back.
 *
 * Order: batches arrive as workers fill them; within a batch, cycles are in search order. With
 * `workers: 0` (search on this thread) or `workers: 1`, the order is the serial scan's, deterministic;
 * with more workers it varies from run to run (the set does not). Sort the output for a stable file.
 *
 * `limit` stops the scan after that many cycles (the summary says truncated when more existed);
 * aborting `signal` stops it too (truncated, with what was delivered so far). Bad options throw
 * InvalidScanOptionError / InvalidShardError before any thread starts.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { CycleTally } from "../../core/ledger/cycle-tally.ts";
import { ledgerCursor } from "../../core/ledger/ledger-cursor.ts";
import { prepareLedger } from "../../core/ledger/prepare.ts";
import { checkScanOptions } from "../../core/ledger/scan-options.ts";
import { resolveShard, shardSelfLoops } from "../../core/ledger/scan-serial.ts";
import { ownedStarts, shardReadRange } from "../../core/ledger/shard.ts";
import type {
  CycleBatch,
  Ledger,
  ScanOptions,
  ScanProgress,
  ScanSummary,
  WorkerTime,
} from "../../core/ledger/types.ts";
import { workerEntry } from "../runtime.ts";
import { prepareShared } from "./prepare-shared.ts";
import type { WorkerInput, WorkerMessage } from "./scan-worker.ts";
import { WorkQueue } from "./work-queue.ts";

export type ScanRun = {
  /**
   * Worker threads; 0 searches on this thread. Default: min(2, cores), or 0 for a ledger of fewer
   * than 50,000 transactions (starting threads would cost more than they save).
   */
  workers?: number;
  limit?: number;
  /** Run only shard index of count (0-based), see src/core/ledger/shard.ts. */
  shard?: { index: number; count: number };
  onCycles?: (batch: CycleBatch) => void | Promise<void>;
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
  /** Cycles per batch (default 4096). */
  batchCycles?: number;
  /**
   * When a worker splits a long search (tests and benchmarks tune it): after `afterSteps` steps on one
   * start (default 2^22), and whether it may split at the second hop once the first hops are down to
   * one (default true).
   */
  split?: { afterSteps?: number; secondHop?: boolean };
};

const CREDITS = 4;
const SMALL_LEDGER = 50_000;
const SLICE_STEPS = 1 << 20;
const SPLIT_AFTER_STEPS = 1 << 22;
const WORKER_ENTRY = workerEntry(import.meta.url, "scan-worker", "scan-worker-entry.js");

/** The workers a scan of `ledger` uses when none are asked for. */
export function workersFor(ledger: Ledger): number {
  return ledger.src.length < SMALL_LEDGER ? 0 : defaultWorkers();
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** Tallies what reaches the consumer, and cuts the stream at the limit. */
class Delivery {
  readonly byLength: number[] = [];
  cycles = 0;
  truncated = false;
  private cancelled = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly onCycles: ScanRun["onCycles"],
  ) {}

  /** Queues a batch for the consumer; `done` runs once it has been handled (or dropped). */
  push(batch: CycleBatch, done: () => void): void {
    this.chain = this.chain.then(async () => {
      try {
        if (this.truncated || this.cancelled) return;
        let count = batch.count;
        if (this.cycles + count > this.limit) {
          count = this.limit - this.cycles;
          this.truncated = true;
        }
        if (count === 0) return;
        const { offsets } = batch;
        for (let j = 0; j < count; j++) {
          const k = (offsets[j + 1] as number) - (offsets[j] as number);
          while (this.byLength.length <= k) this.byLength.push(0);
          this.byLength[k] = (this.byLength[k] as number) + 1;
        }
        this.cycles += count;
        const cut =
          count === batch.count
            ? batch
            : {
                count,
                offsets: offsets.subarray(0, count + 1),
                edges: batch.edges.subarray(0, offsets[count]),
              };
        await this.onCycles?.(cut);
      } finally {
        done();
      }
    });
  }

  /** Resolves when every queued batch has been handled. */
  settled(): Promise<void> {
    return this.chain;
  }

  /** Cancelled: batches still queued are dropped. */
  cancel(): void {
    this.cancelled = true;
  }
}

export async function scanLedgerInWorkers(
  ledger: Ledger,
  options: ScanOptions,
  run: ScanRun = {},
): Promise<ScanSummary> {
  checkScanOptions(options);
  const shard = resolveShard(ledger, options, run.shard);
  // Starting a thread costs a fraction of a second: small ledgers are searched here unless asked.
  const workers = run.workers ?? workersFor(ledger);
  if (!(Number.isInteger(workers) && workers >= 0))
    throw new RangeError(`workers ${workers} is not an integer ≥ 0`);
  // The search threads start (and load their code) while this thread and a helper prepare the ledger.
  const threads = Array.from({ length: workers }, startThread);
  const delivery = new Delivery(run.limit ?? Number.POSITIVE_INFINITY, run.onCycles);
  let work: Work;
  try {
    const prepared =
      workers > 0
        ? await prepareShared(ledger, options, shardReadRange(shard))
        : prepareLedger(ledger, options, shardReadRange(shard));
    const { from, to, own } = ownedStarts(prepared, options, shard);
    work =
      workers === 0 || to === from
        ? await searchHere(prepared, options, own, from, to, delivery, run)
        : await searchInWorkers(prepared, options, own, from, to, threads, delivery, run);
  } finally {
    await Promise.all(threads.map((t) => t.thread.terminate()));
  }
  const base = { selfLoops: shardSelfLoops(ledger, options, shard) };
  await delivery.settled();
  return {
    cycles: delivery.cycles,
    byLength: delivery.byLength,
    selfLoops: base.selfLoops,
    steps: work.steps + work.pruneSteps,
    pruneSteps: work.pruneSteps,
    truncated: delivery.truncated || work.aborted,
    ...(work.workers ? { workers: work.workers } : {}),
  };
}

type Work = { steps: number; pruneSteps: number; aborted: boolean; workers?: WorkerTime[] };

/** A search thread started before its input exists: its end, and its first error, whenever they come. */
type StartedThread = { thread: Worker; exited: Promise<void>; failed: Promise<never> };

function startThread(): StartedThread {
  const thread = new Worker(WORKER_ENTRY);
  const exited = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
  const failed = new Promise<never>((_, reject) => thread.once("error", reject));
  failed.catch(() => {}); // awaited only once the search runs; an error before then is kept for it
  return { thread, exited, failed };
}

/** The search on this thread, in slices, yielding to the event loop between them. */
async function searchHere(
  prepared: ReturnType<typeof prepareLedger>,
  options: ScanOptions,
  own: { fromMs?: number; toMs?: number },
  from: number,
  to: number,
  delivery: Delivery,
  run: ScanRun,
): Promise<Work> {
  const cursor = ledgerCursor(prepared, options, own);
  const pending: CycleBatch[] = [];
  const tally = new CycleTally({ batchCycles: run.batchCycles ?? 4096, onBatch: (b) => pending.push(b) });
  const limit = run.limit ?? Number.POSITIVE_INFINITY;
  cursor.setRange(from, to);
  let aborted = false;
  for (;;) {
    cursor.stepLimit = cursor.steps + cursor.prune.steps + SLICE_STEPS;
    let finished = false;
    for (;;) {
      if (!cursor.next()) {
        finished = !cursor.paused;
        break;
      }
      tally.add(cursor.path, cursor.length);
      if (tally.cycles > limit) finished = true; // cycle limit + 1: the delivery marks the cut
      if (finished || pending.length > 0) break;
    }
    if (finished) tally.flush();
    for (const batch of pending.splice(0)) delivery.push(batch, () => {});
    await delivery.settled();
    run.onProgress?.({
      startsDone: Math.max(0, cursor.currentStart - from),
      startsTotal: to - from,
      cycles: tally.cycles,
      steps: cursor.steps + cursor.prune.steps,
    });
    if (run.signal?.aborted) aborted = true;
    if (finished || aborted) break;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { steps: cursor.steps, pruneSteps: cursor.prune.steps, aborted };
}

async function searchInWorkers(
  prepared: ReturnType<typeof prepareLedger>,
  options: ScanOptions,
  own: { fromMs?: number; toMs?: number },
  from: number,
  to: number,
  threads: readonly StartedThread[],
  delivery: Delivery,
  run: ScanRun,
): Promise<Work> {
  const workers = threads.length;
  const total = to - from;
  const chunkSize = Math.max(64, Math.min(16_384, Math.ceil(total / (workers * 64))));
  const chunks = Math.ceil(total / chunkSize);
  const queue = WorkQueue.create(workers, chunks, CREDITS);
  const times: WorkerTime[] = Array.from({ length: workers }, () => ({
    busy: 0,
    waited: 0,
    finished: 0,
    cpu: null,
    steps: 0,
  }));
  const work: Work = { steps: 0, pruneSteps: 0, aborted: false, workers: times };
  const began = performance.timeOrigin + performance.now();
  const progress = Array.from({ length: workers }, () => ({ startsDone: 0, cycles: 0, steps: 0 }));
  const onAbort = () => {
    work.aborted = true;
    delivery.cancel();
    queue.abort();
  };
  if (run.signal?.aborted) return { ...work, aborted: true };
  run.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (const [index, { thread }] of threads.entries()) {
      const input: WorkerInput = {
        index,
        workers,
        prepared,
        options,
        own,
        from,
        to,
        chunkSize,
        chunks,
        state: queue.state,
        credits: queue.credits,
        batchCycles: run.batchCycles ?? 4096,
        sliceSteps: SLICE_STEPS,
        splitAfterSteps: run.split?.afterSteps ?? SPLIT_AFTER_STEPS,
        secondHop: run.split?.secondHop ?? true,
        limit: run.limit ?? Number.POSITIVE_INFINITY,
      };
      thread.on("message", (message: WorkerMessage) => {
        if (message.type === "cycles") {
          delivery.push(message.batch, () => queue.releaseCredit(message.worker));
        } else if (message.type === "progress") {
          progress[message.worker] = message;
          run.onProgress?.({
            startsDone: progress.reduce((s, p) => s + p.startsDone, 0),
            startsTotal: total,
            cycles: progress.reduce((s, p) => s + p.cycles, 0),
            steps: progress.reduce((s, p) => s + p.steps, 0),
          });
        } else {
          work.steps += message.steps;
          work.pruneSteps += message.pruneSteps;
          times[message.worker] = {
            busy: message.busyMs / 1000,
            waited: message.waitedMs / 1000,
            finished: Math.max(0, message.finishedAt - began) / 1000,
            cpu: message.cpuMs === null ? null : message.cpuMs / 1000,
            steps: message.steps + message.pruneSteps,
          };
        }
      });
      thread.postMessage(input);
    }
    await Promise.race([Promise.all(threads.map((t) => t.exited)), ...threads.map((t) => t.failed)]);
  } catch (error) {
    queue.abort();
    throw error;
  } finally {
    run.signal?.removeEventListener("abort", onAbort);
    queue.abort();
    await Promise.all(threads.map((t) => t.thread.terminate()));
  }
  return work;
}
