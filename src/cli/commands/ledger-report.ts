/**
 * The summary of a ledger scan, for people (sentences and tables in the chosen language) and for
 * programs (--json, the same numbers): what was read and how, the rules of the search, counts by
 * length, the accounts in most cycles, the time taken, and whether --limit cut the output.
 */
import type { ScanSummary } from "../../core/ledger/types.ts";
import { type Language, messages } from "../../i18n/index.ts";
import { type CycleRecord, isoTime } from "../../io/ledger/cycle-record.ts";
import type { IngestedLedger } from "../../io/ledger/ingest.ts";
import { cycleJson } from "../../io/ledger/write-jsonl.ts";
import { formatNumber, heading, table } from "../format.ts";
import type { LedgerScanOptions } from "./ledger-scan-options.ts";

export type ScanReport = {
  read: IngestedLedger;
  options: LedgerScanOptions;
  summary: ScanSummary;
  /** Worker threads the search ran on (0: the command's own thread). */
  workers: number;
  limit: number;
  written: number;
  shown: CycleRecord[];
  scanSeconds: number;
};

const TOP = 10;

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

export function reportJson(report: ScanReport) {
  const { read, options, summary } = report;
  const byLength: Record<string, number> = {};
  summary.byLength.forEach((n, k) => {
    if (n > 0) byLength[String(k)] = n;
  });
  return {
    ok: true,
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
    },
    found: summary.cycles,
    byLength,
    topAccounts: topAccounts(report),
    truncated: summary.truncated,
    limit: Number.isFinite(report.limit) ? report.limit : null,
    limited: summary.cycles > report.written,
    written: report.written,
    out: options.out ?? null,
    steps: summary.steps,
    seconds: { ingest: read.seconds, scan: report.scanSeconds },
    ...(options.out === undefined ? { cycles: report.shown.map(cycleJson) } : {}),
  };
}

export function printReport(report: ScanReport): string {
  const { read, options, summary } = report;
  const lang: Language = options.lang;
  const ui = messages(lang).ui.ledger;
  const n = (x: number, digits = 0) => formatNumber(lang, x, digits);
  const out: string[] = [
    ui.read({
      file: read.file,
      format: read.format,
      rows: n(read.rows),
      loaded: n(read.loaded),
      accounts: n(read.accounts.length),
      seconds: n(read.seconds, 2),
    }),
    ui.columns({
      src: read.columns.src,
      dst: read.columns.dst,
      ts: read.columns.ts ?? "—",
      amount: read.columns.amount,
      id: read.columns.id ?? "—",
    }),
  ];
  if (read.guessed.length > 0)
    out.push(ui.guessed({ roles: read.guessed.map((r) => `${r} = ${read.columns[r]}`).join(", ") }));
  if (read.tsUnit) out.push(ui.tsUnit({ unit: read.tsUnit }));
  if (read.selfLoops > 0) out.push(ui.selfLoops({ count: n(read.selfLoops) }));
  if (read.duplicates > 0) out.push(ui.duplicates({ count: n(read.duplicates) }));
  if (read.shard)
    out.push(
      ui.shard({
        index: read.shard.index,
        count: read.shard.count,
        from: isoTime(read.shard.from) ?? "−∞",
        to: isoTime(read.shard.to) ?? "+∞",
      }),
    );
  out.push(
    options.mode === "temporal"
      ? ui.temporal({ window: options.window.label, hops: n(options.maxHops) })
      : ui.static({ hops: n(options.maxHops) }),
  );
  if (options.minAmount) out.push(ui.minAmount({ amount: n(options.minAmount, 2) }));
  if (options.retention)
    out.push(ui.retention({ low: n(options.retention.low, 3), high: n(options.retention.high, 3) }));
  out.push(summary.cycles > 0 ? ui.found({ cycles: n(summary.cycles), count: summary.cycles }) : ui.none);
  if (summary.cycles > report.written && Number.isFinite(report.limit))
    out.push(ui.limited({ limit: n(report.limit), cycles: n(summary.cycles) }));
  if (summary.truncated) out.push(ui.stopped);
  if (summary.cycles > 0) {
    out.push(heading(ui.byLength));
    const rows = summary.byLength.flatMap((count, k) => (count > 0 ? [[n(k), n(count)]] : []));
    out.push(table([ui.length, ui.cycles], rows));
    out.push(heading(ui.topAccounts));
    out.push(
      table(
        [ui.account, ui.cycles],
        topAccounts(report).map((a) => [a.account, n(a.cycles)]),
      ),
    );
  }
  if (report.shown.length > 0) {
    out.push(heading(ui.list({ shown: n(report.shown.length) })));
    out.push(
      table(
        ["#", ui.path, ui.transactions, ui.start, ui.duration, ui.amounts, ui.retained],
        report.shown.map((r) => [
          n(r.cycle),
          [...r.accounts, r.accounts[0]].join(" → "),
          r.transactions.join(", "),
          r.start ?? "—",
          r.durationSeconds === null ? "—" : duration(r.durationSeconds),
          r.amounts.map((a) => n(a, 2)).join(" → "),
          r.retained === null ? "—" : n(r.retained, 3),
        ]),
      ),
    );
  }
  if (options.out !== undefined) out.push(ui.written({ count: n(report.written), file: options.out }));
  out.push(ui.time({ ingest: n(read.seconds, 2), scan: n(report.scanSeconds, 2) }));
  return out.join("\n");
}

/** A duration in the largest unit that keeps it readable: 45s, 12m, 5.5h, 3.2d. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${+seconds.toFixed(3)}s`;
  if (seconds < 3600) return `${+(seconds / 60).toFixed(1)}m`;
  if (seconds < 86_400) return `${+(seconds / 3600).toFixed(1)}h`;
  return `${+(seconds / 86_400).toFixed(1)}d`;
}
