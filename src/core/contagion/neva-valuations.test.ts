import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { network as netOf, tinyNetwork as tinyNetworkOf } from "../../testing/networks.ts";
import { solveLinearDebtRank } from "./debtrank-linear.ts";
import { solveEisenbergNoe } from "./eisenberg-noe.ts";
import { solveFurfine } from "./furfine.ts";
import type { FinancialNetwork, Shock } from "./network.ts";
import { indexNetwork } from "./network.ts";
import { solveNeva } from "./neva.ts";
import { relativeEquityLoss } from "./neva-valuations.ts";

/**
 * Three banks in a cycle a → b → c → a (the debtor first): a owes b 2, b owes c 2, c owes a 3, with
 * external assets `assets`, external liabilities (6, 3, 2) and asset volatilities (0.3, 0.2, 0.4).
 */
const cycle = (assets: [number, number, number], shocks: Shock[]): FinancialNetwork => {
  const base = netOf(
    [
      ["a", assets[0], 6],
      ["b", assets[1], 3],
      ["c", assets[2], 2],
    ],
    [
      ["a", "b", 2],
      ["b", "c", 2],
      ["c", "a", 3],
    ],
    shocks,
  );
  const sigma = [0.3, 0.2, 0.4];
  return { ...base, nodes: base.nodes.map((node, i) => ({ ...node, volatility: sigma[i] })) };
};
/** Standard normal CDF from the Taylor series of erf, independent of black-cox.ts (fine for |x| ≤ 4). */
function phi(x: number): number {
  const z = x / Math.SQRT2;
  let term = z;
  let sum = z;
  for (let k = 1; k < 200; k++) {
    term *= (-z * z) / k;
    sum += term / (2 * k + 1);
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * sum);
}

function expectAll(actual: number[], expected: number[], digits: number): void {
  expect(actual).toHaveLength(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i] as number, digits);
}
const equities = (network: FinancialNetwork, options: Parameters<typeof solveNeva>[1]) =>
  solveNeva(indexNetwork(network), { tolerance: 1e-13, ...options }).nodes.map((x) => x.value as number);

describe("NEVA against the reference neva package (Barucca et al. 2020)", () => {
  // Expected equities computed by running the Python package `neva` (github.com/marcobardoscia/neva,
  // commit 6ced7f7) on the same balance sheets: `shock_and_solve(..., solve_assets=False)` with
  // tolerance 1e-15; shocks remove external assets pound for pound, as here.
  const shocked = cycle(
    [20, 8, 9],
    [
      { node: "a", externalAssets: -6 },
      { node: "b", externalAssets: -4 },
    ],
  );

  it("reproduces exante_en_blackcox_gbm, without and with a recovery rate", () => {
    const zero = equities(shocked, { valuation: "black-cox" });
    expectAll(zero, [8.934942372688596, 0.9976901112892587, 5.651586456914078], 9);
    const rho = equities(shocked, { valuation: "black-cox", recovery: 0.4 });
    expectAll(rho, [8.970578663179616, 0.9987239113557047, 5.791593465501553], 9);
    const defaulting = cycle([10, 4, 5], [{ node: "b", externalAssets: -1.5 }]);
    const r = equities(defaulting, { valuation: "black-cox", recovery: 0.4 });
    expectAll(r, [3.7054873781924673, -0.6843867524271876, 0.8], 9);
  });

  it("differs from it when all of a debtor's assets diffuse (blackCoxAssets: total)", () => {
    // Bank b holds a claim on a: with its interbank asset diffusing too, b looks safer to c.
    const total = equities(shocked, { valuation: "black-cox", blackCoxAssets: "total" });
    expect(Math.abs((total[2] as number) - 5.651586456914078)).toBeGreaterThan(1e-3);
  });

  it("lets only external assets diffuse, down to the level where equity is zero, with or without a debt barrier", () => {
    // c (σ 0.5) owes b 4 and holds 10 outside; b (σ 0.3) holds 10 outside and the claim on c, owes a 8.
    // Each debtor's default probability, written out independently: with A its external assets and
    // B = A − E − (L − D), PD = Φ((ln(B/A) + σ²/2)/σ) + (A/B)·Φ((ln(B/A) − σ²/2)/σ).
    const pd = (assets: number, barrier: number, sigma: number) => {
      const l = Math.log(barrier / assets);
      return phi((l + sigma ** 2 / 2) / sigma) + (assets / barrier) * phi((l - sigma ** 2 / 2) / sigma);
    };
    const network = (debtOfB?: number): FinancialNetwork => ({
      ...netOf(
        [
          ["a", 0, 0],
          ["b", 10, 0],
          ["c", 10, 0],
        ],
        [
          ["b", "a", 8],
          ["c", "b", 4],
        ],
      ),
      nodes: [
        { id: "a", externalAssets: 0, externalLiabilities: 0, volatility: 0.1 },
        { id: "b", externalAssets: 10, externalLiabilities: 0, volatility: 0.3, debt: debtOfB },
        { id: "c", externalAssets: 10, externalLiabilities: 0, volatility: 0.5 },
      ],
    });
    const vc = 1 - pd(10, 10 - 6, 0.5);
    const eb = 10 + 4 * vc - 8;
    expect(equities(network(), { valuation: "black-cox" })[0]).toBeCloseTo(
      8 * (1 - pd(10, 10 - eb, 0.3)),
      10,
    );
    // A barrier of 6 instead of b's 8 of debt leaves 2 more of headroom.
    expect(equities(network(6), { valuation: "black-cox" })[0]).toBeCloseTo(
      8 * (1 - pd(10, 10 - eb - 2, 0.3)),
      10,
    );
  });

  it("reproduces lin_dr with each bank's own initial equity, hand-checked", () => {
    // E0 = (15, 5, 6). E_a = 6 + 3·E_c/6, E_b = −1 + 2·E_a/15, E_c = 4 + 2·E_b/5 solve to
    // E = (585/73, 5/73, 294/73); the package's `lin_dr` gives the same when called per bank.
    // (Its `shock_and_solve(..., "linear_dr")` binds every bank to the last bank's E0 — a late-binding
    // closure — and returns (49/6, 1, 13/3) instead.)
    const r = equities(shocked, { valuation: "linear-debtrank" });
    expectAll(r, [585 / 73, 5 / 73, 294 / 73], 10);
  });

  it("reproduces eisenberg_noe (all creditors pari passu)", () => {
    const hit = equities(cycle([10, 4, 5], [{ node: "a", externalAssets: -6 }]), {});
    expectAll(hit, [-1, 0.75, 2], 10);
    const other = equities(cycle([10, 4, 5], [{ node: "b", externalAssets: -1.5 }]), {});
    expectAll(other, [5, -0.5, 1.8], 10);
  });
});

