/**
 * One cycle as the output shows it: its transactions' ids, the paying accounts in order (the last
 * pays the first back), times (ISO 8601, UTC), amounts, the duration from the earliest to the latest
 * transaction and the amount retained (last ÷ first: 0.95 means 5 % was kept along the way as fees or margin).
 */
import { type AccountPairs, combinationsOf, hopTransactions } from "../../core/ledger/account-cycles.ts";
import type { Ledger } from "../../core/ledger/types.ts";
import type { LedgerAccountCycle, LedgerCycle } from "../../core/reports/ledger-summary-report.ts";
import type { TransactionIds } from "./ingest.ts";

/** The shape is the report's (core/reports/ledger-summary-report.ts), so the summary and the files agree. */
export type CycleRecord = LedgerCycle;

/** Everything a record needs from the ingested ledger. */
export type CycleContext = { ledger: Ledger; accounts: readonly string[]; ids: TransactionIds };

export function transactionId(context: CycleContext, e: number): string {
  const { ids, ledger } = context;
  if (ids.kind === "number") return String(ids.values[e]);
  if (ids.kind === "text") {
    const k = ids.entry ? (ids.entry[e] as number) : e;
    return ids.bytes.toString("utf8", ids.offsets[k] as number, (ids.offsets[k + 1] as number) - 1);
  }
  return String((ledger.row[e] as number) + 1);
}

export function isoTime(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function cycleRecord(context: CycleContext, number: number, edges: Int32Array): CycleRecord {
  const { ledger, accounts } = context;
  const list = Array.from(edges);
  // A temporal cycle runs in time order; a static one need not, so its span is earliest to latest.
  let firstTs = Number.POSITIVE_INFINITY;
  let lastTs = Number.NEGATIVE_INFINITY;
  for (const e of list) {
    firstTs = Math.min(firstTs, ledger.ts[e] as number);
    lastTs = Math.max(lastTs, ledger.ts[e] as number);
  }
  const firstAmount = ledger.amount[list[0] as number] as number;
  const lastAmount = ledger.amount[list[list.length - 1] as number] as number;
  const duration = (lastTs - firstTs) / 1000;
  return {
    cycle: number,
    length: list.length,
    transactions: list.map((e) => transactionId(context, e)),
    accounts: list.map((e) => accounts[ledger.src[e] as number] as string),
    timestamps: list.map((e) => isoTime(ledger.ts[e] as number)),
    amounts: list.map((e) => ledger.amount[e] as number),
    start: isoTime(firstTs),
    end: isoTime(lastTs),
    durationSeconds: Number.isFinite(duration) ? duration : null,
    retained: firstAmount > 0 ? lastAmount / firstAmount : null,
  };
}

/** One static account cycle as the output shows it (pair indices of core/ledger/account-cycles.ts). */
export function accountCycleRecord(
  context: CycleContext,
  view: AccountPairs,
  number: number,
  pairCycle: Int32Array,
): LedgerAccountCycle {
  const { accounts } = context;
  return {
    cycle: number,
    length: pairCycle.length,
    combinations: combinationsOf(pairCycle, view.parallel),
    accounts: Array.from(pairCycle, (p) => accounts[view.pairs.src[p] as number] as string),
    transactions: hopTransactions(view, pairCycle).map((hop) =>
      Array.from(hop, (e) => transactionId(context, e)),
    ),
  };
}
