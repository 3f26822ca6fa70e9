/**
 * `halqa stress SCENARIO.yaml --runs N --seed S [--workers W]`: a Monte Carlo stress run
 * (docs/methods/monte-carlo.md). Samples run on worker threads (src/io/monte-carlo-pool.ts); a
 * progress bar with rate and ETA shows on a terminal; Ctrl-C stops the workers and prints what was
 * done, marked partial (a second Ctrl-C quits at once).
 */

import type { ModelName } from "../../core/contagion/models.ts";
import { isModelError } from "../../core/errors.ts";
import {
  MONTE_CARLO_LAYOUT,
  type MonteCarloReport,
  monteCarloReport,
} from "../../core/reports/monte-carlo-report.ts";
import { HORIZON_PARAMETER } from "../../core/stress/build-network.ts";
import { type SampledInput, SampleError, sampledInputs } from "../../core/stress/monte-carlo/index.ts";
import type { Language } from "../../i18n/index.ts";
import { type MessageValues, message } from "../../i18n/message.ts";
import type { MessageKey } from "../../i18n/messages/index.ts";
import { modelFaultText } from "../../i18n/model-problem.ts";
import { recordNames, withScenario } from "../../i18n/record-names.ts";
import { runMonteCarlo } from "../../io/monte-carlo-pool.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { UncertainScenario } from "../../schema/scenario.ts";
import type { Io } from "../context.ts";
import { CliError, modelCliError } from "../errors.ts";
import { formatNumber } from "../format.ts";
import type { Progress } from "../progress.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";

export type MonteCarloCliOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  model?: ModelName;
  runs: number;
  seed: number;
  workers: number;
  chunkSize?: number;
  signal?: AbortSignal;
  progress?: Progress;
  /** Every column of the table per entity, however wide (by default it keeps to 100 columns). */
  wide?: boolean;
};

export async function monteCarloCommand(
  file: string,
  dataset: Dataset,
  scenario: UncertainScenario,
  options: MonteCarloCliOptions,
  io: Io,
): Promise<number> {
  const w = words(options.lang);
  const inputs = sampledInputs(scenario);
  if (inputs.length === 0) throw new CliError(w("noDistributions", { file }), 2);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof runMonteCarlo>>;
  try {
    result = await runMonteCarlo({
      dataset,
      scenario,
      asOf: options.asOf,
      seed: options.seed,
      runs: options.runs,
      workers: options.workers,
      ...(options.model ? { model: options.model } : {}),
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (done, runs) => {
        const seconds = (performance.now() - started) / 1000;
        const rate = formatNumber(options.lang, seconds > 0 ? done / seconds : 0, 0);
        options.progress?.update(done, runs, w("progress", { done, runs, rate }));
      },
    });
  } catch (error) {
    // A sample whose draw the model cannot use (or that did not converge) is named with its seeds;
    // a sample that met a bug carries no model fault and goes on to main() as an internal error.
    if (error instanceof SampleError && error.model) {
      const fault = error.model;
      throw new CliError(
        `[${fault.code}] ${w("sampleFailed", {
          sample: error.sample,
          seed: options.seed,
          sampleSeed: error.sampleSeed,
          reason: modelFaultText(options.lang, fault),
        })}`,
        fault.kind === "convergence" ? 1 : 2,
      );
    }
    if (isModelError(error)) throw modelCliError(error, options.lang);
    throw error;
  } finally {
    options.progress?.finish();
  }
  const report = monteCarloReport(
    dataset,
    {
      scenario,
      asOf: options.asOf,
      runs: options.runs,
      seed: options.seed,
      ...(options.model ? { model: options.model } : {}),
    },
    result.partial,
    { workers: options.workers, partial: result.cancelled },
  );
  io.stdout(
    options.json
      ? JSON.stringify(report, null, 2)
      : render(dataset, report, scenario, inputs, options.lang, options.wide ?? false),
  );
  return result.cancelled ? 130 : 0;
}

/** The report for people: the run line, notes on a partial run and rebuilt networks, then every table of the layout. */
function render(
  dataset: Dataset,
  r: MonteCarloReport,
  scenario: UncertainScenario,
  inputs: SampledInput[],
  lang: Language,
  wide: boolean,
): string {
  const w = words(lang);
  const names = withScenario(recordNames(dataset, lang), scenario, lang);
  const face = { lang, names, ...(wide ? { wide: true } : {}) };
  const out = (MONTE_CARLO_LAYOUT.headlines?.(r) ?? []).map((line) => renderHeadline(line, face));
  if (r.partial) out.push(w("partial", { done: r.summary.samples, runs: r.runs }));
  if (inputs.some((x) => x.path[0] === "parameters" && x.path[1] !== HORIZON_PARAMETER))
    out.push(w("rebuilds"));
  for (const t of MONTE_CARLO_LAYOUT.tables) out.push(renderReportTable(t, r, face));
  return out.join("\n");
}

type MonteCarloKey = MessageKey extends infer K ? (K extends `cli.monteCarlo.${infer S}` ? S : never) : never;

/** The Monte Carlo part of the catalogue, `cli.monteCarlo.*`, in one language. */
function words(lang: Language): (key: MonteCarloKey, values?: MessageValues) => string {
  return (key, values) => message(lang, `cli.monteCarlo.${key}` as const, values);
}
