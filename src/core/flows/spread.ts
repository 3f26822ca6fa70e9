/**
 * Spreading an amount over calendar years: by a schedule of weights when the source gives one,
 * else in proportion to the days of the period that fall in each year. Whatever the method, the
 * yearly parts sum to the whole (up to floating-point rounding).
 */

import { type Amount, scaleAmount } from "../dataset/figures.ts";
import { ModelInputError } from "../errors.ts";
import { dayNumber, yearOfDay } from "../time/dates.ts";

/** An inclusive range of day numbers. */
export type DayRange = { start: number; end: number };

export type YearShare = { year: number; share: number };

/** Shares of each calendar year in an inclusive day range, weighted by days. */
export function yearSharesOfRange(range: DayRange): YearShare[] {
  if (range.end < range.start) {
    throw new ModelInputError("range-reversed", [], { start: range.start, end: range.end });
  }
  const total = range.end - range.start + 1;
  const shares: YearShare[] = [];
  for (let year = yearOfDay(range.start); year <= yearOfDay(range.end); year++) {
    const from = Math.max(range.start, dayNumber(year, 1, 1));
    const to = Math.min(range.end, dayNumber(year + 1, 1, 1) - 1);
    shares.push({ year, share: (to - from + 1) / total });
  }
  return shares;
}

/** Normalised shares of a schedule of yearly weights. */
export function yearSharesOfSchedule(schedule: readonly { year: number; share: number }[]): YearShare[] {
  const total = schedule.reduce((sum, entry) => sum + entry.share, 0);
  if (!(total > 0)) throw new ModelInputError("not-positive", ["schedule"], { value: total });
  return [...schedule].sort((a, b) => a.year - b.year).map((e) => ({ year: e.year, share: e.share / total }));
}

/** The amount that falls in each year. */
export function spread(amount: Amount, shares: readonly YearShare[]): { year: number; amount: Amount }[] {
  return shares.map(({ year, share }) => ({ year, amount: scaleAmount(amount, share) }));
}
