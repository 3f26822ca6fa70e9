/**
 * The helper thread of the two-thread ledger preparation (prepare-shared.ts): it waits for the ledger
 * and its (payer, index) order, builds the incoming side's orders (time order, ticks, the payee
 * order with its ticks; see src/core/ledger/prepare-temporal.ts), and posts them back; the main
 * thread scatters the in-adjacency's columns from them, which balances the two threads' work. It starts before the main
 * thread has its input, so its own start-up overlaps the main thread's first pass.
 */
import { parentPort } from "node:worker_threads";
import { type IncomingOrder, incomingOrder } from "../../core/ledger/prepare-temporal.ts";
import type { Ledger } from "../../core/ledger/types.ts";
import { sharedArrays } from "./shared-arrays.ts";
import { threadCpuMs } from "./thread-cpu.ts";

export type PrepareThreadInput = { ledger: Ledger; byPayer: Int32Array };

export type PrepareThreadOutput = Omit<IncomingOrder, "byTime"> & {
  /** This thread's CPU milliseconds (threadCpuMs), null where unknown. */
  cpuMs: number | null;
};

if (parentPort === null) throw new Error("prepare-thread.ts must run in a worker thread");
const port = parentPort;
port.once("message", (input: PrepareThreadInput) => {
  const { tickOf, times, byPayee } = incomingOrder(input.ledger, input.byPayer, sharedArrays);
  const output: PrepareThreadOutput = { tickOf, times, byPayee, cpuMs: threadCpuMs() };
  // The payee order's arrays are this thread's own: moved, not copied.
  port.postMessage(output, [
    byPayee.order.buffer,
    byPayee.offsets.buffer,
    byPayee.carried.buffer,
  ] as ArrayBuffer[]);
});
