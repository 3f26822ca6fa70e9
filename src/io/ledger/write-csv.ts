/**
 * Cycles as CSV (RFC 4180): one row per cycle, a header first. The list cells (accounts, transaction
 * ids, times, amounts) hold their items joined by ";", in cycle order.
 */
import { type LedgerAccountCycle, roundShare } from "../../core/reports/ledger-summary-report.ts";
import type { CycleRecord } from "./cycle-record.ts";

export const CSV_COLUMNS = [
  "cycle",
  "length",
  "start",
  "end",
  "duration_seconds",
  "retained",
  "accounts",
  "transactions",
  "timestamps",
  "amounts",
] as const;

export const LIST_SEPARATOR = ";";

/** Quotes a field when it holds a comma, a quote, a line break or leading/trailing space. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\n`;
}

export function csvLine(r: CycleRecord): string {
  const cells = [
    String(r.cycle),
    String(r.length),
    r.start ?? "",
    r.end ?? "",
    r.durationSeconds === null ? "" : String(r.durationSeconds),
    r.retained === null ? "" : String(roundShare(r.retained)),
    r.accounts.join(LIST_SEPARATOR),
    r.transactions.join(LIST_SEPARATOR),
    r.timestamps.map((t) => t ?? "").join(LIST_SEPARATOR),
    r.amounts.map(String).join(LIST_SEPARATOR),
  ];
  return `${cells.map(csvField).join(",")}\n`;
}

/**
 * Static account cycles (the `--static` default): one row per cycle of accounts. `combinations` is the
 * number of transaction cycles it stands for; `transactions` lists the hops' ids separated by ";", and
 * within a hop the parallel transactions of that pair separated by "|".
 */
export const ACCOUNT_CSV_COLUMNS = ["cycle", "length", "combinations", "accounts", "transactions"] as const;

export const PARALLEL_SEPARATOR = "|";

export function accountCsvHeader(): string {
  return `${ACCOUNT_CSV_COLUMNS.join(",")}\n`;
}

export function accountCsvLine(r: LedgerAccountCycle): string {
  const cells = [
    String(r.cycle),
    String(r.length),
    String(r.combinations),
    r.accounts.join(LIST_SEPARATOR),
    r.transactions.map((hop) => hop.join(PARALLEL_SEPARATOR)).join(LIST_SEPARATOR),
  ];
  return `${cells.map(csvField).join(",")}\n`;
}
