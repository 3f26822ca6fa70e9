/** `halqa flows`: the dated flows the deals imply, on one value basis, as a table or --json. */

import type { Basis } from "../../core/flows/expand.ts";
import { type FlowsReport, flowsLayout, flowsReport } from "../../core/reports/flows-report.ts";
import { formatDate, unitHeading } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { FlowKind } from "../../schema/deal.ts";
import type { Unit } from "../../schema/primitives.ts";
import type { Io } from "../context.ts";
import { formatYear, label } from "../format.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";

export type FlowsOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  basis: Basis;
  unit: Unit;
  kinds?: FlowKind[];
  fromYear?: number;
  toYear?: number;
  entity?: string;
  /** Keep every column even past 100 characters. */
  wide?: boolean;
};

export function flowsCommand(dataset: Dataset, options: FlowsOptions, io: Io): number {
  const result = flowsReport(dataset, options);
  io.stdout(options.json ? JSON.stringify(result, null, 2) : renderFlows(dataset, result, options));
  return 0;
}

function renderFlows(dataset: Dataset, result: FlowsReport, options: FlowsOptions): string {
  const { lang } = options;
  const out: string[] = [];
  const year = (y: number | undefined) => (y === undefined ? "…" : formatYear(lang, y));
  // No bounds at all reads as words ("all years"), not as two ellipses.
  const range =
    options.fromYear === undefined && options.toYear === undefined
      ? message(lang, "report.common.allYears")
      : options.fromYear === options.toYear
        ? year(options.fromYear)
        : `${year(options.fromYear)}–${year(options.toYear)}`;
  out.push(
    `${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${result.basis}`)} · ${unitHeading(lang, result.unit)} · ${range} · ${message(lang, "report.common.asOf")} ${formatDate(lang, result.asOf)}`,
  );
  // The tables come from the report's layout: the rows by deal and year, then the total per year.
  const layout = flowsLayout(result.unit);
  const face = { lang, names: recordNames(dataset, lang), wide: options.wide === true };
  const [rows, byYear, undated] = layout.tables;
  const [total, ...notes] = layout.headlines?.(result) ?? [];
  if (result.rows.length === 0) out.push(message(lang, "cli.noFlows"));
  else {
    if (rows) out.push(renderReportTable(rows, result, face));
    if (byYear) out.push(renderReportTable(byYear, result, face));
    if (total) out.push(renderHeadline(total, face));
  }
  // Term contracts with no known years: after the yearly totals, never in them.
  if (result.undated.length > 0) {
    if (undated) out.push(renderReportTable(undated, result, face));
    const line = notes.find((n) => n.key === "report.flows.undatedLine");
    if (line) out.push(renderHeadline(line, face));
  }
  if (result.excluded.length > 0) {
    const reasons = new Map<string, number>();
    for (const e of result.excluded) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
    out.push(
      message(lang, "cli.excluded", {
        count: result.excluded.length,
        reasons: [...reasons]
          .map(([r, n]) => `${label(lang, "reason", r)} ${n}`)
          .join(lang === "ar" ? "، " : ", "),
      }),
    );
  }
  return out.join("\n");
}
