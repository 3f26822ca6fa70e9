/**
 * `halqa ledger scan FILE`: ingest (src/io/ledger/ingest.ts) → search (src/io/ledger/counted-scan.ts)
 * → cycles streamed to --out or shown → a summary. A progress bar runs on a terminal unless --json.
 * Bad input exits 1 with its problems; Ctrl-C or an error removes the partial output.
 */

import { constants } from "node:os";
import { type AccountPairs, accountPairs } from "../../core/ledger/account-cycles.ts";
import type { CycleBatch, Ledger, ScanOptions } from "../../core/ledger/types.ts";
import {
  type LedgerAccountCycle,
  ledgerSummaryReport,
  type ScanReport,
  type StaticCount,
  staticCount,
} from "../../core/reports/ledger-summary-report.ts";
import { message } from "../../i18n/message.ts";
import { scanAccountCycles, scanLedgerWithCounts } from "../../io/ledger/counted-scan.ts";
import { accountCycleRecord, type CycleRecord, cycleRecord } from "../../io/ledger/cycle-record.ts";
import type { IngestedLedger } from "../../io/ledger/ingest.ts";
import { ingestLedger } from "../../io/ledger/ingest.ts";
import { workersFor } from "../../io/ledger/scan-in-workers.ts";
import { type CycleWriter, openCycleWriter, outputFormat } from "../../io/ledger/writer.ts";
import { removeStaleTemps } from "../../io/temp-files.ts";
import type { Io } from "../context.ts";
import { CliError, usageError, writeFailed } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { requireOutput } from "../output.ts";
import { progressLine } from "../progress.ts";
import { printReport } from "./ledger-report.ts";
import type { LedgerScanOptions } from "./ledger-scan-options.ts";

export type { LedgerScanOptions } from "./ledger-scan-options.ts";

/** The signals that stop a scan cleanly; the exit code is 128 + the signal's number, as a shell reports. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Cycles shown on screen (or in --json) when there is no --out and no --limit. */
export const SHOWN_BY_DEFAULT = 20;

export async function ledgerScanCommand(file: string, options: LedgerScanOptions, io: Io): Promise<number> {
  const { lang } = options;
  if (options.out !== undefined && !outputFormat(options.out))
    throw usageError("option-out-format", {
      extensions: ".csv, .jsonl, .ndjson, .parquet",
      value: options.out,
    });
  const rules = { force: !!options.force };
  // Checked before the (long) read; a --glob's files are known, and checked, once DuckDB lists them.
  if (options.out !== undefined)
    await requireOutput(options.out, { ...rules, inputs: options.glob ? [] : [file] }, lang);
  const read = await ingest(file, options, io);
  if (options.glob)
    io.stderr(
      message(lang, "cli.ledger.globFiles", {
        pattern: file,
        count: formatNumber(lang, read.files.length, 0),
        files: read.files.join(", "),
      }),
    );
  if (options.out !== undefined && options.glob)
    await requireOutput(options.out, { ...rules, inputs: read.files }, lang);
  const limit = options.limit ?? (options.out !== undefined ? Number.POSITIVE_INFINITY : SHOWN_BY_DEFAULT);
  const workers = options.workers ?? workersFor(read.ledger);
  const searchOptions: ScanOptions = {
    mode: options.mode,
    windowMs: options.window.ms,
    maxHops: options.maxHops,
    ...(options.minAmount !== undefined ? { minAmount: options.minAmount } : {}),
    ...(options.retention ? { retention: options.retention } : {}),
    ...(read.shard ? { ownStart: { from: read.shard.from, to: read.shard.to } } : {}),
  };
  // Static scans search one transaction per pair of accounts (cheap); --per-transaction first uses
  // that count to refuse an enumeration that cannot fit.
  const view = options.mode === "static" ? accountPairs(read.ledger, searchOptions) : undefined;
  const byAccounts = view !== undefined && !options.perTransaction;
  const precount =
    view && options.perTransaction
      ? await checkEnumeration(read.ledger, view, searchOptions, workers, options, io)
      : undefined;

  let writer: CycleWriter | undefined;
  if (options.out !== undefined) {
    const stale = await removeStaleTemps(options.out);
    if (stale.length > 0)
      io.stderr(
        message(lang, "cli.ledger.staleRemoved", {
          count: formatNumber(lang, stale.length, 0),
          files: stale.join(", "),
        }),
      );
    try {
      writer = byAccounts
        ? await openCycleWriter(options.out, options.engine, "accounts")
        : await openCycleWriter(options.out, options.engine, "transactions", read);
    } catch (error) {
      throw writeFailed(options.out, error);
    }
  }
  const controller = new AbortController();
  // Ctrl-C, `kill` and a closed terminal all stop the scan the same way: the workers end and the
  // temporary output is removed. A second signal of the same kind kills at once (the handler is once).
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    stoppedBy = signal;
    controller.abort();
  };
  for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  const shown: CycleRecord[] = [];
  const shownAccounts: LedgerAccountCycle[] = [];
  let written = 0;
  const started = performance.now();
  const total = read.ledger.src.length;
  const progress = progressLine(!options.json, lang);
  try {
    const control = {
      limit,
      workers,
      signal: controller.signal,
      onProgress: ({ edgesScanned, cycles }: { edgesScanned: number; cycles: number }) => {
        const seconds = (performance.now() - started) / 1000;
        progress.update(
          edgesScanned,
          total,
          message(lang, "cli.ledger.progressScan", {
            edges: formatNumber(lang, edgesScanned, 0),
            total: formatNumber(lang, total, 0),
            cycles: formatNumber(lang, cycles, 0),
            rate: formatNumber(lang, seconds > 0 ? cycles / seconds : 0, 0),
          }),
        );
      },
    };
    const summary =
      view && byAccounts
        ? await scanAccountCycles(read.ledger, view, searchOptions, {
            ...control,
            onCycles: async (batch) => {
              const records = batch.map((pairs) => accountCycleRecord(read, view, ++written, pairs));
              if (writer) await writer.write(records);
              else shownAccounts.push(...records);
            },
          })
        : await scanLedgerWithCounts(read.ledger, searchOptions, {
            ...control,
            // To a file: batches of ledger indices go to the writer's thread, which formats them.
            ...(writer?.writeBatch
              ? {
                  onBatch: async (batch: CycleBatch) => {
                    written += batch.count;
                    await writer?.writeBatch?.(batch);
                  },
                }
              : {
                  onCycles: async (batch: Int32Array[]) => {
                    const records = batch.map((edges) => cycleRecord(read, ++written, edges));
                    if (writer) await writer.write(records);
                    else shown.push(...records);
                  },
                }),
          });
    progress.finish();
    if (controller.signal.aborted) {
      await writer?.abort();
      throw new CliError(
        message(lang, "cli.ledger.interrupted"),
        128 + (constants.signals[stoppedBy ?? "SIGINT"] ?? 2),
      );
    }
    await writer?.commit();
    const writerCpuMs = writer?.threadCpuMs?.();
    const report: ScanReport = {
      read,
      options,
      summary,
      workers,
      limit,
      written,
      shown,
      ...(byAccounts ? { shownAccounts } : {}),
      ...countedOf(precount ?? staticCount(summary)),
      scanSeconds: (performance.now() - started) / 1000,
      ...(writerCpuMs === undefined
        ? {}
        : { writerCpuSeconds: writerCpuMs === null ? null : writerCpuMs / 1000 }),
    };
    if (options.json) io.stdout(JSON.stringify(ledgerSummaryReport(report), null, 2));
    else io.stdout(printReport(report, lang));
    return 0;
  } catch (error) {
    progress.finish();
    await writer?.abort();
    if (error instanceof CliError) throw error;
    io.stderr(message(lang, "cli.ledger.failed"));
    throw error;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}

