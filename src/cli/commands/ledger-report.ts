/**
 * The terminal face of a ledger scan's summary (core/reports/ledger-summary-report.ts): sentences on
 * what was read and how and the rules of the search, the layout's counting tables, the first cycles,
 * the time taken, and whether --limit cut the output. `--json` prints the report object itself.
 */
import {
  isoTime,
  LEDGER_SUMMARY_LAYOUT,
  type LedgerSummaryReport,
  ledgerSummaryReport,
  type ScanReport,
} from "../../core/reports/ledger-summary-report.ts";
import { isolate } from "../../i18n/bidi.ts";
import { joinProse } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { formatNumber, heading, table } from "../format.ts";
import { renderReportTable, wrapWords } from "../report-table.ts";

/** The widest line of a listed cycle's path of accounts. */
const PATH_WIDTH = 30;

export function printReport(report: ScanReport, lang: Language): string {
  const { read, options, summary } = report;
  const data: LedgerSummaryReport = ledgerSummaryReport(report);
  const n = (x: number, digits = 0) => formatNumber(lang, x, digits);
  const out: string[] = [
    message(lang, "cli.ledger.read", {
      file: read.file,
      format: read.format,
      rows: n(read.rows),
      loaded: n(read.loaded),
      accounts: n(read.accounts.length),
      seconds: n(read.seconds, 2),
    }),
    message(lang, "cli.ledger.columns", {
      src: read.columns.src,
      dst: read.columns.dst,
      ts: read.columns.ts ?? "—",
      amount: read.columns.amount,
      id: read.columns.id ?? "—",
    }),
  ];
  if (read.guessed.length > 0)
    out.push(
      message(lang, "cli.ledger.guessed", {
        // The columns line above already names each column; this one says which of them were guesses.
        roles: joinProse(
          lang,
          read.guessed.map((role) => message(lang, "cli.ledger.role", { role })),
        ),
        count: read.guessed.length,
      }),
    );
  if (read.tsUnit) out.push(message(lang, "cli.ledger.tsUnit", { unit: read.tsUnit }));
  if (read.selfLoops > 0) out.push(message(lang, "cli.ledger.selfLoops", { count: n(read.selfLoops) }));
  if (read.duplicates > 0) out.push(message(lang, "cli.ledger.duplicates", { count: n(read.duplicates) }));
  if (read.shard)
    out.push(
      message(lang, "cli.ledger.shard", {
        index: String(read.shard.index),
        count: String(read.shard.count),
        from: isoTime(read.shard.from) ?? "−∞",
        to: isoTime(read.shard.to) ?? "+∞",
      }),
    );
  out.push(
    options.mode === "temporal"
      ? message(lang, "cli.ledger.temporal", {
          // English keeps the window as typed (2w); Arabic says it in words (14 يومًا), never "2h".
          window: lang === "en" ? options.window.label : duration(lang, options.window.ms / 1000),
          hops: n(options.maxHops),
        })
      : message(
          lang,
          options.perTransaction ? "cli.ledger.staticTransactions" : "cli.ledger.staticAccounts",
          {
            hops: options.maxHops,
          },
        ),
  );
  if (options.minAmount) out.push(message(lang, "cli.ledger.minAmount", { amount: n(options.minAmount, 2) }));
  if (options.retention)
    out.push(
      message(lang, "cli.ledger.retention", {
        low: n(options.retention.low, 3),
        high: n(options.retention.high, 3),
      }),
    );
  if (summary.cycles === 0) out.push(message(lang, "cli.ledger.none"));
  else if (!report.shownAccounts)
    out.push(message(lang, "cli.ledger.found", { cycles: n(summary.cycles), count: summary.cycles }));
  const counted = report.counted;
  if (counted && counted.accountCycles > 0)
    out.push(
      message(lang, "cli.ledger.foundAccounts", {
        count: counted.accountCycles,
        cycles: n(counted.accountCycles),
        total: counted.combinations,
        combinations: n(counted.combinations),
        exact: counted.exact ? "yes" : "no",
      }),
    );
  if (summary.cycles > report.written && Number.isFinite(report.limit))
    out.push(message(lang, "cli.ledger.limited", { limit: n(report.limit), cycles: n(summary.cycles) }));
  if (summary.truncated) out.push(message(lang, "cli.ledger.stopped"));
  if (summary.cycles > 0) {
    // Account names are the ledger's own: shown as they are, never looked up.
    const face = { lang, names: { entity: (id: string) => id, deal: (id: string) => id } };
    for (const t of LEDGER_SUMMARY_LAYOUT.tables) out.push(renderReportTable(t, data, face));
  }
  if (report.shown.length > 0) {
    out.push(heading(message(lang, "cli.ledger.list", { shown: n(report.shown.length) })));
    out.push(
      table(
        [
          "#",
          message(lang, "cli.ledger.path"),
          `${message(lang, "cli.ledger.transactions")}\n${message(lang, "cli.ledger.amounts")}`,
          message(lang, "cli.ledger.start"),
          message(lang, "cli.ledger.duration"),
          message(lang, "cli.ledger.retained"),
        ],
        // Within 100 columns (docs/arabic-style.md): the path wraps at its arrows, each transaction
        // stands on its own line with its amount, and the start's date sits above its time.
        report.shown.map((r) => [
          n(r.cycle),
          wrapWords([...r.accounts, r.accounts[0]].join(" → "), PATH_WIDTH),
          r.transactions
            .map((t, i) => `${t} ${r.amounts[i] === undefined ? "" : n(r.amounts[i] as number, 2)}`.trim())
            .join("\n"),
          // The time's own line is isolated whole in Arabic: left to the terminal, its trailing ".000Z"
          // would be taken for a Latin word and split from the hours.
          r.start === null ? "—" : startCell(lang, r.start),
          r.durationSeconds === null ? "—" : duration(lang, r.durationSeconds),
          r.retained === null ? "—" : n(r.retained, 3),
        ]),
      ),
    );
  }
  const accountCycles = report.shownAccounts ?? [];
  if (accountCycles.length > 0) {
    out.push(heading(message(lang, "cli.ledger.list", { shown: n(accountCycles.length) })));
    out.push(
      table(
        [
          "#",
          message(lang, "cli.ledger.path"),
          message(lang, "cli.ledger.combinations"),
          message(lang, "cli.ledger.transactions"),
        ],
        accountCycles.map((r) => [
          n(r.cycle),
          [...r.accounts, r.accounts[0]].join(" → "),
          n(r.combinations),
          // A hop's parallel payments in braces: {t1 t2} → t3 → …
          r.transactions.map((hop) => (hop.length > 1 ? `{${hop.join(" ")}}` : hop[0])).join(" → "),
        ]),
      ),
    );
  }
  if (options.out !== undefined)
    out.push(message(lang, "cli.ledger.written", { count: n(report.written), file: options.out }));
  out.push(message(lang, "cli.ledger.time", { ingest: n(read.seconds, 2), scan: n(report.scanSeconds, 2) }));
  // Per search thread: close busy times and finishing times show the work was shared to the end.
  for (const [i, w] of (summary.workers ?? []).entries())
    out.push(
      message(lang, "cli.ledger.workerTime", {
        worker: n(i + 1),
        busy: n(w.busy, 2),
        waited: n(w.waited, 2),
        finished: n(w.finished, 2),
      }),
    );
  return out.join("\n");
}

/** A duration in the largest unit that keeps it readable: 45s, 12m, 5.5h, 3.2d; in Arabic in words (ساعتان). */
export function duration(lang: Language, seconds: number): string {
  if (seconds < 60) return message(lang, "cli.duration.second", { count: +seconds.toFixed(3) });
  if (seconds < 3600) return message(lang, "cli.duration.minute", { count: +(seconds / 60).toFixed(1) });
  if (seconds < 86_400) return message(lang, "cli.duration.hour", { count: +(seconds / 3600).toFixed(1) });
  return message(lang, "cli.duration.day", { count: +(seconds / 86_400).toFixed(1) });
}

/** A cycle's start as two lines, the date above the time (the time isolated in Arabic). */
function startCell(lang: Language, iso: string): string {
  const [date = iso, time = ""] = iso.split("T");
  return time === "" ? date : `${date}\n${isolate(lang, time)}`;
}
