/**
 * The summary of a ledger scan (`halqa ledger scan`): what was read and how, the rules of the search,
 * counts by length, the accounts in most cycles, the time taken, and whether --limit cut the output.
 * The builder turns the scan's facts into the object `--json` prints; the layout describes its tables
 * for the terminal. Ledgers are the user's own files, so there is no API route and no page.
 *
 * The inputs are described here by shape (the ingest and the cycle records are io's), so core needs
 * nothing from io and the command, the report and the printer import in one direction only.
 */
import type { ScanSummary } from "../ledger/types.ts";
import { type ReportLayout, table } from "./layout.ts";

export type LedgerRole = "src" | "dst" | "ts" | "amount" | "id";

/** What the ingest learnt of the file (io/ledger/ingest-types.ts's IngestedLedger is built on it). */
export type LedgerFacts = {
  file: string;
  /** The files read: `file` itself, or what the --glob pattern `file` matched. */
  files: string[];
  format: string;
  accounts: readonly string[];
  columns: Partial<Record<LedgerRole, string>>;
  guessed: LedgerRole[];
  /** The unit numeric timestamps were read in, when there were any. */
  tsUnit: "s" | "ms" | null;
  /** Data rows in the file, rows loaded for this shard, self-loops set apart, exact duplicate rows. */
  rows: number;
  loaded: number;
  selfLoops: number;
  duplicates: number;
  /** Earliest and latest time (ms), NaN without timestamps. */
  first: number;
  last: number;
  shard: { index: number; count: number; from: number; to: number; loadFrom: number; loadTo: number } | null;
  seconds: number;
};

/** The rules the search ran by (the command's options). */
export type LedgerSearchRules = {
  mode: "temporal" | "static";
  /** Static: list each choice of parallel transaction as its own cycle (default: account cycles). */
  perTransaction?: boolean | undefined;
  window: { ms: number; label: string };
  maxHops: number;
  minAmount?: number | undefined;
  retention?: { low: number; high: number } | undefined;
  out?: string | undefined;
};

/** One cycle as the output shows it (io/ledger/cycle-record.ts builds them). */
export type LedgerCycle = {
  cycle: number;
  length: number;
  transactions: string[];
  accounts: string[];
  timestamps: (string | null)[];
  amounts: number[];
  start: string | null;
  end: string | null;
  durationSeconds: number | null;
  retained: number | null;
};

/**
 * One static account cycle (the `--static` default): its accounts in order (the last pays the first
 * back), the ledger's transaction ids per hop (parallel payments of one pair together), and the
 * transaction cycles it stands for (the product of the hops' counts; a float, exact up to 2^53).
 */
export type LedgerAccountCycle = {
  cycle: number;
  length: number;
  combinations: number;
  accounts: string[];
  transactions: string[][];
};

export type StaticCount = { accountCycles: number; combinations: number; exact: boolean };

export type ScanReport = {
  read: LedgerFacts;
  options: LedgerSearchRules;
  summary: ScanSummary;
  /** Worker threads the search ran on (0: the command's own thread). */
  workers: number;
  limit: number;
  written: number;
  shown: LedgerCycle[];
  /**
   * Static scans: the account cycles and the transaction combinations they stand for (counted by the
   * account search; with --per-transaction, by the check run before the enumeration).
   */
  counted?: StaticCount;
  /** Static account cycles shown (the static default; `shown` is then empty). */
  shownAccounts?: LedgerAccountCycle[];
  scanSeconds: number;
  /**
   * CPU seconds of the --out writer thread (formatting and its own file writes), apart from the
   * search's: absent without one, null where the system does not say.
   */
  writerCpuSeconds?: number | null;
};

const TOP = 10;

