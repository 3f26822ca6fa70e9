/**
 * Published worked examples for the clearing models (Eisenberg–Noe, Rogers–Veraart, Furfine, NEVA),
 * each reproduced with its source. Inputs (matrices, balance sheets, parameters) come from the cited
 * publication; where the publication prints no result, the expected values are derived by hand in the
 * comment from the publication's own algorithm, or checked against an independent oracle written here,
 * and the test says so. Conventions that differ from halqa's defaults are set explicitly and named.
 */
import { describe, expect, it } from "vitest";
import { network as net } from "../../testing/networks.ts";
import { solveCrossHoldings } from "./cross-holdings.ts";
import { solveEisenbergNoe } from "./eisenberg-noe.ts";
import { solveFurfine } from "./furfine.ts";
import { type FinancialNetwork, indexNetwork } from "./network.ts";
import { solveNeva } from "./neva.ts";
import { solveRogersVeraart } from "./rogers-veraart.ts";

/**
 * systemicrisk (R package, A. Gandy & L. A. M. Veraart, CRAN, version 0.4.x), R/lib_Network_Evaluations.R,
 * the example of `default`, `default_clearing` and `default_cascade`:
 *   ea <- c(1/2,5/8,3/4); el <- c(3/2,1/2,1/2); x <- 0.5
 *   L <- matrix(c(0,x,1-x,1-x,0,x,x,1-x,0), nrow=3)   # filled by columns; L[i,j] = i owes j
 * so bank 1 owes 2 and 3 each ½, bank 2 owes 1 and 3 each ½, bank 3 owes 1 and 2 each ½. The package
 * divides by total liabilities including external ones (`computerelativeliab`), i.e. external creditors
 * rank pari passu — halqa's default `externalSeniority: "pari-passu"`. The package does not print the
 * example's output; the values below are derived by hand (comments) and match its algorithm.
 */
const systemicriskExample = () =>
  net(
    [
      ["1", 1 / 2, 3 / 2],
      ["2", 5 / 8, 1 / 2],
      ["3", 3 / 4, 1 / 2],
    ],
    [
      ["1", "2", 0.5],
      ["1", "3", 0.5],
      ["2", "1", 0.5],
      ["2", "3", 0.5],
      ["3", "1", 0.5],
      ["3", "2", 0.5],
    ],
  );

describe("systemicrisk's three-bank example (Gandy & Veraart, R package systemicrisk)", () => {
  it("default_clearing(L, ea, el): Eisenberg–Noe, banks 1 and 2 default", () => {
    // p̄ = (2.5, 1.5, 1.5); Π₁₂ = Π₁₃ = 0.2, Π₂₁ = Π₂₃ = Π₃₁ = Π₃₂ = ⅓. Book net worth (−1, 0.125, 0.25):
    // bank 1 defaults. With 2 and 3 paying in full, bank 1 pays ½ + ½ + ½ = 1.5, so bank 2 receives
    // 0.3 + 0.5 and has 1.425 < 1.5: it defaults too. Solving p₁ = 1 + p₂/3, p₂ = 1.125 + 0.2·p₁ gives
    // p₁ = 165/112, p₂ = 159/112; bank 3 then has 0.75 + 0.2·p₁ + p₂/3 = 1.5179 ≥ 1.5 and pays in full.
    const r = solveEisenbergNoe(indexNetwork(systemicriskExample()));
    const p = r.nodes.map((x) => x.payments as number);
    expect(p[0]).toBeCloseTo(165 / 112, 9);
    expect(p[1]).toBeCloseTo(159 / 112, 9);
    expect(p[2]).toBeCloseTo(1.5, 9);
    expect(r.nodes.map((x) => x.defaulted)).toEqual([true, true, false]); // the package's defaultind (1, 1, 0)
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2, null]);
  });

  it("default_clearing(L, ea, el, alpha = 0.5, beta = 0.7): Rogers–Veraart, all three default", () => {
    // Greatest Clearing Vector Algorithm (Rogers & Veraart 2013, Definition 3.6, as in the package).
    // Round 1: bank 1 defaults and pays α·½ + β·(⅓·1.5 + ⅓·1.5) = 0.95. Then bank 2 has
    // 0.625 + 0.2·0.95 + ⅓·1.5 − 1.5 = −0.185 < 0 and bank 3 has 0.75 + 0.19 + 0.5 − 1.5 = −0.06 < 0.
    // Round 2, all in default: Λ = α·e + β·Πᵀ·Λ, whose solution is (4225/8416, 160275/311392, 176055/311392).
    const r = solveRogersVeraart(indexNetwork(systemicriskExample()), { alpha: 0.5, beta: 0.7 });
    const p = r.nodes.map((x) => x.payments as number);
    expect(p[0]).toBeCloseTo(4225 / 8416, 9);
    expect(p[1]).toBeCloseTo(160275 / 311392, 9);
    expect(p[2]).toBeCloseTo(176055 / 311392, 9);
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2, 2]);
  });

  it("default_cascade(L, ea, el): Furfine-style cascade, everyone defaults", () => {
    // Net worth (−1, 0.125, 0.25): bank 1 fails at once (round 0 in halqa). With recovery 0 (lgd 1),
    // banks 2 and 3 each lose their ½ claim on bank 1, more than their capital: both fail in round 1.
    const r = solveFurfine(indexNetwork(systemicriskExample()));
    expect(r.nodes.map((x) => x.defaulted)).toEqual([true, true, true]);
    expect(r.nodes.map((x) => x.wave)).toEqual([0, 1, 1]);
  });

  it("default_cascade(..., recoveryrate = 0.5): bank 3 survives a round, then fails", () => {
    // recoveryrate 0.5 is lgd 0.5. Round 1: bank 2 loses 0.25 > 0.125 and fails; bank 3 loses 0.25,
    // exactly its capital — the package's test is networth < loss, strict, as halqa's default
    // (zeroEquityIsDefault false) — so it survives. Round 2: 0.25 + 0.25 > 0.25 and it fails.
    const r = solveFurfine(indexNetwork(systemicriskExample()), { lgd: 0.5 });
    expect(r.nodes.map((x) => x.wave)).toEqual([0, 1, 2]);
  });
});

