/**
 * What a search worker does before its first step, timed from outside the search's code: the thread
 * has started and loaded its modules by the time this runs; it then builds the search cursor on the
 * shared prepared ledger (as src/io/ledger/scan-worker.ts does) and posts when it started, when it
 * was ready and its CPU time. Used by bench/ledger-ingest.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ledgerCursor } from "../src/core/ledger/ledger-cursor.ts";
import type { PreparedLedger } from "../src/core/ledger/prepare.ts";
import type { ScanOptions } from "../src/core/ledger/types.ts";
import { threadCpuMs } from "../src/io/ledger/thread-cpu.ts";

const loaded = performance.timeOrigin + performance.now();
const { prepared, options } = workerData as { prepared: PreparedLedger; options: ScanOptions };
const cursor = ledgerCursor(prepared, options);
parentPort?.postMessage({
  loaded,
  ready: performance.timeOrigin + performance.now(),
  cpuMs: threadCpuMs(),
  starts: cursor.currentStart,
});
