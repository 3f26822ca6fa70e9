/**
 * `halqa funding ID`: an entity's funding gap per year (docs/methods/funding.md). The report and every
 * table of it are defined once (core/reports/funding-report.ts, funding-layout.ts); this prints them
 * through the terminal's table printer, which keeps each table within 100 columns unless `--wide`.
 */

import type { Basis } from "../../core/flows/expand.ts";
import { fundingLayoutOf } from "../../core/reports/funding-layout.ts";
import { type FundingReport, fundingReport } from "../../core/reports/funding-report.ts";
import { backlogFlags, fiscalNote } from "../../core/reports/funding-rows.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { usageError } from "../errors.ts";
import { renderHeadline, renderReportTable, wrapWords } from "../report-table.ts";

export type FundingCommandOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  basis: Basis;
  entity: string;
  fromYear: number;
  toYear: number;
  growth?: number;
  /** --growth as the user typed it, for a message (the number would read 1e+308 for 1e308). */
  growthText?: string;
  /** Every column of every table, however wide (by default each keeps to 100 columns). */
  wide?: boolean;
};

export function fundingCommand(dataset: Dataset, options: FundingCommandOptions, io: Io): number {
  const report = fundingReport(dataset, {
    entity: options.entity,
    basis: options.basis,
    asOf: options.asOf,
    fromYear: options.fromYear,
    toYear: options.toYear,
    ...(options.growth !== undefined ? { growth: options.growth } : {}),
  });
  // A growth so large that revenue overflows would print every later year as "—": refused instead.
  if (options.growth !== undefined && report.years.some((y) => !Number.isFinite(y.revenue)))
    throw usageError("option-growth-too-large", {
      option: "--growth",
      value: options.growthText ?? String(options.growth),
    });
  // Missing years are a warning, not a failure: the rest of the window is still computed.
  if (report.missingYears.length > 0)
    io.stderr(message(options.lang, "cli.funding.missing", { years: report.missingYears.join(", ") }));
  io.stdout(
    options.json
      ? JSON.stringify(report, null, 2)
      : renderFunding(dataset, report, options.lang, options.wide ?? false),
  );
  return 0;
}

/** The width prose lines (the backlog's notes) are wrapped to, as the tables are. */
const PROSE_WIDTH = 100;

export function renderFunding(dataset: Dataset, r: FundingReport, lang: Language, wide = false): string {
  const layout = fundingLayoutOf(r);
  const face = { lang, names: recordNames(dataset, lang), ...(wide ? { wide: true } : {}) };
  const prose = (text: string) => (wide ? text : wrapWords(text, PROSE_WIDTH));
  const out = (layout.headlines?.(r) ?? []).map((h) => prose(renderHeadline(h, face)));
  for (const t of layout.tables) {
    out.push(renderReportTable(t, r, face));
    const note = t.id === "funding-years" ? fiscalNote(r) : null;
    if (note) out.push(prose(renderHeadline(note, face)));
  }
  for (const flag of backlogFlags(r)) out.push(prose(renderHeadline(flag, face)));
  return out.join("\n");
}
