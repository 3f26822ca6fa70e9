/**
 * How much of a company's revenue receipts in a calendar year is its own money coming back: the
 * circular share of circularity.md (proportional flow tracing, Bialek 1996; absorbing Markov chains,
 * Kemeny & Snell 1960), computed on that year's cash flows alone, then carried onto the receipts that
 * are revenue in proportion (the company mixes all it receives, so each receipt carries the same share).
 *
 *   share(y) = self_i(y) / inflow_i(y),   back(F) = Σ over revenue receipts r in F of r × share(year of r)
 *
 * where self_i(y) = selfShare × throughput of i in the year-y network. back(F) ÷ reported revenue is
 * "own money coming back" as a share of reported revenue. Cost: one trace per calendar year with
 * receipts, O(c³) per component of c nodes.
 */
import { traceFlows } from "../circularity/tracing.ts";
import type { FlowRow } from "../flows/expand.ts";
import { edgeListFrom } from "../graph/edge-list.ts";

/**
 * Per calendar year with receipts, the share of the entity's receipts that is its own money coming
 * back: self_i / inflow_i on that year's cash network. Every receipt carries the same share, since the
 * entity's money is mixed (proportional sharing), so revenue receipts r carry back = r × share.
 */
export function ownMoneyBackByYear(rows: readonly FlowRow[], entity: string): Map<number, number> {
  const byYear = new Map<number, FlowRow[]>();
  for (const r of rows) {
    if (r.from === r.to) continue;
    const list = byYear.get(r.year) ?? [];
    list.push(r);
    byYear.set(r.year, list);
  }
  const back = new Map<number, number>();
  for (const [year, yearRows] of byYear) {
    if (!yearRows.some((r) => r.to === entity)) continue;
    const list = edgeListFrom(yearRows.map((r) => ({ src: r.from, dst: r.to, amount: r.amount.value })));
    const node = traceFlows(list).nodes.find((n) => n.id === entity);
    if (!node || !(node.inflow > 0)) continue;
    back.set(year, Math.min(1, (node.selfShare * node.throughput) / node.inflow));
  }
  return back;
}
