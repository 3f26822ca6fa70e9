/**
 * The helper thread of the two-thread ledger preparation (prepare-shared.ts): it waits for the ledger
 * and its (payer, index) order, builds the incoming side (time order, ticks, in-adjacency; see
 * src/core/ledger/prepare-temporal.ts) on shared memory, and posts it back. It starts before the main
 * thread has its input, so its own start-up overlaps the main thread's first pass.
 */
import { parentPort } from "node:worker_threads";
import { incomingSide } from "../../core/ledger/prepare-temporal.ts";
import type { Ledger } from "../../core/ledger/types.ts";
import { sharedArrays } from "./shared-arrays.ts";
import { threadCpuMs } from "./thread-cpu.ts";

export type PrepareThreadInput = { ledger: Ledger; byPayer: Int32Array };

export type PrepareThreadOutput = {
  into: ReturnType<typeof incomingSide>["into"];
  tickOf: Int32Array;
  times: Float64Array;
  /** This thread's CPU milliseconds (threadCpuMs), null where unknown. */
  cpuMs: number | null;
};

if (parentPort === null) throw new Error("prepare-thread.ts must run in a worker thread");
const port = parentPort;
port.once("message", (input: PrepareThreadInput) => {
  const { into, tickOf, times } = incomingSide(input.ledger, input.byPayer, sharedArrays);
  const output: PrepareThreadOutput = { into, tickOf, times, cpuMs: threadCpuMs() };
  port.postMessage(output);
});
