import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../../errors.ts";
import { histogram } from "./histogram.ts";

describe("histogram", () => {
  it("worked example: 0..10 in 5 bins of width 2, the largest value in the last bin", () => {
    const h = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(h.edges).toEqual([0, 2, 4, 6, 8, 10]);
    expect(h.counts).toEqual([2, 2, 2, 2, 3]);
    expect(h.nonFinite).toBe(0);
  });

  it("edge cases: nothing, one value, all equal, non-finite values", () => {
    expect(histogram([], 3)).toEqual({ edges: [], counts: [], nonFinite: 0 });
    expect(histogram([Number.NaN], 3)).toEqual({ edges: [], counts: [], nonFinite: 1 });
    expect(histogram([7, 7, 7], 2)).toEqual({ edges: [7, 7, 7], counts: [3, 0], nonFinite: 0 });
    expect(histogram([1, Number.POSITIVE_INFINITY, 3], 2)).toEqual({
      edges: [1, 2, 3],
      counts: [1, 1],
      nonFinite: 1,
    });
    expect(() => histogram([1], 0)).toThrow(ModelInputError);
    expect(() => histogram([1], 1.5)).toThrow(ModelInputError);
  });

  it("matches a brute-force count on small random samples", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        (xs, bins) => {
          const h = histogram(xs, bins);
          expect(h.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
          expect(h.edges[0]).toBe(Math.min(...xs));
          expect(h.edges[bins]).toBe(Math.max(...xs));
          // Brute force: the last bin whose left edge is ≤ x (the first one when the range is empty).
          const brute = new Array<number>(bins).fill(0);
          for (const x of xs) {
            let at = 0;
            for (let i = 0; i < bins; i++)
              if ((h.edges[i] as number) <= x && h.edges[i + 1] !== h.edges[i]) at = i;
            brute[at] = (brute[at] as number) + 1;
          }
          expect(h.counts).toEqual(brute);
        },
      ),
      { numRuns: 300 },
    );
  });
});
