/** Cycles as JSON Lines: one object per line, lists as arrays, the same field names as the CSV. */
import {
  accountCycleJson,
  cycleJson,
  type LedgerAccountCycle,
} from "../../core/reports/ledger-summary-report.ts";
import type { CycleRecord } from "./cycle-record.ts";

/**
 * One line per cycle: the same object as a cycle of `halqa ledger scan --json`, the retained share
 * rounded as there; `shares: "exact"` keeps its double (the lines that become Parquet).
 */
export function jsonLine(r: CycleRecord, shares: "rounded" | "exact" = "rounded"): string {
  return `${JSON.stringify(cycleJson(r, shares))}\n`;
}

/** One line per static account cycle: the same object as in `halqa ledger scan --static --json`. */
export function accountJsonLine(r: LedgerAccountCycle): string {
  return `${JSON.stringify(accountCycleJson(r))}\n`;
}
