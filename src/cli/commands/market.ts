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
import type { MessageKey } from "../../i18n/messages/index.ts";
import { type ExposureFigure, readExposureFile } from "../../io/index-weights-file.ts";
import { readMarketFiles } from "../../io/market-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { heading, table } from "../format.ts";
import { failOnProblems, formatIn, sourceNamer } from "../market-analyses-format.ts";
import { entityNamer } from "../names.ts";
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

function render(dataset: Dataset, result: MarketReport, options: MarketOptions): string {
  const { lang } = options;
  const t = (key: MessageKey) => message(lang, key);
  const cite = sourceNamer(dataset);
  const out = [t("report.market.title"), heading(t("report.market.concentration"))];
  // The published figures as they stand: each in its own unit, some open-ended ("> 50%").
  out.push(
    table(
      [
        t("report.market.figure"),
        t("report.market.value"),
        t("report.market.period"),
        t("report.market.sources"),
      ],
      result.concentration.rows.map((r) => [
        r.name[lang],
        r.value !== undefined
          ? formatIn(lang, r.value, r.unit)
          : r.high === undefined
            ? `> ${formatIn(lang, r.low, r.unit)}`
            : `${formatIn(lang, r.low, r.unit)} – ${formatIn(lang, r.high, r.unit)}`,
        r.period ?? "",
        `${r.by} [${cite(r.sources)}]`,
      ]),
    ),
  );
  for (const id of result.concentration.missing) out.push(`${t("report.market.missing")}: ${id}`);
  const names = {
    entity: entityNamer(dataset, lang),
    deal: (id: string) => id,
    source: (ids: string) => cite(ids.split(" ").filter(Boolean)),
  };
  const face = { lang, names, wide: options.wide === true };
  for (const layout of MARKET_LAYOUT.tables) out.push(renderReportTable(layout, result, face));
  for (const line of marketNotes(result, options.measure)) out.push(renderHeadline(line, face));
  return out.join("\n");
}
