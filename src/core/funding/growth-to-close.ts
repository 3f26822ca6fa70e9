/**
 * The revenue growth that closes the funding gap: the smallest yearly growth g, applied after the
 * last year with a revenue figure, at which the cash lined up (cash at the start, operating cash flow
 * and financing) never falls below zero in a projected year. Each projected year's cash flow
 * R(1 − k) − D + F rises with g when each extra dollar of revenue costs less than a dollar (cost
 * ratio k < 1), so the shortfall never rises with g and bisection on [low, high] finds the threshold
 * to within `tolerance`. Years with reported revenue are what they are: growth cannot change them.
 * Reference: Burden & Faires (2010), "Numerical Analysis", 9th ed., §2.1 (the bisection method).
 * Complexity: O(Y · log2((high − low) / tolerance)) model evaluations of O(Y) each.
 */
import { type FundingInputs, projectedFrom, runFunding } from "./funding-gap.ts";

export type GrowthToClose =
  | { status: "solved"; growth: number; iterations: number }
  /** The gap is closed already at the lowest growth tried. */
  | { status: "closed"; growth: number; iterations: 0 }
  /** No growth up to `high` closes it (or the costs rise as fast as revenue). */
  | { status: "unreachable"; high: number; iterations: 0 }
  /** No year of the window is projected, so growth changes nothing. */
  | { status: "no-projection"; iterations: 0 }
  /** A projected year's commitments have no price (funding-gap.ts `costsUnknownFrom`): nothing to close. */
  | { status: "unknown-costs"; iterations: 0 };

export type BisectionOptions = { low?: number; high?: number; tolerance?: number; maxIterations?: number };

export function growthToClose(inputs: FundingInputs, options: BisectionOptions = {}): GrowthToClose {
  const { low = -0.99, high = 10, tolerance = 1e-7, maxIterations = 200 } = options;
  const last = projectedFrom(inputs.years, inputs.toYear);
  if (last === undefined || last >= inputs.toYear) return { status: "no-projection", iterations: 0 };
  const unknown = runFunding(inputs, 0).costsUnknownFrom;
  if (unknown !== null) return { status: "unknown-costs", iterations: 0 };
  const shortfall = (g: number) => runFunding(inputs, g).projectedShortfall;
  if (shortfall(low) <= 0) return { status: "closed", growth: low, iterations: 0 };
  if (shortfall(high) > 0) return { status: "unreachable", high, iterations: 0 };
  let lo = low;
  let hi = high;
  let iterations = 0;
  while (hi - lo > tolerance && iterations < maxIterations) {
    const mid = (lo + hi) / 2;
    if (shortfall(mid) > 0) lo = mid;
    else hi = mid;
    iterations++;
  }
  return { status: "solved", growth: hi, iterations };
}
