/** `halqa company ID`: one company's sheet (src/core/reports/company-report.ts), as tables or JSON. */

import { infinityAsString } from "../../core/json/json-infinity.ts";
import { companyLayout, companyLines, undatedNoteKey } from "../../core/reports/company-layout.ts";
import type { CompanyReport } from "../../core/reports/company-report.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, heading } from "../format.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";
import { prose, sheetFace, sourceAddresses, sourcesForTerminal } from "./sheet-format.ts";

export function printCompany(
  dataset: Dataset,
  report: CompanyReport,
  lang: Language,
  json: boolean,
  io: Io,
  wide = false,
): number {
  io.stdout(json ? JSON.stringify(report, infinityAsString, 2) : renderCompany(dataset, report, lang, wide));
  return 0;
}

/** The sheet's tables in the layout's order, with the lines that say what they add up to between them. */
export function renderCompany(dataset: Dataset, report: CompanyReport, lang: Language, wide = false): string {
  const face = sheetFace(dataset, report.sources, lang, wide);
  const layout = companyLayout(lang);
  const lines = companyLines(report);
  const [
    financials,
    alternatives,
    dealsIn,
    dealsOut,
    leftOut,
    other,
    byYear,
    origins,
    loops,
    sites,
    stress,
    sources,
  ] = layout.tables;
  const print = (t: (typeof layout.tables)[number] | undefined) =>
    t ? renderReportTable(t, report, face) : "";
  const some = (t: (typeof layout.tables)[number] | undefined) =>
    t !== undefined && t.rows(report).length > 0;
  const out = (layout.headlines?.(report) ?? []).map((h) => renderHeadline(h, face));

  out.push(print(financials));
  if (some(alternatives)) out.push(print(alternatives));
  out.push(print(dealsIn), print(dealsOut));
  // The totals keep their ranges ("$300B ($250B – $350B)"), which a message value cannot carry.
  out.push(
    message(lang, "report.sheet.company.totals", {
      receives: formatAmount(lang, report.totals.receives),
      pays: formatAmount(lang, report.totals.pays),
    }),
  );
  if ([...report.deals.in, ...report.deals.out].some((d) => d.estimate))
    out.push(renderHeadline(lines.estimate, face));
  if (some(leftOut)) out.push(print(leftOut));
  if (some(other)) out.push(print(other));
  if (some(byYear)) out.push(print(byYear));
  const { undated } = report;
  const undatedKey = undatedNoteKey(undated);
  if (undatedKey)
    out.push(
      message(lang, `report.sheet.company.${undatedKey}`, {
        receives: formatAmount(lang, undated.receives),
        pays: formatAmount(lang, undated.pays),
      }),
    );

  out.push(heading(message(lang, "report.sheet.company.circularity")));
  out.push(renderHeadline(lines.circularity, face));
  if (some(origins)) out.push(print(origins));
  out.push(print(loops));
  if (lines.loops) out.push(renderHeadline(lines.loops, face));
  out.push(print(sites), print(stress));
  if (sources) out.push(print(sourcesForTerminal(sources, wide)));
  // The addresses follow whole (not wrapped), one a line, so each can be opened.
  return [prose(out.join("\n"), wide), ...(wide ? [] : sourceAddresses(lang, report.sources))].join("\n");
}
