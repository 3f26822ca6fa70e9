/** Cycles as JSON Lines: one object per line, lists as arrays, the same field names as the CSV. */
import type { CycleRecord } from "./cycle-record.ts";

/** The object written per cycle (also the cycles of `halqa ledger scan --json`). */
export function cycleJson(r: CycleRecord) {
  return {
    cycle: r.cycle,
    length: r.length,
    start: r.start,
    end: r.end,
    duration_seconds: r.durationSeconds,
    retained: r.retained,
    accounts: r.accounts,
    transactions: r.transactions,
    timestamps: r.timestamps,
    amounts: r.amounts,
  };
}

export function jsonLine(r: CycleRecord): string {
  return `${JSON.stringify(cycleJson(r))}\n`;
}
