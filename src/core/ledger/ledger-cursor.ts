/**
 * One interface over the temporal and the static ledger searches, so drivers (the serial scan, the
 * worker threads) run either the same way: a resumable cursor over a range of start positions that
 * can split off part of its current start as a task.
 */
import type { PreparedLedger } from "./prepare.ts";
import type { FirstHopTask, StartCursor } from "./start-cursor.ts";
import { StaticLedgerSearch } from "./static-search.ts";
import { TemporalLedgerSearch } from "./temporal-search.ts";
import type { ScanOptions } from "./types.ts";

export type { FirstHopTask };

/** A start cursor (start-cursor.ts) that also counts the steps of its prune. */
export type LedgerCursor = StartCursor & { readonly prune: { readonly steps: number } };

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
