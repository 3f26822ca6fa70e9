/**
 * A seller's contracted backlog on a date, per customer contract: what customers have contracted to pay
 * and have not paid yet. A backlog (remaining performance obligations, ASC 606 ¶120) excludes the revenue
 * already earned, so money already paid can never be part of it. The rule, per cash flow to the seller in
 * a compute-commitment or lease deal counted on the committed basis (overlaps and superseded deals out):
 *
 * - `paid`: a payment to date is reported (dated on or before the as-of date): backlog = committed − paid.
 * - `paid-only`: the data holds payments but no contracted amount: nothing is left to count (zero).
 * - `term`: no payment is reported but the contract's timing is (a schedule, or a period with an end or a
 *   term): backlog = the part of the committed amount that falls after the as-of date, by the same timing
 *   `halqa flows` uses (the schedule's weights, else even by days).
 * - `untimed`: neither a payment nor a term: the whole committed amount, flagged — how much has been
 *   delivered cannot be known from the data, and is not guessed.
 *
 * Complexity: O(F) over the seller's flows, after the committed expansion of the deals.
 */

import { figureInForce } from "../dataset/current-view.ts";
import { amountOf } from "../dataset/figures.ts";
import { expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal, Flow } from "../model/deal.ts";
import { dayNumber, endAfterYears, firstDay, lastDay, yearOfDay } from "../time/dates.ts";

export const BACKLOG_TYPES: ReadonlySet<string> = new Set(["compute-commitment", "lease"]);

export type BacklogBasis = "paid" | "paid-only" | "term" | "untimed";

export type BacklogContract = {
  deal: string;
  flow: string;
  customer: string;
  /** The committed amount (or the paid one when the data holds no commitment). */
  contracted: number;
  /** Payments reported to date (dated on or before the as-of date). */
  paid: number;
  /** For `term`: the part of the contract that fell due by the as-of date by its timing. */
  elapsed: number;
  /** What is left: the contract's share of the backlog. */
  remaining: number;
  basis: BacklogBasis;
  sources: string[];
};

/** The seller's customer contracts and what each leaves in its backlog on `asOf`. */
export function contractedBacklog(
  dataset: Pick<Dataset, "deals">,
  asOf: string,
  seller: string,
): BacklogContract[] {
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const rows = expandFlows(dataset, { basis: "committed", asOf, entity: seller }).rows.filter(
    (r) => r.to === seller && BACKLOG_TYPES.has(deals.get(r.deal)?.type ?? ""),
  );
  const contracts = new Map<string, BacklogContract>();
  for (const r of rows) {
    const key = `${r.deal}\u0000${r.flow}`;
    const c = contracts.get(key) ?? {
      deal: r.deal,
      flow: r.flow,
      customer: r.from,
      contracted: 0,
      paid: 0,
      elapsed: 0,
      remaining: 0,
      basis: "untimed" as BacklogBasis,
      sources: [],
    };
    for (const s of r.sources) if (!c.sources.includes(s)) c.sources.push(s);
    contracts.set(key, c);
  }
  for (const c of contracts.values()) {
    const deal = deals.get(c.deal) as Deal;
    const flow = deal.flows.find((f, i) => (f.id ?? String(i + 1)) === c.flow) as Flow;
    // The figure itself, not the sum of its yearly parts (which carries the spread's rounding).
    const layer = flow.committed ?? flow.paid;
    c.contracted = layer ? amountOf(figureInForce(layer, asOf)).value : 0;
    Object.assign(c, remainingOf(deal, flow, c.contracted, asOf));
  }
  return [...contracts.values()];
}

function remainingOf(
  deal: Deal,
  flow: Flow,
  contracted: number,
  asOf: string,
): Pick<BacklogContract, "paid" | "elapsed" | "remaining" | "basis"> {
  if (flow.committed === undefined) return { paid: contracted, elapsed: 0, remaining: 0, basis: "paid-only" };
  const paid = paidToDate(flow, asOf);
  if (paid !== undefined)
    return { paid, elapsed: 0, remaining: Math.max(0, contracted - paid), basis: "paid" };
  const after = shareAfter(deal, flow, asOf);
  if (after === undefined) return { paid: 0, elapsed: 0, remaining: contracted, basis: "untimed" };
  return { paid: 0, elapsed: contracted * (1 - after), remaining: contracted * after, basis: "term" };
}

/** The payment reported on or before the as-of date, if any. */
function paidToDate(flow: Flow, asOf: string): number | undefined {
  if (!flow.paid) return undefined;
  const figure = figureInForce(flow.paid, asOf);
  if (figure.asOf !== undefined && firstDay(figure.asOf) > lastDay(asOf)) return undefined;
  return amountOf(figure).value;
}

/**
 * The share of a flow's amount that falls after the as-of date by its own timing, or undefined when the
 * data gives no timing that says so (no schedule, no period with an end or a term).
 */
export function shareAfter(
  deal: Pick<Deal, "period">,
  flow: Pick<Flow, "period" | "schedule">,
  asOf: string,
): number | undefined {
  const day = lastDay(asOf);
  if (flow.schedule && flow.schedule.length > 0) {
    const total = flow.schedule.reduce((sum, e) => sum + e.share, 0);
    if (!(total > 0)) return undefined;
    const year = yearOfDay(day);
    const yearStart = dayNumber(year, 1, 1);
    const yearLength = dayNumber(year + 1, 1, 1) - yearStart;
    const leftOfYear = (yearStart + yearLength - 1 - day) / yearLength;
    let after = 0;
    for (const e of flow.schedule)
      after += e.year > year ? e.share : e.year === year ? e.share * leftOfYear : 0;
    return after / total;
  }
  const period = flow.period ?? deal.period;
  if (!period) return undefined;
  const start = firstDay(period.start);
  const end =
    period.end !== undefined
      ? lastDay(period.end)
      : period.years !== undefined
        ? endAfterYears(start, period.years)
        : undefined;
  if (end === undefined) return day < start ? 1 : undefined;
  if (day < start) return 1;
  if (day >= end) return 0;
  return (end - day) / (end - start + 1);
}
