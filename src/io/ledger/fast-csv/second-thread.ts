/**
 * The fast CSV reader's worker thread, seen from the main thread: one task at a time, each answered
 * by one message. Any failure of the thread (an error, an exit) answers null, and the reader then
 * leaves the file to the careful route.
 */
import { Worker } from "node:worker_threads";
import { workerEntry } from "../../runtime.ts";
import type { ThreadTask } from "./range-thread.ts";

export class SecondThread {
  private readonly worker: Worker;
  private failed = false;
  private pending: ((value: unknown) => void) | null = null;

  constructor() {
    this.worker = new Worker(workerEntry(import.meta.url, "range-thread", "range-thread-entry.js"));
    const fail = () => {
      this.failed = true;
      this.pending?.(null);
      this.pending = null;
    };
    this.worker.on("error", fail);
    this.worker.on("exit", fail);
    this.worker.on("message", (message: unknown) => {
      const resolve = this.pending;
      this.pending = null;
      resolve?.(message);
    });
  }

  /** The task's answer, or null if the thread failed. Tasks do not overlap. */
  run<T>(task: ThreadTask): Promise<T | null> {
    if (this.failed) return Promise.resolve(null);
    return new Promise<T | null>((resolve) => {
      this.pending = resolve as (value: unknown) => void;
      this.worker.postMessage(task);
    });
  }

  close(): void {
    this.failed = true;
    void this.worker.terminate();
  }
}
