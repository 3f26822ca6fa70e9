/** `halqa summary` and `halqa data stats`: what is in the dataset, for people (tables) or programs (--json). */
import {
  SUMMARY_LARGEST_DEALS_TABLE,
  SUMMARY_LAYOUT,
  SUMMARY_OUTLETS_TABLE,
  SUMMARY_TOTALS_TABLE,
  type SummaryReport,
  summaryReport,
} from "../../core/reports/summary-report.ts";
import { countNoun, type NounKey } from "../../i18n/count.ts";
import { formatDate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { hasMessage, message } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatNumber, heading, label } from "../format.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";

/** The counted noun of each kind of record, so Arabic agrees with the number ("168 مصدرًا"). */
const RECORD_NOUNS: Record<string, NounKey> = {
  sources: "source",
  entities: "entity",
  deals: "deal",
  flows: "flow",
  figures: "figure",
  financials: "financial",
  indicators: "indicator",
  sites: "site",
  parameters: "parameter",
};

export type SummaryOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  top?: number;
  title?: boolean;
  /** Every column, past 100 characters. */
  wide?: boolean;
};

export function summaryCommand(dataset: Dataset, options: SummaryOptions, io: Io): number {
  const stats = summaryReport(dataset, {
    asOf: options.asOf,
    ...(options.top !== undefined ? { top: options.top } : {}),
  });
  io.stdout(options.json ? JSON.stringify(stats, null, 2) : renderStats(dataset, stats, options));
  return 0;
}

export function renderStats(dataset: Dataset, stats: SummaryReport, options: SummaryOptions): string {
  const { lang } = options;
  const face = { lang, names: recordNames(dataset, lang), ...(options.wide ? { wide: true } : {}) };
  const out: string[] = [];

  if (options.title !== false)
    out.push(
      `${message(lang, "cli.summaryTitle")} — ${message(lang, "report.common.asOf")} ${formatDate(lang, stats.asOf)}`,
    );
  out.push(heading(message(lang, "cli.counts")));
  out.push(
    Object.entries(stats.counts)
      .map(([key, n]) => {
        const noun = RECORD_NOUNS[key];
        return noun ? countNoun(lang, n, noun) : `${formatNumber(lang, n, 0)} ${recordWord(lang, key)}`;
      })
      .join(" · "),
  );

  const [notes] = SUMMARY_LAYOUT.headlines?.(stats) ?? [];
  out.push(renderReportTable(SUMMARY_TOTALS_TABLE, stats, face), message(lang, "report.summary.totalsHow"));
  if (notes) out.push(renderHeadline(notes, face));
  // The sentence is shared with the page and the printed brief; only here is an option a reader can give.
  if (stats.moneyReportedOnly.value > 0) out.push(message(lang, "cli.reportedHint"));
  out.push(renderReportTable(SUMMARY_LARGEST_DEALS_TABLE, stats, face));

  const counts = (
    title: string,
    group: "entityKind" | "dealType" | "status",
    record: Record<string, number>,
  ) =>
    `${heading(title)}\n${Object.entries(record)
      .map(([k, n]) => `${label(lang, group, k)} ${formatNumber(lang, n, 0)}`)
      .join(" · ")}`;
  out.push(counts(message(lang, "cli.entitiesByKind"), "entityKind", stats.entitiesByKind));
  out.push(counts(message(lang, "cli.dealsByType"), "dealType", stats.dealsByType));
  out.push(counts(message(lang, "cli.dealsByStatus"), "status", stats.dealsByStatus));

  out.push(renderReportTable(SUMMARY_OUTLETS_TABLE, stats, face));
  return out.join("\n");
}

/** The word for a kind of record; a kind the catalogue lacks reads as its key. */
function recordWord(lang: Language, key: string): string {
  const word = `cli.records.${key}`;
  return hasMessage(lang, word) ? message(lang, word) : key;
}
