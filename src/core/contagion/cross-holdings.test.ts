import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { solveCrossHoldings } from "./cross-holdings.ts";
import { type FinancialNetwork, indexNetwork } from "./network.ts";

const at = (xs: ArrayLike<number>, i: number) => xs[i] as number;
const row = (m: number[][], i: number) => m[i] as number[];

type Case = { assets: number[]; debt: number[]; holdings: [number, number, number, "equity" | "debt"][] };

function network(c: Case, shock = 0): FinancialNetwork {
  return {
    nodes: c.assets.map((externalAssets, i) => ({
      id: String(i),
      externalAssets,
      externalLiabilities: 0,
      debt: c.debt[i] as number,
    })),
    liabilities: [],
    holdings: c.holdings.map(([h, i, share, kind]) => ({
      holder: String(h),
      issuer: String(i),
      share,
      kind,
    })),
    dependencies: [],
    shocks: shock > 0 ? [{ node: "0", externalAssets: -shock }] : [],
  };
}
const solve = (c: Case, zeroEquityIsDefault = false, shock = 0) =>
  solveCrossHoldings(indexNetwork(network(c, shock)), { zeroEquityIsDefault });

/** Solves the linear system M·x = b by Gaussian elimination with partial pivoting. */
function linearSolve(m: number[][], b: number[]): number[] {
  const n = b.length;
  const a = m.map((row, i) => [...row, at(b, i)]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(at(row(a, r), col)) > Math.abs(at(row(a, pivot), col))) pivot = r;
    [a[col], a[pivot]] = [row(a, pivot), row(a, col)];
    for (let r = col + 1; r < n; r++) {
      const f = at(row(a, r), col) / at(row(a, col), col);
      a[r] = row(a, r).map((x, k) => x - f * at(row(a, col), k));
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = at(row(a, i), n);
    for (let k = i + 1; k < n; k++) s -= at(row(a, i), k) * at(x, k);
    x[i] = s / at(row(a, i), i);
  }
  return x;
}

/**
 * Enumerates default sets D: given D, the asset values solve a linear system (equity A − d outside D,
 * debt worth A inside D); a set is a solution when its values agree with it. Returns every solution.
 */
function bruteForce(c: Case): number[][] {
  const n = c.assets.length;
  const solutions: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const inD = (j: number) => ((mask >> j) & 1) === 1;
    const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    const b = [...c.assets];
    for (const [h, j, s, kind] of c.holdings) {
      // Asset of h: s·S_j (equity, = A_j − d_j outside D, 0 inside) or s·R_j (debt, = d_j outside, A_j inside).
      if (kind === "equity" && !inD(j)) {
        row(m, h)[j] = at(row(m, h), j) - s;
        b[h] = at(b, h) - s * at(c.debt, j);
      }
      if (kind === "debt") {
        if (inD(j)) row(m, h)[j] = at(row(m, h), j) - s;
        else b[h] = at(b, h) + s * at(c.debt, j);
      }
    }
    const a = linearSolve(m, b);
    if (a.every((x, j) => (inD(j) ? x < at(c.debt, j) : x >= at(c.debt, j)))) solutions.push(a);
  }
  return solutions;
}

const worked: Case = {
  assets: [1, 1],
  debt: [1.2, 0.5],
  holdings: [
    [0, 1, 0.5, "equity"],
    [1, 0, 0.4, "debt"],
  ],
};

