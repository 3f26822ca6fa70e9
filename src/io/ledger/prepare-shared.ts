/**
 * The ledger's preparation for the worker threads (src/core/ledger/prepare.ts), on two cores and in
 * SharedArrayBuffers. A temporal preparation is two independent sides (prepare-temporal.ts): a helper
 * thread builds the incoming side's orders — the time order, the ticks and the payee order — while
 * this thread builds the starts and the out-adjacency; then this thread scatters the in-adjacency's
 * columns from the helper's orders and joins the sides. The arrays
 * are exactly those of prepareLedger on one thread (prepare-shared.test.ts), allocated shared from the
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
    const answer = new Promise<PrepareThreadOutput>((resolve, reject) => {
      helper.once("message", resolve);
      helper.once("error", reject);
      helper.once("exit", (code) => reject(new Error(`the preparation thread stopped (exit ${code})`)));
    });
    answer.catch(() => {}); // not awaited when the preparation stays on this thread after all
    const plan = planPrepare(ledger, options, range);
    if (!inPayerTimeOrder(plan.byPayer.order, ledger))
      return prepareLedger(ledger, options, range, sharedArrays);
    const byPayer = sharedArrays.int32(plan.size);
    byPayer.set(plan.byPayer.order);
    const input: PrepareThreadInput = { ledger, byPayer };
    helper.postMessage(input);
    const outgoing = outgoingSide(
      ledger,
      { order: byPayer, offsets: plan.byPayer.offsets },
      plan.blockMs,
      sharedArrays,
    );
    const helped = await answer;
    if (times) times.helperCpu = helped.cpuMs === null ? null : helped.cpuMs / 1000;
    const incoming = incomingColumns(ledger, byPayer, helped, sharedArrays);
    return joinSides(plan, incoming, outgoing, sharedArrays);
  } finally {
    await helper.terminate();
  }
}
