/** `halqa deal ID`: one deal's timeline, figures, links and what counts (src/core/reports/deal-timeline.ts). */

import { infinityAsString } from "../../core/json/json-infinity.ts";
import {
  COUNTS_TABLE,
  DEAL_SOURCES_TABLE,
  dealCountHeadlines,
  EVENTS_TABLE,
  FIGURE_ALTERNATIVES_TABLE,
  FIGURES_TABLE,
  LINKS_TABLE,
  PARTIES_TABLE,
} from "../../core/reports/deal-layout.ts";
import type { DealTimelineReport } from "../../core/reports/deal-timeline.ts";
import { formatDate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { heading, label } from "../format.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";
import { prose, sheetFace, sourceAddresses, sourcesForTerminal } from "./sheet-format.ts";

export function printDeal(
  dataset: Dataset,
  report: DealTimelineReport,
  lang: Language,
  json: boolean,
  io: Io,
  wide = false,
): number {
  io.stdout(json ? JSON.stringify(report, infinityAsString, 2) : renderDeal(dataset, report, lang, wide));
  return 0;
}

export function renderDeal(
  dataset: Dataset,
  report: DealTimelineReport,
  lang: Language,
  wide = false,
): string {
  const face = sheetFace(dataset, report.sources, lang, wide);
  const print = <Row>(t: Parameters<typeof renderReportTable<DealTimelineReport, Row>>[0]) =>
    renderReportTable(t, report, face);
  const { deal } = report;
  const period = deal.period
    ? `${formatDate(lang, deal.period.start)} → ${deal.period.end ? formatDate(lang, deal.period.end) : deal.period.years !== null ? `+${deal.period.years}` : ""}`.trim()
    : null;
  const out = [
    face.names.deal(deal.id),
    message(lang, "report.sheet.deal.settings", {
      type: label(lang, "dealType", deal.type),
      status: label(
        lang,
        "status",
        report.standing === "replaced" ? "replaced" : (report.status ?? "unreported"),
      ),
      asOf: formatDate(lang, report.asOf),
      announced: formatDate(lang, deal.announced),
      period,
    }),
  ];
  if (report.latestStatus !== report.status)
    out.push(
      message(lang, "report.sheet.deal.latest", {
        status: messageOrKey(lang, `enum.status.${report.latestStatus}`),
      }),
    );
  // The deal's own notes (what the sources say about it, what is modelled and why), as the deal page
  // shows them: in the reader's language when the translation memory holds them.
  if (deal.notes)
    out.push(
      heading(message(lang, "report.sheet.company.notes")),
      face.names.text?.(deal.notes.trim()) ?? deal.notes.trim(),
    );
  out.push(print(PARTIES_TABLE), print(EVENTS_TABLE), print(FIGURES_TABLE));
  if (FIGURE_ALTERNATIVES_TABLE.rows(report).length > 0) out.push(print(FIGURE_ALTERNATIVES_TABLE));
  out.push(print(LINKS_TABLE), print(COUNTS_TABLE));
  out.push(...dealCountHeadlines(report).map((h) => renderHeadline(h, face)));
  out.push(print(sourcesForTerminal(DEAL_SOURCES_TABLE, wide)));
  // The addresses follow whole (not wrapped), one a line, so each can be opened.
  return [prose(out.join("\n"), wide), ...(wide ? [] : sourceAddresses(lang, report.sources))].join("\n");
}