describe("NEVA external seniority", () => {
  // a: 1 outside, owes b 2 and outsiders 1. Pari passu b gets 2/3 of 1; senior outsiders take 1 first.
  const pair = netOf(
    [
      ["a", 1, 1],
      ["b", 0, 0],
    ],
    [["a", "b", 2]],
  );

  it("pays the outside creditors first when they are senior", () => {
    const pari = solveNeva(indexNetwork(pair));
    expect(pari.nodes.map((x) => x.value)).toEqual([-2, 2 / 3]);
    expect(pari.nodes[0]?.payments).toBeCloseTo(1, 12);
    const senior = solveNeva(indexNetwork(pair), { externalSeniority: "senior" });
    expect(senior.nodes.map((x) => x.value)).toEqual([-2, 0]);
    expect(senior.nodes[0]?.payments).toBe(1);
    expect(senior.totals.externalPaid).toBe(1);
    expect(senior.options.externalSeniority).toBe("senior");
  });

  it("agrees with Eisenberg–Noe clearing for both seniorities", () => {
    const tiny = tinyNetworkOf();
    fc.assert(
      fc.property(tiny, fc.constantFrom("pari-passu" as const, "senior" as const), (network, seniority) => {
        const x = indexNetwork(network);
        const en = solveEisenbergNoe(x, { externalSeniority: seniority });
        const neva = solveNeva(x, { externalSeniority: seniority });
        neva.nodes.forEach((node, i) => {
          expect(node.payments).toBeCloseTo(en.nodes[i]?.payments as number, 6);
          expect(node.defaulted).toBe(en.nodes[i]?.defaulted);
        });
        expect(neva.totals.externalPaid).toBeCloseTo(en.totals.externalPaid as number, 6);
      }),
      { numRuns: 500 },
    );
  });
});

