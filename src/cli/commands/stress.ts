/** `halqa stress SCENARIO.yaml`: a stress scenario on the bundled (or given) dataset. */

import { ConvergenceError } from "../../core/contagion/fixed-point.ts";
import type { ModelName } from "../../core/contagion/models.ts";
import { runScenario, type StressResult } from "../../core/stress/run-scenario.ts";
import { formatDate, formatPercent, inRunDigits } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import { readScenarioFile } from "../../io/scenario-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { deterministicScenario, resolveFraction, type UncertainScenario } from "../../schema/scenario.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { formatNumber, formatUsd, heading, table } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { entityNamer } from "../names.ts";
import type { MonteCarloCliOptions } from "./stress-monte-carlo.ts";

export type StressOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
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
      },
      io,
    );
  }
  let result: StressResult;
  try {
    result = runScenario(dataset, scenario, {
      asOf: options.asOf,
      ...(options.model ? { model: options.model } : {}),
      fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
    });
  } catch (error) {
    if (error instanceof ConvergenceError) {
      throw new CliError(`${error.message}; iterations ${error.iterations}, residual ${error.residual}`, 1);
    }
    if (error instanceof RangeError) throw new CliError(`${file}: ${error.message}`, 1);
    throw error;
  }
  io.stdout(options.json ? JSON.stringify(result, null, 2) : render(dataset, result, options.lang));
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
  throw new CliError(messages(lang).ui.stress.invalid({ file, count: read.problems.length }), 1);
}

function render(dataset: Dataset, r: StressResult, lang: Language): string {
  const w = messages(lang).ui.stress;
  const name = entityNamer(dataset, lang);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const basis = messages(lang).ui[r.basis as "announced" | "committed" | "paid"] ?? r.basis;
  const out = [`${w.title}: ${r.scenario} · ${r.model} · ${basis} · ${formatDate(lang, r.asOf)}`];
  // The account is written in core with Western digits; --digits arab turns them (i18n/format.ts).
  out.push(heading(w.account), ...r.account[lang].map((line) => inRunDigits(lang, line)));
  out.push(heading(w.waves));
  out.push(
    r.waves.length === 0
      ? w.none
      : table(
          [w.wave, w.entities],
          r.waves.map((x) => [
            formatNumber(lang, x.wave, 0),
            x.entities.map(name).join(lang === "ar" ? "، " : ", "),
          ]),
        ),
  );
  out.push(heading(w.losses));
  out.push(
    r.losses.length === 0
      ? w.none
      : table(
          [w.entity, w.capital, w.loss, w.share],
          r.losses.map((l) => [
            name(l.entity),
            formatUsd(lang, l.capital),
            formatUsd(lang, l.loss),
            pct(l.share),
          ]),
        ),
  );
  out.push(heading(w.unfunded));
  out.push(
    r.unfunded.length === 0
      ? w.none
      : table(
          [w.deal, w.debtor, w.creditor, w.committed, w.recovery, w.unfundedPart],
          r.unfunded.map((u) => [
            u.deal,
            name(u.debtor),
            name(u.creditor),
            formatUsd(lang, u.committed),
            pct(u.recoveryRate),
            formatUsd(lang, u.unfunded),
          ]),
        ),
  );
  out.push(heading(w.assumptions));
  out.push(
    table(
      [w.assumption, w.value, w.sources],
      r.assumptions.map((a) => [
        `${a.id}${a.estimate ? " *" : ""}`,
        a.unit === "USD"
          ? formatUsd(lang, a.value)
          : withUnit(w.units[a.unit], a.value, formatNumber(lang, a.value, 2), a.unit),
        a.sources.join(", "),
      ]),
    ),
  );
  return out.join("\n");
}

function withUnit(
  phrase: ((n: number, shown: string) => string) | undefined,
  value: number,
  shown: string,
  unit: string,
): string {
  return phrase ? phrase(value, shown) : `${shown} ${unit}`;
}
