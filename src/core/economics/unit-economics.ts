/**
 * Unit economics of AI services: the compute cost of each dollar of revenue (the "subsidy ratio" of
 * the seed article: "solving a $100 problem with $120 of compute" is 1.2), read from the financials
 * wherever an entity reports both compute cost and revenue for the same period; and the annual rate
 * behind a growth stated over several years (IBM's +90 % in enterprise compute cost, 2023–2025).
 *
 * A ratio above 1 means each dollar of revenue costs more than a dollar of compute alone, before
 * salaries, rent and research. Complexity O(financials).
 */

import { amountOf } from "../dataset/figures.ts";
import { ModelInputError } from "../errors.ts";
import type { Dataset } from "../model/dataset.ts";

export type SubsidyRatio = {
  entity: string;
  period: string;
  computeCost: number;
  revenue: number;
  ratio: number;
  sources: string[];
  estimate: boolean;
};

const COST_METRICS = new Set(["compute-cost", "inference-cost"]);

/** Compute cost ÷ revenue per entity and period, for each period that has both (reported, not forecast). */
export function subsidyRatios(dataset: Pick<Dataset, "financials">): SubsidyRatio[] {
  const revenue = new Map<string, Dataset["financials"][number]>();
  for (const f of dataset.financials) {
    if (f.metric === "revenue" && !f.forecast && f.unit === "USD") revenue.set(`${f.entity}|${f.period}`, f);
  }
  const out: SubsidyRatio[] = [];
  for (const f of dataset.financials) {
    if (!COST_METRICS.has(f.metric) || f.forecast || f.unit !== "USD") continue;
    const r = revenue.get(`${f.entity}|${f.period}`);
    if (!r) continue;
    const cost = amountOf(f).value;
    const rev = amountOf(r).value;
    if (rev <= 0) continue;
    out.push({
      entity: f.entity,
      period: f.period,
      computeCost: cost,
      revenue: rev,
      ratio: cost / rev,
      sources: [...new Set([...f.sources, ...r.sources])],
      estimate: !!(f.estimate || r.estimate),
    });
  }
  return out.sort((a, b) => a.entity.localeCompare(b.entity) || a.period.localeCompare(b.period));
}

/** The constant yearly rate that compounds to `totalPercent` over `years`: (1 + p)^(1/years) − 1, in percent. */
export function annualisedGrowth(totalPercent: number, years: number): number {
  if (!(years > 0)) throw new ModelInputError("not-positive", ["years"], { value: years });
  return ((1 + totalPercent / 100) ** (1 / years) - 1) * 100;
}