describe("NEVA linear-DebtRank valuation", () => {
  it("measures the relative equity loss against the book equity before the shock", () => {
    expect(relativeEquityLoss(10, 10, 0)).toBe(0);
    expect(relativeEquityLoss(12, 10, 0)).toBe(0);
    expect(relativeEquityLoss(2.5, 10, 0)).toBe(0.75);
    expect(relativeEquityLoss(-1, 10, 0)).toBe(1);
    // No positive equity: untouched counts as no loss, any loss as total.
    expect(relativeEquityLoss(-2, -2, 1e-9)).toBe(0);
    expect(relativeEquityLoss(-3, -2, 1e-9)).toBe(1);
  });

  it("is Bardoscia et al.'s linear DebtRank when shocks take a share of equity or force a default", () => {
    // NEVA: h_i = 1 − V_i = min(1, (E0_i − E_i)/E0_i) with E_i = E0_i(1 − h_i(1)) − Σ_j A_ij h_j, which
    // is the limit of DebtRank's increments h_i = min(1, h_i(1) + Σ_j A_ij h_j / E0_i).
    const shocked = fc
      .tuple(tinyNetworkOf(), fc.nat(), fc.integer({ min: 1, max: 10 }), fc.constantFrom(0, 0.25, 0.5))
      .map(([network, k, tenths, recovery]) => {
        // DebtRank takes a share of a node's capital even when it has none; NEVA takes a share of
        // positive book equity only, so the shocked node is one with equity to lose.
        const x = indexNetwork(network);
        const book = (i: number) =>
          (x.externalAssets[i] as number) +
          (x.interbankAssets[i] as number) -
          (x.externalLiabilities[i] as number) -
          (x.interbankLiabilities[i] as number);
        const solventNodes = network.nodes.filter((_, i) => book(i) > 0);
        const node = solventNodes[k % Math.max(1, solventNodes.length)]?.id;
        // Ten tenths stand for a forced default, which DebtRank reads as h = 1.
        const shock = tenths === 10 ? { default: true } : { equityLoss: tenths / 10 };
        const shocks = node === undefined ? [] : [{ node, ...shock }];
        return { network: { ...network, shocks }, recovery };
      });
    fc.assert(
      fc.property(shocked, ({ network, recovery }) => {
        const x = indexNetwork(network);
        const dr = solveLinearDebtRank(x, { recovery, tolerance: 1e-13 });
        const neva = solveNeva(x, { valuation: "linear-debtrank", recovery, tolerance: 1e-13 });
        neva.nodes.forEach((node, i) => {
          const h = dr.nodes[i]?.relativeLoss as number;
          expect(node.recoveryRate).toBeCloseTo(recovery + (1 - recovery) * (1 - h), 6);
          // DebtRank sets h = 1 on a forced default; NEVA reports the equity the node itself lost.
          if (!x.forcedDefault[i]) expect(node.relativeLoss).toBeCloseTo(h, 6);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("NEVA forced defaults", () => {
  it("values claims on a node forced into default as on a defaulter, as Furfine does", () => {
    fc.assert(
      fc.property(tinyNetworkOf(), fc.nat(), fc.constantFrom(0.4, 1), (network, k, lgd) => {
        const node = network.nodes[k % network.nodes.length]?.id as string;
        const x = indexNetwork({ ...network, shocks: [{ node, default: true }] });
        const furfine = solveFurfine(x, { lgd });
        const neva = solveNeva(x, { valuation: "furfine", lgd });
        neva.nodes.forEach((n, i) => {
          expect(n.defaulted).toBe(furfine.nodes[i]?.defaulted);
          expect(n.netWorth).toBeCloseTo(furfine.nodes[i]?.netWorth as number, 9);
          expect(n.recoveryRate).toBe(furfine.nodes[i]?.recoveryRate);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps Eisenberg–Noe payments: a forced defaulter with enough assets still pays in full", () => {
    const x = indexNetwork(cycle([20, 8, 9], [{ node: "a", default: true }]));
    const en = solveEisenbergNoe(x);
    const neva = solveNeva(x).nodes;
    expect(neva[0]?.defaulted).toBe(true);
    for (let i = 0; i < 3; i++) expect(neva[i]?.payments).toBeCloseTo(en.nodes[i]?.payments as number, 9);
    expect(solveNeva(x, { valuation: "black-cox", recovery: 0.3 }).nodes[0]?.recoveryRate).toBe(0.3);
  });
});

describe("NEVA options", () => {
  it("refuses unknown valuations and choices instead of falling back", () => {
    const x = indexNetwork(cycle([10, 4, 5], []));
    const fault = (code: string, option: string) => expect.objectContaining({ code, path: [option] });
    expect(() => solveNeva(x, { valuation: "linear" as never })).toThrow(
      fault("invalid-option", "valuation"),
    );
    expect(() => solveNeva(x, { externalSeniority: "junior" as never })).toThrow(
      fault("invalid-option", "externalSeniority"),
    );
    expect(() => solveNeva(x, { blackCoxAssets: "all" as never })).toThrow(
      fault("invalid-option", "blackCoxAssets"),
    );
    // Options from a file arrive untyped: a quoted number is refused, not coerced.
    expect(() => solveNeva(x, { recovery: "0.4" as never })).toThrow(fault("out-of-range", "recovery"));
    expect(() => solveNeva(x, { maturity: "2" as never })).toThrow(fault("negative", "maturity"));
  });
});
