/**
 * The result of a Monte Carlo job, in the shape `halqa stress FILE --runs N --json` prints: the run's
 * settings, the sampled inputs with their distributions, the summary (src/core/stress/monte-carlo/
 * summarize.ts, with the loss histogram) and the cited figures the network is built from. `partial`
 * is true when the run stopped early (cancelled, or the time limit); the summary then covers the
 * samples done.
 */
import { type Assumption, networkFromDataset } from "../../core/stress/build-network.ts";
import {
  type MonteCarloSummary,
  type Partial,
  sampledInputs,
  summarize,
} from "../../core/stress/monte-carlo/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Distribution } from "../../schema/distribution.ts";
import type { UncertainScenario } from "../../schema/scenario.ts";
import type { MonteCarloRequest } from "./request.ts";

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
  assumptions: Assumption[];
};

export function monteCarloReport(
  dataset: Dataset,
  request: MonteCarloRequest,
  partial: Partial,
  done: { workers: number; partial: boolean },
): MonteCarloReport {
  const { scenario } = request;
  const inputs = sampledInputs(scenario);
  return {
    scenario: scenario.id,
    model: request.model ?? scenario.model.name,
    asOf: scenario.asOf ?? request.asOf,
    runs: request.runs,
    seed: request.seed,
    workers: done.workers,
    partial: done.partial,
    inputs: inputs.map((x) => ({ label: x.label, path: x.path.join("."), distribution: x.distribution })),
    summary: summarize(
      partial,
      dataset.entities.map((e) => e.id),
      inputs,
    ),
    assumptions: assumptionsOf(dataset, scenario, request.asOf),
  };
}

/** The cited figures of the network, with the scenario's fixed parameters (as the CLI reports them). */
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
