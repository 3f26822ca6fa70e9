/**
 * `halqa funding ID`: the funding model of funding-gap.ts on the dataset, with its assumptions named —
 * the growth after the last revenue figure (parameter `revenue-growth-<entity>`, or a caller's
 * override, or flat when neither exists), the cost ratio (`funding-other-cost-ratio-<entity>`, else
 * `funding-other-cost-ratio`), the years over which an open-ended commitment is paid
 * (`stress-horizon-years`, Altman's "about eight years") — the growth that would close the gap, the years with no financials,
 * the entity's reported figures beside the model (so the articles' numbers can be checked), the
 * model's burn reconciled with each reported result (burn-reconciliation.ts) and the entity's
 * contracts against its sellers' reported backlogs (backlog-share.ts).
 * Complexity: that of the model times the bisection's iterations.
 */

import { type CitedValue, citedParameter } from "../dataset/cited-parameter.ts";
import { amountOf } from "../dataset/figures.ts";
import { ModelInputError } from "../errors.ts";
import type { Basis } from "../flows/expand.ts";
import { type BacklogShare, backlogChecks } from "../funding/backlog-share.ts";
import { type BurnReconciliation, burnReconciliation } from "../funding/burn-reconciliation.ts";
import {
  type FundingInputs,
  type FundingOutcome,
  type FundingYear,
  gatherInputs,
  lastRevenueYear,
  runFunding,
  type ShortfallParts,
} from "../funding/funding-gap.ts";
import { type GrowthToClose, growthToClose } from "../funding/growth-to-close.ts";
import type { Dataset } from "../model/dataset.ts";
import type { FinancialMetric } from "../model/records.ts";
import { HORIZON_PARAMETER } from "../stress/build-network.ts";
import { DEFAULT_STRESS_HORIZON_YEARS } from "../stress/horizon.ts";

export const COST_RATIO_PARAMETER = "funding-other-cost-ratio";
export const growthParameter = (entity: string) => `revenue-growth-${entity}`;

export type FundingOptions = {
  entity: string;
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  /** Overrides the cited growth (a fraction: 0.5 = 50% a year). */
  growth?: number;
};

export type FiscalYearParts = { year: number; parts: { period: string; months: number }[] };

export type ReportedFigure = {
  metric: FinancialMetric;
  period: string;
  value: number;
  forecast: boolean;
  estimate: boolean;
  sources: string[];
};

export type FundingReport = {
  entity: string;
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  /** Null when no parameter exists and none was given: revenue is then held flat. */
  growth: CitedValue | null;
  growthUsed: number;
  costRatio: CitedValue | null;
  /** The ratio implied by the entity's own reported operating cash flow, used in projected years instead. */
  ownCostRatio: FundingOutcome["ownCostRatio"];
  /** Years over which an open-ended commitment is paid; null → all at its start. */
  commitmentYears: CitedValue | null;
  /** Cash at the start (0 when unknown, and counted so). */
  startingCash: number;
  startingCashKnown: boolean;
  /** The reported cash figure it comes from: period and sources; null when unknown. */
  startingCashSource: { period: string; sources: string[] } | null;
  lastRevenueYear: number | null;
  years: FundingYear[];
  /**
   * cumulativeBurn: loss years only; netBurn: −Σ operating cash flow (profits offset losses). The gap,
   * the burns and the shortfall are null when no year of the window has financials: nothing is known
   * of them, and a $0 would read as a company that burns nothing.
   */
  totals: {
    /** The priced commitments due; null when none is priced (`dueUnknown` says why, as for a year). */
    commitmentsDue: number | null;
    dueUnknown: FundingYear["dueUnknown"];
    /** Deals (ids) with payments due in the window that the data does not price: left out of every sum. */
    unpricedCommitments: string[];
    financing: number;
    gap: number | null;
    cumulativeBurn: number | null;
    netBurn: number | null;
  };
  /** Funding still needed: max over years of (net burn to date − financing to date − starting cash), ≥ 0. */
  shortfall: number | null;
  shortfallParts: ShortfallParts | null;
  /** The first year whose costs cannot be counted (an unpriced commitment, nothing priced): see funding-gap.ts. */
  costsUnknownFrom: number | null;
  /** Null when the cash lasts the window or the starting cash is unknown; `runway` says which. */
  runsOut: number | null;
  runway: "runs-out" | "lasts" | "unknown";
  growthToClose: GrowthToClose;
  missingYears: number[];
  reported: ReportedFigure[];
  /**
   * The years of the window whose revenue or result is built from fiscal years (calendarise.ts): each
   * with the fiscal years and their months in it, so the output can state how and on what assumption.
   */
  fiscal: { revenue: FiscalYearParts[]; result: FiscalYearParts[] };
  /** Every reported yearly or multi-year result beside the model's, with the reason per year. */
  reconciliation: BurnReconciliation[];
  /** The entity's contracts with sellers that report a backlog (RPO): share and binding status. */
  backlog: BacklogShare[];
};

const SHOWN_METRICS: ReadonlySet<FinancialMetric> = new Set([
  "revenue",
  "net-income",
  "operating-cash-flow",
  "cash-burn",
  "cash",
]);

