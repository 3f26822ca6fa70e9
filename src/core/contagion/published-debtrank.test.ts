/**
 * Published worked examples for DebtRank (Battiston et al. 2012), from the R package
 * NetworkRiskMeasures (C. Cinelli & T. C. Silva, CRAN), whose `debt_rank_shock` follows the 2012
 * method exactly as halqa does: impact W = min(1, exposure / capital), states undistressed →
 * distressed → inactive, each node passing its distress once, relative loss capped at 1, and the
 * additional stress Σ vⱼ (h_final − h_initial) with weights normalised to sum 1 (halqa's `debtRank`).
 *
 * Orientation: NetworkRiskMeasures takes an assets matrix (row lends to column) or, with
 * exposure_type "liabilities", a liabilities matrix (row owes column); halqa takes liabilities
 * {debtor, creditor, amount}. Both describe the same links.
 */
import { describe, expect, it } from "vitest";
import { solveDebtRank } from "./debtrank.ts";
import { type FinancialNetwork, indexNetwork, type Shock } from "./network.ts";

const withNodes = (
  nodes: [string, number, number?][],
  liabilities: [string, string, number][],
  shocks: Shock[] = [],
): FinancialNetwork => ({
  nodes: nodes.map(([id, capital, weight]) => ({
    id,
    externalAssets: 0,
    externalLiabilities: 0,
    capital,
    ...(weight !== undefined && { weight }),
  })),
  liabilities: liabilities.map(([debtor, creditor, amount]) => ({ debtor, creditor, amount })),
  holdings: [],
  dependencies: [],
  shocks,
});

/**
 * NetworkRiskMeasures, tests/testthat/tests.R, "vulnerability and communicability": six banks with
 * capital A 10, B 2, C 2, E 1, F 10, D 4 and a liabilities matrix (row owes column):
 * A→B 5, A→F 10, A→D 2, B→C 3, B→F 2, C→E 4, F→C 2, F→E 5, D→B 2, D→C 2 (and F→F 5, see below).
 * The published expected vulnerability matrix `res` (row = debtor, column = creditor) is
 * min(1, Lᵢⱼ / capitalⱼ) — DebtRank's impact matrix W.
 */
const SIX_CAPITAL: [string, number][] = [
  ["A", 10],
  ["B", 2],
  ["C", 2],
  ["E", 1],
  ["F", 10],
  ["D", 4],
];
const SIX_LIABILITIES: [string, string, number][] = [
  ["A", "B", 5],
  ["A", "F", 10],
  ["A", "D", 2],
  ["B", "C", 3],
  ["B", "F", 2],
  ["C", "E", 4],
  ["F", "C", 2],
  ["F", "E", 5],
  ["D", "B", 2],
  ["D", "C", 2],
];
/** The package's expected `res`, non-zero entries, debtor → creditor → impact. */
const PUBLISHED_VULNERABILITY: [string, string, number][] = [
  ["A", "B", 1],
  ["A", "F", 1],
  ["A", "D", 0.5],
  ["B", "C", 1],
  ["B", "F", 0.2],
  ["C", "E", 1],
  ["F", "C", 1],
  ["F", "E", 1],
  ["D", "B", 1],
  ["D", "C", 1],
];

describe("NetworkRiskMeasures' six-bank vulnerability matrix (tests.R)", () => {
  it.each(SIX_CAPITAL.map(([id]) => id))(
    "reproduces the published row of debtor %s as one round of DebtRank",
    (debtor) => {
      // Keep only the debtor's own liabilities and default it: one round of distress then gives each
      // creditor exactly h = W(debtor, creditor). The package's F→F entry (F owing itself 5, impact 0.5)
      // is left out: halqa refuses a node owing itself, and a self-loop carries no distress in DebtRank.
      const own = SIX_LIABILITIES.filter(([d]) => d === debtor);
      const r = solveDebtRank(indexNetwork(withNodes(SIX_CAPITAL, own, [{ node: debtor, default: true }])));
      const expected = new Map(
        PUBLISHED_VULNERABILITY.filter(([d]) => d === debtor).map(([, creditor, w]) => [creditor, w]),
      );
      for (const node of r.nodes) {
        if (node.id === debtor) continue;
        expect(node.relativeLoss).toBeCloseTo(expected.get(node.id) ?? 0, 12);
      }
    },
  );

  it("cascades a default of A through the whole network (derived by hand from the published matrix)", () => {
    // Round 2: B, F get 1 (W = 1), D gets 0.5. Round 3: B → C (1); F → C, E (1); D → B, C (already
    // capped). Round 4: C → E, already 1. h = (A 1, B 1, C 1, E 1, F 1, D 0.5).
    const r = solveDebtRank(
      indexNetwork(withNodes(SIX_CAPITAL, SIX_LIABILITIES, [{ node: "A", default: true }])),
    );
    expect(r.nodes.map((x) => x.relativeLoss)).toEqual([1, 1, 1, 1, 1, 0.5]);
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2, 3, 3, 2, 2]);
  });
});

