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
  type EntityRisk,
  type MonteCarloSummary,
  type Partial,
  sampledInputs,
  summarize,
} from "../stress/monte-carlo/index.ts";
import {
  parametersEnd,
  REVENUE_PER_GW_YEAR_PARAMETER,
  revenuePerGwYearAssumption,
} from "../stress/power-delay.ts";
import { type Headline, type ReportLayout, table } from "./layout.ts";
import { INPUTS_TABLE, RISK_TABLE, SENSITIVITY_TABLE, UNFUNDED_TABLE } from "./monte-carlo-tables.ts";
import { assumptionsTable } from "./stress-assumptions.ts";

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
  const parameters = Object.fromEntries(fixed);
  const { assumptions } = networkFromDataset(dataset, {
    ...(scenario.basis ? { basis: scenario.basis } : {}),
    asOf: scenario.asOf ?? asOf,
    parameters,
  });
  // A power delay's losses rest on the revenue per GW-year: listed as the single run lists it.
  const sampled =
    scenario.parameters?.[REVENUE_PER_GW_YEAR_PARAMETER] !== undefined &&
    !(REVENUE_PER_GW_YEAR_PARAMETER in parameters);
  if (scenario.shocks.some((s) => s.type === "power-delay") && !sampled)
    assumptions.splice(parametersEnd(assumptions), 0, revenuePerGwYearAssumption(dataset, parameters));
  return assumptions;
}

const M = "cli.monteCarlo";

/**
 * The table per entity: the default probability and the mean loss stay in the narrow terminal; the
 * loss quantile and the bounds of the Wilson interval (two share columns, so each is a number a face
 * formats) come with `--wide` or when they fit.
 */
export const ENTITIES_TABLE = table<MonteCarloReport, EntityRisk>({
  id: "mc-entities",
  title: `${M}.defaults`,
  rows: (r) => r.summary.entities,
  empty: "cli.stress.none",
  columns: [
    { id: "entity", label: "cli.stress.entity", unit: "entity", value: (e) => e.entity },
    {
      id: "defaultProbability",
      label: `${M}.probability`,
      unit: "share",
      value: (e) => e.defaultProbability,
    },
    { id: "meanLoss", label: `${M}.meanLoss`, unit: "usd", value: (e) => e.meanLoss },
    { id: "loss95", label: `${M}.loss95`, unit: "usd", value: (e) => e.loss95, optional: true },
    {
      id: "wilsonLow",
      label: `${M}.intervalLow`,
      unit: "share",
      value: (e) => e.wilson95[0],
      optional: true,
    },
    {
      id: "wilsonHigh",
      label: `${M}.intervalHigh`,
      unit: "share",
      value: (e) => e.wilson95[1],
      optional: true,
    },
  ],
});

/**
 * How the Monte Carlo report reads, without words: the run line, the system loss and unfunded
 * commitments, the table per entity, the sensitivity ranking and the sampled inputs.
 */
const MONTE_CARLO_ASSUMPTIONS = assumptionsTable<MonteCarloReport>();

export const MONTE_CARLO_LAYOUT: ReportLayout<MonteCarloReport> = {
  id: "monteCarlo",
  title: `${M}.title`,
  // Two lines, so the run line keeps to the terminal's 100 columns in both languages.
  headlines: (r): Headline[] => [
    {
      key: `${M}.run`,
      values: {
        // Named by its title in the language (the face knows the scenario: src/i18n/record-names.ts).
        scenario: { value: `scenarios:${r.scenario}`, unit: "record" },
        model: { value: `web.models.${r.model}`, unit: "message" },
        asOf: { value: r.asOf, unit: "date" },
      },
    },
    {
      key: `${M}.sampled`,
      values: {
        samples: { value: r.summary.samples, unit: "count" },
        seed: { value: String(r.seed), unit: "text" },
      },
    },
  ],
  // The figures every run rests on (horizon, capital ratio, each entity's revenue, cash and capital),
  // as the single run prints them: the terminal had left them to --json.
  tables: [
    RISK_TABLE,
    UNFUNDED_TABLE,
    ENTITIES_TABLE,
    SENSITIVITY_TABLE,
    INPUTS_TABLE,
    MONTE_CARLO_ASSUMPTIONS,
  ],
};
