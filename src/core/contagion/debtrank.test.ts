import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { liabilitiesOf } from "../../testing/networks.ts";
import { solveDebtRank } from "./debtrank.ts";
import { solveLinearDebtRank } from "./debtrank-linear.ts";
import { type FinancialNetwork, indexNetwork, type Shock } from "./network.ts";

const at = (xs: ArrayLike<number>, i: number) => xs[i] as number;
const row = (m: number[][], i: number) => m[i] as number[];

type Case = { capital: number[]; owes: [number, number, number][]; shocks: Shock[]; weight?: number[] };

function network(c: Case): FinancialNetwork {
  return {
    nodes: c.capital.map((capital, i) => ({
      id: String(i),
      externalAssets: 0,
      externalLiabilities: 0,
      capital,
      weight: c.weight?.[i] ?? 1,
    })),
    liabilities: liabilitiesOf(c.owes),
    holdings: [],
    dependencies: [],
    shocks: c.shocks,
  };
}
const solve = (c: Case) => solveDebtRank(indexNetwork(network(c)));
const hOf = (c: Case) => solve(c).nodes.map((x) => x.relativeLoss as number);

/** The 2012 algorithm written plainly over dense matrices and state strings. */
function bruteDebtRank(c: Case): number[] {
  const n = c.capital.length;
  const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [i, j, a] of c.owes) if (i !== j) (w[i] as number[])[j] = ((w[i] as number[])[j] as number) + a;
  const impact = w.map((row) =>
    row.map((a, j) => (a > 0 ? (at(c.capital, j) > 0 ? Math.min(1, a / at(c.capital, j)) : 1) : 0)),
  );
  let h = new Array<number>(n).fill(0);
  for (const s of c.shocks)
    h[Number(s.node)] = s.default ? 1 : Math.min(1, at(h, Number(s.node)) + (s.equityLoss ?? 0));
  let state: string[] = h.map((x) => (x > 0 ? "D" : "U"));
  while (state.includes("D")) {
    const next = h.map((hj, j) => {
      let sum = hj;
      for (let i = 0; i < n; i++) if (state[i] === "D") sum += at(row(impact, i), j) * at(h, i);
      return Math.min(1, sum);
    });
    state = state.map((s, j) => (s === "D" ? "I" : s === "U" && at(next, j) > 0 ? "D" : s));
    h = next;
  }
  return h;
}

const chain: Case = {
  capital: [10, 10, 20],
  owes: [
    [0, 1, 5],
    [1, 2, 10],
  ],
  shocks: [{ node: "0", equityLoss: 0.5 }],
};

