/**
 * Straight-line depreciation of capex vintages, and how much a longer useful life lowers it over a
 * window: the sensitivity behind M. Burry's claim (Nov 2025) that hyperscalers understate depreciation
 * by extending server lives from a 2–3-year product cycle to 5–6 years.
 *
 * Convention: a vintage bought in year v is depreciated evenly over [v, v + life) in years of time, so
 * a fractional life ends part-way through a year and the year gets that part. The sum over all years
 * is the amount bought (nothing is lost or invented). Straight-line depreciation: see any accounting
 * text, e.g. IAS 16 "Property, Plant and Equipment" §50–62 (depreciable amount allocated on a
 * systematic basis over the useful life).
 *
 * Complexity: O(vintages) per year; O(vintages × years) over a window.
 */
import { ModelInputError } from "../errors.ts";

export type Vintage = { year: number; amount: number };

/** Depreciation charged in calendar `year` on the vintages, each over `life` years (life > 0). */
export function depreciationInYear(vintages: readonly Vintage[], life: number, year: number): number {
  if (!(life > 0)) throw new ModelInputError("not-positive", ["usefulLife"], { value: life });
  let total = 0;
  for (const v of vintages) {
    // Overlap of [year, year + 1) with [v.year, v.year + life), as a fraction of the life.
    const start = Math.max(year, v.year);
    const end = Math.min(year + 1, v.year + life);
    if (end > start) total += (v.amount * (end - start)) / life;
  }
  return total;
}

/** Depreciation charged over the calendar years from..to (inclusive). */
export function depreciationOverWindow(
  vintages: readonly Vintage[],
  life: number,
  from: number,
  to: number,
): number {
  let total = 0;
  for (let year = from; year <= to; year++) total += depreciationInYear(vintages, life, year);
  return total;
}

/**
 * How much less depreciation the long life books over the window than the short life: positive when
 * stretching the life flatters earnings in the window.
 */
export function understatedDepreciation(
  vintages: readonly Vintage[],
  shortLife: number,
  longLife: number,
  from: number,
  to: number,
): number {
  return (
    depreciationOverWindow(vintages, shortLife, from, to) -
    depreciationOverWindow(vintages, longLife, from, to)
  );
}
