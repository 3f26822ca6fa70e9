/**
 * Samplers for the scenario distributions (src/schema/distribution.ts) on core's seeded generator.
 *
 * - uniform: min + (max − min)·U.
 * - normal: the polar method of Marsaglia & Bray [1] — draw (V₁, V₂) uniform in the unit disc by
 *   rejection (acceptance π/4), then V₁·√(−2 ln S / S) is standard normal. It needs no sine or cosine;
 *   the second normal of each pair is dropped so a draw never depends on an earlier one.
 * - lognormal: exp(mu + sigma·Z).
 * - triangular: the inverse of its distribution function, one uniform per draw.
 * - gamma(α): Marsaglia & Tsang [2] — d = α − 1/3, c = 1/√(9d); repeat Z normal, v = (1 + cZ)³ until
 *   v > 0 and ln U < Z²/2 + d − d·v + d·ln v (squeeze U < 1 − 0.0331 Z⁴ first); return d·v. For α < 1,
 *   gamma(α) = gamma(α + 1)·U^{1/α} ([2], section 6).
 * - beta(α, β) on [min, max]: X/(X + Y) with X ~ gamma(α), Y ~ gamma(β), scaled into [min, max].
 * Every sampler runs in expected O(1) time (the rejection loops accept with probability > 0.95 for
 * gamma, π/4 for the polar method) and allocates nothing.
 *
 * References:
 * 1. G. Marsaglia, T. A. Bray (1964). "A convenient method for generating normal variables". SIAM
 *    Review 6(3), 260–264.
 * 2. G. Marsaglia, W. W. Tsang (2000). "A simple method for generating gamma variables". ACM
 *    Transactions on Mathematical Software 26(3), 363–372.
 */
import type { Distribution } from "../../model/distribution.ts";
import type { Rng } from "../../random.ts";

/** A uniform in (0, 1): never 0, so logarithms and powers stay finite. */
function open01(rng: Rng): number {
  for (;;) {
    const u = rng.next();
    if (u > 0) return u;
  }
}

export function standardNormal(rng: Rng): number {
  for (;;) {
    const v1 = 2 * rng.next() - 1;
    const v2 = 2 * rng.next() - 1;
    const s = v1 * v1 + v2 * v2;
    if (s > 0 && s < 1) return v1 * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

export function gamma(alpha: number, rng: Rng): number {
  if (alpha < 1) return gamma(alpha + 1, rng) * open01(rng) ** (1 / alpha);
  const d = alpha - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = standardNormal(rng);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = open01(rng);
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function triangular(min: number, mode: number, max: number, rng: Rng): number {
  const width = max - min;
  if (!(width > 0)) return min;
  const u = rng.next();
  const split = (mode - min) / width;
  const x =
    u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
  return withinRounding(x, min, max);
}

/**
 * The formulas stay in [min, max] in exact arithmetic; in floating point `min + (max − min)·u` can land
 * one ulp past `max` (a fast-check case: min = −10, a tiny width). Clamp that rounding, nothing more.
 */
function withinRounding(x: number, min: number, max: number): number {
  return x < min ? min : Math.min(x, max);
}

/** One draw of `d` (unclipped). */
export function sampleDistribution(d: Distribution, rng: Rng): number {
  switch (d.dist) {
    case "uniform":
      return withinRounding(d.min + (d.max - d.min) * rng.next(), d.min, d.max);
    case "normal":
      return d.mean + d.sd * standardNormal(rng);
    case "lognormal":
      return Math.exp(d.mu + d.sigma * standardNormal(rng));
    case "triangular":
      return triangular(d.min, d.mode, d.max, rng);
    case "beta": {
      const x = gamma(d.alpha, rng);
      const y = gamma(d.beta, rng);
      const b = x + y > 0 ? x / (x + y) : d.alpha >= d.beta ? 1 : 0;
      const min = d.min ?? 0;
      const max = d.max ?? 1;
      return withinRounding(min + (max - min) * b, min, max);
    }
  }
}

/** Theoretical mean and variance, for tests and for the method page. */
export function moments(d: Distribution): { mean: number; variance: number } {
  switch (d.dist) {
    case "uniform":
      return { mean: (d.min + d.max) / 2, variance: (d.max - d.min) ** 2 / 12 };
    case "normal":
      return { mean: d.mean, variance: d.sd ** 2 };
    case "lognormal": {
      const s2 = d.sigma ** 2;
      return { mean: Math.exp(d.mu + s2 / 2), variance: (Math.exp(s2) - 1) * Math.exp(2 * d.mu + s2) };
    }
    case "triangular": {
      const { min: a, mode: c, max: b } = d;
      return { mean: (a + b + c) / 3, variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18 };
    }
    case "beta": {
      const { alpha: a, beta: b } = d;
      const w = (d.max ?? 1) - (d.min ?? 0);
      return {
        mean: (d.min ?? 0) + (w * a) / (a + b),
        variance: (w * w * a * b) / ((a + b) ** 2 * (a + b + 1)),
      };
    }
  }
}
