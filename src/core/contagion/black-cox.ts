/**
 * Black–Cox first-passage survival: the probability that a firm whose assets follow a geometric
 * Brownian motion (drift μ, volatility σ) starting at A stays above a constant barrier B (its debt)
 * until the maturity T. With ν = μ − σ²/2 and s = σ√T,
 *
 *   S(A) = Φ((ln(A/B) + νT)/s) − (B/A)^(2ν/σ²) · Φ((ln(B/A) + νT)/s),
 *
 * which for ν = 0 is 2Φ(ln(A/B)/s) − 1. S is 0 at or below the barrier and rises with A, so the NEVA
 * ex-ante Black–Cox valuation built on it is monotone and the fixed point from the top is the greatest.
 *
 * References: [1] F. Black, J. C. Cox (1976), "Valuing Corporate Securities: Some Effects of Bond
 * Indenture Provisions", Journal of Finance 31(2), 351–367. [2] P. Barucca et al. (2020), "Network
 * valuation in financial systems", Mathematical Finance 30(4), Section 4 (ex-ante Black–Cox valuation).
 *
 * Complexity: O(1) per evaluation.
 */
import { ModelInputError } from "../errors.ts";

/** Standard normal cumulative distribution, absolute error below 1e-14. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? 1 - 0.5 * erfc(x / Math.SQRT2) : 0.5 * erfc(-x / Math.SQRT2);
}

/** Complementary error function for x ≥ 0: a positive-term series near 0, a continued fraction beyond. */
function erfc(x: number): number {
  if (x < 2.5) {
    // erf(x) = 2/√π · e^(−x²) · Σ (2x²)^k x / (1·3·…·(2k+1)): every term positive, so no cancellation.
    let term = x;
    let sum = x;
    for (let k = 1; k < 200 && term > 1e-17 * sum; k++) {
      term *= (2 * x * x) / (2 * k + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated bottom-up.
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

export type BlackCoxParameters = {
  /** Asset value now. */
  assets: number;
  /** Default barrier (face value of debt). */
  barrier: number;
  /** Asset volatility per year, ≥ 0. */
  volatility: number;
  /** Horizon in years, ≥ 0. */
  maturity: number;
  /** Asset drift per year; default 0. */
  drift?: number;
};

/** Probability that the assets stay above the barrier until maturity. */
export function blackCoxSurvival({
  assets,
  barrier,
  volatility,
  maturity,
  drift = 0,
}: BlackCoxParameters): number {
  if (!(volatility >= 0)) throw new ModelInputError("negative", ["volatility"], { value: volatility });
  if (!(maturity >= 0)) throw new ModelInputError("negative", ["maturity"], { value: maturity });
  if (assets <= barrier) return 0;
  if (barrier <= 0) return 1;
  const s = volatility * Math.sqrt(maturity);
  const nuT = (drift - (volatility * volatility) / 2) * maturity;
  // Without randomness the path is deterministic: it survives if it ends above the barrier.
  if (s === 0) return Math.log(assets / barrier) + nuT > 0 ? 1 : 0;
  const ln = Math.log(assets / barrier);
  const exponent = (2 * (drift - (volatility * volatility) / 2)) / (volatility * volatility);
  const survival = normalCdf((ln + nuT) / s) - (barrier / assets) ** exponent * normalCdf((-ln + nuT) / s);
  return Math.min(1, Math.max(0, survival));
}
