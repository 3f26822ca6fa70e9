/**
 * Reading figures. A figure is a point `value` or a range `low`/`high`; analyses need one number
 * (the point estimate) and keep the range beside it so results can say how uncertain they are.
 */
import type { Figure } from "../model/figure.ts";

/** A quantity with its range: `low` ≤ `value` ≤ `high`. */
export type Amount = { value: number; low: number; high: number };

export const ZERO: Amount = { value: 0, low: 0, high: 0 };

type FigureNumbers = Pick<Figure, "value" | "low" | "high">;

/**
 * The point estimate and range of a figure.
 * - `value` when given (the range defaults to the value itself);
 * - else the midpoint of `low` and `high`;
 * - else the one end given: "up to X" reads X, "at least X" reads X.
 */
export function amountOf(figure: FigureNumbers): Amount {
  const { value, low, high } = figure;
  if (value !== undefined) return { value, low: low ?? value, high: high ?? value };
  if (low !== undefined && high !== undefined) return { value: (low + high) / 2, low, high };
  const only = high ?? low ?? 0;
  return { value: only, low: low ?? only, high: high ?? only };
}

export function addAmounts(a: Amount, b: Amount): Amount {
  return { value: a.value + b.value, low: a.low + b.low, high: a.high + b.high };
}

export function scaleAmount(a: Amount, factor: number): Amount {
  return { value: a.value * factor, low: a.low * factor, high: a.high * factor };
}

export function sumAmounts(amounts: Iterable<Amount>): Amount {
  let total = ZERO;
  for (const a of amounts) total = addAmounts(total, a);
  return total;
}

/** Every source id a figure cites, its alternatives included. */
export function figureSources(figure: Figure): string[] {
  const ids = new Set(figure.sources);
  for (const alt of figure.alternatives ?? []) for (const id of alt.sources) ids.add(id);
  return [...ids];
}
