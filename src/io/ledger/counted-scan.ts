/**
 * The ledger scan the command runs, with counts: `scanLedgerWithCounts(ledger, options,
 * control)` runs the parallel search (scan-in-workers.ts: worker threads over shared arrays, work
 * stealing, hub-rooted searches split by first hop; src/core/ledger for the search itself) and adds
 * what the command reports beyond it:
 *
 * - every cycle is counted (by length, and per account for "the accounts in most cycles"), while only
 *   the first `limit` are handed to `onCycles` — so a cut output still has exact counts;
 * - `ownStart` (a `--shard i/n` run, which loads only its time range plus one window): a cycle belongs
 *   to the shard of its first transaction's time, so the shards' outputs add up to the whole;
 * - self-loops of the loaded ledger, reported apart.
 *
 * Progress is reported as transactions scanned (start transactions done, scaled to the ledger).
 *
 * Complexity: the search's own (docs/methods/ledger-cycles.md), plus O(total cycle length) here.
 */
import { type AccountPairs, combinationsOf, isExactCount } from "../../core/ledger/account-cycles.ts";
import { countSelfLoops } from "../../core/ledger/prepare.ts";
import type { CycleBatch, Ledger, ScanOptions, ScanSummary } from "../../core/ledger/types.ts";
import { type ScanRun, scanLedgerInWorkers } from "./scan-in-workers.ts";

export type ScanProgress = { edgesScanned: number; cycles: number };

export type ScanControl = {
  /** Most cycles handed to onCycles (default: all). Counting goes on past it. */
  limit?: number;
  /** Worker threads (0: this thread); default: the search's own choice by ledger size. */
  workers?: number;
  onCycles?: (batch: Int32Array[]) => void | Promise<void>;
  /**
   * The same cycles as onCycles, as one batch of ledger indices (no array per cycle): for the --out
   * writer, which formats them on its own thread. Use one of the two.
   */
  onBatch?: (batch: CycleBatch) => void | Promise<void>;
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
  /**
   * The scan runs on account pairs (core/ledger/account-cycles.ts): each pair's number of parallel
   * transactions, so every cycle found adds the product of its hops' counts to `combinations`.
   */
  parallel?: Int32Array;
  /** How the workers split long searches (scan-in-workers.ts ScanRun.split; tests and benchmarks). */
  split?: ScanRun["split"];
};

export async function scanLedgerWithCounts(
  ledger: Ledger,
  options: ScanOptions,
  control: ScanControl = {},
): Promise<ScanSummary> {
  const { ownStart, ...searchOptions } = options;
  const byLength: number[] = [];
  const accountCycles = new Float64Array(ledger.accountCount);
  const limit = control.limit ?? Number.POSITIVE_INFINITY;
  let cycles = 0;
  let combinations = 0;
  let delivered = 0;
  const total = ledger.src.length;
  const owned = (first: number) => {
    if (!ownStart) return true;
    const t = ledger.ts[first] as number;
    return t >= ownStart.from && t < ownStart.to;
  };
  const onBatch = async (batch: CycleBatch) => {
    const out: Int32Array[] = [];
    // Kept cycles for control.onBatch: the batch itself while every cycle so far is kept, else a copy.
    let kept = 0;
    let whole = true;
    const keptOffsets = control.onBatch ? new Int32Array(batch.count + 1) : undefined;
    for (let j = 0; j < batch.count; j++) {
      const from = batch.offsets[j] as number;
      const to = batch.offsets[j + 1] as number;
      if (!owned(batch.edges[from] as number)) {
        whole = false;
        continue;
      }
      cycles++;
      const k = to - from;
      while (byLength.length <= k) byLength.push(0);
      byLength[k] = (byLength[k] as number) + 1;
      if (control.parallel) combinations += combinationsOf(batch.edges.subarray(from, to), control.parallel);
      for (let p = from; p < to; p++) {
        const payer = ledger.src[batch.edges[p] as number] as number;
        accountCycles[payer] = (accountCycles[payer] as number) + 1;
      }
      if (delivered >= limit) {
        whole = false;
        continue;
      }
      delivered++;
      if (keptOffsets) {
        keptOffsets[kept + 1] = (keptOffsets[kept] as number) + k;
        kept++;
      } else out.push(batch.edges.slice(from, to));
    }
    if (out.length > 0 && control.onCycles) await control.onCycles(out);
    if (keptOffsets && kept > 0)
      await control.onBatch?.(whole ? batch : keptBatch(batch, keptOffsets, kept, owned));
  };
  const summary = await scanLedgerInWorkers(ledger, searchOptions, {
    ...(control.workers !== undefined ? { workers: control.workers } : {}),
    ...(control.signal ? { signal: control.signal } : {}),
    ...(control.split ? { split: control.split } : {}),
    onCycles: onBatch,
    onProgress: (p) =>
      control.onProgress?.({
        edgesScanned: p.startsTotal > 0 ? Math.round((p.startsDone / p.startsTotal) * total) : total,
        cycles,
      }),
  });
  // Self-loops are counted apart, under the same amount floor and shard ownership as the cycles.
  const floor = options.minAmount ?? 0;
  let selfLoops = 0;
  for (let e = 0; e < total; e++)
    if (ledger.src[e] === ledger.dst[e] && (ledger.amount[e] as number) >= floor && owned(e)) selfLoops++;
  control.onProgress?.({ edgesScanned: total, cycles });
  return {
    ...summary,
    cycles,
    byLength,
    selfLoops,
    accountCycles,
    ...(control.parallel ? { combinations, combinationsExact: isExactCount(combinations) } : {}),
    truncated: summary.truncated || control.signal?.aborted === true,
  };
}

/**
 * The cycles of `batch` that were kept (owned by the shard, within the limit: the first `kept` owned
 * ones, as the loop above keeps them), packed into a new batch whose offsets are `offsets`.
 */
function keptBatch(
  batch: CycleBatch,
  offsets: Int32Array,
  kept: number,
  owned: (first: number) => boolean,
): CycleBatch {
  const edges = new Int32Array(offsets[kept] as number);
  let j = 0;
  for (let i = 0; i < batch.count && j < kept; i++) {
    const from = batch.offsets[i] as number;
    if (!owned(batch.edges[from] as number)) continue;
    edges.set(batch.edges.subarray(from, batch.offsets[i + 1] as number), offsets[j] as number);
    j++;
  }
  return { count: kept, offsets: offsets.subarray(0, kept + 1), edges };
}

/**
 * The static scan at the level of accounts: the search runs on `view.pairs` (one transaction per
 * ordered pair of accounts), `onCycles` receives pair indices, and the summary adds the transaction
 * combinations. Self-loops are the ledger's own (the pair view has none).
 */
export async function scanAccountCycles(
  ledger: Ledger,
  view: AccountPairs,
  options: ScanOptions,
  control: Omit<ScanControl, "parallel"> = {},
): Promise<ScanSummary> {
  const summary = await scanLedgerWithCounts(view.pairs, options, { ...control, parallel: view.parallel });
  return { ...summary, selfLoops: countSelfLoops(ledger, options) };
}
