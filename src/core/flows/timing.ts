/**
 * When a flow's money moves: the flow's own period, else its deal's, else the announcement date.
 * The result says which rule applied, so every yearly figure can explain itself.
 */
import type { Deal, Flow } from "../model/deal.ts";
import { endAfterYears, firstDay, lastDay, yearOfDay } from "../time/dates.ts";
import { type YearShare, yearSharesOfRange, yearSharesOfSchedule } from "./spread.ts";

export type Timing =
  /** Weights per year given by the source. */
  | "schedule"
  /** Spread evenly (by days) over a period with a start and an end. */
  | "spread"
  /** The period has a start but no end or term: all of it at the start. */
  | "at-start"
  /** No period at all: all of it at the announcement date. */
  | "at-announcement";

export type FlowTiming = { timing: Timing; shares: YearShare[] };

/**
 * Year shares of a flow on a basis. For `paid`, the paid figure's `asOf` caps the period: money paid
 * to date is spread over the part of the period that has passed.
 */
export function flowTiming(deal: Deal, flow: Flow, paidAsOf?: string): FlowTiming {
  const period = flow.period ?? deal.period;
  const cap = paidAsOf === undefined ? Number.POSITIVE_INFINITY : lastDay(paidAsOf);
  if (flow.schedule) {
    const capYear = Number.isFinite(cap) ? yearOfDay(cap) : Number.POSITIVE_INFINITY;
    const kept = flow.schedule.filter((entry) => entry.year <= capYear);
    if (kept.length > 0) return { timing: "schedule", shares: yearSharesOfSchedule(kept) };
  }
  if (period) {
    const start = firstDay(period.start);
    let end: number | undefined;
    if (period.end !== undefined) end = lastDay(period.end);
    else if (period.years !== undefined) end = endAfterYears(start, period.years);
    if (end !== undefined) {
      const cappedEnd = Math.max(start, Math.min(end, cap));
      return { timing: "spread", shares: yearSharesOfRange({ start, end: cappedEnd }) };
    }
    return { timing: "at-start", shares: [{ year: yearOfDay(start), share: 1 }] };
  }
  return { timing: "at-announcement", shares: [{ year: yearOfDay(firstDay(deal.announced)), share: 1 }] };
}
