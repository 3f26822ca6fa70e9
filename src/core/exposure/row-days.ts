/**
 * The days of a calendar year over which one flow row's money moves, so that a fiscal year takes only
 * the part of the row that falls inside it. The flows engine gives amounts per calendar year; within
 * the year it follows the same rules as flows/timing.ts: a flow spread over a period moves evenly over
 * the period's days in that year; a flow with no end moves at its start; a flow with no period moves on
 * the deal's announcement date (the whole month or year when the date is given to that precision); a
 * source's yearly schedule says nothing finer than the year, so it takes the whole year.
 *
 * Example: a $250B commitment announced on 2025-10-28 with no period is one row of 2025; a fiscal year
 * ending 2025-06-30 takes none of it (spreading it over all of 2025 would give that year half).
 */

import { type Basis, type FlowRow, layerFigure } from "../flows/expand.ts";
import type { Deal, Flow } from "../model/deal.ts";
import { dayNumber, endAfterYears, firstDay, lastDay } from "../time/dates.ts";

/** An inclusive range of day numbers. */
export type Days = { start: number; end: number };

export function rowDays(deal: Deal | undefined, row: FlowRow, basis: Basis): Days {
  const year: Days = { start: dayNumber(row.year, 1, 1), end: dayNumber(row.year + 1, 1, 1) - 1 };
  if (!deal) return year;
  const flow = deal.flows.find((f, i) => (f.id ?? String(i + 1)) === row.flow);
  const range = flow ? moneyDays(deal, flow, row, basis) : undefined;
  if (!range) return year;
  const clipped = { start: Math.max(range.start, year.start), end: Math.min(range.end, year.end) };
  return clipped.end >= clipped.start ? clipped : year;
}

function moneyDays(deal: Deal, flow: Flow, row: FlowRow, basis: Basis): Days | undefined {
  const period = flow.period ?? deal.period;
  switch (row.timing) {
    case "at-announcement":
      return { start: firstDay(deal.announced), end: lastDay(deal.announced) };
    case "at-start":
      return period ? { start: firstDay(period.start), end: lastDay(period.start) } : undefined;
    case "spread": {
      if (!period) return undefined;
      const start = firstDay(period.start);
      let end = period.end !== undefined ? lastDay(period.end) : undefined;
      if (end === undefined && period.years !== undefined) end = endAfterYears(start, period.years);
      if (end === undefined) return undefined;
      const paidTo = basis === "paid" ? layerFigure(flow, "paid")?.asOf : undefined;
      if (paidTo !== undefined) end = Math.max(start, Math.min(end, lastDay(paidTo)));
      return { start, end };
    }
    default:
      return undefined;
  }
}

/** The share of a day range that falls inside a window. */
export function overlapShare(range: Days, window: Days): number {
  const inside = Math.min(range.end, window.end) - Math.max(range.start, window.start) + 1;
  return inside > 0 ? inside / (range.end - range.start + 1) : 0;
}
