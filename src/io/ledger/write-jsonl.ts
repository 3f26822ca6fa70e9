/** Cycles as JSON Lines: one object per line, lists as arrays, the same field names as the CSV. */
import type { CycleRecord } from "./cycle-record.ts";

export function jsonLine(r: CycleRecord): string {
  return `${JSON.stringify({
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
  })}\n`;
}
