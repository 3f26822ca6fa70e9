/**
 * The share of a passive index fund that sits in the loop: Σ_i w_i · e_i, where w_i is company i's
 * weight in the index (a fraction of the whole index) and e_i ∈ [0, 1] its exposure to the loop (how
 * much of the company the loop accounts for, by a stated measure). Companies with no weight in the
 * snapshot count for nothing; companies with a weight but no exposure figure count as 0 and are
 * listed as absent, so the share is a lower bound for the chosen measure.
 *
 * This is the holding-weighted average used for portfolio look-through exposure (e.g. a fund's sector
 * or factor exposure as the weight-weighted sum of its holdings' exposures; see W. Sharpe (1992),
 * "Asset allocation: management style and performance measurement", J. Portfolio Management 18(2)).
 *
 * Properties: the share lies in [0, Σ w_i] ⊆ [0, 1]; it is non-decreasing in each weight and in each
 * exposure. Complexity O(holdings).
 */
import { ModelInputError } from "../errors.ts";

export type Holding = { entity: string; weight: number };

export type FundRow = {
  entity: string;
  /** Weight in the index, as a fraction. */
  weight: number;
  /** Exposure to the loop in [0, 1], or null when no figure is given. */
  exposure: number | null;
  /** weight × exposure (0 when the exposure is absent). */
  contribution: number;
};

export type FundExposure = {
  /** Share of the fund in the loop, as a fraction of the fund. */
  share: number;
  /** Total weight of the holdings listed (the rest of the index is outside the snapshot). */
  covered: number;
  rows: FundRow[];
};

const EPSILON = 1e-9;

/** `holdings` weights are fractions of the index; `exposure` values are fractions in [0, 1]. */
export function fundLoopShare(
  holdings: readonly Holding[],
  exposure: ReadonlyMap<string, number>,
): FundExposure {
  let covered = 0;
  let share = 0;
  const rows: FundRow[] = [];
  for (const h of holdings) {
    if (!(h.weight >= 0 && h.weight <= 1))
      throw new ModelInputError("out-of-range", [h.entity, "weight"], { value: h.weight, min: 0, max: 1 });
    const e = exposure.get(h.entity);
    if (e !== undefined && !(e >= 0 && e <= 1)) {
      throw new ModelInputError("out-of-range", [h.entity, "exposure"], { value: e, min: 0, max: 1 });
    }
    const contribution = h.weight * (e ?? 0);
    covered += h.weight;
    share += contribution;
    rows.push({ entity: h.entity, weight: h.weight, exposure: e ?? null, contribution });
  }
  if (covered > 1 + EPSILON) throw new ModelInputError("weights-over-total", ["weights"], { total: covered });
  rows.sort(
    (a, b) => b.contribution - a.contribution || b.weight - a.weight || a.entity.localeCompare(b.entity),
  );
  return { share, covered, rows };
}
