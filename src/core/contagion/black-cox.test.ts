import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { blackCoxSurvival, normalCdf } from "./black-cox.ts";

describe("Black–Cox first-passage survival", () => {
  it("has a standard normal CDF matching tabulated values", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 13);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 13);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 13);
    expect(normalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 18);
  });

  it("reduces to 2Φ(ln(A/B)/(σ√T)) − 1 without drift (reflection principle)", () => {
    // A = 100, B = 80, σ = 0.2, T = 1, μ = σ²/2 so ν = 0: 2Φ(ln 1.25 / 0.2) − 1.
    const s = blackCoxSurvival({ assets: 100, barrier: 80, volatility: 0.2, maturity: 1, drift: 0.02 });
    expect(s).toBeCloseTo(2 * normalCdf(Math.log(1.25) / 0.2) - 1, 12);
  });

  it("is 0 at or below the barrier and 1 with no debt", () => {
    expect(blackCoxSurvival({ assets: 5, barrier: 5, volatility: 0.3, maturity: 1 })).toBe(0);
    expect(blackCoxSurvival({ assets: 5, barrier: 0, volatility: 0.3, maturity: 1 })).toBe(1);
    expect(() => blackCoxSurvival({ assets: 5, barrier: 1, volatility: -1, maturity: 1 })).toThrow(
      ModelInputError,
    );
  });

  it("rises with assets and never exceeds the chance of ending above the barrier", () => {
    const pos = fc.double({ min: 0.01, max: 1000, noNaN: true });
    fc.assert(
      fc.property(
        pos,
        pos,
        pos,
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a, b, barrier, sigma, t) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const p = { barrier, volatility: sigma, maturity: t };
          const sLow = blackCoxSurvival({ ...p, assets: low });
          const sHigh = blackCoxSurvival({ ...p, assets: high });
          expect(sLow).toBeLessThanOrEqual(sHigh + 1e-12);
          const ending =
            high > barrier && t > 0
              ? normalCdf((Math.log(high / barrier) - (sigma * sigma * t) / 2) / (sigma * Math.sqrt(t)))
              : high > barrier
                ? 1
                : 0;
          expect(sHigh).toBeLessThanOrEqual(ending + 1e-12);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
