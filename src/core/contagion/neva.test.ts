import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { network as netBase, tinyNetwork as tinyNetworkOf } from "../../testing/networks.ts";
import { solveEisenbergNoe } from "./eisenberg-noe.ts";
import { indexNetwork, liabilityBetween } from "./network.ts";
import { solveNeva } from "./neva.ts";

const net = (nodes: [string, number, number][], liabilities: [string, string, number][]) =>
  netBase(nodes, liabilities, [], { volatility: 0.3 });
const tinyNetwork = tinyNetworkOf({ volatility: 0.3 });

describe("NEVA valuation", () => {
  const chain = net(
    [
      ["a", 1, 0],
      ["b", 0, 0],
      ["c", 0, 0],
    ],
    [
      ["a", "b", 2],
      ["b", "c", 2],
    ],
  );

  it("values the hand chain with the Eisenberg–Noe valuation", () => {
    // Book equities −1, −2 … : A is at −1 (pays half), so B is at 1 − 2 = −1, C at 1.
    const r = solveNeva(indexNetwork(chain));
    expect(r.nodes.map((x) => x.value)).toEqual([-1, -1, 1]);
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2, null]);
    expect(r.nodes.map((x) => x.payments)).toEqual([1, 1, 0]);
  });

  it("values the hand chain with the Furfine valuation", () => {
    // A insolvent → claim on A worth 0 (lgd 1) → B at −2 → claim on B worth 0 → C at 0, solvent.
    const r = solveNeva(indexNetwork(chain), { valuation: "furfine" });
    expect(r.nodes.map((x) => x.value)).toEqual([-1, -2, 0]);
    expect(r.nodes.map((x) => x.defaulted)).toEqual([true, true, false]);
    expect(
      solveNeva(indexNetwork(chain), { valuation: "furfine", zeroEquityIsDefault: true }).nodes[2]?.defaulted,
    ).toBe(true);
  });

  it("discounts claims by the Black–Cox survival of the debtor", () => {
    // B owes A 10 and has 20 outside: A's claim is worth 10 · (2Φ(ln 2/(0.3·1)) − 1) at σ = 0.3 … with drift σ²/2.
    const network = net(
      [
        ["a", 0, 0],
        ["b", 20, 0],
      ],
      [["b", "a", 10]],
    );
    const r = solveNeva(indexNetwork(network), { valuation: "black-cox", drift: 0.045 });
    const survival = 2 * 0.5 * (1 + erf(Math.log(2) / 0.3 / Math.SQRT2)) - 1;
    expect(r.nodes[0]?.value).toBeCloseTo(10 * survival, 9);
    expect(() =>
      solveNeva(indexNetwork({ ...network, nodes: network.nodes.map(({ volatility: _, ...x }) => x) }), {
        valuation: "black-cox",
      }),
    ).toThrow(expect.objectContaining({ code: "missing-volatility", values: { node: "a" } }));
  });

  it("accepts a custom valuation function and refuses values outside [0, 1]", () => {
    const half = solveNeva(indexNetwork(chain), { valuation: () => 0.5 });
    expect(half.nodes.map((x) => x.value)).toEqual([-1, -1, 1]);
    expect(half.options.valuation).toBe("custom");
    expect(() => solveNeva(indexNetwork(chain), { valuation: () => 2 })).toThrow(RangeError);
  });

  it("returns the greatest fixed point of a mutual-debt pair", () => {
    const pair = net(
      [
        ["a", 0, 0],
        ["b", 0, 0],
      ],
      [
        ["a", "b", 1],
        ["b", "a", 1],
      ],
    );
    expect(solveNeva(indexNetwork(pair)).nodes.map((x) => x.value)).toEqual([0, 0]);
    expect(solveNeva(indexNetwork(pair), { valuation: "furfine" }).nodes.some((x) => x.defaulted)).toBe(
      false,
    );
  });

  it("counts a node whose equity converges to exactly zero as solvent, like Eisenberg–Noe", () => {
    // n2 ends with assets 2 + 5/3 + 4/3 = 5 against liabilities 5; the iteration reaches −2e−16.
    const edge = net(
      [
        ["n0", 1, 0],
        ["n1", 1, 3],
        ["n2", 2, 2],
      ],
      [
        ["n0", "n2", 2],
        ["n1", "n0", 1],
        ["n1", "n2", 2],
        ["n2", "n1", 3],
      ],
    );
    const x = indexNetwork(edge);
    expect(solveNeva(x).nodes.map((node) => node.defaulted)).toEqual([true, true, false]);
    expect(solveEisenbergNoe(x).nodes.map((node) => node.defaulted)).toEqual([true, true, false]);
    expect(solveNeva(x, { valuation: "furfine", lgd: 0.5 }).nodes[2]?.defaulted).toBe(true);
  });

  it("agrees with Eisenberg–Noe clearing under the Eisenberg–Noe valuation", () => {
    fc.assert(
      fc.property(tinyNetwork, (network) => {
        const x = indexNetwork(network);
        const en = solveEisenbergNoe(x).nodes;
        solveNeva(x).nodes.forEach((node, i) => {
          expect(node.payments).toBeCloseTo(en[i]?.payments as number, 6);
          expect(node.defaulted).toBe(en[i]?.defaulted);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("satisfies its fixed-point equation and loses value as a shock grows, for every valuation", () => {
    const valuations = fc.constantFrom<"eisenberg-noe" | "furfine" | "black-cox" | "linear-debtrank">(
      "eisenberg-noe",
      "furfine",
      "black-cox",
      "linear-debtrank",
    );
    fc.assert(
      fc.property(
        tinyNetwork,
        valuations,
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        (network, valuation, k, shock) => {
          const node = network.nodes[k % network.nodes.length]?.id as string;
          const x = indexNetwork(network);
          const r = solveNeva(x, { valuation, lgd: 0.6 });
          for (let i = 0; i < x.n; i++) {
            let equity =
              (x.externalAssets[i] as number) -
              (x.interbankLiabilities[i] as number) -
              (x.externalLiabilities[i] as number);
            for (let j = 0; j < x.n; j++)
              equity += liabilityBetween(x, j, i) * (r.nodes[j]?.recoveryRate as number);
            expect(r.nodes[i]?.value).toBeCloseTo(equity, 6);
          }
          const hit = solveNeva(indexNetwork({ ...network, shocks: [{ node, externalAssets: -shock }] }), {
            valuation,
            lgd: 0.6,
          });
          hit.nodes.forEach((h, i) => {
            expect(h.value as number).toBeLessThanOrEqual((r.nodes[i]?.value as number) + 1e-9);
          });
        },
      ),
      { numRuns: 600 },
    );
  });
});

/** erf by its Taylor series, independent of the code under test (fine for |x| ≤ 3). */
function erf(x: number): number {
  let term = x;
  let sum = x;
  for (let k = 1; k < 100; k++) {
    term *= (-x * x) / k;
    sum += term / (2 * k + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}