/**
 * NetworkRiskMeasures, R/DebtRank.R, the documented example of `debt_rank` and `debt_rank_shock`:
 *   assets_matrix <- matrix(c(0, 10, 3, 1, 0, 2, 0, 3, 0), ncol = 3)  # filled by columns, row lends to column
 *   buffer <- c(a = 2, b = 5, c = 2); weights <- c(a = 10, b = 100, c = 30)
 * so a lent b 1; b lent a 10 and c 3; c lent a 3 and b 2. As liabilities: b owes a 1; a owes b 10;
 * c owes b 3; a owes c 3; b owes c 2. The package does not print the example's output; the values
 * below are derived by hand with its algorithm (the same as halqa's).
 */
const THREE: [string, number, number][] = [
  ["a", 2, 10],
  ["b", 5, 100],
  ["c", 2, 30],
];
const THREE_LIABILITIES: [string, string, number][] = [
  ["b", "a", 1],
  ["a", "b", 10],
  ["c", "b", 3],
  ["a", "c", 3],
  ["b", "c", 2],
];

describe("NetworkRiskMeasures' documented three-bank example (debt_rank)", () => {
  // Impacts: W(b→a) = min(1, 1/2) = 0.5, W(a→b) = min(1, 10/5) = 1, W(c→b) = 3/5 = 0.6,
  // W(a→c) = min(1, 3/2) = 1, W(b→c) = min(1, 2/2) = 1.
  it.each([
    // a defaults: b and c get 1 at once; additional stress (100 + 30)/140.
    ["a", [1, 1, 1], 130 / 140],
    // b defaults: a gets 0.5, c gets 1; then a passes 0.5 to b (capped) and c (capped); (5 + 30)/140.
    ["b", [0.5, 1, 1], 35 / 140],
    // c defaults: b gets 0.6; b passes 0.5·0.6 = 0.3 to a; a passes 1·0.3 to b: 0.9; (3 + 90)/140.
    ["c", [0.3, 0.9, 1], 93 / 140],
  ])("the default of %s", (node, h, additional) => {
    const network = withNodes(THREE, THREE_LIABILITIES, [{ node: node as string, default: true }]);
    const r = solveDebtRank(indexNetwork(network));
    (h as number[]).forEach((x, i) => {
      expect(r.nodes[i]?.relativeLoss).toBeCloseTo(x, 12);
    });
    expect(r.totals.debtRank).toBeCloseTo(additional as number, 12);
  });

  it("debt_rank_shock with a 10% stress on every node", () => {
    // Everyone is distressed in round 1 and passes its 0.1 once: a gets 0.5·0.1, b gets 1·0.1 +
    // 0.6·0.1, c gets 1·0.1 + 1·0.1. h = (0.15, 0.26, 0.3); additional (0.5 + 16 + 6)/140.
    const shocks = THREE.map(([node]) => ({ node, equityLoss: 0.1 }));
    const r = solveDebtRank(indexNetwork(withNodes(THREE, THREE_LIABILITIES, shocks)));
    [0.15, 0.26, 0.3].forEach((x, i) => {
      expect(r.nodes[i]?.relativeLoss).toBeCloseTo(x, 12);
    });
    expect(r.totals.debtRank).toBeCloseTo(22.5 / 140, 12);
    expect(r.totals.defaulted).toBe(0);
  });
});
