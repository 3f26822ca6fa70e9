/** `halqa summary` and `halqa data stats`: what is in the dataset, for people (tables) or programs (--json). */
import {
  SUMMARY_BASES,
  SUMMARY_OUTLETS_TABLE,
  type SummaryReport,
  summaryReport,
} from "../../core/reports/summary-report.ts";
import { countNoun, type NounKey } from "../../i18n/count.ts";
import { formatDate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { hasMessage, message, messageOrKey } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, formatNumber, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { renderReportTable } from "../report-table.ts";

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

export type SummaryOptions = { lang: Language; json: boolean; asOf: string; top?: number; title?: boolean };

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
  const entity = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  const bases = SUMMARY_BASES;
  const basisHead = bases.map((b) => messageOrKey(lang, `report.common.${b}`));
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

  out.push(heading(message(lang, "cli.totalsByBasis")));
  out.push(
    table(
      ["", ...basisHead],
      [
        [message(lang, "cli.money"), ...bases.map((b) => formatAmount(lang, stats.money[b]))],
        [message(lang, "cli.contingent"), ...bases.map((b) => formatAmount(lang, stats.contingent[b]))],
        [message(lang, "cli.gigawatts"), ...bases.map((b) => formatAmount(lang, stats.gigawatts[b], "GW"))],
      ],
    ),
  );
  out.push(
    message(lang, "cli.totalsNotes", {
      committed: formatAmount(lang, {
        ...stats.money.committed,
        low: stats.money.committed.value,
        high: stats.money.committed.value,
      }),
      announced: formatAmount(lang, {
        ...stats.money.announced,
        low: stats.money.announced.value,
        high: stats.money.announced.value,
      }),
      reported: formatAmount(lang, stats.moneyReportedOnly),
      replaced: formatAmount(lang, stats.moneyReplaced),
      estimated: formatAmount(lang, stats.moneyEstimated.announced),
    }),
  );

  out.push(heading(message(lang, "cli.largestDeals")));
  out.push(
    table(
      [
        message(lang, "report.common.deal"),
        message(lang, "report.common.parties"),
        message(lang, "report.common.status"),
        ...basisHead,
      ],
      stats.largestDeals.map((d) => [
        truncate(deal(d.id), 48) +
          (d.countedIn
            ? `\n(${message(lang, "cli.countedIn", { deal: truncate(deal(d.countedIn), 40) })})`
            : ""),
        shortList(d.parties.map(entity), 3, lang),
        label(lang, "status", d.standing === "replaced" ? "replaced" : d.status),
        ...bases.map((b) => {
          const text = formatAmount(lang, d.amounts[b]);
          return d.estimate && b === "announced" && d.amounts[b].value > 0
            ? `${message(lang, "report.common.estimateMark")} ${text}`
            : text;
        }),
      ]),
    ),
  );

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

  out.push(renderReportTable(SUMMARY_OUTLETS_TABLE, stats, { lang, names: { entity, deal } }));
  return out.join("\n");
}

/** The first `max` items and a count of the rest: "Nvidia, Apollo, BlackRock +5". */
function shortList(items: string[], max: number, lang: Language): string {
  const shown = items.slice(0, max).join(listSeparator(lang));
  return items.length > max ? `${shown} +${formatNumber(lang, items.length - max, 0)}` : shown;
}

export function listSeparator(lang: Language): string {
  return lang === "ar" ? "، " : ", ";
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The word for a kind of record; a kind the catalogue lacks reads as its key. */
function recordWord(lang: Language, key: string): string {
  const word = `cli.records.${key}`;
  return hasMessage(lang, word) ? message(lang, word) : key;
}
