/**
 * Estimators of a Monte Carlo run, on plain arrays.
 *
 * - Quantile: the inverse of the empirical distribution function, q(p) = x₍⌈pN⌉₎ of the sorted
 *   sample (x₍₁₎ for p = 0) — Hyndman & Fan's definition 1 [1]: always a value that occurred.
 * - Value at risk at level α: VaR_α = q(α) of the loss. Expected shortfall: ES_α = the mean of all
 *   losses ≥ VaR_α (ties at VaR included), so ES_α ≥ VaR_α always; Acerbi & Tasche [2] discuss the
 *   conventions.
 * - Default probability: p̂ = k/N, standard error √(p̂(1 − p̂)/N), and the Wilson score interval [3],
 *   which stays inside [0, 1] and is not empty when k = 0.
 * - Spearman's rank correlation [4]: Pearson's correlation of the ranks, ties given their average
 *   rank; undefined (NaN) when either variable is constant.
 * Complexity: O(N log N) for a sort; O(N) for the rest.
 *
 * References:
 * 1. R. J. Hyndman, Y. Fan (1996). "Sample quantiles in statistical packages". The American
 *    Statistician 50(4), 361–365.
 * 2. C. Acerbi, D. Tasche (2002). "On the coherence of expected shortfall". Journal of Banking &
 *    Finance 26(7), 1487–1503.
 * 3. E. B. Wilson (1927). "Probable inference, the law of succession, and statistical inference".
 *    Journal of the American Statistical Association 22(158), 209–212.
 * 4. C. Spearman (1904). "The proof and measurement of association between two things". The American
 *    Journal of Psychology 15(1), 72–101.
 */

/** q(p) of an ascending array (definition 1); NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(p * n));
  return sorted[Math.min(n, rank) - 1] as number;
}

/** VaR and ES at level α of an ascending array of losses. */
export function tailRisk(sorted: ArrayLike<number>, alpha: number): { var: number; es: number } {
  const v = quantileSorted(sorted, alpha);
  if (Number.isNaN(v)) return { var: Number.NaN, es: Number.NaN };
  // The first index holding VaR: everything from there on is ≥ VaR.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = lo; i < sorted.length; i++) sum += sorted[i] as number;
  return { var: v, es: sum / (sorted.length - lo) };
}

/** Sum in ascending order: the same bits for the same multiset, whatever order it arrived in. */
export function sortedMean(sorted: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] as number;
  return sorted.length > 0 ? sum / sorted.length : Number.NaN;
}

export const Z95 = 1.959963984540054;

export function proportion(
  k: number,
  n: number,
  z = Z95,
): { p: number; se: number; low: number; high: number } {
  if (n === 0) return { p: Number.NaN, se: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    p,
    se: Math.sqrt((p * (1 - p)) / n),
    low: Math.max(0, centre - half),
    high: Math.min(1, centre + half),
  };
}

/** Ranks 1..N with ties sharing their average rank. */
export function ranks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
  const r = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && x[order[j + 1] as number] === x[order[i] as number]) j++;
    const average = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[order[k] as number] = average;
    i = j + 1;
  }
  return r;
}

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}
