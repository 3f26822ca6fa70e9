/**
 * The ledger scan on one thread: prepare, search the owned starts, count and batch the cycles. The
 * parallel driver (src/io/ledger/scan-in-workers.ts) does the same work split across worker threads and
 * must give the same cycles; this is also the reference it is tested against.
 *
 * Order: cycles come in start order (temporal: by the time, then payer, then index of their earliest
 * transaction; static: by the payer, payee and index of the transaction leaving the smallest account),
 * and for one start in depth-first order.
 */
import { CycleTally } from "./cycle-tally.ts";
import { ledgerCursor } from "./ledger-cursor.ts";
import { countSelfLoops, prepareLedger } from "./prepare.ts";
import { checkScanOptions } from "./scan-options.ts";
import { ownedStarts, type ShardRange, shardRange, shardReadRange } from "./shard.ts";
import type { CycleBatch, Ledger, ScanOptions, ScanSummary } from "./types.ts";

export type SerialScanRun = {
  /** Stop after this many cycles (the summary then says truncated). */
  limit?: number;
  /** Run only shard index of count (0-based). */
  shard?: { index: number; count: number };
  onCycles?: (batch: CycleBatch) => void;
  batchCycles?: number;
};

/** The window a shard must read past its starts: none in static mode. */
export function shardWindow(options: ScanOptions): number {
  return options.mode === "temporal" ? options.windowMs : Number.POSITIVE_INFINITY;
}

/** Resolves `run.shard` against the ledger (undefined: the whole ledger). */
export function resolveShard(
  ledger: Ledger,
  options: ScanOptions,
  shard: { index: number; count: number } | undefined,
): ShardRange | undefined {
  return shard && shardRange(ledger, shard.index, shard.count, shardWindow(options));
}

/** Self-loops a scan (or shard) reports apart: by time in temporal shards, all in static shard 0. */
export function shardSelfLoops(ledger: Ledger, options: ScanOptions, shard: ShardRange | undefined): number {
  if (shard === undefined) return countSelfLoops(ledger, options);
  if (options.mode === "static") return shard.index === 0 ? countSelfLoops(ledger, options) : 0;
  return countSelfLoops(ledger, options, { fromMs: shard.fromMs, toMs: shard.toMs });
}

/** Scans `ledger` on this thread. Throws InvalidScanOptionError / InvalidShardError for bad options. */
export function scanLedgerOnThisThread(
  ledger: Ledger,
  options: ScanOptions,
  run: SerialScanRun = {},
): ScanSummary {
  checkScanOptions(options);
  const shard = resolveShard(ledger, options, run.shard);
  const prepared = prepareLedger(ledger, options, shardReadRange(shard));
  const { from, to, own } = ownedStarts(prepared, options, shard);
  const cursor = ledgerCursor(prepared, options, own);
  cursor.setRange(from, to);
  const tally = new CycleTally({
    ...(run.limit !== undefined && { limit: run.limit }),
    ...(run.batchCycles !== undefined && { batchCycles: run.batchCycles }),
    ...(run.onCycles && { onBatch: run.onCycles }),
  });
  let truncated = false;
  while (cursor.next()) {
    if (!tally.add(cursor.path, cursor.length)) {
      truncated = true;
      break;
    }
  }
  tally.flush();
  return {
    cycles: tally.cycles,
    byLength: tally.byLength,
    selfLoops: shardSelfLoops(ledger, options, shard),
    steps: cursor.steps + cursor.prune.steps,
    pruneSteps: cursor.prune.steps,
    truncated,
  };
}
