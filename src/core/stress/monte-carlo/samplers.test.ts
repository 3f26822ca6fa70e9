import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Distribution, support } from "../../model/distribution.ts";
import { createRng } from "../../random.ts";
import { moments, sampleDistribution } from "./samplers.ts";

const CASES: Distribution[] = [
  { dist: "uniform", min: 2, max: 5 },
  { dist: "normal", mean: -1, sd: 3 },
  { dist: "lognormal", mu: 0.2, sigma: 0.5 },
  { dist: "triangular", min: 0.1, mode: 0.4, max: 0.7 },
  { dist: "triangular", min: 0, mode: 0, max: 1 },
  { dist: "beta", alpha: 2, beta: 5 },
  { dist: "beta", alpha: 0.5, beta: 0.5 },
  { dist: "beta", alpha: 3, beta: 1.5, min: 10, max: 20 },
];

describe("samplers", () => {
  it.each(CASES)("mean and variance of %o within 4 standard errors (20,000 draws, seed 11)", (d) => {
    const rng = createRng(11);
    const n = 20_000;
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < n; i++) {
      const x = sampleDistribution(d, rng);
      sum += x;
      sum2 += x * x;
    }
    const mean = sum / n;
    const variance = sum2 / n - mean * mean;
    const m = moments(d);
    expect(Math.abs(mean - m.mean)).toBeLessThan(4 * Math.sqrt(m.variance / n));
    // Variance within 10% (the lognormal's heavy tail is the loosest case here).
    expect(Math.abs(variance - m.variance) / m.variance).toBeLessThan(0.1);
  });

  it("gamma via Marsaglia–Tsang: beta(1, 1) is uniform on [0, 1] (mean 1/2, variance 1/12)", () => {
    const m = moments({ dist: "beta", alpha: 1, beta: 1 });
    expect(m.mean).toBe(0.5);
    expect(m.variance).toBeCloseTo(1 / 12, 15);
  });

  it("samples stay in the support of every bounded distribution", () => {
    const bounded = fc.oneof(
      fc
        .tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }))
        .map(([min, w]): Distribution => ({ dist: "uniform", min, max: min + w })),
      fc
        .tuple(
          fc.double({ min: -10, max: 10, noNaN: true }),
          fc.double({ min: 0, max: 10, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
        )
        .map(([min, w, t]): Distribution => ({ dist: "triangular", min, mode: min + t * w, max: min + w })),
      fc
        .tuple(fc.double({ min: 0.05, max: 20, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }))
        .map(([alpha, beta]): Distribution => ({ dist: "beta", alpha, beta })),
    );
    fc.assert(
      fc.property(bounded, fc.integer(), (d, seed) => {
        const rng = createRng(seed);
        const [lo, hi] = support(d);
        for (let i = 0; i < 50; i++) {
          const x = sampleDistribution(d, rng);
          if (!(x >= lo && x <= hi)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("lognormal samples are positive; the same seed gives the same draws", () => {
    const a = createRng(5);
    const b = createRng(5);
    for (let i = 0; i < 100; i++) {
      const x = sampleDistribution({ dist: "lognormal", mu: -3, sigma: 2 }, a);
      expect(x).toBeGreaterThan(0);
      expect(sampleDistribution({ dist: "lognormal", mu: -3, sigma: 2 }, b)).toBe(x);
    }
  });
});