export function fundingReport(
  dataset: Pick<Dataset, "deals" | "financials" | "parameters">,
  options: FundingOptions,
): FundingReport {
  const { entity, fromYear, toYear } = options;
  if (fromYear > toYear)
    throw new ModelInputError("range-reversed", ["years"], { start: fromYear, end: toYear });
  const ownParameter = citedParameter(dataset.parameters, `${COST_RATIO_PARAMETER}-${entity}`);
  const costRatio = ownParameter ?? citedParameter(dataset.parameters, COST_RATIO_PARAMETER) ?? null;
  const growth = citedParameter(dataset.parameters, growthParameter(entity), options.growth) ?? null;
  const horizon = citedParameter(dataset.parameters, HORIZON_PARAMETER) ?? null;
  const inputs: FundingInputs = gatherInputs(dataset, {
    ...options,
    costRatio: costRatio?.value ?? 0,
    commitmentYears: horizon?.value ?? DEFAULT_STRESS_HORIZON_YEARS,
  });
  inputs.ownCostRatio = ownParameter === undefined;
  const growthUsed = growth?.value ?? 0;
  const outcome = runFunding(inputs, growthUsed);
  const sum = (f: (y: FundingYear) => number) => outcome.years.reduce((s, y) => s + f(y), 0);
  const unpriced = [...new Set(outcome.years.flatMap((y) => y.unpricedCommitments))];
  const due = sum((y) => y.commitmentsDue ?? 0);
  const last = outcome.years[outcome.years.length - 1];
  // Nothing is known of the totals with no year of financials, or with a year whose costs cannot be
  // counted (its commitments have no price): a $0 would read as a company that burns nothing.
  const known = outcome.years.some((y) => !y.missing) && outcome.costsUnknownFrom === null;
  return {
    entity,
    basis: options.basis,
    asOf: options.asOf,
    fromYear,
    toYear,
    growth,
    growthUsed,
    costRatio,
    ownCostRatio: outcome.ownCostRatio,
    commitmentYears: horizon,
    startingCash: inputs.startingCash,
    startingCashKnown: inputs.startingCashKnown,
    startingCashSource: inputs.startingCashSource,
    lastRevenueYear: lastRevenueYear(inputs.years, toYear) ?? null,
    years: outcome.years,
    totals: {
      commitmentsDue: due === 0 ? null : due,
      dueUnknown: due !== 0 ? null : unpriced.length > 0 ? "unpriced" : "none-recorded",
      unpricedCommitments: unpriced,
      financing: sum((y) => y.financing),
      gap: known ? sum((y) => y.gap) : null,
      cumulativeBurn: known ? (last?.cumulativeBurn ?? 0) : null,
      // 0 − Σ, not −Σ: a sum of 0 stays 0, never the "-$0" a negative zero prints.
      netBurn: known ? 0 - sum((y) => (y.missing ? 0 : y.operatingCashFlow)) : null,
    },
    shortfall: known ? outcome.shortfall : null,
    shortfallParts: known ? outcome.shortfallParts : null,
    costsUnknownFrom: outcome.costsUnknownFrom,
    runsOut: outcome.runsOut,
    runway:
      !inputs.startingCashKnown || outcome.costsUnknownFrom !== null
        ? "unknown"
        : outcome.runsOut === null
          ? "lasts"
          : "runs-out",
    growthToClose: growthToClose(inputs),
    missingYears: outcome.years.filter((y) => y.missing).map((y) => y.year),
    reported: reportedFigures(dataset.financials, entity, fromYear, toYear),
    fiscal: {
      revenue: fiscalParts(inputs.years.revenue, fromYear, toYear),
      // A result is shown only for a year the model counts (one with revenue).
      result: fiscalParts(inputs.years.result, fromYear, toYear).filter((y) =>
        outcome.years.some((o) => o.year === y.year && !o.missing),
      ),
    },
    reconciliation: burnReconciliation(
      dataset.financials,
      entity,
      inputs.years,
      outcome.years,
      outcome.costsUnknownFrom,
    ),
    backlog: backlogChecks(dataset, { entity, asOf: options.asOf }),
  };
}

function fiscalParts(
  byYear: ReadonlyMap<number, { fiscal?: FiscalYearParts["parts"] }>,
  fromYear: number,
  toYear: number,
): FiscalYearParts[] {
  return [...byYear]
    .filter(([year, f]) => f.fiscal && year >= fromYear && year <= toYear)
    .map(([year, f]) => ({ year, parts: f.fiscal ?? [] }))
    .sort((a, b) => a.year - b.year);
}

function reportedFigures(
  financials: Dataset["financials"],
  entity: string,
  fromYear: number,
  toYear: number,
): ReportedFigure[] {
  return financials
    .filter((f) => f.entity === entity && f.unit === "USD" && SHOWN_METRICS.has(f.metric))
    .filter((f) => {
      const years = f.period.replace(/^FY/, "").match(/\d{4}/g)?.map(Number) ?? [];
      const first = years[0] ?? 0;
      const end = years[years.length - 1] ?? first;
      return end >= fromYear && first <= toYear;
    })
    .map((f) => ({
      metric: f.metric,
      period: f.period,
      value: amountOf(f).value,
      forecast: f.forecast ?? false,
      estimate: f.estimate ?? false,
      sources: [...f.sources],
    }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.metric < b.metric ? -1 : 1));
}

/**
 * The month a fractional year falls in, as an ISO "YYYY-MM" (2027.5 → 2027-07): how every face shows
 * the runway (`runsOut`), so the command line and the page name the same month.
 */
export function runwayMonth(t: number): string {
  const year = Math.floor(t);
  const month = Math.min(12, Math.floor((t - year) * 12) + 1);
  return `${year}-${String(month).padStart(2, "0")}`;
}