export function isoTime(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * Significant digits of the retained share in the text outputs (the CSV and JSON lines files, the
 * `--json` summary). Last ÷ first of two amounts in cents has up to 17 digits, all but the first few
 * of them noise to a reader (0.8867990490840442); six say 0.886799, and a ratio that is exact in
 * fewer digits (0.97, 1.5) reads as before. Parquet keeps the double as computed.
 */
export const RETAINED_DIGITS = 6;

/** The retained share as the text outputs give it: rounded to RETAINED_DIGITS significant digits. */
export function roundShare(share: number): number {
  return Number.isFinite(share) ? Number(share.toPrecision(RETAINED_DIGITS)) : share;
}

/**
 * A cycle in the JSON of the summary and of the JSON Lines file --out writes. `shares: "exact"`
 * keeps the retained share's double as computed (the JSON lines that become Parquet).
 */
export function cycleJson(r: LedgerCycle, shares: "rounded" | "exact" = "rounded") {
  return {
    cycle: r.cycle,
    length: r.length,
    start: r.start,
    end: r.end,
    duration_seconds: r.durationSeconds,
    retained: r.retained === null || shares === "exact" ? r.retained : roundShare(r.retained),
    accounts: r.accounts,
    transactions: r.transactions,
    timestamps: r.timestamps,
    amounts: r.amounts,
  };
}

/** An account cycle in the JSON of the summary and of the JSON Lines file --out writes. */
export function accountCycleJson(r: LedgerAccountCycle) {
  return {
    cycle: r.cycle,
    length: r.length,
    combinations: r.combinations,
    accounts: r.accounts,
    transactions: r.transactions,
  };
}

/** The accounts in most cycles (as payer), most first, ties by name. */
export function topAccounts(report: ScanReport, top = TOP): { account: string; cycles: number }[] {
  const { read, summary, shown } = report;
  let counts = summary.accountCycles;
  if (!counts) {
    // A search that does not count per account: fall back to the cycles delivered.
    const byName = new Map<string, number>();
    for (const r of shown) for (const a of r.accounts) byName.set(a, (byName.get(a) ?? 0) + 1);
    counts = Float64Array.from(read.accounts, (a) => byName.get(a) ?? 0);
  }
  const order: number[] = [];
  counts.forEach((n, a) => {
    if (n > 0) order.push(a);
  });
  const c = counts;
  order.sort(
    (a, b) =>
      (c[b] as number) - (c[a] as number) ||
      ((read.accounts[a] as string) < (read.accounts[b] as string) ? -1 : 1),
  );
  return order.slice(0, top).map((a) => ({ account: read.accounts[a] as string, cycles: c[a] as number }));
}

/** The summary `halqa ledger scan --json` prints: plain data, no words. */
export function ledgerSummaryReport(report: ScanReport) {
  const { read, options, summary } = report;
  const byLength: Record<string, number> = {};
  summary.byLength.forEach((n, k) => {
    if (n > 0) byLength[String(k)] = n;
  });
  return {
    ok: true as const,
    file: read.file,
    format: read.format,
    files: read.files,
    columns: read.columns,
    guessed: read.guessed,
    tsUnit: read.tsUnit,
    rows: read.rows,
    transactions: read.loaded,
    accounts: read.accounts.length,
    selfLoops: read.selfLoops,
    duplicateRows: read.duplicates,
    first: isoTime(read.first),
    last: isoTime(read.last),
    shard: read.shard
      ? {
          index: read.shard.index,
          count: read.shard.count,
          from: isoTime(read.shard.from),
          to: isoTime(read.shard.to),
          loadedFrom: isoTime(read.shard.loadFrom),
          loadedTo: isoTime(read.shard.loadTo),
        }
      : null,
    search: {
      mode: options.mode,
      window: options.mode === "temporal" ? options.window.label : null,
      windowSeconds: options.mode === "temporal" ? options.window.ms / 1000 : null,
      maxHops: options.maxHops,
      minAmount: options.minAmount ?? 0,
      retention: options.retention ?? null,
      workers: report.workers,
      ...(options.mode === "static" ? { cycles: staticUnit(options) } : {}),
    },
    found: summary.cycles,
    ...(report.counted
      ? {
          accountCycles: report.counted.accountCycles,
          combinations: report.counted.combinations,
          combinationsExact: report.counted.exact,
        }
      : {}),
    byLength,
    topAccounts: topAccounts(report),
    truncated: summary.truncated,
    limit: Number.isFinite(report.limit) ? report.limit : null,
    limited: summary.cycles > report.written,
    written: report.written,
    out: options.out ?? null,
    steps: summary.steps,
    seconds: {
      ingest: read.seconds,
      scan: report.scanSeconds,
      workers: summary.workers ?? [],
      ...(report.writerCpuSeconds === undefined ? {} : { writer: report.writerCpuSeconds }),
    },
    ...(options.out === undefined
      ? {
          cycles: report.shownAccounts
            ? report.shownAccounts.map(accountCycleJson)
            : report.shown.map((r) => cycleJson(r)),
        }
      : {}),
  };
}

/** The static count a scan summary carries, when its search ran on account pairs. */
export function staticCount(summary: ScanSummary): StaticCount | undefined {
  if (summary.combinations === undefined) return undefined;
  return {
    accountCycles: summary.cycles,
    combinations: summary.combinations,
    exact: summary.combinationsExact ?? true,
  };
}

/** What a static scan lists: cycles of accounts (the default) or of transactions (--per-transaction). */
export function staticUnit(options: Pick<LedgerSearchRules, "perTransaction">): "accounts" | "transactions" {
  return options.perTransaction ? "transactions" : "accounts";
}

export type LedgerSummaryReport = ReturnType<typeof ledgerSummaryReport>;

/**
 * The summary's counting tables. The sentences around them (what was read, the rules) and the list of
 * cycles (paths and amounts as the ledger spells them) are the command's own lines.
 */
export const LEDGER_SUMMARY_LAYOUT: ReportLayout<LedgerSummaryReport> = {
  id: "ledgerSummary",
  title: "report.ledgerSummary.title",
  tables: [
    table({
      id: "byLength",
      title: "report.ledgerSummary.byLength",
      rows: (r: LedgerSummaryReport) =>
        Object.entries(r.byLength).map(([k, n]) => ({ length: Number(k), n })),
      columns: [
        { id: "length", label: "report.ledgerSummary.length", unit: "count", value: (x) => x.length },
        { id: "cycles", label: "report.ledgerSummary.cycles", unit: "count", value: (x) => x.n },
      ],
    }),
    table({
      id: "topAccounts",
      title: "report.ledgerSummary.topAccounts",
      rows: (r: LedgerSummaryReport) => r.topAccounts,
      columns: [
        { id: "account", label: "report.ledgerSummary.account", unit: "text", value: (a) => a.account },
        { id: "cycles", label: "report.ledgerSummary.cycles", unit: "count", value: (a) => a.cycles },
      ],
    }),
  ],
};
