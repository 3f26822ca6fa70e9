/** `halqa changes --since D`: what happened to the deals in a window, newest first (changes-report.ts). */

import { CHANGES_SOURCES_TABLE, CHANGES_TABLE, changesHeadlines } from "../../core/reports/changes-layout.ts";
import type { ChangesReport } from "../../core/reports/changes-report.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";
import { prose, sheetFace, sourceAddresses, sourcesForTerminal } from "./sheet-format.ts";

export function printChanges(
  dataset: Dataset,
  report: ChangesReport,
  lang: Language,
  json: boolean,
  io: Io,
  wide = false,
): number {
  io.stdout(json ? JSON.stringify(report, null, 2) : renderChanges(dataset, report, lang, wide));
  return 0;
}

export function renderChanges(dataset: Dataset, report: ChangesReport, lang: Language, wide = false): string {
  const face = sheetFace(dataset, report.sources, lang, wide);
  const out = changesHeadlines(report).map((h) => renderHeadline(h, face));
  if (report.count === 0) {
    out.push(message(lang, "report.sheet.changes.none"));
    return prose(out.join("\n"), wide);
  }
  out.push(renderReportTable(CHANGES_TABLE, report, face));
  if (report.changes.some((c) => c.estimate)) out.push(message(lang, "report.sheet.company.estimateMark"));
  out.push(renderReportTable(sourcesForTerminal(CHANGES_SOURCES_TABLE, wide), report, face));
  // The addresses follow whole (not wrapped), one a line, so each can be opened.
  return [prose(out.join("\n"), wide), ...(wide ? [] : sourceAddresses(lang, report.sources))].join("\n");
}
