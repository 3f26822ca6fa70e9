import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderByFloatKey, orderByIntKey, SMALL } from "./radix-order.ts";

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
});
