import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proportion, quantileSorted, ranks, spearman, tailRisk } from "./statistics.ts";

const sorted = (xs: number[]) => Float64Array.from(xs).sort();

describe("quantile, VaR and ES", () => {
  it("worked example: losses 1..10", () => {
    const x = sorted([3, 1, 4, 10, 5, 9, 2, 6, 8, 7]);
    expect(quantileSorted(x, 0.5)).toBe(5); // ⌈5⌉ = 5th smallest
    expect(quantileSorted(x, 0.95)).toBe(10); // ⌈9.5⌉ = 10th
    expect(quantileSorted(x, 0)).toBe(1);
    expect(tailRisk(x, 0.8)).toEqual({ var: 8, es: 9 }); // mean of 8, 9, 10
  });

  it("ties at VaR count in the shortfall", () => {
    expect(tailRisk(sorted([0, 0, 0, 5, 5]), 0.5)).toEqual({ var: 0, es: 2 });
  });

  it("match brute force on small arrays", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const s = sorted(xs);
          // Brute force: the smallest x with at least p·N values ≤ x.
          const q = [...s].find((x) => s.filter((y) => y <= x).length >= p * s.length) as number;
          const tail = [...s].filter((y) => y >= q);
          const t = tailRisk(s, p);
          return (
            quantileSorted(s, p) === q &&
            t.var === q &&
            Math.abs(t.es - tail.reduce((a, b) => a + b, 0) / tail.length) < 1e-9
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("default probability", () => {
  it("Wilson interval: 0 of 100 is [0, 3.70%]; 50 of 100 is 50% ± 9.6%", () => {
    const none = proportion(0, 100);
    expect(none.p).toBe(0);
    expect(none.low).toBeCloseTo(0, 12);
    expect(none.high).toBeCloseTo(0.037, 3);
    const half = proportion(50, 100);
    expect(half.se).toBeCloseTo(0.05, 12);
    expect(half.low).toBeCloseTo(0.4038, 4);
    expect(half.high).toBeCloseTo(0.5962, 4);
  });
});

describe("Spearman's ρ", () => {
  it("ranks share ties", () => {
    expect([...ranks([10, 20, 20, 5])]).toEqual([2, 3.5, 3.5, 1]);
  });

  it("is 1 for any increasing map, −1 for a decreasing one, NaN for a constant", () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [7, 7, 7])).toBeNaN();
  });

  it("equals 1 − 6Σd²/(n(n²−1)) without ties", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 3, maxLength: 20 }), fc.integer(), (xs, seed) => {
        const ys = xs.map((_, i) => (Math.imul(i + 1, 2654435761) ^ seed) >>> 0).map((v, i) => v + i / 1e6);
        if (new Set(ys).size !== ys.length) return true;
        const rx = ranks(xs);
        const ry = ranks(ys);
        const n = xs.length;
        let d2 = 0;
        for (let i = 0; i < n; i++) d2 += ((rx[i] as number) - (ry[i] as number)) ** 2;
        return Math.abs(spearman(xs, ys) - (1 - (6 * d2) / (n * (n * n - 1)))) < 1e-9;
      }),
      { numRuns: 300 },
    );
  });
});
