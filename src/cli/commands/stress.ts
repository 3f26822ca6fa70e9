/** `halqa stress SCENARIO.yaml`: a stress scenario on the bundled (or given) dataset. */

import type { ModelName } from "../../core/contagion/models.ts";
import { isModelError } from "../../core/errors.ts";
import { STRESS_LAYOUT, type StressReport, stressReport } from "../../core/reports/stress-report.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { recordNames, withScenario } from "../../i18n/record-names.ts";
import { phraseStressAccount } from "../../i18n/stress-account.ts";
import { readScenarioFile } from "../../io/scenario-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { deterministicScenario, resolveFraction, type UncertainScenario } from "../../schema/scenario.ts";
import type { Io } from "../context.ts";
import { CliError, modelCliError } from "../errors.ts";
import { heading } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";
import type { MonteCarloCliOptions } from "./stress-monte-carlo.ts";

export type StressOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  /** Every column of the tables, past the terminal's 100 columns. */
  wide?: boolean;
  model?: ModelName;
  /** Monte Carlo (stress-monte-carlo.ts): given, or 10,000 when the scenario has distributions. */
  monteCarlo?: Omit<MonteCarloCliOptions, "lang" | "json" | "asOf" | "model" | "runs"> & { runs?: number };
};

/** Samples run when a scenario has distributions and no --runs is given. */
export const DEFAULT_RUNS = 10_000;

export async function stressCommand(
  file: string,
  dataset: Dataset,
  options: StressOptions,
  io: Io,
): Promise<number> {
  const read = await readScenario(file, dataset, options.lang, io);
  const scenario = deterministicScenario(read);
  if (!scenario || options.monteCarlo?.runs !== undefined) {
    const { monteCarloCommand } = await import("./stress-monte-carlo.ts");
    const { runs, ...rest } = options.monteCarlo ?? { seed: 1, workers: 0 };
    return monteCarloCommand(
      file,
      dataset,
      read,
      {
        ...rest,
        lang: options.lang,
        json: options.json,
        asOf: options.asOf,
        runs: runs ?? DEFAULT_RUNS,
        ...(options.model ? { model: options.model } : {}),
        ...(options.wide ? { wide: true } : {}),
      },
      io,
    );
  }
  let report: StressReport;
  try {
    report = stressReport(dataset, scenario, {
      asOf: options.asOf,
      ...(options.model ? { model: options.model } : {}),
      fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
    });
  } catch (error) {
    // A scenario the data cannot run, or a model that did not converge: phrased by code; anything else is a bug.
    if (isModelError(error)) throw modelCliError(error, options.lang, { file });
    throw error;
  }
  io.stdout(options.json ? JSON.stringify(report, null, 2) : render(dataset, report, scenario, options));
  return 0;
}

/** The scenario, or exit 1 with its problems at file:line:column. */
export async function readScenario(
  file: string,
  dataset: Dataset,
  lang: Language,
  io: Io,
): Promise<UncertainScenario> {
  const read = await readScenarioFile(file, dataset);
  if (read.ok) return read.scenario;
  io.stderr(formatProblems(describeProblems(read.problems, lang)));
  throw new CliError(message(lang, "cli.stress.invalid", { file, count: read.problems.length }), 1);
}

/**
 * The report for people: the run line, the account in words, then every table of the report's layout,
 * ids shown by name (src/i18n/record-names.ts).
 */
function render(
  dataset: Dataset,
  r: StressReport,
  scenario: UncertainScenario,
  options: Pick<StressOptions, "lang" | "wide">,
): string {
  const { lang } = options;
  const names = withScenario(recordNames(dataset, lang), scenario, lang);
  const face = { lang, names, wide: options.wide };
  const out = (STRESS_LAYOUT.headlines?.(r) ?? []).map((line) => renderHeadline(line, face));
  out.push(
    heading(message(lang, "report.stress.account")),
    ...phraseStressAccount(lang, r.account, names.entity, (id) => names.record?.(`sites:${id}`) ?? id),
  );
  for (const t of STRESS_LAYOUT.tables) out.push(renderReportTable(t, r, face));
  return out.join("\n");
}
