/**
 * The funding gap of one entity, per year (docs/methods/funding.md).
 *
 *   R(y)  revenue: financials (entity-financials.ts), then R(last) × (1 + g)^(y − last) after the last
 *         year with a revenue figure; for a fiscal-year reporter, its fiscal years after the last given
 *         grow so and are calendarised (calendarise.ts projectFiscal)
 *   D(y)  commitments due: the entity's cash outflows in its deals, per year (the flows engine); one
 *         with no end date is spread evenly over the commitment horizon from its start. A lease or
 *         purchase with no price in the data (unpriced-commitments.ts) is listed beside D(y); a year
 *         whose only commitments are unpriced has D(y) unknown (null), never $0
 *   C(y)  costs: max(R(y) − O_rep(y), D(y) + k × R(y)) when a result O_rep(y) is reported or
 *         forecast beside a revenue figure, else D(y) + k × R(y) — contracts are part of the costs,
 *         never added on top of a reported result, but a result that the contracts due exceed is
 *         replaced (k: cost ratio); a projected year is always modelled
 *   O(y)  = R(y) − C(y)                              operating cash flow
 *   F(y)  financing lined up: cash into the entity in equity, vendor-financing, loan, bond,
 *         private-credit and SPV deals
 *   gap(y) = max(0, −(O(y) + F(y)))
 *   cash(y) = cash₀ + Σ_{t ≤ y} (O(t) + F(t))
 *   shortfall = max(0, max_y [N(y) − ΣF(y) − cash₀]) = max(0, −min_y cash(y)), with N(y) = −Σ_{t ≤ y} O(t)
 *         the net burn to date and ΣF(y) the financing to date: the funding still needed
 *   runway: when cash(y) first falls below zero (linear within the year); unknown — no date — when
 *         no reported cash figure gives cash₀ (the path is then counted from zero, and said so)
 * A year before the first revenue figure is missing: it is named and left out of the sums. Years after
 * the last revenue figure are projected, also when that figure is built from fiscal years.
 * Complexity: O(F·Y) for the flows, O(Y) per evaluation of the model.
 */

