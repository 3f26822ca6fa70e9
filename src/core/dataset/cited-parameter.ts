/**
 * A cited parameter read as one number for a computation, with what a result needs to say about it:
 * its unit, its sources and whether it is an estimate. Percent units are returned as fractions.
 */
import type { Parameter } from "../model/records.ts";
import { amountOf, figureSources } from "./figures.ts";

export type CitedValue = {
  id: string;
  /** The point estimate; percent and percent-change read as fractions (65% → 0.65). */
  value: number;
  unit: string;
  sources: string[];
  estimate: boolean;
  /** True when the value came from the caller (a command-line override), not from the dataset. */
  overridden: boolean;
};

export function citedParameter(
  parameters: readonly Parameter[],
  id: string,
  override?: number,
): CitedValue | undefined {
  const p = parameters.find((x) => x.id === id);
  if (override !== undefined)
    return {
      id,
      value: override,
      unit: p?.unit ?? "ratio",
      sources: p ? figureSources(p.figure) : [],
      estimate: true,
      overridden: true,
    };
  if (!p) return undefined;
  const point = amountOf(p.figure).value;
  const percent = p.unit === "percent" || p.unit === "percent-change";
  return {
    id,
    value: percent ? point / 100 : point,
    unit: p.unit,
    sources: figureSources(p.figure),
    estimate: p.figure.estimate ?? false,
    overridden: false,
  };
}
