/**
 * The figures a stress network is built from, as a layout table: each parameter by its name, each
 * reported figure (`financial:<entity>:<metric>:<period>`) as company · metric · period, its value in
 * its own unit, what the model uses it for, and its sources. Shared by the stress report and its page;
 * the terminal drops the use and the sources before it would pass 100 columns.
 */
import type { Assumption } from "../stress/build-network.ts";
import type { ScenarioReference } from "../stress/references.ts";
import { type Cell, type MessageCell, table } from "./layout.ts";

/** The core's description of each assumption's use (build-network.ts), as a message code. */
const USES: Readonly<Record<string, string>> = {
  "revenue over the commitments; share of a delay": "horizon",
  "capital where no valuation is reported": "capitalRatio",
  "revenue lost per GW-year of delayed capacity": "revenuePerGwYear",
  "annual revenue": "revenue",
  "cash (floor of external assets)": "cash",
  "capital (book equity)": "book",
  "market value (share-price shocks)": "marketValue",
  "capital and market value": "capitalAndMarket",
};

/** An assumption's label: a parameter's name, or company · metric · period for a reported figure. */
export function assumptionLabel(id: string): Cell {
  const [kind, entity, metric, ...period] = id.split(":");
  if (kind !== "financial" || !entity || !metric) return `parameters:${id}`;
  return {
    key: "report.stress.financialFigure",
    values: {
      entity: { value: entity, unit: "entity" },
      metric: { value: `report.sheet.company.metrics.${metric}`, unit: "message" },
      period: { value: period.join(":"), unit: "period" },
    },
  };
}

/** What the model uses a figure for; a revenue scaled to a year keeps its factor: "annual revenue (× 2)". */
export function assumptionUse(use: string): MessageCell | string {
  const [words = "", factor] = use.split(" (× ");
  const code = USES[words];
  if (!code) return use;
  const key = `report.stress.uses.${code}`;
  if (factor === undefined) return { key, values: {} };
  return {
    key: "report.stress.scaled",
    values: {
      use: { value: key, unit: "message" },
      factor: { value: Number.parseFloat(factor), unit: "number" },
    },
  };
}

/** The value in its unit; years by the plural rules ("2 years", "سنتان"), every other unit as a figure. */
export function assumptionValue(a: Assumption): Cell {
  if (a.unit !== "years") return a.value;
  return {
    key: "report.stress.years",
    values: { count: { value: a.value, unit: "count" }, shown: { value: a.value, unit: "number" } },
  };
}

export function assumptionsTable<Data extends { assumptions: readonly Assumption[] }>() {
  return table<Data, Assumption>({
    id: "assumptions",
    title: "report.stress.assumptions",
    empty: "report.stress.none",
    rows: (r) => r.assumptions,
    columns: [
      {
        id: "figure",
        label: "report.stress.assumption",
        unit: "record",
        value: (a) => assumptionLabel(a.id),
      },
      {
        id: "value",
        label: "report.stress.value",
        unit: "figure",
        figureUnit: (a) => a.unit,
        value: assumptionValue,
        mark: (a) => (a.estimate ? "*" : undefined),
      },
      {
        id: "use",
        label: "report.stress.use",
        unit: "text",
        value: (a) => assumptionUse(a.use),
        optional: true,
      },
      {
        id: "sources",
        label: "report.stress.sources",
        unit: "source",
        value: (a) => a.sources.join(" "),
        optional: true,
      },
    ],
  });
}

/** The dataset figures the scenario cites (`{ from: id }`), with the fraction the run uses. */
export function citedTable<Data extends { references: readonly ScenarioReference[] }>() {
  return table<Data, ScenarioReference>({
    id: "cited",
    title: "report.stress.cited",
    rows: (r) => r.references,
    columns: [
      // A bare id: parameters and indicators share one space of ids, and the namer looks in both.
      { id: "figure", label: "report.stress.assumption", unit: "record", value: (c) => c.id },
      {
        id: "value",
        label: "report.stress.value",
        unit: "share",
        value: (c) => c.value,
        mark: (c) => (c.estimate ? "*" : undefined),
      },
      { id: "sources", label: "report.stress.sources", unit: "source", value: (c) => c.sources.join(" ") },
    ],
  });
}