/**
 * Rogers & Veraart (2013), "Failure and Rescue in an Interbank Network", Management Science 59(4),
 * the asymmetric six-bank network of their numerical section (Figure 4: λ and η over γ and α, β = 0.9),
 * as transcribed in FinNetValu (N. Bertschinger et al., Julia), test/models/test_rv.jl and
 * examples/replications.jmd: no external liabilities, external assets scaled by γ. The paper shows the
 * results as surfaces, not numbers, so this reproduces FinNetValu's test: the Greatest Clearing Vector
 * Algorithm agrees with plain Picard iteration of the Rogers–Veraart map from p̄ (which decreases to
 * the greatest clearing vector), for several (γ, α, β).
 */
const RV_LIABILITIES = [
  [0, 4.94, 2.47, 5.59, 0, 0],
  [6, 0, 0, 2, 0, 0],
  [0, 13, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 8],
  [12, 0, 0, 0, 0, 0],
  [2.79, 6.21, 0, 0, 0, 0],
];
const RV_EXTERNAL = [1, 1, 11.51, 1.4, 12.5, 2];

/** The positive entries of a liability matrix (row owes column) as [debtor, creditor, amount]. */
function matrixLiabilities(matrix: number[][], prefix: string): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const [i, row] of matrix.entries()) {
    for (const [j, x] of row.entries()) if (x > 0) out.push([`${prefix}${i + 1}`, `${prefix}${j + 1}`, x]);
  }
  return out;
}

function rogersVeraartNetwork(gamma: number): FinancialNetwork {
  return net(
    RV_EXTERNAL.map((e, i) => [`b${i + 1}`, gamma * e, 0]),
    matrixLiabilities(RV_LIABILITIES, "b"),
  );
}

/** Picard iteration of p ↦ (p̄ if solvent else α e + β Πᵀp) from p̄, to a fixed tolerance. */
function picardRogersVeraart(gamma: number, alpha: number, beta: number): number[] {
  const n = RV_EXTERNAL.length;
  const owed = RV_LIABILITIES.map((row) => row.reduce((s, x) => s + x, 0));
  let p = owed.slice();
  for (let k = 0; k < 10_000; k++) {
    const income = Array.from({ length: n }, (_, i) =>
      RV_LIABILITIES.reduce(
        (s, row, j) => s + (row[i] as number) * ((p[j] as number) / (owed[j] as number)),
        0,
      ),
    );
    const next = owed.map((o, i) => {
      const e = gamma * (RV_EXTERNAL[i] as number);
      const have = e + (income[i] as number);
      return have >= o ? o : Math.min(o, alpha * e + beta * (income[i] as number));
    });
    const change = Math.max(...next.map((x, i) => Math.abs(x - (p[i] as number))));
    p = next;
    if (change < 1e-13) break;
  }
  return p;
}

describe("Rogers & Veraart (2013): the asymmetric six-bank network", () => {
  it("is solvent everywhere before any shock (γ = 1)", () => {
    // Book net worth e + Σⱼ Lⱼᵢ − p̄ = (8.79, 16.15, 0.98, 0.99, 0.5, 1): nobody defaults.
    const r = solveRogersVeraart(indexNetwork(rogersVeraartNetwork(1)), { alpha: 0.5, beta: 0.9 });
    expect(r.totals.defaults).toBe(0);
  });

  it.each([
    [0.9, 0.5, 0.9],
    [0.6, 0.8, 0.9],
    [0.3, 0.2, 0.9],
    [0.5, 1, 1],
    [0.7, 0, 0],
  ])("matches Picard iteration at γ = %s, α = %s, β = %s (FinNetValu test_rv.jl)", (gamma, alpha, beta) => {
    const r = solveRogersVeraart(indexNetwork(rogersVeraartNetwork(gamma)), { alpha, beta });
    const expected = picardRogersVeraart(gamma, alpha, beta);
    r.nodes.forEach((x, i) => {
      expect(x.payments).toBeCloseTo(expected[i] as number, 8);
    });
  });
});

