/**
 * The helper thread of the two-thread ledger preparation (prepare-shared.ts). Two requests, in order:
 *
 * 1. `orders`: the ledger and its (payer, index) order → the incoming side's orders (time order,
 *    ticks, the payee order with its ticks; src/core/ledger/prepare-temporal.ts), posted back; the
 *    main thread scatters the in-adjacency's columns from them.
 * 2. `join`: the outgoing side's out-adjacency and start places → the ticks that need both sides
 *    (joinTicks), worked out while the main thread scatters.
 *
 * It starts before the main thread has its input, so its own start-up overlaps the main thread's
 * first pass.
 */
import { parentPort } from "node:worker_threads";
import {
  type IncomingOrder,
  incomingOrder,
  type JoinTicks,
  joinTicks,
} from "../../core/ledger/prepare-temporal.ts";
import type { Ledger } from "../../core/ledger/types.ts";
import { sharedArrays } from "./shared-arrays.ts";
import { threadCpuMs } from "./thread-cpu.ts";

export type PrepareThreadInput =
  | { kind: "orders"; ledger: Ledger; byPayer: Int32Array }
  | { kind: "join"; out: { edge: Int32Array; end: Int32Array }; startPlace: Int32Array };

export type PrepareThreadOutput =
  | ({ kind: "orders" } & Omit<IncomingOrder, "byTime">)
  | ({ kind: "join" } & JoinTicks & {
        /** This thread's CPU milliseconds (threadCpuMs), null where unknown. */
        cpuMs: number | null;
      });

if (parentPort === null) throw new Error("prepare-thread.ts must run in a worker thread");
const port = parentPort;
let tickOf: Int32Array | null = null;
port.on("message", (input: PrepareThreadInput) => {
  if (input.kind === "orders") {
    const order = incomingOrder(input.ledger, input.byPayer, sharedArrays);
    tickOf = order.tickOf;
    const output: PrepareThreadOutput = {
      kind: "orders",
      tickOf: order.tickOf,
      times: order.times,
      byPayee: order.byPayee,
    };
    // The payee order's arrays are this thread's own: moved, not copied.
    port.postMessage(output, [
      order.byPayee.order.buffer,
      order.byPayee.offsets.buffer,
      order.byPayee.carried.buffer,
    ] as ArrayBuffer[]);
    return;
  }
  if (tickOf === null) throw new Error("the preparation thread was asked to join before its orders");
  const ticks = joinTicks(input.out, input.startPlace, tickOf, sharedArrays);
  const output: PrepareThreadOutput = { kind: "join", ...ticks, cpuMs: threadCpuMs() };
  port.postMessage(output);
});
