/**
 * The derived side of the reconciliation checks: figures computed from the deals through the public
 * core functions (expandFlows, capacityLines, publishedRatios), each returning the records it summed
 * so a reader can trace it. Which figure a check derives, and against what, is in checks.ts.
 */

import { compareText } from "../compare.ts";
import { type Basis, expandFlows, type FlowRow } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { DealType } from "../model/deal.ts";
import type { Unit } from "../model/primitives.ts";
import { type PowerYear, powerBalance } from "../power/balance.ts";
import { latestAnnualRevenue } from "../ratios/inputs.ts";
import { publishedRatios } from "../ratios/published-ratios.ts";
import type { CheckInput, Derived } from "./check.ts";

/** Deals in which a customer buys capacity or hardware from a seller: what backlog and revenue are made of. */
export const PURCHASE_TYPES: readonly DealType[] = ["compute-commitment", "chip-supply", "lease"];

/** Rows grouped by deal, largest first: one traceable input per deal. */
export function inputsByDeal(rows: readonly FlowRow[]): CheckInput[] {
  const byDeal = new Map<string, { value: number; unit: string; sources: Set<string>; estimate: boolean }>();
  for (const r of rows) {
    const entry = byDeal.get(r.deal) ?? {
      value: 0,
      unit: r.unit,
      sources: new Set<string>(),
      estimate: false,
    };
    entry.value += r.amount.value;
    entry.estimate ||= r.estimate;
    for (const s of r.sources) entry.sources.add(s);
    byDeal.set(r.deal, entry);
  }
  return [...byDeal]
    .map(([deal, e]) => ({
      ref: `deals:${deal}`,
      value: e.value,
      unit: e.unit,
      sources: [...e.sources],
      ...(e.estimate ? { estimate: true } : {}),
    }))
    .sort((a, b) => b.value - a.value || compareText(a.ref, b.ref));
}

function total(inputs: readonly CheckInput[]): number {
  return inputs.reduce((sum, i) => sum + i.value, 0);
}

export type FlowSelection = {
  basis: Basis;
  unit?: Unit;
  from?: string;
  to?: string;
  types?: readonly DealType[];
  deals?: readonly string[];
  /** Only deals announced in this calendar year. */
  announcedIn?: number;
  /** Count deals only the press reports (talks, rumours), which the default totals leave out. */
  includeReported?: boolean;
  fromYear?: number;
  toYear?: number;
};

/** The flows of a selection, summed per deal (USD: cash; other units: compute and chips). */
export function selectedFlows(dataset: Pick<Dataset, "deals">, asOf: string, s: FlowSelection): Derived {
  const unit = s.unit ?? "USD";
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const rows = expandFlows(dataset, {
    basis: s.basis,
    asOf,
    unit,
    ...(unit === "USD" ? {} : { kinds: ["compute", "chips"] as const }),
    ...(s.fromYear !== undefined ? { fromYear: s.fromYear } : {}),
    ...(s.toYear !== undefined ? { toYear: s.toYear } : {}),
    ...(s.includeReported ? { includeReported: true } : {}),
  }).rows.filter((r) => {
    const deal = deals.get(r.deal);
    return (
      deal !== undefined &&
      (s.from === undefined || r.from === s.from) &&
      (s.to === undefined || r.to === s.to) &&
      (s.types === undefined || s.types.includes(deal.type)) &&
      (s.deals === undefined || s.deals.includes(deal.id)) &&
      (s.announcedIn === undefined || deal.announced.startsWith(String(s.announcedIn)))
    );
  });
  const inputs = inputsByDeal(rows);
  return { value: total(inputs), unit, basis: s.basis, inputs };
}

/**
 * GW of compute contracted by or for an entity, each GW once: the power balance's capacity for the
 * entity (chips, compute contracts and campuses that are the same gigawatts counted once, as
 * `halqa power --entity` shows them), at its peak year-end level over `fromYear`..`toYear`. The inputs
 * are the lines that count in that year, each with what it adds after the same-GW rule. Deliveries
 * with no known years count from their start: a published total of GW contracted has no timeline.
 */
