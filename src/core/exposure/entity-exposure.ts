/**
 * One entity's exposure: who pays it and whom it pays (shares and HHI), how much of its revenue comes
 * from companies it invested in, its investments in customers relative to its revenue (the
 * vendor-financing ratio), its off-balance-sheet roll-up, and its place in the network rankings.
 */

import { traceFlows } from "../circularity/tracing.ts";
import { compareText } from "../compare.ts";
import { type Basis, expandFlows, type FlowRow } from "../flows/expand.ts";
import { edgeListFrom } from "../graph/edge-list.ts";
import type { Dataset } from "../model/dataset.ts";
import { betweenness } from "../network/betweenness.ts";
import { hhi, shares } from "../network/concentration.ts";
import { pageRank } from "../network/pagerank.ts";
import { latestAnnualRevenue } from "../ratios/inputs.ts";
import { type OffBalanceSheet, offBalanceSheet } from "./off-balance-sheet.ts";
import { type RevenueExposure, revenueExposure } from "./revenue-exposure.ts";

const INVESTING_TYPES = new Set(["equity-investment", "vendor-financing", "warrant", "spv-financing"]);

/** `notBinding`: the part of `amount` on deals that bind nobody yet (LOI, MoU, talks, announcements). */
export type Counterparty = { id: string; amount: number; share: number; deals: string[]; notBinding: number };
export type Side = {
  total: number;
  counterparties: Counterparty[];
  hhi: number | null;
  equivalentCount: number | null;
  /**
   * Flows on deals that bind nobody yet, and the concentration without them (null when nothing
   * binding is left). On the announced basis one letter of intent can be most of a side: Nvidia's
   * customers are 86% OpenAI with its $500B LOI, and their HHI 0.746; on contracts alone it is lower.
   */
  notBinding: { amount: number; bindingHhi: number | null; bindingEquivalentCount: number | null };
};
export type Rank = {
  id: string;
  pageRank: number;
  pageRankRank: number;
  betweenness: number;
  betweennessRank: number;
  circularShare: number | null;
  circularRank: number | null;
};

export type ExposureOptions = { basis: Basis; asOf: string; year?: number };

export type EntityExposure = {
  entity: string;
  basis: Basis;
  asOf: string;
  /** The fiscal year asked for, or null for every year. */
  year: number | null;
  /** Shares of REPORTED revenue per fiscal year, with the outside-the-dataset remainder. */
  revenue: RevenueExposure;
  /** All years of the dataset's flows; shares here are of the flows the dataset holds, not of revenue. */
  customers: Side;
  suppliers: Side;
  investees: string[];
  /**
   * All years: what its investees paid it in the dataset (shares of revenue are per year, in `revenue`);
   * `notBinding`, the part on deals that bind nobody yet (Nvidia: $500B of its $529.9B is OpenAI's
   * 10 GW letter of intent), so a promise never reads as revenue.
   */
  revenueFromInvestees: { amount: number; notBinding: number; from: string[] };
  vendorFinancing: {
    investmentsInCustomers: number;
    deals: string[];
    revenue: { value: number; period: string; sources: string[]; annualised: boolean } | null;
    ratio: number | null;
  };
  offBalanceSheet: OffBalanceSheet;
  rank: Rank | null;
  entities: number;
};

export function entityExposure(dataset: Dataset, entity: string, options: ExposureOptions): EntityExposure {
  const { basis, asOf } = options;
  const cash = expandFlows(dataset, { basis, asOf }).rows;
  const guarantees = expandFlows(dataset, { basis, asOf, kinds: ["guarantee"] }).rows;
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const customers = side(
    cash.filter((r) => r.to === entity),
    (r) => r.from,
  );
  const suppliers = side(
    cash.filter((r) => r.from === entity),
    (r) => r.to,
  );

  const investing = cash.filter(
    (r) => r.from === entity && INVESTING_TYPES.has(deals.get(r.deal)?.type ?? ""),
  );
  const investees = [...new Set(investing.map((r) => r.to))].sort(compareText);
  const fromInvestees = cash.filter((r) => r.to === entity && investees.includes(r.from));
  const investeeRevenue = fromInvestees.reduce((sum, r) => sum + r.amount.value, 0);

  const customerIds = new Set(customers.counterparties.map((c) => c.id));
  const inCustomers = investing.filter((r) => customerIds.has(r.to));
  const revenue = latestRevenue(dataset, entity);
  const invested = inCustomers.reduce((sum, r) => sum + r.amount.value, 0);

  const ranks = rankEntities(dataset, { basis, asOf });
  return {
    entity,
    basis,
    asOf,
    year: options.year ?? null,
    revenue: revenueExposure(dataset, entity, cash, new Set(investees), {
      basis,
      ...(options.year !== undefined ? { year: options.year } : {}),
    }),
    customers,
    suppliers,
    investees,
    revenueFromInvestees: {
      amount: investeeRevenue,
      notBinding: fromInvestees.reduce((sum, r) => sum + (r.tier === "binding" ? 0 : r.amount.value), 0),
      from: [...new Set(fromInvestees.map((r) => r.from))].sort(compareText),
    },
    vendorFinancing: {
      investmentsInCustomers: invested,
      deals: [...new Set(inCustomers.map((r) => r.deal))].sort(compareText),
      revenue,
      ratio: revenue && revenue.value > 0 ? invested / revenue.value : null,
    },
    offBalanceSheet: offBalanceSheet(dataset, entity, cash, guarantees),
    rank: ranks.find((r) => r.id === entity) ?? null,
    entities: ranks.length,
  };
}

