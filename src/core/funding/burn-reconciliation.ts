/**
 * The model's burn beside every result the data reports for the same years, with the reason for
 * each difference. For a reported operating cash flow, cash burn or net income over a year or a
 * range of years inside the window:
 *
 *   reported   as a cash flow (a cash burn of $8.5B is −8.5B)
 *   model      Σ O(t) over its years, O the model's operating cash flow (funding-gap.ts)
 *   difference model − reported
 *
 * and per year the reason the model's O(t) is what it is:
 *   used          the model took this very figure (or its yearly share of this range)
 *   other-figure  the model took another reported result of the year (a cash burn before a net
 *                 income: net income carries non-cash items such as remeasurements)
 *   contracts     the contracts due that year exceed the costs the reported result implies, so the
 *                 model's costs are the contracts plus the other costs
 *   projected     revenue is projected after the last revenue figure; costs are modelled
 *   missing       no revenue figure: the year is left out of the model
 * Sub-year figures (halves, quarters) are listed with the reported figures, not reconciled here.
 * Complexity: O(F·Y) for F result figures over Y years.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Financial, FinancialMetric } from "../model/records.ts";
import type { EntityYears } from "./entity-financials.ts";
import type { FundingYear } from "./funding-gap.ts";

export const RESULT_METRICS: readonly FinancialMetric[] = ["operating-cash-flow", "cash-burn", "net-income"];

export type BurnReason = "used" | "other-figure" | "contracts" | "projected" | "missing";

export type BurnReconciliation = {
  metric: FinancialMetric;
  period: string;
  reported: number;
  model: number;
  difference: number;
  forecast: boolean;
  estimate: boolean;
  sources: string[];
  years: { year: number; model: number; reason: BurnReason }[];
};

export function burnReconciliation(
  financials: readonly Financial[],
  entity: string,
  data: EntityYears,
  model: readonly FundingYear[],
): BurnReconciliation[] {
  const byYear = new Map(model.map((y) => [y.year, y]));
  const rows: BurnReconciliation[] = [];
  for (const f of financials) {
    if (f.entity !== entity || f.unit !== "USD" || !RESULT_METRICS.includes(f.metric)) continue;
    const span = yearsOf(f.period);
    if (!span) continue;
    const years: BurnReconciliation["years"] = [];
    for (let year = span.first; year <= span.last; year++) {
      const y = byYear.get(year);
      if (!y) break;
      years.push({ year, model: y.missing ? 0 : y.operatingCashFlow, reason: reasonOf(y, f, data, span) });
    }
    if (years.length !== span.last - span.first + 1) continue;
    const reported = (f.metric === "cash-burn" ? -1 : 1) * amountOf(f).value;
    const sum = years.reduce((s, y) => s + y.model, 0);
    rows.push({
      metric: f.metric,
      period: f.period,
      reported,
      model: sum,
      difference: sum - reported,
      forecast: f.forecast ?? false,
      estimate: f.estimate ?? false,
      sources: [...f.sources],
      years,
    });
  }
  return rows.sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : a.metric < b.metric ? -1 : 1,
  );
}

function reasonOf(
  y: FundingYear,
  f: Financial,
  data: EntityYears,
  span: { first: number; last: number },
): BurnReason {
  if (y.missing) return "missing";
  if (y.revenueSource === "projected") return "projected";
  if (y.costRule !== "reported") return "contracts";
  const used = data.result.get(y.year);
  if (!used || used.metric !== f.metric) return "other-figure";
  const single = span.first === span.last;
  // A yearly figure is used when it is the one taken; a range when the year took its share of it.
  if (single)
    return used.source !== "cumulative" && used.sources.join() === f.sources.join() ? "used" : "other-figure";
  return used.source === "cumulative" && used.sources.join() === f.sources.join() ? "used" : "other-figure";
}

/** A whole year ("2025") or a range of years ("2025-2028"); fiscal and sub-year periods are skipped. */
function yearsOf(period: string): { first: number; last: number } | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!m) return undefined;
  return { first: Number(m[1]), last: Number(m[2] ?? m[1]) };
}
