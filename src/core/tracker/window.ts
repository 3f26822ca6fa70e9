/**
 * The critical window the seed article names for OpenAI's build-out: 24–36 months (indicator
 * openai-build-out-critical-window) from a start date (the Broadcom announcement the article follows).
 * Given the as-of date: the window's earliest and latest end, the months elapsed and the months left
 * to each end (negative once passed). Months are calendar months; a day past the same day-of-month
 * counts as a fraction of a month (days ÷ 30.44). O(1).
 */
import { ModelInputError } from "../errors.ts";
import { dayNumber, firstDay, isoOfDay, parseIsoDate } from "../time/dates.ts";

export type CriticalWindow = {
  start: string;
  months: { low: number; high: number };
  endEarliest: string;
  endLatest: string;
  monthsElapsed: number;
  monthsLeft: { toEarliest: number; toLatest: number };
};

const DAYS_PER_MONTH = 365.25 / 12;

export function addMonths(iso: string, months: number): string {
  const { year, month = 1, day = 1 } = parseIsoDate(iso);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  // Clamp the day to the target month's length (31 Jan + 1 month = 28/29 Feb).
  const lastOfMonth = dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
  return isoOfDay(Math.min(dayNumber(y, m, day), lastOfMonth));
}

export function monthsBetween(from: string, to: string): number {
  return (firstDay(to) - firstDay(from)) / DAYS_PER_MONTH;
}

export function criticalWindow(
  start: string,
  months: { low: number; high: number },
  asOf: string,
): CriticalWindow {
  if (months.low > months.high)
    throw new ModelInputError("range-reversed", ["months"], { start: months.low, end: months.high });
  const endEarliest = addMonths(start, months.low);
  const endLatest = addMonths(start, months.high);
  return {
    start,
    months,
    endEarliest,
    endLatest,
    monthsElapsed: monthsBetween(start, asOf),
    monthsLeft: { toEarliest: monthsBetween(asOf, endEarliest), toLatest: monthsBetween(asOf, endLatest) },
  };
}
