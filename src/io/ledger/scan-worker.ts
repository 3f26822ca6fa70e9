/**
 * The body of one worker thread of the parallel ledger scan (see scan-in-workers.ts): takes chunks of start
 * positions or split-off tasks from the shared work queue, runs the search on the shared prepared
 * ledger, and posts the cycles in batches — waiting for an output credit before each, so a slow
 * consumer holds the search back instead of letting batches pile up. A start whose search runs long
 * once the chunks are gone is split: half of its untried first hops go on the queue for idle threads,
 * or, when only one first hop is left, half of that hop's untried second hops (StartCursor.split).
 */
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { CycleTally } from "../../core/ledger/cycle-tally.ts";
import { type FirstHopTask, ledgerCursor } from "../../core/ledger/ledger-cursor.ts";
import type { PreparedLedger } from "../../core/ledger/prepare.ts";
import type { CycleBatch, ScanOptions } from "../../core/ledger/types.ts";
import { threadCpuMs } from "./thread-cpu.ts";
import { WorkQueue } from "./work-queue.ts";

export type WorkerInput = {
  index: number;
  workers: number;
  prepared: PreparedLedger;
  options: ScanOptions;
  own: { fromMs?: number; toMs?: number };
  from: number;
  to: number;
  chunkSize: number;
  chunks: number;
  state: Int32Array;
  credits: Int32Array;
  batchCycles: number;
  /** Forward-plus-prune steps between looks at the queue. */
  sliceSteps: number;
  /** Steps one start may take before it is split (when threads are idle). */
  splitAfterSteps: number;
  /** Split at the second hop when only one first hop is left (else the first hops only). */
  secondHop: boolean;
  /** Stop once the threads have found more cycles than this (Infinity: no limit). */
  limit: number;
};

export type WorkerMessage =
  | { type: "cycles"; worker: number; batch: CycleBatch }
  | { type: "progress"; worker: number; startsDone: number; cycles: number; steps: number }
  | {
      type: "done";
      worker: number;
      steps: number;
      pruneSteps: number;
      /** Milliseconds searching, and of those blocked on output credits (a slow consumer). */
      busyMs: number;
      waitedMs: number;
      /** When the worker finished (ms since the Unix epoch, comparable across threads). */
      finishedAt: number;
      /** CPU milliseconds this thread used (threadCpuMs), null where unknown. */
      cpuMs: number | null;
    };

if (parentPort === null) throw new Error("scan-worker.ts must run in a worker thread");
const port: MessagePort = parentPort;
// The driver starts the thread while it prepares the ledger, and posts the input once it is ready.
const input = (workerData ?? (await new Promise((resolve) => port.once("message", resolve)))) as WorkerInput;
const queue = new WorkQueue(input.state, input.credits, input.chunks);
const cursor = ledgerCursor(input.prepared, input.options, input.own);
const tally = new CycleTally({
  batchCycles: input.batchCycles,
  onBatch: (batch) => {
    const asked = performance.now();
    const granted = queue.acquireCredit(input.index);
    waitedMs += performance.now() - asked;
    if (!granted) return; // aborted: the batch is not wanted
    const message: WorkerMessage = { type: "cycles", worker: input.index, batch };
    port.postMessage(message, [batch.offsets.buffer as ArrayBuffer, batch.edges.buffer as ArrayBuffer]);
  },
});
const mine: FirstHopTask[] = [];
const limited = Number.isFinite(input.limit);
let startsDone = 0;
let lastReport = performance.now();
let busyMs = 0;
let waitedMs = 0;

const steps = () => cursor.steps + cursor.prune.steps;

function report(): void {
  const now = performance.now();
  if (now - lastReport < 200) return;
  lastReport = now;
  const message: WorkerMessage = {
    type: "progress",
    worker: input.index,
    startsDone,
    cycles: tally.cycles,
    steps: steps(),
  };
  port.postMessage(message);
}

/** Runs the cursor's current range or task to its end, counting the time as busy. */
function run(): void {
  const began = performance.now();
  search();
  busyMs += performance.now() - began;
}

/** Searches the cursor's current range or task to its end, looking up every slice of steps. */
function search(): void {
  let start = cursor.currentStart;
  let since = steps();
  cursor.stepLimit = steps() + input.sliceSteps;
  for (;;) {
    if (cursor.next()) {
      tally.add(cursor.path, cursor.length);
      if (limited && queue.found(input.limit)) {
        queue.stop();
        return;
      }
      continue;
    }
    if (!cursor.paused || queue.stopped) return;
    if (cursor.currentStart !== start) {
      start = cursor.currentStart;
      since = steps();
    } else if (
      input.workers > 1 &&
      steps() - since > input.splitAfterSteps &&
      queue.chunksGone &&
      queue.waitingTasks < input.workers
    ) {
      const task = input.secondHop ? cursor.split() : cursor.splitFirstHops();
      if (task && !queue.push(task)) mine.push(task);
      since = steps();
    }
    report();
    cursor.stepLimit = steps() + input.sliceSteps;
  }
}

for (;;) {
  const work = queue.take();
  if (work === "done") break;
  if (work === "wait") {
    queue.waitForWork(5);
    continue;
  }
  if (typeof work === "number") {
    const from = input.from + work * input.chunkSize;
    const to = Math.min(input.to, from + input.chunkSize);
    cursor.setRange(from, to);
    run();
    startsDone += to - from;
  } else {
    cursor.setTask(work);
    run();
  }
  while (mine.length > 0 && !queue.stopped) {
    cursor.setTask(mine.pop() as FirstHopTask);
    run();
  }
  queue.idle();
  report();
}
const flushed = performance.now();
tally.flush();
busyMs += performance.now() - flushed;
const done: WorkerMessage = {
  type: "done",
  worker: input.index,
  steps: cursor.steps,
  pruneSteps: cursor.prune.steps,
  busyMs,
  waitedMs,
  finishedAt: performance.timeOrigin + performance.now(),
  cpuMs: threadCpuMs(),
};
port.postMessage(done);
