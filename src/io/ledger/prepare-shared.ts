/**
 * The ledger's preparation for the worker threads (src/core/ledger/prepare.ts), on two cores and in
 * SharedArrayBuffers. A temporal preparation is two independent sides (prepare-temporal.ts): a helper
 * thread builds the incoming side's orders — the time order, the ticks and the payee order — while
 * this thread builds the starts and the out-adjacency; then this thread scatters the in-adjacency's
 * columns from the helper's orders while the helper works out the ticks that need both sides
 * (joinTicks: the out-adjacency's [end, tick] pairs and each start's tick, which had run on this
 * thread after the scatter), and the sides are joined. The arrays are exactly those of prepareLedger on one thread (prepare-shared.test.ts), allocated shared from the
 * start, so nothing is copied after it is built.
 *
 * A static scan, a small ledger (a thread costs more than it saves) and a ledger whose payers'
 * transactions are not in time order (never so from ingest) are prepared on this thread.
 */
import { Worker } from "node:worker_threads";
import { type PreparedLedger, planPrepare, prepareLedger } from "../../core/ledger/prepare.ts";
import {
  incomingColumns,
  inPayerTimeOrder,
  joinSides,
  outgoingSide,
} from "../../core/ledger/prepare-temporal.ts";
import type { Ledger, ScanOptions } from "../../core/ledger/types.ts";
import { workerEntry } from "../runtime.ts";
import type { PrepareThreadInput, PrepareThreadOutput } from "./prepare-thread.ts";
import { sharedArrays } from "./shared-arrays.ts";

/** Below this many transactions the preparation stays on one thread. */
export const TWO_THREAD_PREPARE = 250_000;
const ENTRY = workerEntry(import.meta.url, "prepare-thread", "prepare-thread-entry.js");

export type PrepareTimes = {
  /** CPU seconds of the helper thread (null: unknown, or no helper ran). */
  helperCpu: number | null;
};

type Reply<K extends PrepareThreadOutput["kind"]> = Extract<PrepareThreadOutput, { kind: K }>;

/** The helper's two replies, in the order it sends them; both fail if it fails or stops first. */
function helperReplies(helper: Worker): { orders: Promise<Reply<"orders">>; join: Promise<Reply<"join">> } {
  const settle: { orders?: (r: Reply<"orders">) => void; join?: (r: Reply<"join">) => void } = {};
  const rejects: ((error: Error) => void)[] = [];
  const orders = new Promise<Reply<"orders">>((resolve, reject) => {
    settle.orders = resolve;
    rejects.push(reject);
  });
  const join = new Promise<Reply<"join">>((resolve, reject) => {
    settle.join = resolve;
    rejects.push(reject);
  });
  // Not awaited when the preparation stays on this thread after all.
  orders.catch(() => {});
  join.catch(() => {});
  const fail = (error: Error) => {
    for (const reject of rejects) reject(error);
  };
  helper.on("message", (reply: PrepareThreadOutput) => {
    if (reply.kind === "orders") settle.orders?.(reply);
    else settle.join?.(reply);
  });
  helper.once("error", fail);
  helper.once("exit", (code) => fail(new Error(`the preparation thread stopped (exit ${code})`)));
  return { orders, join };
}

export async function prepareShared(
  ledger: Ledger,
  options: Pick<ScanOptions, "mode" | "minAmount"> & { windowMs?: number },
  range: { fromMs?: number; toMs?: number } = {},
  twoThreadsFrom = TWO_THREAD_PREPARE,
  times?: PrepareTimes,
): Promise<PreparedLedger> {
  if (options.mode !== "temporal" || ledger.src.length < twoThreadsFrom)
    return prepareLedger(ledger, options, range, sharedArrays);
  // Started first: its start-up runs while this thread picks the transactions to keep.
  const helper = new Worker(ENTRY);
  try {
    const replies = helperReplies(helper);
    const plan = planPrepare(ledger, options, range);
    if (!inPayerTimeOrder(plan.byPayer.order, ledger))
      return prepareLedger(ledger, options, range, sharedArrays);
    const byPayer = sharedArrays.int32(plan.size);
    byPayer.set(plan.byPayer.order);
    helper.postMessage({ kind: "orders", ledger, byPayer } satisfies PrepareThreadInput);
    const outgoing = outgoingSide(
      ledger,
      { order: byPayer, offsets: plan.byPayer.offsets },
      plan.blockMs,
      sharedArrays,
    );
    // Queued behind the orders: the helper works the join's ticks out while this thread scatters.
    helper.postMessage({
      kind: "join",
      out: { edge: outgoing.out.edge, end: outgoing.out.end },
      startPlace: outgoing.startPlace,
    } satisfies PrepareThreadInput);
    const helped = await replies.orders;
    const incoming = incomingColumns(ledger, byPayer, helped, sharedArrays);
    const ticks = await replies.join;
    if (times) times.helperCpu = ticks.cpuMs === null ? null : ticks.cpuMs / 1000;
    return joinSides(plan, incoming, outgoing, sharedArrays, ticks);
  } finally {
    await helper.terminate();
  }
}
