/**
 * The tables of a Monte Carlo stress report besides the one per entity: the system loss (mean,
 * quantiles, VaR and expected shortfall), the unfunded commitments per sample, the sensitivity ranking
 * and the sampled inputs with their distributions. Inputs and distributions are message cells, so no
 * shock type, parameter id or distribution name stands as a label in any face.
 */
import type { Distribution } from "../model/distribution.ts";
import type { MonteCarloSummary, Sensitivity } from "../stress/monte-carlo/index.ts";
import { entityList } from "./entity-list.ts";
import { type Cell, type CellValue, type MessageCell, table } from "./layout.ts";

/** The part of a Monte Carlo report these tables read (monte-carlo-report.ts). */
type MonteCarloReport = {
  summary: MonteCarloSummary;
  inputs: readonly { label: string; distribution: Distribution }[];
};

const M = "cli.monteCarlo";

/** A row of the system-loss and unfunded tables: what the statistic is, and its amount. */
type Statistic = { label: MessageCell; value: number };

const stat = (key: string, value: number, values: MessageCell["values"] = {}): Statistic => ({
  label: { key: `${M}.${key}`, values },
  value,
});
const level = (n: number): CellValue => ({ value: n, unit: "number" });

function statisticsTable(id: string, title: string, rows: (r: MonteCarloReport) => Statistic[]) {
  return table<MonteCarloReport, Statistic>({
    id,
    title,
    rows,
    columns: [
      { id: "statistic", label: `${M}.statistic`, unit: "message", value: (s) => s.label },
      { id: "amount", label: `${M}.amount`, unit: "usd", value: (s) => s.value },
    ],
  });
}

export const RISK_TABLE = statisticsTable("mc-risk", `${M}.systemLoss`, ({ summary: { systemLoss: l } }) => [
  stat("mean", l.mean),
  ...l.quantiles.map((q) => stat("quantile", q.value, { p: level(q.p * 100) })),
  stat("var", l.var95, { level: level(95) }),
  stat("es", l.es95, { level: level(95) }),
  stat("var", l.var99, { level: level(99) }),
  stat("es", l.es99, { level: level(99) }),
]);

export const UNFUNDED_TABLE = statisticsTable(
  "mc-unfunded",
  `${M}.unfunded`,
  ({ summary: { unfunded: u } }) => [
    stat("mean", u.mean),
    stat("quantile", u.p95, { p: level(95) }),
    stat("quantile", u.p99, { p: level(99) }),
  ],
);

export const SENSITIVITY_TABLE = table<MonteCarloReport, Sensitivity>({
  id: "mc-sensitivity",
  title: `${M}.sensitivity`,
  rows: (r) => r.summary.sensitivity,
  columns: [
    { id: "input", label: `${M}.input`, unit: "message", value: (x) => inputCell(x.input) },
    // ρ is undefined for an input that never varied: "constant" says why.
    {
      id: "rho",
      label: `${M}.rho`,
      unit: "number",
      digits: 3,
      missing: `${M}.constant`,
      value: (x) => x.rho,
    },
  ],
});

type Input = MonteCarloReport["inputs"][number];

export const INPUTS_TABLE = table<MonteCarloReport, Input>({
  id: "mc-inputs",
  title: `${M}.inputs`,
  rows: (r) => r.inputs,
  columns: [
    { id: "input", label: `${M}.input`, unit: "message", value: (x) => inputCell(x.label) },
    {
      id: "distribution",
      label: `${M}.distribution`,
      unit: "message",
      value: (x) => distributionCell(x.distribution),
    },
  ],
});

/**
 * A sampled input by name: a parameter's label is its id ("stress-horizon-years"); a shock's is its
 * type and whom it hits ("revenue-shortfall openai", "credit-pullback all", "credit-pullback a+b",
 * "power-delay <site or region>"), core/stress/monte-carlo/inputs.ts.
 */
export function inputCell(label: string): Cell {
  const space = label.indexOf(" ");
  if (space < 0) return { key: `${M}.parameter`, values: { name: { value: label, unit: "record" } } };
  const type = label.slice(0, space);
  const who = label.slice(space + 1);
  return {
    key: `${M}.shock`,
    values: { type: { value: `web.stress.types.${type}`, unit: "message" }, who: whom(type, who) },
  };
}

function whom(type: string, who: string): CellValue {
  if (who === "all")
    return { value: type === "power-delay" ? `${M}.allSites` : "web.stress.allLenders", unit: "message" };
  // A site by its name; a region (not a record) reads as written (src/i18n/record-names.ts).
  if (type === "power-delay") return { value: `sites:${who}`, unit: "record" };
  return entityList(who.split("+"));
}

/** A distribution in words, its parameters as plain numbers: "triangular: 0.1 to 0.7, most likely 0.4". */
export function distributionCell(d: Distribution): MessageCell {
  const { dist, clip, ...parameters } = d;
  const values: Record<string, CellValue> = { clip: { value: clip ? "yes" : "", unit: "text" } };
  for (const [name, value] of Object.entries(parameters))
    if (typeof value === "number") values[name] = { value, unit: "figure", figureUnit: "" };
  if (dist === "beta") {
    values.min ??= { value: 0, unit: "figure", figureUnit: "" };
    values.max ??= { value: 1, unit: "figure", figureUnit: "" };
  }
  return { key: `${M}.dist.${dist}`, values };
}
