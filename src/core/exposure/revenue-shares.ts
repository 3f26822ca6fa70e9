/**
 * Shares of a company's REPORTED revenue: what each counterparty in the dataset paid it in a fiscal
 * year, divided by the revenue the company reported for that year, with the rest of the revenue shown as
 * "outside the dataset" (its ordinary customers the dataset does not hold). The denominator is never the
 * flows the dataset happens to hold (DESIGN.md, "Denominators are reported figures").
 *
 * When the dataset's receipts exceed the reported revenue the remainder is not made negative: it is
 * zero and the excess is returned beside it, because deal flows are commitments spread evenly over years,
 * not revenue recognised on delivery. O(n log n) in the number of counterparties.
 */
import { ModelInputError } from "../errors.ts";

/** What one counterparty in the dataset paid the company in the year. */
export type Receipt = {
  counterparty: string;
  amount: number;
  /** True when the company invested in this counterparty (equity, vendor financing, warrants, SPVs). */
  investee: boolean;
  deals: string[];
  /** The sources of the flows behind the amount. */
  sources: string[];
  /** True when some of the amount is an analyst's or our estimate rather than a party's figure. */
  estimate: boolean;
  /**
   * The part of the amount that rests on deals binding nobody on the as-of date (a letter of intent, a
   * memorandum, talks, an announcement): money promised, not contracted. 0 when all of it is binding.
   */
  notBinding: number;
};

export type ReceiptShare = Receipt & { share: number };
export type Part = { amount: number; share: number };

export type RevenueSplit = {
  revenue: number;
  lines: ReceiptShare[];
  inDataset: Part;
  fromInvestees: Part;
  /** Reported revenue the dataset does not explain: max(0, revenue − receipts in the dataset). */
  outside: Part;
  /** Receipts in the dataset above the reported revenue, or null when there are none. */
  excess: Part | null;
  /**
   * Σ share² over the dataset's counterparties: the least the revenue HHI can be, reading the outside
   * remainder as many small customers. Shares are of max(revenue, receipts): when the receipts exceed
   * the reported revenue, shares of the revenue would sum past 1 and the index past 1 (CoreWeave 2023: 1.039).
   */
  hhiFloor: number;
};

/** Split a reported revenue (> 0) into the dataset's counterparties, investees and the outside rest. */
export function splitRevenue(revenue: number, receipts: readonly Receipt[]): RevenueSplit {
  if (!(revenue > 0) || !Number.isFinite(revenue)) {
    throw new ModelInputError("not-positive", ["revenue"], { value: revenue });
  }
  const part = (amount: number): Part => ({ amount, share: amount / revenue });
  const positive = receipts.filter((r) => r.amount > 0);
  const lines = positive
    .map((r) => ({ ...r, share: r.amount / revenue }))
    .sort((a, b) => b.amount - a.amount || (a.counterparty < b.counterparty ? -1 : 1));
  const inDataset = sum(lines.map((l) => l.amount));
  const fromInvestees = sum(lines.filter((l) => l.investee).map((l) => l.amount));
  return {
    revenue,
    lines,
    inDataset: part(inDataset),
    fromInvestees: part(fromInvestees),
    outside: part(Math.max(0, revenue - inDataset)),
    excess: inDataset > revenue ? part(inDataset - revenue) : null,
    hhiFloor: sum(lines.map((l) => (l.amount / Math.max(revenue, inDataset)) ** 2)),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
