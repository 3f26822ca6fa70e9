import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstAfter, firstAfterNear, lowerBound } from "./sorted-search.ts";

describe("sorted searches", () => {
  it("match a linear scan on random sorted runs, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 }),
        fc.integer({ min: -1, max: 10 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -3, max: 40 }),
        (values, x, a, b, hint) => {
          const sorted = [...values].sort((p, q) => p - q);
          const from = sorted.length ? a % (sorted.length + 1) : 0;
          const to = from + (sorted.length ? b % (sorted.length - from + 1) : 0);
          const linear = (test: (v: number) => boolean) => {
            for (let i = from; i < to; i++) if (test(sorted[i] as number)) return i;
            return to;
          };
          expect(lowerBound(Int32Array.from(sorted), from, to, x)).toBe(linear((v) => v >= x));
          expect(firstAfter(Float64Array.from(sorted), from, to, x)).toBe(linear((v) => v > x));
          // Any hint, inside the run or not, gives the same answer.
          expect(firstAfterNear(Float64Array.from(sorted), from, to, x, hint)).toBe(linear((v) => v > x));
        },
      ),
    );
  });
});
