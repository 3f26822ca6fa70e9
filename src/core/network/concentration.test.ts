import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { ConcentrationError, hhi, shares, topShare } from "./concentration.ts";

describe("shares", () => {
  it("gives each key its share, largest first (docs/methods/concentration.md)", () => {
    const result = shares([
      { key: "chips", amount: 30 },
      { key: "cloud", amount: 50 },
      { key: "power", amount: 20 },
    ]);
    expect(result).toEqual([
      { key: "cloud", amount: 50, share: 0.5 },
      { key: "chips", amount: 30, share: 0.3 },
      { key: "power", amount: 20, share: 0.2 },
    ]);
  });

  it("adds amounts under the same key and breaks ties by key", () => {
    const result = shares([
      { key: "y", amount: 1 },
      { key: "x", amount: 2 },
      { key: "y", amount: 1 },
      { key: "z", amount: 0 },
    ]);
    expect(result.map((s) => [s.key, s.amount, s.share])).toEqual([
      ["x", 2, 0.5],
      ["y", 2, 0.5],
      ["z", 0, 0],
    ]);
  });

  it("is empty for no amounts and rejects bad amounts or a zero total, with the data", () => {
    expect(shares([])).toEqual([]);
    expect(() => shares([{ key: "a", amount: -1 }])).toThrow(
      expect.objectContaining({ code: "invalid-amount", value: -1, at: "a" }),
    );
    expect(() => shares([{ key: "a", amount: Number.NaN }])).toThrow(ConcentrationError);
    expect(() => shares([{ key: "a", amount: 0 }])).toThrow(expect.objectContaining({ code: "zero-total" }));
  });
});

describe("hhi", () => {
  it("worked example: shares 0.5, 0.3, 0.2", () => {
    // 0.25 + 0.09 + 0.04 = 0.38, i.e. 2,500 + 900 + 400 = 3,800 points; 1 / 0.38 ≈ 2.63 counterparties.
    const result = hhi([0.5, 0.3, 0.2]);
    expect(result.hhi).toBeCloseTo(0.38, 12);
    expect(result.points).toBeCloseTo(3800, 8);
    expect(result.equivalentCount).toBeCloseTo(1 / 0.38, 12);
  });

  it("is 1 for one counterparty and 1/n for n equal ones", () => {
    expect(hhi([1])).toEqual({ hhi: 1, points: 10_000, equivalentCount: 1 });
    expect(hhi([0.25, 0.25, 0.25, 0.25])).toEqual({ hhi: 0.25, points: 2500, equivalentCount: 4 });
    expect(hhi([1, 0, 0]).hhi).toBe(1);
  });

  it("rejects shares outside [0, 1] or not summing to 1", () => {
    expect(() => hhi([])).toThrow(expect.objectContaining({ code: "shares-not-summing-to-one", value: 0 }));
    expect(() => hhi([50, 50])).toThrow(expect.objectContaining({ code: "out-of-range", at: 0 }));
    expect(() => hhi([0.5, 0.4])).toThrow(ConcentrationError);
    expect(() => hhi([1.5, -0.5])).toThrow(expect.objectContaining({ code: "out-of-range" }));
  });
});

describe("topShare", () => {
  const list = [0.2, 0.5, 0.3];

  it("sums the k largest shares", () => {
    expect(topShare(list, 0)).toBe(0);
    expect(topShare(list, 1)).toBe(0.5);
    expect(topShare(list, 2)).toBeCloseTo(0.8, 12);
    expect(topShare(list, 3)).toBeCloseTo(1, 12);
    expect(topShare(list, 10)).toBeCloseTo(1, 12);
  });

  it("rejects a k that is not a non-negative integer", () => {
    expect(() => topShare(list, -1)).toThrow(ModelInputError);
    expect(() => topShare(list, 1.5)).toThrow(ModelInputError);
  });
});

const amounts = fc.array(
  fc.record({
    key: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
    amount: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
  }),
  { minLength: 1, maxLength: 20 },
);
const shareLists = amounts
  .filter((list) => list.some((a) => a.amount > 0))
  .map((list) => shares(list).map((s) => s.share));

describe("concentration: properties", () => {
  it("shares sum to 1, are sorted, and each key appears once", () => {
    fc.assert(
      fc.property(amounts, (list) => {
        fc.pre(list.some((a) => a.amount > 0));
        const result = shares(list);
        expect(result.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
        expect(new Set(result.map((s) => s.key)).size).toBe(result.length);
        result.slice(1).forEach((s, i) => {
          expect(s.amount).toBeLessThanOrEqual((result[i] as { amount: number }).amount);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("1/n ≤ HHI ≤ 1, HHI = Σ s², and 1/HHI is between 1 and n", () => {
    fc.assert(
      fc.property(shareLists, (list) => {
        const { hhi: h, points, equivalentCount } = hhi(list);
        const n = list.length;
        expect(h).toBeGreaterThanOrEqual(1 / n - 1e-12);
        expect(h).toBeLessThanOrEqual(1 + 1e-12);
        expect(h).toBeCloseTo(
          list.reduce((s, x) => s + x * x, 0),
          12,
        );
        expect(points).toBeCloseTo(10_000 * h, 8);
        expect(equivalentCount).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(equivalentCount).toBeLessThanOrEqual(n + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it("HHI and top-k shares do not depend on the order of the shares", () => {
    fc.assert(
      fc.property(shareLists, fc.infiniteStream(fc.nat()), fc.nat(10), (list, keys, k) => {
        const shuffled = list
          .map((s) => ({ s, key: keys.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.s);
        expect(hhi(shuffled)).toEqual(hhi(list));
        expect(topShare(shuffled, k)).toBe(topShare(list, k));
      }),
      { numRuns: 2000 },
    );
  });

  it("top-k share equals brute force over all k-subsets, grows with k, and bounds HHI", () => {
    fc.assert(
      fc.property(shareLists, fc.nat(9), (list, k) => {
        const n = list.length;
        let best = 0;
        for (let mask = 0; mask < 1 << n; mask++) {
          const chosen = list.filter((_, i) => mask & (1 << i));
          if (chosen.length === Math.min(k, n))
            best = Math.max(
              best,
              chosen.reduce((s, x) => s + x, 0),
            );
        }
        expect(topShare(list, k)).toBeCloseTo(Math.min(best, 1), 12);
        expect(topShare(list, k + 1)).toBeGreaterThanOrEqual(topShare(list, k));
        expect(topShare(list, k)).toBeGreaterThanOrEqual(Math.min(k, n) / n - 1e-12);
        const { hhi: h } = hhi(list);
        expect(h).toBeLessThanOrEqual(topShare(list, 1) + 1e-12);
        expect(h).toBeGreaterThanOrEqual(topShare(list, 1) ** 2 - 1e-12);
      }),
      { numRuns: 1000 },
    );
  });
});
