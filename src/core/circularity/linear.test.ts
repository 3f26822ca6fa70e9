import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CircularityError } from "./error.ts";
import { luFactor, luSolve, luSolveMany, matrixTimesVector } from "./linear.ts";

describe("LU with partial pivoting", () => {
  it("solves a 3×3 system by hand", () => {
    // 2x + y = 5, x + 3y + z = 7.5, y + 4z = 11: x = 2, y = 1, z = 2.5 (substitute to check).
    const a = Float64Array.from([2, 1, 0, 1, 3, 1, 0, 1, 4]);
    const x = luSolve(luFactor(a, 3), [5, 7.5, 11]);
    expect(x[0]).toBeCloseTo(2, 12);
    expect(x[1]).toBeCloseTo(1, 12);
    expect(x[2]).toBeCloseTo(2.5, 12);
  });

  it("pivots past a zero on the diagonal", () => {
    const a = Float64Array.from([0, 1, 1, 0]);
    expect(Array.from(luSolve(luFactor(a, 2), [3, 7]))).toEqual([7, 3]);
  });

  it("leaves its inputs unchanged", () => {
    const a = Float64Array.from([4, 1, 2, 3]);
    const b = [1, 2];
    luSolve(luFactor(a, 2), b);
    expect(Array.from(a)).toEqual([4, 1, 2, 3]);
    expect(b).toEqual([1, 2]);
  });

  it("a singular matrix is an error carrying the column", () => {
    const a = Float64Array.from([1, 2, 2, 4]);
    try {
      luFactor(a, 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CircularityError);
      expect((error as CircularityError).problem).toEqual({ code: "singular", n: 2, column: 1 });
    }
  });

  it("refuses mismatched sizes", () => {
    expect(() => luFactor(new Float64Array(3), 2)).toThrow(RangeError);
    expect(() => luSolve(luFactor(Float64Array.from([1]), 1), [1, 2])).toThrow(RangeError);
  });

  it("recovers x from b = A·x for random diagonally dominant A", () => {
    const system = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        a: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }),
        x: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(system, ({ n, a, x }) => {
        const m = Float64Array.from(a);
        // Rows made strictly dominant so the system is well conditioned; pivoting still happens
        // whenever a lower row's entry in the column is larger.
        for (let i = 0; i < n; i++)
          m[i * n + i] = (m[i * n + i] as number) + (n + 1) * Math.sign((i % 2) - 0.5);
        const solved = luSolve(luFactor(m, n), matrixTimesVector(m, n, x));
        return x.every((v, i) => Math.abs((solved[i] as number) - v) <= 1e-9 * (1 + Math.abs(v)));
      }),
      { numRuns: 1000 },
    );
  });

  it("solving many right-hand sides at once equals solving them one by one", () => {
    const cases = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: 5 }),
        a: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n * n, maxLength: n * n }),
        b: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: n * 5, maxLength: n * 5 }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ n, k, a, b }) => {
        const m = Float64Array.from(a);
        for (let i = 0; i < n; i++) m[i * n + i] = (m[i * n + i] as number) + 6 * n;
        const factors = luFactor(m, n);
        const rhs = Float64Array.from(b.slice(0, n * k));
        const many = luSolveMany(factors, rhs, k);
        for (let t = 0; t < k; t++) {
          const single = luSolve(
            factors,
            Array.from({ length: n }, (_, i) => rhs[i * k + t] as number),
          );
          for (let i = 0; i < n; i++) expect(many[i * k + t]).toBeCloseTo(single[i] as number, 12);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
