/**
 * Published worked examples for the cross-holding models: the two-organisation example of Elliott,
 * Golub & Jackson's dependency matrix as M. O. Jackson teaches it, and the four-firm example of
 * Suzuki (2002) as replicated and tested in FinNetValu.
 */
import { describe, expect, it } from "vitest";
import { solveCrossHoldings } from "./cross-holdings.ts";
import { solveElliottGolubJackson } from "./elliott-golub-jackson.ts";
import { type FinancialNetwork, type Holding, indexNetwork } from "./network.ts";

const firms = (
  nodes: [string, number, number?][],
  holdings: Holding[],
  dependencies: FinancialNetwork["dependencies"] = [],
): FinancialNetwork => ({
  nodes: nodes.map(([id, externalAssets, debt]) => ({
    id,
    externalAssets,
    externalLiabilities: 0,
    ...(debt !== undefined && { debt }),
  })),
  liabilities: [],
  holdings,
  dependencies,
  shocks: [],
});

/**
 * M. O. Jackson, "Social and Economic Networks: Models and Analysis" (Stanford, Coursera), lecture
 * 5.8b "Application: Financial Contagions", presenting Elliott, Golub & Jackson (2014): two
 * organisations each own half of the other, C = [0 ½; ½ 0], so Ĉ = diag(½, ½) and
 * A = Ĉ(I − C)⁻¹ = [⅔ ⅓; ⅓ ⅔] — two thirds of an organisation's own investments reach its own
 * private owners, one third reaches the other's. No thresholds: nobody fails.
 */
describe("Elliott–Golub–Jackson: Jackson's two-organisation example", () => {
  const halfEach: Holding[] = [
    { holder: "1", issuer: "2", share: 0.5, kind: "equity" },
    { holder: "2", issuer: "1", share: 0.5, kind: "equity" },
  ];

  it.each([
    [1, 0, 2 / 3, 1 / 3],
    [0, 1, 1 / 3, 2 / 3],
    [3, 6, 3 * (2 / 3) + 6 * (1 / 3), 3 * (1 / 3) + 6 * (2 / 3)],
  ])("from cross-holdings: p = (%s, %s) gives v = A·p = (%s, %s)", (p1, p2, v1, v2) => {
    const r = solveElliottGolubJackson(
      indexNetwork(
        firms(
          [
            ["1", p1],
            ["2", p2],
          ],
          halfEach,
        ),
      ),
    );
    // Book values come from an inner iteration stopped at a relative tolerance of 1e-10: 8 digits.
    expect(r.nodes[0]?.value).toBeCloseTo(v1, 8);
    expect(r.nodes[1]?.value).toBeCloseTo(v2, 8);
    expect(r.totals.totalValue).toBeCloseTo(p1 + p2, 8); // columns of A sum to 1
    expect(r.totals.failures).toBe(0);
  });

  it("from the published dependency matrix A directly", () => {
    // Off-diagonal ⅓; the diagonal ⅔ is filled in as 1 − ⅓ by halqa's convention.
    const r = solveElliottGolubJackson(
      indexNetwork(
        firms(
          [
            ["1", 1],
            ["2", 0],
          ],
          [],
          [
            { holder: "1", issuer: "2", weight: 1 / 3 },
            { holder: "2", issuer: "1", weight: 1 / 3 },
          ],
        ),
      ),
    );
    expect(r.nodes[0]?.value).toBeCloseTo(2 / 3, 14);
    expect(r.nodes[1]?.value).toBeCloseTo(1 / 3, 14);
  });
});

