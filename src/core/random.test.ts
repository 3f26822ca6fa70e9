import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "./errors.ts";
import { createRng, rngFromState } from "./random.ts";

describe("xoshiro128**", () => {
  it("matches the reference C implementation from state {1, 2, 3, 4}", () => {
    // Produced by the authors' xoshiro128starstar.c compiled with gcc on x86-64.
    const rng = rngFromState([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => rng.uint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  it("refuses an all-zero state", () => {
    expect(() => rngFromState([0, 0, 0, 0])).toThrow(RangeError);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 8 }, () => rng.uint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(1)).not.toEqual(draw(1 + 2 ** 32));
    expect(draw(-1)).not.toEqual(draw(1));
  });

  it("refuses seeds that are not safe integers", () => {
    expect(() => createRng(1.5)).toThrow(ModelInputError);
    expect(() => createRng(Number.NaN)).toThrow(ModelInputError);
  });

  it("next() lies in [0, 1) and int(n) in [0, n)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const rng = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const x = rng.next();
          const k = rng.int(n);
          if (!(x >= 0 && x < 1) || !Number.isInteger(k) || k < 0 || k >= n) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("int(n) is roughly uniform (chi-square well below the 0.1% critical value)", () => {
    const rng = createRng(7);
    const n = 10;
    const draws = 20000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) {
      const k = rng.int(n);
      counts[k] = (counts[k] as number) + 1;
    }
    const expected = draws / n;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 27.88 is the 99.9th percentile of chi-square with 9 degrees of freedom.
    expect(chi2).toBeLessThan(27.88);
  });

  it("int refuses a bad range", () => {
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(2.5)).toThrow(RangeError);
    expect(() => rng.int(2 ** 32 + 1)).toThrow(RangeError);
    expect(rng.int(1)).toBe(0);
  });
});
