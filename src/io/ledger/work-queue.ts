/**
 * The shared state of a parallel ledger scan, in one SharedArrayBuffer that the driver and every worker
 * thread see: the next chunk of start positions to take (work stealing by an atomic counter), a stop
 * flag, the number of workers busy, a small stack of split-off tasks guarded by a spin lock, and the
 * output credits of each worker (backpressure: a worker may have at most `credits` batches in flight).
 *
 * Workers take whole chunks while there are chunks; when a worker runs a start whose search is large
 * and the chunks are gone (so some thread is or soon will be idle), it splits off half of that start's
 * untried first hops — or of its last first hop's second hops — as a task on the stack. The scan is over when the chunks are gone, the stack is
 * empty and no worker is busy (a busy worker may still push a task).
 */

import type { FirstHopTask } from "../../core/ledger/start-cursor.ts";

const NEXT_CHUNK = 0;
const STOP = 1;
const BUSY = 2;
const LOCK = 3;
const TASKS = 4;
const FOUND = 5;
const ABORT = 6;
const HEADER = 8;
export const TASK_CAPACITY = 1024;
/** start, from, to, from2, to2 (−1: a first-hop task). */
const TASK_INTS = 5;

/** A split-off piece of one start's search (start-cursor.ts). */
export type Task = FirstHopTask;

export class WorkQueue {
  readonly state: Int32Array;
  readonly credits: Int32Array;
  readonly chunks: number;

  constructor(state: Int32Array, credits: Int32Array, chunks: number) {
    this.state = state;
    this.credits = credits;
    this.chunks = chunks;
  }

  static create(workers: number, chunks: number, credits: number): WorkQueue {
    const state = new Int32Array(new SharedArrayBuffer(4 * (HEADER + TASK_INTS * TASK_CAPACITY)));
    const creditArray = new Int32Array(new SharedArrayBuffer(4 * workers)).fill(credits);
    return new WorkQueue(state, creditArray, chunks);
  }

  get stopped(): boolean {
    return Atomics.load(this.state, STOP) === 1;
  }

  /** No new search; workers still send the cycles they hold (a limit was reached). */
  stop(): void {
    Atomics.store(this.state, STOP, 1);
    Atomics.notify(this.state, TASKS);
  }

  get aborted(): boolean {
    return Atomics.load(this.state, ABORT) === 1;
  }

  /** No new search and no more output (cancelled, or a thread failed). */
  abort(): void {
    Atomics.store(this.state, ABORT, 1);
    this.stop();
    for (let w = 0; w < this.credits.length; w++) Atomics.notify(this.credits, w);
  }

  /**
   * Counts one cycle found; true when it is the one past `limit` — the scan then stops, and the
   * summary says truncated, as the serial scan does when it finds cycle limit + 1.
   */
  found(limit: number): boolean {
    return Atomics.add(this.state, FOUND, 1) >= limit;
  }

  /** True once every chunk has been handed out (splitting then helps idle threads). */
  get chunksGone(): boolean {
    return Atomics.load(this.state, NEXT_CHUNK) >= this.chunks;
  }

  get waitingTasks(): number {
    return Atomics.load(this.state, TASKS);
  }

  /**
   * The next piece of work for a worker that has none: a task, else a chunk index, else "done" when
   * nothing is left and nobody is busy, else "wait" (a busy worker may still split off a task).
   * A worker given work counts as busy until it calls idle().
   */
  take(): Task | number | "done" | "wait" {
    if (this.stopped) return "done";
    this.lock();
    try {
      const count = this.state[TASKS] as number;
      if (count > 0) {
        const at = HEADER + TASK_INTS * (count - 1);
        this.state[TASKS] = count - 1;
        this.state[BUSY] = (this.state[BUSY] as number) + 1;
        const task: Task = {
          start: this.state[at] as number,
          from: this.state[at + 1] as number,
          to: this.state[at + 2] as number,
        };
        const from2 = this.state[at + 3] as number;
        if (from2 >= 0) {
          task.from2 = from2;
          task.to2 = this.state[at + 4] as number;
        }
        return task;
      }
      const chunk = Atomics.add(this.state, NEXT_CHUNK, 1);
      if (chunk < this.chunks) {
        this.state[BUSY] = (this.state[BUSY] as number) + 1;
        return chunk;
      }
      return this.state[BUSY] === 0 ? "done" : "wait";
    } finally {
      this.unlock();
    }
  }

  /** The worker finished its piece of work. */
  idle(): void {
    this.lock();
    this.state[BUSY] = (this.state[BUSY] as number) - 1;
    this.unlock();
    Atomics.notify(this.state, TASKS);
  }

  /** Offers a task; false when the stack is full (the caller keeps the work). */
  push(task: Task): boolean {
    this.lock();
    try {
      const count = this.state[TASKS] as number;
      if (count >= TASK_CAPACITY) return false;
      const at = HEADER + TASK_INTS * count;
      this.state[at] = task.start;
      this.state[at + 1] = task.from;
      this.state[at + 2] = task.to;
      this.state[at + 3] = task.from2 ?? -1;
      this.state[at + 4] = task.to2 ?? -1;
      this.state[TASKS] = count + 1;
    } finally {
      this.unlock();
    }
    Atomics.notify(this.state, TASKS);
    return true;
  }

  /** Blocks (in a worker) until a task may be there or the work may be over, at most `ms`. */
  waitForWork(ms: number): void {
    Atomics.wait(this.state, TASKS, 0, ms);
  }

  /** Blocks (in a worker) until worker w may send another batch; false if the scan was aborted. */
  acquireCredit(w: number): boolean {
    for (;;) {
      if (this.aborted) return false;
      const c = Atomics.load(this.credits, w);
      if (c > 0 && Atomics.compareExchange(this.credits, w, c, c - 1) === c) return true;
      if (c === 0) Atomics.wait(this.credits, w, 0, 100);
    }
  }

  /** The driver consumed one of worker w's batches. */
  releaseCredit(w: number): void {
    Atomics.add(this.credits, w, 1);
    Atomics.notify(this.credits, w);
  }

  private lock(): void {
    while (Atomics.compareExchange(this.state, LOCK, 0, 1) !== 0) {
      // Critical sections are a few loads and stores: spinning beats sleeping.
    }
  }

  private unlock(): void {
    Atomics.store(this.state, LOCK, 0);
  }
}