/**
 * FinNetValu (Bertschinger et al., Julia), test/models/test_neva.jl, "same model I" and "same model II":
 * on L = [0 1 2; 1 0 1; 2 1 0], external liabilities Lᵉ = (1, 0.2, 2) and external assets a near Lᵉ,
 * (I) Eisenberg–Noe = Rogers–Veraart with α = β = 1 = the cross-holdings (XOS, Suzuki/Fischer) model
 * with debt holdings Mᵈⱼᵢ = Lᵢⱼ / dᵢ, dᵢ = Σⱼ Lᵢⱼ + Lᵉᵢ; (II) Furfine with recovery 0 = Rogers–Veraart
 * with α = β = 0. FinNetValu draws a = Lᵉ + U(−0.1, 0.1); fixed draws are used here. FinNetValu's
 * Eisenberg–Noe divides by d, so external creditors are pari passu (halqa's default).
 */
const NEVA_L = [
  [0, 1, 2],
  [1, 0, 1],
  [2, 1, 0],
];
const NEVA_LE = [1, 0.2, 2];
const DRAWS = [
  [-0.1, 0.05, -0.08],
  [0.02, -0.1, 0.1],
  [-0.05, -0.05, -0.05],
  [0.1, 0.1, 0.1],
];

function finNetValuNetwork(delta: number[]): FinancialNetwork {
  return net(
    NEVA_LE.map((le, i) => [`n${i + 1}`, le + (delta[i] as number), le]),
    matrixLiabilities(NEVA_L, "n"),
  );
}

/** The same system as debt cross-holdings: j holds Lᵢⱼ/dᵢ of i's debt of face value dᵢ. */
function finNetValuDebtHoldings(delta: number[]): FinancialNetwork {
  const d = NEVA_L.map((row, i) => row.reduce((s, x) => s + x, 0) + (NEVA_LE[i] as number));
  const base = net(
    NEVA_LE.map((le, i) => [`n${i + 1}`, le + (delta[i] as number), 0]),
    [],
  );
  base.nodes.forEach((node, i) => {
    node.debt = d[i] as number;
  });
  for (const [issuer, holder, x] of matrixLiabilities(NEVA_L, "n")) {
    const i = Number(issuer.slice(1)) - 1;
    base.holdings.push({ holder, issuer, share: x / (d[i] as number), kind: "debt" });
  }
  return base;
}

describe("FinNetValu's model equivalences (test_neva.jl)", () => {
  it.each(DRAWS)(
    "same model I: EN = RV(1, 1) = NEVA(EN) = debt cross-holdings, a = Lᵉ + (%s, %s, %s)",
    (...delta) => {
      const network = indexNetwork(finNetValuNetwork(delta));
      const en = solveEisenbergNoe(network);
      const rv = solveRogersVeraart(network, { alpha: 1, beta: 1 });
      const neva = solveNeva(network);
      const xos = solveCrossHoldings(indexNetwork(finNetValuDebtHoldings(delta)));
      en.nodes.forEach((x, i) => {
        expect(rv.nodes[i]?.payments).toBeCloseTo(x.payments as number, 9);
        expect(neva.nodes[i]?.payments).toBeCloseTo(x.payments as number, 8);
        expect(xos.nodes[i]?.payments).toBeCloseTo(x.payments as number, 8);
        expect(neva.nodes[i]?.netWorth).toBeCloseTo(x.netWorth as number, 8);
        expect(xos.nodes[i]?.defaulted).toBe(x.defaulted);
      });
    },
  );

  it.each(DRAWS)("same model II: Furfine (recovery 0) = RV(0, 0), a = Lᵉ + (%s, %s, %s)", (...delta) => {
    const network = indexNetwork(finNetValuNetwork(delta));
    const rv = solveRogersVeraart(network, { alpha: 0, beta: 0 });
    const neva = solveNeva(network, { valuation: "furfine", lgd: 1 });
    const furfine = solveFurfine(network, { lgd: 1 });
    rv.nodes.forEach((x, i) => {
      expect(neva.nodes[i]?.netWorth).toBeCloseTo(x.netWorth as number, 9);
      expect(neva.nodes[i]?.defaulted).toBe(x.defaulted);
      expect(furfine.nodes[i]?.defaulted).toBe(x.defaulted);
    });
  });
});
