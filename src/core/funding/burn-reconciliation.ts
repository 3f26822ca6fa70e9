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
 * A fiscal year (FY2025 with its last day) is reconciled with the calendar years it covers, each
 * weighted by its months in the fiscal year ÷ 12: the model over Oracle's FY2025 (June 2024 – May
 * 2025) is 7/12 of O(2024) + 5/12 of O(2025), the same even accrual calendarise.ts assumes the other
 * way round. A fiscal year with no last day takes the month and day of the entity's others.
 * Sub-year figures (halves, quarters) are listed with the reported figures, not reconciled here.
 * Complexity: O(F·Y) for F result figures over Y years.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Financial, FinancialMetric } from "../model/records.ts";
import { lastMonthIndex } from "./calendarise.ts";
import type { EntityYears } from "./entity-financials.ts";
import type { FundingYear } from "./funding-gap.ts";

export const RESULT_METRICS: readonly FinancialMetric[] = ["operating-cash-flow", "cash-burn", "net-income"];

export type BurnReason = "used" | "other-figure" | "contracts" | "projected" | "costs-unknown" | "missing";

export type BurnReconciliation = {
  metric: FinancialMetric;
  period: string;
  reported: number;
  /** Null when a year it covers has no model figure (no financials, or costs that cannot be counted). */
  model: number | null;
  difference: number | null;
  forecast: boolean;
  estimate: boolean;
  sources: string[];
  /** Per calendar year; `months`, for a fiscal year, is how many of its months fall in that year. */
  years: { year: number; model: number | null; reason: BurnReason; months?: number }[];
};

export function burnReconciliation(
  financials: readonly Financial[],
  entity: string,
  data: EntityYears,
  model: readonly FundingYear[],
  /** The first year whose costs cannot be counted (funding-gap.ts): from it the model is unknown. */
  costsUnknownFrom: number | null = null,
): BurnReconciliation[] {
  const byYear = new Map(model.map((y) => [y.year, y]));
  const own = financials.filter((f) => f.entity === entity);
  const knownEnd = own.find((f) => /^FY\d{4}$/.test(f.period) && f.periodEnd !== undefined)?.periodEnd;
  const rows: BurnReconciliation[] = [];
  for (const f of own) {
    if (f.unit !== "USD" || !RESULT_METRICS.includes(f.metric)) continue;
    const span = yearsOf(f.period) ?? fiscalSpan(f, knownEnd);
    if (!span) continue;
    const years: BurnReconciliation["years"] = [];
    for (let year = span.first; year <= span.last; year++) {
      const y = byYear.get(year);
      if (!y) break;
      const months = span.months?.get(year);
      const share = months === undefined ? 1 : months / 12;
      const costsUnknown = costsUnknownFrom !== null && year >= costsUnknownFrom;
      years.push({
        year,
        model: y.missing || costsUnknown ? null : y.operatingCashFlow * share,
        // Said as such: "projected: modelled" beside an unknown model read as a figure withheld.
        reason: !y.missing && costsUnknown ? "costs-unknown" : reasonOf(y, f, data, span),
        ...(months === undefined ? {} : { months }),
      });
    }
    if (years.length !== span.last - span.first + 1) continue;
    const reported = (f.metric === "cash-burn" ? -1 : 1) * amountOf(f).value;
    // A year with no financials, or whose costs cannot be counted, has no model figure: the sum is
    // unknown, not the other years' sum (which read the year as $0).
    const sum = years.some((y) => y.model === null) ? null : years.reduce((s, y) => s + (y.model ?? 0), 0);
    rows.push({
      metric: f.metric,
      period: f.period,
      reported,
      model: sum,
      difference: sum === null ? null : sum - reported,
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

type Span = { first: number; last: number; months?: Map<number, number> };

function reasonOf(y: FundingYear, f: Financial, data: EntityYears, span: Span): BurnReason {
  if (y.missing) return "missing";
  if (y.revenueSource === "projected") return "projected";
  if (y.costRule !== "reported") return "contracts";
  const used = data.result.get(y.year);
  if (!used || used.metric !== f.metric) return "other-figure";
  // A calendar year built from fiscal years used this one when it is among its parts.
  if (span.months) return used.fiscal?.some((p) => p.period === f.period) ? "used" : "other-figure";
  const single = span.first === span.last;
  // A yearly figure is used when it is the one taken; a range when the year took its share of it.
  if (single)
    return used.source !== "cumulative" && used.sources.join() === f.sources.join() ? "used" : "other-figure";
  return used.source === "cumulative" && used.sources.join() === f.sources.join() ? "used" : "other-figure";
}

/**
 * A fiscal year's calendar years and its months in each (twelve in all), from its last day (or the
 * month and day of the entity's other fiscal years); undefined for any other period.
 */
function fiscalSpan(f: Financial, knownEnd: string | undefined): Span | undefined {
  if (!/^FY\d{4}$/.test(f.period)) return undefined;
  const periodEnd = f.periodEnd ?? (knownEnd ? `${f.period.slice(2)}${knownEnd.slice(4)}` : undefined);
  if (periodEnd === undefined) return undefined;
  const last = lastMonthIndex(periodEnd);
  const months = new Map<number, number>();
  for (let m = last - 11; m <= last; m++) {
    const year = Math.floor(m / 12);
    months.set(year, (months.get(year) ?? 0) + 1);
  }
  const years = [...months.keys()];
  return { first: Math.min(...years), last: Math.max(...years), months };
}

/** A whole year ("2025") or a range of years ("2025-2028"); sub-year periods are skipped. */
function yearsOf(period: string): Span | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!m) return undefined;
  return { first: Number(m[1]), last: Number(m[2] ?? m[1]) };
}
