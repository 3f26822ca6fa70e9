/** Straight-line depreciation by hand and against a brute-force day-by-day version. */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import {
  depreciationInYear,
  depreciationOverWindow,
  understatedDepreciation,
  type Vintage,
} from "./depreciation.ts";
import { annualisedGrowth } from "./unit-economics.ts";

describe("straight-line depreciation", () => {
  it("$300 bought in 2026 over 3 years: $100 in each of 2026, 2027, 2028, nothing after", () => {
    const v = [{ year: 2026, amount: 300 }];
    expect([2025, 2026, 2027, 2028, 2029].map((y) => depreciationInYear(v, 3, y))).toEqual([
      0, 100, 100, 100, 0,
    ]);
  });

  it("a 2.5-year life charges half a year's share in its last year", () => {
    const v = [{ year: 2026, amount: 250 }];
    expect([2026, 2027, 2028].map((y) => depreciationInYear(v, 2.5, y))).toEqual([100, 100, 50]);
  });

  it("3 vs 6 years on $600 bought in 2026: 2026–2028 books $600 vs $300, so $300 is understated", () => {
    const v = [{ year: 2026, amount: 600 }];
    expect(depreciationOverWindow(v, 3, 2026, 2028)).toBe(600);
    expect(depreciationOverWindow(v, 6, 2026, 2028)).toBe(300);
    expect(understatedDepreciation(v, 3, 6, 2026, 2028)).toBe(300);
  });

  it("rejects a life that is not positive", () => {
    expect(() => depreciationInYear([], 0, 2026)).toThrow(ModelInputError);
  });

  it("IBM's +90% over two years is about 37.8% a year", () => {
    expect(annualisedGrowth(90, 2)).toBeCloseTo(37.84, 2);
  });

  const vintages = fc.array(
    fc.record({ year: fc.integer({ min: 2020, max: 2030 }), amount: fc.integer({ min: 0, max: 1000 }) }),
    { maxLength: 5 },
  );
  const life = fc.integer({ min: 1, max: 48 }).map((quarters) => quarters / 4);

  /** Brute force: spread each vintage over its life in quarter-year steps and sum the steps in the year. */
  function bruteForce(vs: Vintage[], l: number, year: number): number {
    let total = 0;
    for (const v of vs) {
      const steps = Math.round(l * 4);
      for (let k = 0; k < steps; k++) if (Math.floor(v.year + k / 4) === year) total += v.amount / steps;
    }
    return total;
  }

  it("matches the brute force, and charges each vintage's whole amount over its life", () => {
    fc.assert(
      fc.property(vintages, life, (vs, l) => {
        let all = 0;
        for (let year = 2018; year <= 2045; year++) {
          const d = depreciationInYear(vs, l, year);
          expect(d).toBeCloseTo(bruteForce(vs, l, year), 6);
          all += d;
        }
        expect(all).toBeCloseTo(
          vs.reduce((s, v) => s + v.amount, 0),
          6,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("a longer life never books more in the first years: understatement ≥ 0 over windows starting at the first vintage", () => {
    fc.assert(
      fc.property(vintages, life, life, fc.integer({ min: 0, max: 10 }), (vs, a, b, span) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const from = Math.min(2020, ...vs.map((v) => v.year));
        expect(understatedDepreciation(vs, short, long, from, from + span)).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
