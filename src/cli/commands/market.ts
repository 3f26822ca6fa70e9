/** `halqa market`: concentration of gains and capex, and the share of an index fund in the loop (docs/methods/market.md). */
import type { ExposureMeasure } from "../../core/market/loop-exposure.ts";
import {
  MARKET_LAYOUT,
  type MarketReport,
  marketNotes,
  marketReport,
} from "../../core/reports/market-report.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import { type ExposureFigure, readExposureFile } from "../../io/index-weights-file.ts";
import { readMarketFiles } from "../../io/market-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { failOnProblems } from "../market-analyses-format.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";

export type MarketOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  dir: string;
  measure: ExposureMeasure;
  weights?: string;
  exposure?: string;
  /** Every column of the fund table (the sources are dropped to fit 100 columns). */
  wide?: boolean;
};

export async function marketCommand(dataset: Dataset, options: MarketOptions, io: Io): Promise<number> {
  const read = await readMarketFiles(options.dir, dataset, {
    kinds: ["weights"],
    required: ["weights"],
    weightsPath: options.weights,
  });
  const given = options.exposure ? await readExposureFile(options.exposure, options.exposure) : undefined;
  // Both files' problems at once, as POST /api/market answers them (found by the CLI/API fuzz test).
  failOnProblems(
    [
      ...read.failed,
      ...(given && options.exposure ? [{ file: options.exposure, problems: given.problems }] : []),
    ],
    options.lang,
    io,
  );
  const exposures: ExposureFigure[] | undefined = given?.exposures;
  const result = marketReport(dataset, {
    asOf: options.asOf,
    measure: options.measure,
    weights: read.files.weights,
    userWeights: options.weights !== undefined,
    ...(exposures ? { exposures } : {}),
  });
  if (options.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return 0;
  }
  io.stdout(render(dataset, result, options));
  return 0;
}

/** The report for people: every table of the layout, ids shown by name, then the notes under the fund table. */
function render(dataset: Dataset, result: MarketReport, options: MarketOptions): string {
  const { lang } = options;
  const face = { lang, names: recordNames(dataset, lang), wide: options.wide === true };
  const out = [message(lang, "report.market.title")];
  for (const layout of MARKET_LAYOUT.tables) {
    out.push(renderReportTable(layout, result, face));
    // An indicator the data lacks has no name to show: its id says which.
    if (layout.id === "concentration")
      for (const id of result.concentration.missing)
        out.push(`${message(lang, "report.market.missing")}: ${id}`);
  }
  for (const line of marketNotes(result, options.measure)) out.push(renderHeadline(line, face));
  return out.join("\n");
}