/**
 * T. Suzuki (2002), "Valuing corporate debt: the effect of cross-holdings of stock and debt", J. Oper.
 * Res. Soc. Japan 45(2), the larger (four-firm) example, as replicated in FinNetValu (N. Bertschinger
 * et al.), examples/replications.jmd ("exampleN") and tested in test/models/test_xos.jl:
 * Mˢ (row holds share of column's equity), Mᵈ (of column's debt), nominal debt 0.8 each, external
 * assets (2, 0.5, 0.6, 0.6). FinNetValu asserts that at the fixed point every firm is solvent and the
 * debt is worth its face value: all(solvent) and debt == d. Its rows-hold-columns orientation is
 * halqa's holder/issuer. (FinNetValu also checks the first Picard step from zero, (1.2, 0, 0, 0 | 0.8,
 * 0.5, 0.6, 0.6); halqa iterates down from the top instead, so that step is not observable here.)
 */
const SUZUKI_EQUITY = [
  [0, 0.2, 0.3, 0.1],
  [0.2, 0, 0.2, 0.1],
  [0.1, 0.1, 0, 0.3],
  [0.1, 0.1, 0.1, 0],
];
const SUZUKI_DEBT = [
  [0, 0, 0.1, 0],
  [0, 0, 0, 0.1],
  [0.1, 0, 0, 0.1],
  [0, 0.1, 0, 0],
];
const SUZUKI_ASSETS = [2, 0.5, 0.6, 0.6];
const SUZUKI_FACE = 0.8;

function suzukiHoldings(): Holding[] {
  const out: Holding[] = [];
  for (const [kind, matrix] of [
    ["equity", SUZUKI_EQUITY],
    ["debt", SUZUKI_DEBT],
  ] as const) {
    for (const [i, row] of matrix.entries()) {
      for (const [j, share] of row.entries()) {
        if (share > 0) out.push({ holder: `f${i + 1}`, issuer: `f${j + 1}`, share, kind });
      }
    }
  }
  return out;
}

/** Gaussian elimination for the small dense system M x = b (test oracle). */
function solveLinear(m: number[][], b: number[]): number[] {
  const a = m.map((row, i) => [...row, b[i] as number]);
  const n = b.length;
  for (let c = 0; c < n; c++) {
    const pivot = (a[c] as number[])[c] as number;
    for (let k = 0; k < n; k++) {
      if (k === c) continue;
      const f = ((a[k] as number[])[c] as number) / pivot;
      a[k] = (a[k] as number[]).map((x, j) => x - f * ((a[c] as number[])[j] as number));
    }
  }
  return a.map((row, i) => (row[n] as number) / (row[i] as number));
}

describe("Suzuki (2002): the four-firm example (FinNetValu exampleN)", () => {
  const network = () =>
    indexNetwork(
      firms(
        SUZUKI_ASSETS.map((a, i) => [`f${i + 1}`, a, SUZUKI_FACE]),
        suzukiHoldings(),
      ),
    );

  it("has every firm solvent with its debt worth face value, as FinNetValu's test asserts", () => {
    const r = solveCrossHoldings(network());
    expect(r.nodes.map((x) => x.defaulted)).toEqual([false, false, false, false]);
    for (const node of r.nodes) expect(node.payments).toBeCloseTo(SUZUKI_FACE, 12);
  });

  it("values equity as the solvent regime's linear system S = a + Mˢ S + Mᵈ d − d", () => {
    // With everyone solvent the max(0, ·) is inactive: (I − Mˢ) S = a + Mᵈ·d − d.
    const n = SUZUKI_ASSETS.length;
    const lhs = SUZUKI_EQUITY.map((row, i) => row.map((x, j) => (i === j ? 1 : 0) - x));
    const rhs = SUZUKI_ASSETS.map(
      (a, i) => a + (SUZUKI_DEBT[i] as number[]).reduce((s, x) => s + x * SUZUKI_FACE, 0) - SUZUKI_FACE,
    );
    const expected = solveLinear(lhs, rhs);
    const r = solveCrossHoldings(network());
    for (let i = 0; i < n; i++) {
      expect(r.nodes[i]?.equity).toBeCloseTo(expected[i] as number, 9);
      expect(expected[i]).toBeGreaterThan(0);
    }
  });
});