describe("solveDebtRank (Battiston et al. 2012)", () => {
  it("passes distress down a chain, halving at each link (docs/methods/debtrank.md)", () => {
    const r = solve(chain);
    expect(r.nodes.map((x) => x.relativeLoss)).toEqual([0.5, 0.25, 0.125]);
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2, 3]);
    expect(r.totals.debtRank).toBeCloseTo((0.25 + 0.125) / 3, 12);
    expect(r.totals.rounds).toBe(3);
    expect(r.iterations).toBe(4);
  });

  it("lets each node pass distress on once, so a loop stops after one turn", () => {
    const h = hOf({
      capital: [10, 10],
      owes: [
        [0, 1, 20],
        [1, 0, 20],
      ],
      shocks: [{ node: "0", equityLoss: 0.5 }],
    });
    // 0 hits 1 fully (impact capped at 1), 1 hits 0 back once, then both are inactive.
    expect(h).toEqual([1, 0.5]);
  });

  it("on a mutual pair passes each node's distress once (docs/methods/debtrank.md)", () => {
    const pair: Case = {
      capital: [10, 10],
      owes: [
        [0, 1, 5],
        [1, 0, 5],
      ],
      shocks: [{ node: "0", equityLoss: 0.2 }],
    };
    const h = hOf(pair);
    expect(h[0]).toBeCloseTo(0.25, 12);
    expect(h[1]).toBeCloseTo(0.1, 12);
  });

  it("with no shock nothing moves", () => {
    const r = solve({ ...chain, shocks: [] });
    expect(r.nodes.every((x) => x.relativeLoss === 0 && x.wave === null)).toBe(true);
    expect(r.totals.debtRank).toBe(0);
    expect(r.iterations).toBe(1);
  });

  it("everyone forced to default: h = 1 everywhere and no loss beyond the shock", () => {
    const r = solve({ ...chain, shocks: [0, 1, 2].map((i) => ({ node: String(i), default: true })) });
    expect(r.nodes.every((x) => x.relativeLoss === 1 && x.defaulted)).toBe(true);
    expect(r.totals.debtRank).toBe(0);
    expect(r.totals.initialLoss).toBeCloseTo(1, 12);
  });

  it("zero obligations and disconnected parts stay untouched", () => {
    expect(hOf({ capital: [1, 1], owes: [], shocks: [{ node: "0", equityLoss: 0.3 }] })).toEqual([0.3, 0]);
    const h = hOf({
      capital: [10, 10, 10, 10],
      owes: [
        [0, 1, 5],
        [2, 3, 5],
      ],
      shocks: [{ node: "0", default: true }],
    });
    expect(h).toEqual([1, 0.5, 0, 0]);
  });

  it("a creditor with no capital is wiped out by any exposure to a distressed debtor", () => {
    const r = solve({ capital: [10, 0], owes: [[0, 1, 1]], shocks: [{ node: "0", equityLoss: 0.01 }] });
    expect(r.nodes[1]?.relativeLoss).toBeCloseTo(0.01, 12);
    const full = solve({ capital: [10, 0], owes: [[0, 1, 1]], shocks: [{ node: "0", default: true }] });
    expect(full.nodes[1]?.defaulted).toBe(true);
  });

  it("weights the systemic loss by economic value", () => {
    const r = solve({ ...chain, weight: [0, 3, 1] });
    expect(r.totals.debtRank).toBeCloseTo(0.75 * 0.25 + 0.25 * 0.125, 12);
  });

  const arbitraryCase = (n: number) =>
    fc.record({
      capital: fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      owes: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.01, max: 10, noNaN: true })), {
        maxLength: 3 * n,
      }),
      shocks: fc.array(
        fc.record({
          node: fc.nat(n - 1).map(String),
          equityLoss: fc.double({ min: 0, max: 1, noNaN: true }),
          default: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
    });
  const anyCase = fc.integer({ min: 1, max: 6 }).chain(arbitraryCase);

  it("matches the algorithm written plainly, and keeps h between the shock and 1", () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const r = solve(c);
        const h = r.nodes.map((x) => x.relativeLoss as number);
        const brute = bruteDebtRank(c);
        h.forEach((x, i) => {
          expect(x).toBeCloseTo(brute[i] as number, 12);
          expect(x).toBeLessThanOrEqual(1);
          expect(x).toBeGreaterThanOrEqual(0);
        });
        expect(r.totals.debtRank).toBeGreaterThanOrEqual(-1e-12);
        expect(r.iterations).toBeLessThanOrEqual(c.capital.length + 2);
      }),
      { numRuns: 1500 },
    );
  });

  it("equals linear DebtRank on a tree shocked at its root (each node is hit once)", () => {
    const tree = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.record({
        parents: fc.tuple(...Array.from({ length: n - 1 }, (_, k) => fc.nat(k))),
        exposure: fc.array(fc.double({ min: 0, max: 0.99, noNaN: true }), { minLength: n, maxLength: n }),
        loss: fc.double({ min: 0.01, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(tree, ({ parents, exposure, loss }) => {
        const c: Case = {
          capital: exposure.map(() => 10),
          owes: parents.map((p, k) => [p, k + 1, 10 * (exposure[k + 1] as number)]),
          shocks: [{ node: "0", equityLoss: loss }],
        };
        const linear = solveLinearDebtRank(indexNetwork(network(c)));
        const h = hOf(c);
        linear.nodes.forEach((x, i) => {
          expect(x.relativeLoss).toBeCloseTo(h[i] as number, 9);
        });
      }),
      { numRuns: 500 },
    );
  });
});
