/**
 * One interface over the temporal and the static ledger searches, so drivers (the serial scan, the
 * worker threads) run either the same way: a resumable cursor over a range of start positions that
 * can split off part of its current start as a task.
 */
import type { PreparedLedger } from "./prepare.ts";
import { StaticLedgerSearch } from "./static-search.ts";
import { type FirstHopTask, TemporalLedgerSearch } from "./temporal-search.ts";
import type { ScanOptions } from "./types.ts";

export type { FirstHopTask };

export interface LedgerCursor {
  /** The cycle found by the last next() that returned true: ledger indices path[0 … length − 1]. */
  readonly path: Int32Array;
  readonly length: number;
  /** Transactions examined by the forward search, and by the prune. */
  readonly steps: number;
  readonly prune: { readonly steps: number };
  /** next() pauses (returns false, `paused` true) once steps + prune.steps reach stepLimit. */
  stepLimit: number;
  readonly paused: boolean;
  /** The start position being searched (−1 before the first). */
  readonly currentStart: number;
  setRange(from: number, to: number): void;
  setTask(task: FirstHopTask): void;
  splitFirstHops(): FirstHopTask | undefined;
  next(): boolean;
}

/**
 * A cursor for `options.mode` over `prepared` (prepared for the same options); `own` restricts a
 * temporal search to starts timed in [fromMs, toMs) (see ownedStarts).
 */
export function ledgerCursor(
  prepared: PreparedLedger,
  options: ScanOptions,
  own: { fromMs?: number; toMs?: number } = {},
): LedgerCursor {
  return options.mode === "temporal"
    ? new TemporalLedgerSearch(prepared, options, own)
    : new StaticLedgerSearch(prepared, options);
}
