/**
 * The one fixed-point engine every valuation runs on (the NEVA framework: Barucca, Bardoscia, Caccioli,
 * D'Errico, Visentin, Caldarelli & Battiston 2020, "Network valuation in financial systems",
 * Mathematical Finance 30(4)). A model supplies its start vector and its map Φ; the engine iterates
 * x ← Φ(x) until the largest change is within tolerance. Started from the top (full payments, full
 * values), monotone maps converge downward to the greatest fixed point (Tarski; Eisenberg & Noe 2001).
 * Never stops silently: hitting the iteration limit throws ConvergenceError carrying the data.
 */
import { ConvergenceError } from "../errors.ts";

export type FixedPointOptions = {
  tolerance?: number;
  maxIterations?: number;
  /** Called after each iteration with the iteration number and the new vector (for waves/rounds). */
  onIteration?: (iteration: number, x: Float64Array, previous: Float64Array) => void;
};

export type FixedPoint = { x: Float64Array; iterations: number; converged: true; residual: number };

export { ConvergenceError };

export const DEFAULT_TOLERANCE = 1e-10;
export const DEFAULT_MAX_ITERATIONS = 10_000;

export function fixedPoint(
  model: string,
  start: Float64Array,
  map: (x: Float64Array, out: Float64Array) => void,
  options: FixedPointOptions = {},
): FixedPoint {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  let x = Float64Array.from(start);
  let next = new Float64Array(x.length);
  let residual = Number.POSITIVE_INFINITY;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    map(x, next);
    residual = 0;
    for (let i = 0; i < x.length; i++) {
      const change = Math.abs((next[i] as number) - (x[i] as number));
      // Relative to the size of the number, so large balance sheets and small ones converge alike.
      const scale = Math.max(1, Math.abs(x[i] as number));
      if (change / scale > residual) residual = change / scale;
    }
    options.onIteration?.(iteration, next, x);
    [x, next] = [next, x];
    if (residual <= tolerance) return { x, iterations: iteration, converged: true, residual };
  }
  throw new ConvergenceError({ method: model, iterations: maxIterations, residual, tolerance });
}

/** What every model returns per node; fields a model does not compute are null. */
export type NodeResult = {
  id: string;
  payments: number | null;
  recoveryRate: number | null;
  netWorth: number | null;
  equity: number | null;
  defaulted: boolean;
  /** The iteration (round) in which the node defaulted or failed; null if it did not. */
  wave: number | null;
  /** DebtRank's relative equity loss h in [0, 1]. */
  relativeLoss: number | null;
  value: number | null;
};

export type ModelResult = {
  model: string;
  converged: true;
  iterations: number;
  nodes: NodeResult[];
  totals: Record<string, number>;
  /** The conventions used (options with their defaults filled in), so a result says how it was made. */
  options: Record<string, unknown>;
};

export function emptyNode(id: string): NodeResult {
  return {
    id,
    payments: null,
    recoveryRate: null,
    netWorth: null,
    equity: null,
    defaulted: false,
    wave: null,
    relativeLoss: null,
    value: null,
  };
}

/**
 * A clearing model's node: what it paid against what it owed, its net worth and equity, and the round
 * in which it defaulted (`wave` < 0 means it did not).
 */
export function clearedNode(
  id: string,
  c: { payments: number; owed: number; netWorth: number; defaulted: boolean; wave: number },
): NodeResult {
  return {
    ...emptyNode(id),
    payments: c.payments,
    recoveryRate: c.owed > 0 ? c.payments / c.owed : 1,
    netWorth: c.netWorth,
    equity: Math.max(0, c.netWorth),
    defaulted: c.defaulted,
    wave: c.wave < 0 ? null : c.wave,
  };
}
