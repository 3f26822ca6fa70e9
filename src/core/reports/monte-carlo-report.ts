/**
 * The report of a Monte Carlo stress run, one shape for `halqa stress FILE --runs N --json` and for
 * the API's job result: the run's settings, the sampled inputs with their distributions, the summary
 * (src/core/stress/monte-carlo/summarize.ts, with the loss histogram) and the cited figures the
 * network is built from. `partial` is true when the run stopped early (Ctrl-C, a cancel, a time
 * limit); the summary then covers the samples done.
 */
import type { Dataset } from "../model/dataset.ts";
import type { Distribution } from "../model/distribution.ts";
import type { UncertainScenario } from "../model/scenario.ts";
import { type Assumption, networkFromDataset } from "../stress/build-network.ts";
import {
  type MonteCarloSummary,
  type Partial,
  sampledInputs,
  summarize,
} from "../stress/monte-carlo/index.ts";

export type MonteCarloReport = {
  scenario: string;
  model: string;
  asOf: string;
  runs: number;
  seed: number;
  workers: number;
  partial: boolean;
  inputs: { label: string; path: string; distribution: Distribution }[];
  summary: MonteCarloSummary;
  /** The cited figures the network is built from (with the scenario's fixed parameters). */
  assumptions: Assumption[];
};

export type MonteCarloRun = {
  scenario: UncertainScenario;
  /** Overrides the scenario's model. */
  model?: string;
  asOf: string;
  runs: number;
  seed: number;
};

export function monteCarloReport(
  dataset: Dataset,
  run: MonteCarloRun,
  partial: Partial,
  done: { workers: number; partial: boolean },
): MonteCarloReport {
  const { scenario } = run;
  const inputs = sampledInputs(scenario);
  return {
    scenario: scenario.id,
    model: run.model ?? scenario.model.name,
    asOf: scenario.asOf ?? run.asOf,
    runs: run.runs,
    seed: run.seed,
    workers: done.workers,
    partial: done.partial,
    inputs: inputs.map((x) => ({ label: x.label, path: x.path.join("."), distribution: x.distribution })),
    summary: summarize(
      partial,
      dataset.entities.map((e) => e.id),
      inputs,
    ),
    assumptions: assumptionsOf(dataset, scenario, run.asOf),
  };
}

/** The cited figures of the network, with the scenario's fixed parameters (sampled ones left out). */
function assumptionsOf(dataset: Dataset, scenario: UncertainScenario, asOf: string): Assumption[] {
  const fixed = Object.entries(scenario.parameters ?? {}).filter(
    (e): e is [string, number] => typeof e[1] === "number",
  );
  return networkFromDataset(dataset, {
    ...(scenario.basis ? { basis: scenario.basis } : {}),
    asOf: scenario.asOf ?? asOf,
    parameters: Object.fromEntries(fixed),
  }).assumptions;
}
