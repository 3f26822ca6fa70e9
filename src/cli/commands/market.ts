/** `halqa market`: concentration of gains and capex, and the share of an index fund in the loop (docs/methods/market.md). */
import { join } from "node:path";
import type { concentration } from "../../core/market/concentration.ts";
import type { fundLoopShare } from "../../core/market/fund-exposure.ts";
import type { ExposureMeasure } from "../../core/market/loop-exposure.ts";
import { marketReport } from "../../core/market/market-report.ts";
import { type Language, messages } from "../../i18n/index.ts";
import {
  type ExposureFigure,
  type IndexWeight,
  readExposureFile,
  readWeightsFile,
  WEIGHTS_FILE,
} from "../../io/index-weights-file.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { heading, table } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { formatIn, sourceNamer } from "../market-analyses-format.ts";
import { entityNamer } from "../names.ts";

export type MarketOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  dir: string;
  measure: ExposureMeasure;
  weights?: string;
  exposure?: string;
};

export async function marketCommand(dataset: Dataset, options: MarketOptions, io: Io): Promise<number> {
  const m = messages(options.lang).ui.moneyCommands;
  const weightsPath = options.weights ?? join(options.dir, WEIGHTS_FILE);
  const weightsFile = options.weights ?? WEIGHTS_FILE;
  const read = await readWeightsFile(weightsPath, weightsFile, options.weights ? undefined : dataset);
  const given = options.exposure ? await readExposureFile(options.exposure, options.exposure) : undefined;
  // Both files' problems at once, as POST /api/market answers them (found by the CLI/API fuzz test).
  const failed = [
    { file: weightsFile, problems: read.problems },
    ...(given && options.exposure ? [{ file: options.exposure, problems: given.problems }] : []),
  ].filter((f) => f.problems.length > 0);
  if (failed.length > 0) {
    io.stderr(
      formatProblems(
        describeProblems(
          failed.flatMap((f) => f.problems),
          options.lang,
        ),
      ),
    );
    throw new CliError(
      failed.map((f) => m.fileInvalid({ file: f.file, count: f.problems.length })).join(" "),
      1,
    );
  }
  const exposures: ExposureFigure[] | undefined = given?.exposures;
  const result = marketReport(dataset, {
    asOf: options.asOf,
    measure: options.measure,
    weights: read.weights,
    userWeights: options.weights !== undefined,
    ...(exposures ? { exposures } : {}),
  });
  const holdings = result.weights;
  if (options.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return 0;
  }
  io.stdout(render(dataset, result, holdings, options));
  return 0;
}

function render(
  dataset: Dataset,
  result: {
    concentration: ReturnType<typeof concentration>;
    fund: ReturnType<typeof fundLoopShare> & { exposureFromFile: string[] };
  },
  holdings: readonly IndexWeight[],
  options: MarketOptions,
): string {
  const { lang } = options;
  const m = messages(lang).ui.moneyCommands;
  const name = entityNamer(dataset, lang);
  const cite = sourceNamer(dataset);
  const out = [m.marketTitle, heading(m.concentration)];
  out.push(
    table(
      [m.figure, m.value, m.period, m.sources],
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
  for (const id of result.concentration.missing) out.push(`${m.missing}: ${id}`);
  out.push(heading(m.fundTitle));
  const fromFile = new Set(result.fund.exposureFromFile);
  const byEntity = new Map(holdings.map((h) => [h.entity, h]));
  out.push(
    table(
      [m.company, m.weight, m.exposure, m.contribution, m.sources],
      result.fund.rows.map((r) => {
        const h = byEntity.get(r.entity);
        return [
          name(r.entity),
          `${formatIn(lang, r.weight * 100, "percent")}${h?.estimate ? " ≈" : ""}`,
          r.exposure === null
            ? m.absent
            : `${formatIn(lang, r.exposure * 100, "percent")}${fromFile.has(r.entity) ? " *" : ""}`,
          formatIn(lang, r.contribution * 100, "percent"),
          h ? cite(h.sources) : "",
        ];
      }),
    ),
  );
  const asOf = [...new Set(holdings.map((h) => h.asOf).filter(Boolean))].join(", ");
  out.push(
    m.fundLine({
      share: formatIn(lang, result.fund.share * 100, "percent"),
      covered: formatIn(lang, result.fund.covered * 100, "percent"),
      asOf: asOf || "—",
      measure: options.exposure ? m.measures.file : (m.measures[options.measure] ?? options.measure),
    }),
  );
  out.push(m.measureNotes[options.measure] ?? "");
  if (fromFile.size > 0) out.push(m.fromFileNote);
  return out.join("\n");
}
