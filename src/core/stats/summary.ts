/**
 * What is in a dataset: counts by kind, type and status; money totals per value basis with overlaps
 * counted once; the largest deals; GW of compute promised; sources by outlet.
 *
 * Totals read the current view (dataset/current-view.ts): replaced deals and press-only reports
 * (talks, rumours) are out of them; the press-only amount is given beside, and the part of each
 * total that rests on estimates is given inside, so no headline mixes certainty tiers silently.
 */

import { compareText } from "../compare.ts";
import { currentView, type Standing } from "../dataset/current-view.ts";
import { type Amount, sumAmounts, ZERO } from "../dataset/figures.ts";
import { statusAsOf } from "../dataset/status.ts";
import { BASES, type Basis, expandFlows, type FlowResult, ownAmountsByDeal } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { powerBalance } from "../power/balance.ts";

export type DealSize = {
  id: string;
  type: Deal["type"];
  status: string;
  announced: string;
  parties: string[];
  /** Where the deal stands on the as-of date: binding, announced, press reports only, replaced, terminated. */
  standing: Standing;
  /** True when some of the deal's announced money is an estimate rather than a stated figure. */
  estimate: boolean;
  /**
   * USD on each basis (the deal's money flows on the current view, overlaps not removed: its own size).
   * `paid` is null when no source reports a payment on any of the deal's flows: the payment is unknown,
   * not zero (an absent committed layer is zero: a deal with none binds nobody; docs/data-format.md).
   */
  amounts: { announced: Amount; committed: Amount; paid: Amount | null };
  /** The deal whose figures count instead of this one's, when their reports overlap. */
  countedIn?: string;
};

/** Totals per basis whose paid layer may have no figure at all (null: unknown, never zero). */
export type PaidMaybeUnknown = Record<Exclude<Basis, "paid">, Amount> & { paid: Amount | null };

export type DatasetStats = {
  asOf: string;
  counts: {
    sources: number;
    entities: number;
    deals: number;
    flows: number;
    figures: number;
    financials: number;
    indicators: number;
    sites: number;
    parameters: number;
  };
  entitiesByKind: Record<string, number>;
  dealsByType: Record<string, number>;
  dealsByStatus: Record<string, number>;
  /** USD money flows per basis, overlaps counted once (contingent guarantees apart). */
  money: Record<Basis, Amount>;
  /** The part of each money total that rests on estimates (an analyst's or ours), not stated values. */
  moneyEstimated: Record<Basis, Amount>;
  /** Money that only the press reports (talks, rumours): left out of the announced total. */
  moneyReportedOnly: Amount;
  /** Money of deals replaced by later ones: left out of the announced and committed totals. */
  moneyReplaced: Amount;
  /**
   * Contingent USD (guarantees, backstops) per basis. `paid` (money actually called under them) is null
   * when no source reports a draw: unknown, not $0.
   */
  contingent: PaidMaybeUnknown;
  /**
   * GW of compute capacity per basis, each GW once (power balance), at its peak year-end level. `paid`
   * is null: the data measures no delivered capacity, so there is no figure (never 0 GW).
   */
  gigawatts: PaidMaybeUnknown;
  largestDeals: DealSize[];
  sourcesByPublisher: { publisher: string; count: number }[];
  sourcesByKind: Record<string, number>;
};