export function contractedGw(
  dataset: Pick<Dataset, "deals" | "sites" | "parameters" | "indicators">,
  asOf: string,
  entity: string,
  basis: Basis,
  window: { fromYear: number; toYear: number } = { fromYear: 2024, toYear: 2033 },
): Derived {
  const years = powerBalance(dataset, { basis, asOf, entity, ...window, undated: "at-start" }).years;
  const peak = years.reduce((best, y) => (y.capacityGw > best.capacityGw ? y : best), years[0] as PowerYear);
  const atPeak = powerBalance(dataset, {
    basis,
    asOf,
    entity,
    fromYear: window.fromYear,
    toYear: peak.year,
    undated: "at-start",
  });
  const inputs: CheckInput[] = atPeak.campuses
    .filter((line) => line.countedGw > 1e-9)
    .map((line) => ({
      ref: line.flows.length > 0 ? `deals:${line.flows.join(",")}` : `sites:${line.sites.join(",")}`,
      value: line.countedGw,
      unit: "GW",
      sources: line.sources,
    }))
    .sort((a, b) => b.value - a.value || compareText(a.ref, b.ref));
  return { value: peak.capacityGw, unit: "GW", basis, inputs };
}

/**
 * A customer's (or the largest `top` customers') purchases from a seller in one calendar year, as a
 * percentage of the seller's reported revenue — the same denominator the 10-K customer shares use.
 */
export function customerShareOfRevenue(
  dataset: Pick<Dataset, "deals" | "financials">,
  asOf: string,
  options: { seller: string; year: number; customer?: string; top?: number; basis: Basis },
): Derived {
  const { seller, year } = options;
  const types = new Map(dataset.deals.map((d) => [d.id, d.type]));
  const rows = expandFlows(dataset, { basis: options.basis, asOf, fromYear: year, toYear: year }).rows.filter(
    (r) => r.to === seller && PURCHASE_TYPES.includes(types.get(r.deal) as DealType),
  );
  const byCustomer = new Map<string, number>();
  for (const r of rows) byCustomer.set(r.from, (byCustomer.get(r.from) ?? 0) + r.amount.value);
  const ranked = [...byCustomer].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const chosen = new Set(
    options.customer !== undefined ? [options.customer] : ranked.slice(0, options.top ?? 1).map(([id]) => id),
  );
  const dealInputs = inputsByDeal(rows.filter((r) => chosen.has(r.from)));
  const revenue = revenueOfYear(dataset, seller, year);
  const inputs = revenue ? [...dealInputs, revenue] : dealInputs;
  const { basis } = options;
  if (!revenue || revenue.value <= 0) return { value: null, unit: "percent", basis, inputs };
  return { value: (total(dealInputs) / revenue.value) * 100, unit: "percent", basis, inputs };
}

/** Reported revenue of a calendar year; failing that, the latest annual (or annualised) revenue. */
function revenueOfYear(
  dataset: Pick<Dataset, "financials">,
  entity: string,
  year: number,
): CheckInput | undefined {
  const exact = dataset.financials.find(
    (f) => f.entity === entity && f.metric === "revenue" && f.period === String(year) && !f.forecast,
  );
  if (exact && exact.value !== undefined) {
    return {
      ref: `financials:${entity}/revenue/${year}`,
      value: exact.value,
      unit: exact.unit,
      sources: exact.sources,
    };
  }
  const latest = latestAnnualRevenue(dataset, entity);
  if (!latest) return undefined;
  return {
    ref: latest.from,
    value: latest.value,
    unit: latest.unit,
    sources: latest.sources,
    ...(latest.estimate ? { estimate: true } : {}),
  };
}

/** The Nvidia financing ratio of src/core/ratios reads the deals on the announced basis. */
const RATIO_BASIS: Basis = "announced";

/** A ratio of src/core/ratios in percent, its inputs kept (a ratio reads as a share: 0.85 → 85%). */
export function ratioAsPercent(dataset: Dataset, asOf: string, id: string): Derived {
  const ratio = publishedRatios(dataset, asOf).find((r) => r.id === id);
  if (!ratio) return { value: null, unit: "percent", basis: RATIO_BASIS, inputs: [] };
  const inputs: CheckInput[] = ratio.inputs.map((i) => ({
    ref: i.from,
    value: i.value,
    unit: i.unit,
    sources: i.sources,
    ...(i.estimate ? { estimate: true } : {}),
  }));
  return {
    value: ratio.value === null ? null : ratio.value * 100,
    unit: "percent",
    basis: RATIO_BASIS,
    inputs,
  };
}

/** One input of a ratio of src/core/ratios (its numerator, say), as a derived figure of its own. */
export function ratioInput(dataset: Dataset, asOf: string, id: string, index: number): Derived {
  const input = publishedRatios(dataset, asOf).find((r) => r.id === id)?.inputs[index];
  if (!input) return { value: null, unit: "USD", basis: RATIO_BASIS, inputs: [] };
  return {
    value: input.value,
    unit: input.unit,
    basis: RATIO_BASIS,
    inputs: [{ ref: input.from, value: input.value, unit: input.unit, sources: input.sources }],
  };
}
