import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  integerGrid,
  orderAndRankByFloatKey,
  orderByFloatKey,
  orderByIntKey,
  orderByIntKeyCarrying,
  orderByKeysCarrying,
  SMALL,
} from "./radix-order.ts";

/** orderByFloatKey gives the stable ascending order (of items given in reverse). */
function expectOrdered(keys: number[]): void {
  const k = Float64Array.from(keys);
  const items = Int32Array.from(keys.keys()).reverse();
  const expected = Array.from(items).sort((a, b) => (k[a] as number) - (k[b] as number) || b - a);
  expect(Array.from(orderByFloatKey(items, k))).toEqual(expected);
}

describe("radix orders", () => {
  it("orders by a float key stably, negatives, zeros and large values included", () => {
    const key = fc.oneof(
      fc.constantFrom(0, -0, 1, -1, 1.5, 1e15, -1e15, 1.7e12, 1.7e12 + 1),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => expectOrdered(keys)),
      { numRuns: 300 },
    );
    // Past SMALL the radix passes run, not the comparison sort.
    fc.assert(
      fc.property(fc.array(key, { minLength: SMALL, maxLength: SMALL + 500 }), (keys) => expectOrdered(keys)),
      { numRuns: 20 },
    );
  });

  it("orders by an integer key stably and gives the runs", () => {
    const key = Int32Array.from([2, 0, 2, 1, 0]);
    const { order, offsets } = orderByIntKey(Int32Array.from([0, 1, 2, 3, 4]), key, 3);
    expect(Array.from(order)).toEqual([1, 4, 3, 0, 2]);
    expect(Array.from(offsets)).toEqual([0, 2, 3, 5]);
  });

  it("ranks the ordered keys by distinct value, -0 and +0 as one, each rank's value its first item's", () => {
    // Few distinct values, so ranks repeat; ±0 both present.
    const key = fc.constantFrom(0, -0, 1, -1, 2.5, 1.7e12, 1.7e12 + 60_000, -3e9);
    const check = (keys: number[]) => {
      const k = Float64Array.from(keys);
      const items = Int32Array.from(keys.keys()).reverse();
      const { order, rank, distinct } = orderAndRankByFloatKey(items, k);
      expect(Array.from(order)).toEqual(Array.from(orderByFloatKey(items, k)));
      // Reference: one pass over the order comparing numbers (as the serial tick pass did).
      const firsts: number[] = [];
      const ranks: number[] = [];
      let last = Number.NaN;
      for (const e of order) {
        const t = k[e] as number;
        if (t !== last) {
          firsts.push(t);
          last = t;
        }
        ranks.push(firsts.length - 1);
      }
      expect(Array.from(rank)).toEqual(ranks);
      // Object.is tells -0 from +0: the distinct values are the very first items' own.
      expect(Array.from(distinct).map((v, i) => Object.is(v, firsts[i]))).toEqual(firsts.map(() => true));
      expect(distinct.length).toBe(firsts.length);
    };
    fc.assert(fc.property(fc.array(key, { maxLength: 60 }), check), { numRuns: 200 });
    fc.assert(fc.property(fc.array(key, { minLength: SMALL, maxLength: SMALL + 300 }), check), {
      numRuns: 10,
    });
  });

  it("ranks whole-number keys on a grid (times to the second or minute) as the float passes do", () => {
    // Keys min + step·j: the integer passes run; a -0, a fraction or a span past 2^31 steps does not.
    const check = (keys: number[]) => {
      const k = Float64Array.from(keys);
      const items = Int32Array.from(keys.keys()).reverse();
      const { order, rank, distinct } = orderAndRankByFloatKey(items, k);
      const expected = Array.from(items).sort((a, b) => (k[a] as number) - (k[b] as number) || b - a);
      expect(Array.from(order)).toEqual(expected);
      const values = expected.map((e) => k[e] as number);
      const firsts = values.filter((v, i) => i === 0 || v !== values[i - 1]);
      expect(Array.from(distinct)).toEqual(firsts);
      expect(Array.from(rank)).toEqual(values.map((v) => firsts.indexOf(v)));
    };
    const grid = fc
      .record({
        base: fc.constantFrom(0, 1.7e12, -5e11, 2 ** 52),
        step: fc.constantFrom(1, 7, 1000, 60_000, 86_400_000),
        span: fc.constantFrom(3, 500, 100_000, 2 ** 31 + 5),
      })
      .chain(({ base, step, span }) =>
        fc.array(
          fc.integer({ min: 0, max: Math.min(span, 2 ** 40) }).map((j) => base + j * step),
          { minLength: SMALL, maxLength: SMALL + 300 },
        ),
      );
    fc.assert(fc.property(grid, check), { numRuns: 40 });
    // Which keys take the integer passes: whole numbers on a grid of under 2^31 steps.
    const all = (keys: number[]) => integerGrid(Int32Array.from(keys.keys()), Float64Array.from(keys));
    expect(all([1.7e12 + 120_000, 1.7e12, 1.7e12 + 60_000])).toMatchObject({
      min: 1.7e12,
      step: 60_000,
      count: 3,
    });
    expect(Array.from(all([1.7e12 + 120_000, 1.7e12, 1.7e12 + 60_000])?.steps ?? [])).toEqual([2, 0, 1]);
    expect(all([5, 5, 5])).toMatchObject({ step: 1, count: 1 });
    expect(all([0, 0.5])).toBeNull();
    expect(all([1, -0])).toBeNull();
    expect(all([0, 1, 2 ** 31])).toBeNull(); // 2^31 + 1 steps of 1
    // A fraction or a -0 among whole numbers: the float passes, the same order.
    check([...Array.from({ length: SMALL }, (_, i) => (i * 7919) % 1000), 0.5, -0]);
  });

  it("carries a value per item through the integer order, from keys read or given", () => {
    const check = (keys: number[], k: number) => {
      const key = Int32Array.from(keys);
      const items = Int32Array.from(keys.keys()).reverse();
      const carried = Int32Array.from(items, (e) => e * 7 + 1);
      const plain = orderByIntKey(items, key, k);
      const withValues = orderByIntKeyCarrying(items, key, k, carried);
      expect(Array.from(withValues.order)).toEqual(Array.from(plain.order));
      expect(Array.from(withValues.offsets)).toEqual(Array.from(plain.offsets));
      expect(Array.from(withValues.carried)).toEqual(Array.from(plain.order, (e) => e * 7 + 1));
      const given = orderByKeysCarrying(
        items,
        Int32Array.from(items, (e) => key[e] as number),
        k,
        carried,
      );
      expect(Array.from(given.order)).toEqual(Array.from(plain.order));
      expect(Array.from(given.carried)).toEqual(Array.from(withValues.carried));
    };
    const keys = (k: number, min: number, max: number) =>
      fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: min, maxLength: max });
    fc.assert(
      fc.property(keys(5, 0, 40), (list) => check(list, 5)),
      { numRuns: 100 },
    );
    // Keys past one 11-bit digit: two passes.
    fc.assert(
      fc.property(keys(5000, 100, 3000), (list) => check(list, 5000)),
      { numRuns: 20 },
    );
    check([0, 1, 1, 3], 4); // already in order
  });
});