function side(rows: readonly FlowRow[], key: (r: FlowRow) => string): Side {
  const byKey = new Map<string, { amount: number; notBinding: number; deals: Set<string> }>();
  for (const r of rows) {
    const k = key(r);
    const entry = byKey.get(k) ?? { amount: 0, notBinding: 0, deals: new Set<string>() };
    entry.amount += r.amount.value;
    if (r.tier !== "binding") entry.notBinding += r.amount.value;
    entry.deals.add(r.deal);
    byKey.set(k, entry);
  }
  const positive = [...byKey].filter(([, v]) => v.amount > 0);
  if (positive.length === 0)
    return {
      total: 0,
      counterparties: [],
      hhi: null,
      equivalentCount: null,
      notBinding: { amount: 0, bindingHhi: null, bindingEquivalentCount: null },
    };
  const split = shares(positive.map(([k, v]) => ({ key: k, amount: v.amount })));
  const index = hhi(split.map((s) => s.share));
  const binding = positive
    .map(([k, v]) => ({ key: k, amount: v.amount - v.notBinding }))
    .filter((b) => b.amount > 0);
  const bindingIndex = binding.length > 0 ? hhi(shares(binding).map((s) => s.share)) : null;
  return {
    total: split.reduce((sum, s) => sum + s.amount, 0),
    counterparties: split.map((s) => ({
      id: s.key,
      amount: s.amount,
      share: s.share,
      deals: [...(byKey.get(s.key)?.deals ?? [])].sort(compareText),
      notBinding: Math.max(0, byKey.get(s.key)?.notBinding ?? 0),
    })),
    hhi: index.hhi,
    equivalentCount: index.equivalentCount,
    notBinding: {
      amount: positive.reduce((sum, [, v]) => sum + Math.max(0, v.notBinding), 0),
      bindingHhi: bindingIndex?.hhi ?? null,
      bindingEquivalentCount: bindingIndex?.equivalentCount ?? null,
    },
  };
}

function latestRevenue(dataset: Dataset, entity: string) {
  const revenue = latestAnnualRevenue(dataset, entity);
  return revenue
    ? {
        value: revenue.value,
        period: revenue.from.split("/").pop() ?? "",
        sources: revenue.sources,
        annualised: revenue.estimate === true,
      }
    : null;
}

/**
 * Every entity's PageRank and betweenness on the money graph (cash, amounts as weights) and its
 * circular share (its own money coming back), with ranks (1 = most central or most circular).
 */
export function rankEntities(dataset: Dataset, options: { basis: Basis; asOf: string }): Rank[] {
  const rows = expandFlows(dataset, options).rows;
  const list = edgeListFrom(
    rows.filter((r) => r.from !== r.to).map((r) => ({ src: r.from, dst: r.to, amount: r.amount.value })),
    dataset.entities.map((e) => e.id),
  );
  const pr = pageRank(list).scores;
  const bc = betweenness(list);
  const circular = new Map(
    traceFlows(list)
      .nodes.filter((n) => n.throughput > 0)
      .map((n) => [n.id, n.selfShare] as const),
  );
  const rankOf = (values: ArrayLike<number>) => {
    const order = Array.from({ length: values.length }, (_, i) => i).sort(
      (a, b) => (values[b] as number) - (values[a] as number) || a - b,
    );
    const ranks = new Int32Array(values.length);
    order.forEach((node, position) => {
      ranks[node] = position + 1;
    });
    return ranks;
  };
  const prRank = rankOf(pr);
  const bcRank = rankOf(bc);
  const circularValues = list.nodeIds.map((id) => circular.get(id) ?? -1);
  const cRank = rankOf(circularValues);
  return list.nodeIds.map((id, i) => ({
    id,
    pageRank: pr[i] as number,
    pageRankRank: prRank[i] as number,
    betweenness: bc[i] as number,
    betweennessRank: bcRank[i] as number,
    circularShare: circular.get(id) ?? null,
    circularRank: circular.has(id) ? (cRank[i] as number) : null,
  }));
}
