/** Reading the inputs of a ratio from the dataset: financials, parameters and deal flows, each with its sources. */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import type { FinancialMetric } from "../model/records.ts";

/** A published ratio recomputed from the dataset, beside the figure as published. */
export type Ratio = {
  id: string;
  /** The recomputed value, or null when an input is missing. */
  value: number | null;
  unit: "ratio" | "percent" | "USD-per-GW" | "HHI";
  /** How the value is computed: a message key (`report.ratios.formula.*`) that the faces phrase. */
  formula: string;
  inputs: RatioInput[];
  /** The figure as published, for comparison. */
  published: RatioInput[];
  /** What the data lacks for this ratio: message keys (`report.ratios.missingInput.*`) with their values. */
  missing: RatioText[];
  /** A remark on the ratio: a message key (`report.ratios.note.*`) and the values it needs (ids and raw numbers). */
  note?: RatioNote;
  /** Lines under the ratio that read it against a reported figure (`report.ratios.note.*`), ids and raw numbers. */
  notes?: RatioNote[];
};

/**
 * Words the faces phrase: a message key and its values (entity and deal ids, periods, raw numbers).
 * Core emits no sentences; the faces name ids and format numbers in their language.
 */
export type RatioText = { key: string; values: Record<string, string | number> };
export type RatioNote = RatioText;

/** A message key under `report.ratios.` with its values. */
export function text(key: string, values: Record<string, string | number> = {}): RatioText {
  return { key: `report.ratios.${key}`, values };
}

export type RatioInput = {
  /** What the input is: a message key (`report.ratios.input.*`) and its values. */
  label: RatioText;
  value: number;
  unit: string;
  /** Where the number comes from: a record reference such as `financials:nvidia/revenue/FY2026-Q3`. */
  from: string;
  sources: string[];
  estimate?: boolean;
};

/** Flow rows as the faces read them: the deal they belong to, their amount and their sources. */
type FlowLike = { deal: string; amount: { value: number }; sources: string[] };

/** The sum of flow rows' amounts. */
export function flowsTotal(rows: readonly FlowLike[]): number {
  return rows.reduce((sum, r) => sum + r.amount.value, 0);
}

/** The deals flow rows belong to, each once, in order of first appearance. */
export function dealsOf(rows: readonly FlowLike[]): string[] {
  return [...new Set(rows.map((r) => r.deal))];
}

/**
 * A sum of flow rows as a ratio input: the total in USD, the deals it comes from as a record
 * reference (`deals:a,b`) a reader can look up, and their sources.
 */
export function flowsInput(label: RatioText, rows: readonly FlowLike[], estimate = false): RatioInput {
  return {
    label,
    value: flowsTotal(rows),
    unit: "USD",
    from: `deals:${dealsOf(rows).join(",")}`,
    sources: [...new Set(rows.flatMap((r) => r.sources))],
    ...(estimate ? { estimate } : {}),
  };
}

type Financial = Dataset["financials"][number];

/** The financials of an entity and metric, latest period first (periods sort as text: 2025-Q3 < FY2026). */
export function financials(
  dataset: Pick<Dataset, "financials">,
  entity: string,
  metric: FinancialMetric,
): Financial[] {
  return dataset.financials
    .filter((f) => f.entity === entity && f.metric === metric)
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
}

export function financialInput(f: Financial, label: RatioText): RatioInput {
  return {
    label,
    value: amountOf(f).value,
    unit: f.unit,
    from: `financials:${f.entity}/${f.metric}/${f.period}${f.label ? ` (${f.label})` : ""}`,
    sources: f.sources,
    ...(f.forecast ? { estimate: true } : {}),
  };
}

export function parameterInput(
  dataset: Pick<Dataset, "parameters">,
  id: string,
  label: RatioText,
): RatioInput | undefined {
  const p = dataset.parameters.find((x) => x.id === id);
  if (!p) return undefined;
  return {
    label,
    value: amountOf(p.figure).value,
    unit: p.unit,
    from: `parameters:${id}`,
    sources: p.figure.sources,
    estimate: true,
  };
}

export function indicatorInput(
  dataset: Pick<Dataset, "indicators">,
  id: string,
  label: RatioText,
): RatioInput | undefined {
  const i = dataset.indicators.find((x) => x.id === id);
  if (!i) return undefined;
  return {
    label,
    value: amountOf(i.figure).value,
    unit: i.unit,
    from: `indicators:${id}`,
    sources: i.figure.sources,
  };
}

/**
 * Latest reported annual revenue of an entity (a plain or fiscal year, not a forecast); failing that,
 * the latest reported quarter × 4, marked as an annualised estimate. Among records of the same year, a
 * whole-company figure (no qualifying label) sourced to the company's own filing comes first, so the
 * reported figure is the denominator whenever the data holds it.
 */
export function latestAnnualRevenue(
  dataset: Pick<Dataset, "financials"> & Partial<Pick<Dataset, "sources">>,
  entity: string,
): RatioInput | undefined {
  const primary = new Set(
    (dataset.sources ?? []).filter((s) => s.kind === "primary-filing").map((s) => s.id),
  );
  const rank = (f: Financial) =>
    (f.label === undefined ? 0 : 2) + (f.sources.some((id) => primary.has(id)) ? 0 : 1);
  const reported = financials(dataset, entity, "revenue").filter((f) => !f.forecast);
  const annuals = reported.filter((f) => /^(FY)?\d{4}$/.test(f.period));
  const latest = annuals[0]?.period;
  const annual = annuals.filter((f) => f.period === latest).sort((a, b) => rank(a) - rank(b))[0];
  if (annual) return financialInput(annual, text("input.annualRevenue", { entity, period: annual.period }));
  const quarter = reported.find((f) => /Q[1-4]$/.test(f.period));
  if (!quarter) return undefined;
  const input = financialInput(quarter, text("input.annualisedRevenue", { entity, period: quarter.period }));
  return { ...input, value: input.value * 4, estimate: true };
}