function countedOf(counted: StaticCount | undefined): { counted?: StaticCount } {
  return counted ? { counted } : {};
}

/**
 * Transaction cycles `--per-transaction` may list: past this, the output (and often the search) will
 * not fit, so the command refuses unless --force-enumeration.
 */
export const ENUMERATION_LIMIT = 50_000_000;

/**
 * Before a per-transaction static scan: counts the transaction cycles from the account cycles (one
 * search of the account pairs, nothing listed) and refuses past ENUMERATION_LIMIT without consent.
 */
async function checkEnumeration(
  ledger: Ledger,
  view: AccountPairs,
  options: ScanOptions,
  workers: number,
  cli: LedgerScanOptions,
  io: Io,
): Promise<StaticCount | undefined> {
  const { lang } = cli;
  const counted = await scanAccountCycles(ledger, view, options, { limit: 0, workers });
  const combinations = counted.combinations ?? 0;
  if (combinations <= ENUMERATION_LIMIT) return staticCount(counted);
  const values = {
    combinations: formatNumber(lang, combinations, 0),
    cycles: formatNumber(lang, counted.cycles, 0),
    limit: formatNumber(lang, ENUMERATION_LIMIT, 0),
  };
  if (!cli.forceEnumeration) throw new CliError(message(lang, "cli.ledger.tooManyCombinations", values), 1);
  io.stderr(message(lang, "cli.ledger.enumerationForced", values));
  return staticCount(counted);
}

async function ingest(file: string, options: LedgerScanOptions, io: Io): Promise<IngestedLedger> {
  const { lang } = options;
  const progress = progressLine(!options.json, lang);
  const read = await ingestLedger(file, {
    columns: options.columns,
    requireTs: options.mode === "temporal",
    // A static cycle is printed from its smallest account and static cycles come in that account's
    // order: name order keeps both as they were. Temporal cycles start from their earliest
    // transaction, so their search gets the faster numbering (busiest first, docs/scale.md).
    numbering: options.mode === "temporal" ? "activity" : "name",
    engine: options.engine,
    ...(options.glob ? { glob: true } : {}),
    ...(options.tsUnit ? { tsUnit: options.tsUnit } : {}),
    ...(options.shard ? { shard: { ...options.shard, windowMs: options.window.ms } } : {}),
    onProgress: (stage, done, total) => {
      // halqa's own CSV reader counts the bytes it has read (DuckDB's read says nothing until done).
      if (stage === "read" && total > 1)
        progress.update(
          done,
          total,
          message(lang, "cli.ledger.progressRead", {
            done: formatNumber(lang, done / 1e6, 0),
            total: formatNumber(lang, total / 1e6, 0),
          }),
        );
      if (stage === "load")
        progress.update(
          done,
          total,
          message(lang, "cli.ledger.progressIngest", { rows: formatNumber(lang, total, 0) }),
        );
    },
  });
  progress.finish();
  if (!read.ok) {
    const reports = describeProblems(read.problems, lang);
    if (options.json) io.stdout(JSON.stringify({ ok: false, file, problems: reports }, null, 2));
    io.stderr(formatProblems(reports));
    throw new CliError(
      message(lang, "cli.ledger.invalid", { file, count: formatNumber(lang, read.problems.length, 0) }),
      1,
    );
  }
  return read;
}