import { type Basis, expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { DealType } from "../model/deal.ts";
import { projectFiscal } from "./calendarise.ts";
import { type EntityYears, entityYears, type YearFigure } from "./entity-financials.ts";
import { FINANCING_TYPES, unpricedCommitments } from "./unpriced-commitments.ts";

export type RevenueSource = YearFigure["source"] | "projected";
export type CostRule = "reported" | "contracts" | "modelled";

export type FundingYear = {
  year: number;
  missing: boolean;
  revenue: number;
  revenueSource: RevenueSource | null;
  /**
   * The priced commitments due; null when nothing priced is due (`dueUnknown` says why). A year with
   * nothing recorded is not "$0 due": the data holds the recorded deals, not every commitment (capex,
   * other contracts), so what the company owes that year is unknown.
   */
  commitmentsDue: number | null;
  /** Why `commitmentsDue` is null: only unpriced commitments fall due, or no recorded commitment does. */
  dueUnknown: "unpriced" | "none-recorded" | null;
  /** Deals (ids) whose payments fall due this year with no price in the data: not in `commitmentsDue`. */
  unpricedCommitments: string[];
  otherCosts: number;
  costRule: CostRule | null;
  /** The reported or forecast result used, when there is one. */
  reportedResult: number | null;
  operatingCashFlow: number;
  financing: number;
  financingByType: Partial<Record<DealType, number>>;
  gap: number;
  cumulativeBurn: number;
  cash: number;
};

/** The inputs the model needs, gathered once from the dataset. */
export type FundingInputs = {
  entity: string;
  fromYear: number;
  toYear: number;
  years: EntityYears;
  due: Map<number, number>;
  /** Per year, the deals whose payments by the entity fall due then without a price. */
  unpriced: Map<number, string[]>;
  financing: Map<number, Partial<Record<DealType, number>>>;
  costRatio: number;
  /**
   * True when the entity has no cost ratio of its own: a projected year is then costed at the ratio
   * its latest reported operating cash flow implies, when it has one (`ownCostRatio` of the outcome).
   */
  ownCostRatio?: boolean;
  startingCash: number;
  /** False when no cash figure precedes the window: the model then starts from zero. */
  startingCashKnown: boolean;
  /** The reported cash figure cash₀ is read from (its period and sources); null when unknown. */
  startingCashSource: { period: string; sources: string[] } | null;
};

/** The year where the funding still needed is reached, with its parts: netBurn − financing − cash₀. */
export type ShortfallParts = { year: number; netBurn: number; financing: number; startingCash: number };

export type FundingOutcome = {
  years: FundingYear[];
  /** How far the cash falls below zero in the projected years: what revenue growth can close. */
  projectedShortfall: number;
  /** External funding still needed: the deepest the cash falls below zero. */
  shortfall: number;
  /** Where the shortfall is reached and its parts; null when the cash never falls below zero. */
  shortfallParts: ShortfallParts | null;
  /**
   * When the cash runs out (fractional year, e.g. 2027.5 = mid-2027); null when it lasts the window
   * or when the starting cash is unknown (the report's `runway` says which).
   */
  runsOut: number | null;
  /**
   * The first year whose costs cannot be counted: nothing priced falls due, an unpriced lease or
   * purchase does, and no reported result bounds the costs. Its cash flow and every later cash and
   * burn are unknown (the report prints them so); null when every year can be counted.
   */
  costsUnknownFrom: number | null;
  /**
   * The other-cost ratio the projected years used when it is the entity's own: (revenue − operating
   * cash flow − contracts due) ÷ revenue of its latest year costed from a reported operating cash flow.
   * The generic ratio is derived from an AI lab's accounts (OpenAI's H1 2025); applied to Amazon it
   * tripled the cash flow of 2024 ($116B reported, $337B projected). Null when not used.
   */
  ownCostRatio: { year: number; value: number; sources: string[] } | null;
};

export function gatherInputs(
  dataset: Pick<Dataset, "deals" | "financials">,
  options: {
    entity: string;
    basis: Basis;
    asOf: string;
    fromYear: number;
    toYear: number;
    costRatio: number;
    /** Years over which a commitment with no end date is paid (evenly from its start). */
    commitmentYears: number;
  },
): FundingInputs {
  const { entity, basis, asOf, fromYear, toYear, commitmentYears } = options;
  const flows = expandFlows(dataset, { basis, asOf, entity });
  const types = new Map(dataset.deals.map((d) => [d.id, d.type]));
  const due = new Map<number, number>();
  const financing = new Map<number, Partial<Record<DealType, number>>>();
  const owe = (year: number, amount: number) => {
    if (year >= fromYear && year <= toYear) due.set(year, (due.get(year) ?? 0) + amount);
  };
  for (const r of flows.rows) {
    if (r.from === entity) {
      // A commitment with no end date would otherwise fall due all at once at its start.
      const open = r.timing === "at-announcement" || r.timing === "at-start";
      const years = open ? Math.max(1, Math.round(commitmentYears)) : 1;
      for (let k = 0; k < years; k++) owe(r.year + k, r.amount.value / years);
    }
    if (r.year < fromYear || r.year > toYear) continue;
    const type = types.get(r.deal);
    if (r.to === entity && type && FINANCING_TYPES.includes(type)) {
      const byType = financing.get(r.year) ?? {};
      byType[type] = (byType[type] ?? 0) + r.amount.value;
      financing.set(r.year, byType);
    }
  }
  const years = entityYears(dataset.financials, entity);
  const start = startingCash(years, fromYear);
  return {
    entity,
    fromYear,
    toYear,
    years,
    due,
    unpriced: unpricedCommitments(dataset.deals, { entity, basis, asOf, fromYear, toYear }),
    financing,
    costRatio: options.costRatio,
    startingCash: start?.value ?? 0,
    startingCashKnown: start !== undefined,
    startingCashSource: start ? { period: start.period, sources: start.sources } : null,
  };
}

/** The latest reported cash whose period ends before the first year starts. */
export function startingCash(years: EntityYears, fromYear: number): EntityYears["cash"][number] | undefined {
  const before = years.cash.filter((c) => Number(c.period.replace(/^FY/, "").slice(0, 4)) < fromYear);
  before.sort((a, b) => (a.period < b.period ? -1 : 1));
  return before[before.length - 1];
}

/** The last year with a revenue figure, up to `toYear`. */
export function lastRevenueYear(years: EntityYears, toYear: number): number | undefined {
  const ys = [...years.revenue.keys()].filter((y) => y <= toYear);
  return ys.length ? Math.max(...ys) : undefined;
}

/**
 * The year revenue is projected from: the last year with a revenue figure, whether a calendar year's
 * or one built from fiscal years. A fiscal-year reporter is projected as a calendar-year reporter is:
 * both report later years that the data does not hold yet, and projecting one but not the other left
 * Oracle and Nvidia with no year after 2024 (and their later fiscal results with nothing to meet).
 */
export function projectedFrom(years: EntityYears, toYear: number): number | undefined {
  return lastRevenueYear(years, toYear);
}

export function runFunding(inputs: FundingInputs, growth: number): FundingOutcome {
  const { years: data, fromYear, toYear, costRatio } = inputs;
  const last = projectedFrom(data, toYear);
  const out: FundingYear[] = [];
  let cash = inputs.startingCash;
  let burn = 0;
  let netBurn = 0;
  let financed = 0;
  let lowest = cash;
  let deepest: ShortfallParts | null =
    cash < 0 ? { year: fromYear - 1, netBurn: 0, financing: 0, startingCash: cash } : null;
  let runsOut: number | null = cash < 0 ? fromYear : null;
  let costsUnknownFrom: number | null = null;
  let own: FundingOutcome["ownCostRatio"] = null;
  let ownUsed = false;
  for (let year = fromYear; year <= toYear; year++) {
    const due = inputs.due.get(year) ?? 0;
    const unpriced = inputs.unpriced.get(year) ?? [];
    const shownDue = due === 0 ? null : due;
    const dueUnknown = due !== 0 ? null : unpriced.length > 0 ? "unpriced" : "none-recorded";
    const byType = inputs.financing.get(year) ?? {};
    const financing = Object.values(byType).reduce((s, v) => s + (v ?? 0), 0);
    const known = data.revenue.get(year);
    let revenue: number;
    let revenueSource: RevenueSource | null;
    if (known) {
      revenue = known.value;
      revenueSource = known.source;
    } else if (last !== undefined && year > last) {
      // A fiscal-year reporter's fiscal series is projected, then calendarised (calendarise.ts).
      const fiscal =
        data.revenue.get(last)?.source === "fiscal" && data.fiscalRevenue
          ? projectFiscal(data.fiscalRevenue, growth, year)
          : undefined;
      revenue = fiscal ?? (data.revenue.get(last)?.value ?? 0) * (1 + growth) ** (year - last);
      revenueSource = "projected";
    } else {
      out.push(
        missingYear(year, { commitmentsDue: shownDue, dueUnknown }, unpriced, financing, byType, burn, cash),
      );
      continue;
    }
    const reported = data.result.get(year);
    const useOwn = revenueSource === "projected" && inputs.ownCostRatio === true && own !== null;
    if (useOwn) ownUsed = true;
    const modelled = due + (useOwn && own ? own.value : costRatio) * revenue;
    let costs = modelled;
    let costRule: CostRule = "modelled";
    // A result is used only beside the revenue it was reported with: it cannot be rescaled to a
    // projected revenue, so projected years are always modelled.
    if (reported && revenueSource !== "projected") {
      const reportedCosts = revenue - reported.value;
      // Only contracts due can outweigh a reported result: with none due, the cited ratio alone does
      // not (it overrode Meta's reported 2024 cash flow, $91.3B, with a modelled $87.2B).
      costs = due > 0 ? Math.max(reportedCosts, modelled) : reportedCosts;
      costRule = costs === reportedCosts ? "reported" : "contracts";
      // A cash result a source reports (not a forecast, not net income) gives the company's own ratio.
      const cashResult = reported.metric === "operating-cash-flow" && reported.source !== "forecast";
      if (costRule === "reported" && cashResult && revenue > 0)
        own = { year, value: (reportedCosts - due) / revenue, sources: [...reported.sources] };
    }
    if (costsUnknownFrom === null && dueUnknown === "unpriced" && costRule === "modelled")
      costsUnknownFrom = year;
    const ocf = revenue - costs;
    const before = cash;
    cash += ocf + financing;
    burn += Math.max(0, -ocf);
    netBurn -= ocf;
    financed += financing;
    if (runsOut === null && cash < 0) runsOut = year + (before > 0 ? before / (before - cash) : 0);
    if (cash < lowest) {
      lowest = cash;
      deepest = { year, netBurn, financing: financed, startingCash: inputs.startingCash };
    }
    out.push({
      year,
      missing: false,
      revenue,
      revenueSource,
      commitmentsDue: shownDue,
      dueUnknown,
      unpricedCommitments: unpriced,
      otherCosts: costs - due,
      costRule,
      reportedResult: reported?.value ?? null,
      operatingCashFlow: ocf,
      financing,
      financingByType: byType,
      gap: Math.max(0, -(ocf + financing)),
      cumulativeBurn: burn,
      cash,
    });
  }
  const projected = out.filter((y) => y.revenueSource === "projected").map((y) => y.cash);
  const projectedShortfall = projected.length ? Math.max(0, -Math.min(...projected)) : 0;
  return {
    years: out,
    projectedShortfall,
    shortfall: Math.max(0, -lowest),
    shortfallParts: lowest < 0 ? deepest : null,
    // Without a reported starting cash the path starts from an assumed zero: no date can be given.
    runsOut: inputs.startingCashKnown && costsUnknownFrom === null ? runsOut : null,
    costsUnknownFrom,
    ownCostRatio: ownUsed ? own : null,
  };
}

function missingYear(
  year: number,
  due: Pick<FundingYear, "commitmentsDue" | "dueUnknown">,
  unpriced: string[],
  financing: number,
  byType: Partial<Record<DealType, number>>,
  burn: number,
  cash: number,
): FundingYear {
  return {
    year,
    missing: true,
    revenue: 0,
    revenueSource: null,
    ...due,
    unpricedCommitments: unpriced,
    otherCosts: 0,
    costRule: null,
    reportedResult: null,
    operatingCashFlow: 0,
    financing,
    financingByType: byType,
    gap: 0,
    cumulativeBurn: burn,
    cash,
  };
}
