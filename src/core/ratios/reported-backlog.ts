/**
 * The deals' backlog read against the backlog the seller reported. The concentration ratio's shares are
 * of the backlog the deals hold today; the press quotes shares of the company's reported backlog at a
 * quarter's end. The two differ by what the public record does not price (contracts with undisclosed
 * terms) and by the date. So this recomputes the deals' backlog at the reported figure's own date, gives
 * the gap (reported − deals; the part outside the public record) and each customer's share of the
 * reported figure, so the headline can be set beside "largest customer under 35%" by hand.
 *
 * Complexity: one backlog expansion (backlog.ts), O(F) over the seller's flows.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import { type BacklogContract, contractedBacklog } from "./backlog.ts";
import { financials, type RatioText, text } from "./inputs.ts";

/** The last day of a calendar period ("2025-Q3" → 2025-09-30, "2025" → 2025-12-31); undefined for others. */
export function calendarPeriodEnd(period: string): string | undefined {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const month = Number(quarter[2]) * 3;
    const day = month === 6 || month === 9 ? 30 : 31;
    return `${quarter[1]}-${String(month).padStart(2, "0")}-${day}`;
  }
  return /^\d{4}$/.test(period) ? `${period}-12-31` : undefined;
}

/**
 * The notes that set the deals' backlog beside the latest reported backlog dated on or before `asOf`:
 * one line with the totals and the gap, one line per customer with its share of the reported figure.
 * Empty when the data holds no reported backlog for the seller, or none whose date is known.
 */
export function reportedBacklogNotes(
  dataset: Pick<Dataset, "deals" | "financials">,
  asOf: string,
  seller: string,
): RatioText[] {
  const reported = financials(dataset, seller, "backlog")
    .filter((f) => f.label === undefined && !f.forecast)
    .map((f) => ({ f, date: f.periodEnd ?? calendarPeriodEnd(f.period) }))
    .filter((r): r is { f: (typeof r)["f"]; date: string } => r.date !== undefined && r.date <= asOf)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  const total = reported ? amountOf(reported.f).value : 0;
  if (!reported || !(total > 0)) return [];
  const contracts = contractedBacklog(dataset, reported.date, seller);
  const byCustomer = remainingByCustomer(contracts);
  const inDeals = [...byCustomer.values()].reduce((sum, v) => sum + v, 0);
  const lines: RatioText[] = [
    // Deals above the reported figure would mean a contract counted twice or one the company does not
    // book as backlog: said so in other words, never shown as a negative gap.
    text(inDeals <= total ? "note.reportedBacklog" : "note.reportedBacklogBelowDeals", {
      entity: seller,
      period: reported.f.period,
      reported: total,
      date: reported.date,
      inDeals,
      gap: Math.abs(total - inDeals),
      gapShare: Math.abs(total - inDeals) / total,
    }),
  ];
  for (const [customer, amount] of [...byCustomer].sort((a, b) => b[1] - a[1]))
    lines.push(text("note.reportedBacklogShare", { customer, usd: amount, share: amount / total }));
  const unpriced = unpricedCustomers(dataset, seller, contracts, byCustomer);
  if (inDeals < total && unpriced.length > 0)
    lines.push(text("note.reportedBacklogUnpriced", { customers: unpriced.join(",") }));
  return lines;
}

/**
 * Customers the data knows buy from the seller (a reported share of its revenue, or payments in the
 * deals) but whose contracts leave nothing in the deals' backlog: their remaining contract is not priced
 * in the public record, so it sits in the gap.
 */
function unpricedCustomers(
  dataset: Pick<Dataset, "financials">,
  seller: string,
  contracts: readonly BacklogContract[],
  byCustomer: ReadonlyMap<string, number>,
): string[] {
  const known = new Set([
    ...financials(dataset, seller, "customer-share").flatMap((f) => (f.counterparty ? [f.counterparty] : [])),
    ...contracts.map((c) => c.customer),
  ]);
  return [...known].filter((c) => !byCustomer.has(c)).sort();
}

function remainingByCustomer(contracts: readonly BacklogContract[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of contracts)
    if (c.remaining > 0) out.set(c.customer, (out.get(c.customer) ?? 0) + c.remaining);
  return out;
}