describe("solveCrossHoldings (Suzuki 2002; Fischer 2014)", () => {
  it("both firms solvent: debt at face, equity from the cross-holdings (docs/methods/cross-holdings.md)", () => {
    const r = solve(worked);
    expect(r.nodes.map((x) => x.defaulted)).toEqual([false, false]);
    expect(r.nodes[0]?.equity).toBeCloseTo(0.29, 9);
    expect(r.nodes[1]?.equity).toBeCloseTo(0.98, 9);
    expect(r.nodes[0]?.payments).toBe(1.2);
  });

  it("a shock to firm 0 makes it default; its debt is worth its assets", () => {
    const r = solve(worked, false, 0.5);
    expect(r.nodes[0]).toMatchObject({ defaulted: true, equity: 0 });
    expect(r.nodes[0]?.payments).toBeCloseTo(0.9375, 9);
    expect(r.nodes[0]?.recoveryRate).toBeCloseTo(0.78125, 9);
    expect(r.nodes[1]?.equity).toBeCloseTo(0.875, 9);
  });

  it("without holdings it is the plain balance sheet; everyone defaults with no assets", () => {
    const plain = solve({ assets: [3, 1, 2], debt: [1, 2, 0], holdings: [] });
    expect(plain.nodes.map((x) => [x.equity, x.payments, x.defaulted])).toEqual([
      [2, 1, false],
      [0, 1, true],
      [2, 0, false],
    ]);
    const none = solve({ ...worked, assets: [0, 0] });
    expect(none.nodes.every((x) => x.defaulted && x.payments === 0)).toBe(true);
  });

  it("zero equity is a default only when asked", () => {
    const edge: Case = { assets: [1], debt: [1], holdings: [] };
    expect(solve(edge).nodes[0]?.defaulted).toBe(false);
    expect(solve(edge, true).nodes[0]?.defaulted).toBe(true);
    expect(solve(edge, true).options).toEqual({ zeroEquityIsDefault: true });
  });

  it("refuses an issuer held more than 100% and a self-holding", () => {
    const over: Case = {
      ...worked,
      holdings: [
        [0, 1, 0.6, "debt"],
        [1, 1, 0.1, "equity"],
      ],
    };
    expect(() => solve(over)).toThrow(ModelInputError);
    const twice: Case = {
      assets: [1, 1, 1],
      debt: [1, 1, 1],
      holdings: [
        [0, 2, 0.6, "debt"],
        [1, 2, 0.6, "debt"],
      ],
    };
    expect(() => solve(twice)).toThrow(ModelInputError);
  });

  type Holding = [number, number, number, "equity" | "debt"];
  /**
   * The model refuses an issuer whose equity (or debt) is held more than 100% by the others
   * ("over-held"), so a valid case keeps each total within 1: one over 1 is scaled to 0.99. The same
   * generator in elliott-golub-jackson.test.ts drew such a case in a full run (seed 1452283709).
   */
  const withinIssuer = (hs: Holding[]): Holding[] => {
    const total = new Map<string, number>();
    for (const [, i, s, kind] of hs) total.set(`${i} ${kind}`, (total.get(`${i} ${kind}`) ?? 0) + s);
    return hs.map(([h, i, s, kind]) => {
      const t = total.get(`${i} ${kind}`) as number;
      return [h, i, t > 1 ? (s * 0.99) / t : s, kind];
    });
  };

  const anyCase = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      assets: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
      debt: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
      holdings: fc
        .array(
          fc.tuple(
            fc.nat(n - 1),
            fc.nat(n - 1),
            fc.double({ min: 0, max: 0.3, noNaN: true }),
            fc.constantFrom("equity" as const, "debt" as const),
          ),
          { maxLength: 3 * n },
        )
        .map((hs) => withinIssuer(hs.filter(([h, i]) => h !== i))),
    }),
  );

  it("satisfies the equations, limited liability and absolute priority, and matches brute force", () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const r = solve(c);
        const s = r.nodes.map((x) => x.equity as number);
        const pay = r.nodes.map((x) => x.payments as number);
        r.nodes.forEach((x, i) => {
          let a = at(c.assets, i);
          for (const [h, j, share, kind] of c.holdings)
            if (h === i) a += share * (kind === "equity" ? at(s, j) : at(pay, j));
          expect(x.payments).toBeCloseTo(Math.min(at(c.debt, i), a), 8);
          expect(x.equity).toBeCloseTo(Math.max(0, a - at(c.debt, i)), 8);
          expect(x.equity).toBeGreaterThanOrEqual(0);
          expect(x.payments).toBeLessThanOrEqual(at(c.debt, i) + 1e-12);
          // Absolute priority: equity is worth something only once debt is paid in full.
          if ((x.equity as number) > 1e-9) expect(x.payments).toBeCloseTo(at(c.debt, i), 9);
        });
        const brute = bruteForce(c);
        expect(brute.length).toBeGreaterThanOrEqual(1);
        const best = brute[0] as number[];
        r.nodes.forEach((x, i) => {
          expect((x.equity as number) + (x.payments as number)).toBeCloseTo(at(best, i), 7);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("equity and debt values fall as the shock grows", () => {
    fc.assert(
      fc.property(anyCase, fc.double({ min: 0, max: 2, noNaN: true }), (c, loss) => {
        const before = solve(c).nodes;
        solve(c, false, loss).nodes.forEach((x, i) => {
          expect(x.equity as number).toBeLessThanOrEqual((before[i]?.equity as number) + 1e-9);
          expect(x.payments as number).toBeLessThanOrEqual((before[i]?.payments as number) + 1e-9);
        });
      }),
      { numRuns: 500 },
    );
  });
});