export function datasetStats(dataset: Dataset, options: { asOf: string; top?: number }): DatasetStats {
  const { asOf } = options;
  const reported = dataset.deals.filter((deal) => statusAsOf(deal, asOf) !== undefined);
  const perBasis = <T>(f: (basis: Basis) => T) =>
    Object.fromEntries(BASES.map((b) => [b, f(b)])) as Record<Basis, T>;
  const money = perBasis((basis) => expandFlows(dataset, { basis, asOf }));
  const excludedFor = (reason: string) =>
    sumAmounts(money.announced.excluded.filter((e) => e.reason === reason).map((e) => e.amount));
  const guarantees = perBasis((basis) => expandFlows(dataset, { basis, asOf, kinds: ["guarantee"] }));
  const contingent: PaidMaybeUnknown = {
    announced: guarantees.announced.total,
    committed: guarantees.committed.total,
    // On the paid basis an empty result means no source reports a draw, not that nothing was drawn.
    paid: guarantees.paid.rows.length === 0 ? null : guarantees.paid.total,
  };
  // Compute capacity counted once (chips at the campus that hosts them, a contract at its seller's
  // campus: power/same-gw.ts), at its peak year-end level: the GW `halqa power` shows.
  // Capacity has no paid layer (delivered GW is not a figure the data holds): null, not 0 GW.
  const gigawatts: PaidMaybeUnknown = {
    announced: peakCapacity(dataset, "announced", asOf),
    committed: peakCapacity(dataset, "committed", asOf),
    paid: null,
  };

  return {
    asOf,
    counts: {
      sources: dataset.sources.length,
      entities: dataset.entities.length,
      deals: dataset.deals.length,
      flows: dataset.deals.reduce((n, d) => n + d.flows.length, 0),
      figures: countFigures(dataset),
      financials: dataset.financials.length,
      indicators: dataset.indicators.length,
      sites: dataset.sites.length,
      parameters: dataset.parameters.length,
    },
    entitiesByKind: countBy(dataset.entities, (e) => e.kind),
    dealsByType: countBy(dataset.deals, (d) => d.type),
    dealsByStatus: countBy(reported, (d) => statusAsOf(d, asOf) ?? "unreported"),
    money: perBasis((b) => money[b].total),
    moneyEstimated: perBasis((b) => sumAmounts(money[b].rows.filter((r) => r.estimate).map((r) => r.amount))),
    moneyReportedOnly: excludedFor("reported-only"),
    moneyReplaced: excludedFor("replaced"),
    contingent,
    gigawatts,
    largestDeals: largestDeals(reported, money, asOf, options.top ?? 10),
    sourcesByPublisher: Object.entries(countBy(dataset.sources, (s) => s.publisher))
      .map(([publisher, count]) => ({ publisher, count }))
      .sort((a, b) => b.count - a.count || compareText(a.publisher, b.publisher)),
    sourcesByKind: countBy(dataset.sources, (s) => s.kind),
  };
}

function largestDeals(
  deals: Deal[],
  money: Record<Basis, FlowResult>,
  asOf: string,
  top: number,
): DealSize[] {
  const own = Object.fromEntries(BASES.map((b) => [b, ownAmountsByDeal(money[b])])) as Record<
    Basis,
    Map<string, Amount>
  >;
  const countedIn = new Map<string, string>();
  for (const ex of money.announced.excluded) {
    if (ex.reason === "overlap" && ex.countedIn) countedIn.set(ex.deal, ex.countedIn);
  }
  const estimated = new Set<string>();
  for (const row of money.announced.rows) if (row.estimate) estimated.add(row.deal);
  const view = currentView(deals, asOf).byId;
  return deals
    .filter((d) => BASES.some((b) => own[b].has(d.id)))
    .map((d) => {
      const size: DealSize = {
        id: d.id,
        type: d.type,
        status: statusAsOf(d, asOf) ?? "unreported",
        standing: view.get(d.id)?.standing ?? "reported",
        estimate: estimated.has(d.id),
        announced: d.announced,
        parties: [...new Set(d.parties.map((p) => p.entity))],
        amounts: {
          announced: own.announced.get(d.id) ?? ZERO,
          committed: own.committed.get(d.id) ?? ZERO,
          paid: own.paid.get(d.id) ?? null,
        },
      };
      const other = countedIn.get(d.id);
      if (other) size.countedIn = other;
      return size;
    })
    .sort(
      (a, b) =>
        b.amounts.committed.value - a.amounts.committed.value ||
        b.amounts.announced.value - a.amounts.announced.value ||
        compareText(a.id, b.id),
    )
    .slice(0, top);
}

/**
 * The largest year-end compute capacity, each GW once, over the years deals and sites reach. A
 * delivery with no known years counts from its start: this is a total contracted, not a timeline.
 */
function peakCapacity(dataset: Dataset, basis: Basis, asOf: string): Amount {
  const years = powerBalance(dataset, {
    basis,
    asOf,
    fromYear: 2020,
    toYear: 2040,
    undated: "at-start",
  }).years;
  const peak = Math.max(0, ...years.map((y) => y.capacityGw));
  return { value: peak, low: peak, high: peak };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])));
}

/** Every figure in the dataset, alternatives included: anything with `sources` and a number. */
export function countFigures(dataset: Dataset): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.sources) && ("value" in record || "low" in record || "high" in record)) count++;
    for (const value of Object.values(record)) visit(value);
  };
  visit(dataset);
  return count;
}
