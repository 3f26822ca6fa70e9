/**
 * The stress report: one scenario run on the network built from the dataset (core/stress/run-scenario.ts)
 * with the dataset figures the scenario cites, and the description of its tables and chart. `halqa
 * stress --json`, `POST /api/stress` and the Stress page all return or draw this one object; the account
 * is a list of coded steps (core/stress/account.ts) each face phrases through `report.stress.step.*`.
 */

import type { Dataset } from "../model/dataset.ts";
import type { Scenario } from "../model/scenario.ts";
import { type ScenarioReference, scenarioReferences } from "../stress/references.ts";
import {
  type RunOptions,
  runScenario,
  type StressResult,
  type UnfundedDeal,
} from "../stress/run-scenario.ts";
import { entityList } from "./entity-list.ts";
import { type ReportLayout, table } from "./layout.ts";
import { assumptionsTable, citedTable } from "./stress-assumptions.ts";

export type StressReport = StressResult & {
  /** The dataset figures the scenario cites (`{ from: id }`), with the values the run used. */
  references: ScenarioReference[];
};

/** Losses drawn in the chart: the largest, so a long tail of small losses does not hide them. */
export const STRESS_CHART_BARS = 20;

export function stressReport(
  dataset: Pick<Dataset, "deals" | "entities" | "financials" | "parameters" | "indicators"> &
    Partial<Pick<Dataset, "sites">>,
  scenario: Scenario,
  options: RunOptions,
): StressReport {
  const result = runScenario(dataset, scenario, options);
  return { ...result, references: scenarioReferences(scenario, dataset, options.fraction) };
}

type Loss = StressResult["losses"][number];

type Wave = StressResult["waves"][number];

/** The report's tables by name, for a page that draws them in its own sections. */
export const STRESS_TABLES = {
  waves: table<StressReport, Wave>({
    id: "waves",
    title: "report.stress.waves",
    empty: "report.stress.none",
    rows: (r) => r.waves,
    columns: [
      { id: "wave", label: "report.stress.wave", unit: "count", value: (w) => w.wave },
      // One entity by name, several as a message cell that names and joins them.
      {
        id: "entities",
        label: "report.stress.entities",
        unit: "entity",
        value: (w) => entityList(w.entities).value,
      },
    ],
  }),
  losses: table<StressReport, Loss>({
    id: "losses",
    title: "report.stress.losses",
    empty: "report.stress.none",
    rows: (r) => r.losses,
    columns: [
      { id: "entity", label: "report.stress.entity", unit: "entity", value: (l) => l.entity },
      { id: "capital", label: "report.stress.capital", unit: "usd", value: (l) => l.capital },
      // Book equity for a listed company, a valuation for a private lab: said on each row, so a share
      // of one is not read as a share of the other.
      {
        id: "capitalFrom",
        label: "report.stress.capitalFrom",
        unit: "message",
        value: (l) => `report.stress.capitalFroms.${l.capitalFrom}`,
      },
      { id: "loss", label: "report.stress.loss", unit: "usd", value: (l) => l.loss },
      { id: "share", label: "report.stress.share", unit: "share", value: (l) => l.share },
    ],
  }),
  unfunded: table<StressReport, UnfundedDeal>({
    id: "unfunded",
    title: "report.stress.unfunded",
    empty: "report.stress.none",
    rows: (r) => r.unfunded,
    columns: [
      // The deal's title (up to 90 characters), wrapped; the narrow terminal cuts it at 48.
      { id: "deal", label: "report.stress.deal", unit: "deal", value: (u) => u.deal, maxWidth: 48 },
      { id: "debtor", label: "report.stress.debtor", unit: "entity", value: (u) => u.debtor },
      { id: "creditor", label: "report.stress.creditor", unit: "entity", value: (u) => u.creditor },
      {
        id: "committed",
        label: "report.stress.committed",
        unit: "usd",
        value: (u) => u.committed,
        optional: true,
      },
      {
        id: "recovery",
        label: "report.stress.recovery",
        unit: "share",
        value: (u) => u.recoveryRate,
        optional: true,
      },
      { id: "unfunded", label: "report.stress.unfundedPart", unit: "usd", value: (u) => u.unfunded },
    ],
  }),
  cited: citedTable<StressReport>(),
  assumptions: assumptionsTable<StressReport>(),
};

export const STRESS_LAYOUT: ReportLayout<StressReport> = {
  id: "stress",
  title: "report.stress.title",
  headlines: (r) => [
    {
      key: "report.stress.run",
      values: {
        // Named by its title in the language (the face knows the scenario: src/i18n/record-names.ts).
        scenario: { value: `scenarios:${r.scenario}`, unit: "record" },
        model: { value: `web.models.${r.model}`, unit: "message" },
        basis: { value: `report.stress.basis.${r.basis}`, unit: "message" },
        asOf: { value: r.asOf, unit: "date" },
      },
    },
  ],
  tables: [
    STRESS_TABLES.waves,
    STRESS_TABLES.losses,
    STRESS_TABLES.unfunded,
    STRESS_TABLES.cited,
    STRESS_TABLES.assumptions,
  ],
  charts: [
    {
      id: "loss-share",
      kind: "bar",
      title: "report.stress.lossShare",
      x: { label: "report.stress.entity", unit: "entity" },
      y: { label: "report.stress.share", unit: "share" },
      series: (r) => [
        {
          id: "loss-share",
          label: "report.stress.lossShare",
          points: r.losses.slice(0, STRESS_CHART_BARS).map((l) => ({ x: l.entity, y: l.share })),
        },
      ],
    },
  ],
};
