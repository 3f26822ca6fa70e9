import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveFurfine } from "./furfine.ts";
import { type FinancialNetwork, indexNetwork, type Shock } from "./network.ts";

function net(
  nodes: [string, number, number][],
  liabilities: [string, string, number][],
  shocks: Shock[] = [],
): FinancialNetwork {
  return {
    nodes: nodes.map(([id, externalAssets, capital]) => ({
      id,
      externalAssets,
      externalLiabilities: 0,
      capital,
    })),
    liabilities: liabilities.map(([debtor, creditor, amount]) => ({ debtor, creditor, amount })),
    holdings: [],
    dependencies: [],
    shocks,
  };
}

describe("Furfine sequential defaults", () => {
  // A owes B 5 and C 2; B owes C 4. Capital: B 3, C 5.
  const chain = (shocks: Shock[]) =>
    net(
      [
        ["a", 0, 1],
        ["b", 0, 3],
        ["c", 0, 5],
      ],
      [
        ["a", "b", 5],
        ["a", "c", 2],
        ["b", "c", 4],
      ],
      shocks,
    );

  it("spreads a forced default in rounds by hand", () => {
    // Round 1: B loses 5 > 3 → fails; C loses 2 < 5. Round 2: C loses 2 + 4 = 6 > 5 → fails.
    const r = solveFurfine(indexNetwork(chain([{ node: "a", default: true }])));
    expect(r.nodes.map((x) => x.wave)).toEqual([0, 1, 2]);
    expect(r.nodes.map((x) => x.netWorth)).toEqual([1, -2, -1]);
    expect(r.totals).toMatchObject({ defaults: 3, interbankLoss: 11 });
  });

  it("stops the cascade when the loss given default is small", () => {
    // lgd 0.5: B loses 2.5 < 3, survives; C loses 1.
    const r = solveFurfine(indexNetwork(chain([{ node: "a", default: true }])), { lgd: 0.5 });
    expect(r.nodes.map((x) => x.defaulted)).toEqual([true, false, false]);
    expect(r.nodes[1]?.relativeLoss).toBeCloseTo(2.5 / 3);
    expect(r.nodes[0]?.recoveryRate).toBe(0.5);
  });

  it("has no defaults without a trigger, and treats zero capital left per the option", () => {
    expect(solveFurfine(indexNetwork(chain([]))).totals.defaults).toBe(0);
    // B's capital 5 against a loss of exactly 5.
    const edge = net(
      [
        ["a", 0, 1],
        ["b", 0, 5],
      ],
      [["a", "b", 5]],
      [{ node: "a", default: true }],
    );
    expect(solveFurfine(indexNetwork(edge)).nodes[1]?.defaulted).toBe(false);
    expect(solveFurfine(indexNetwork(edge), { zeroEquityIsDefault: true }).nodes[1]?.defaulted).toBe(true);
  });

  it("uses book net worth when capital is absent, after shocks", () => {
    const network: FinancialNetwork = {
      nodes: [
        { id: "a", externalAssets: 10, externalLiabilities: 8 },
        { id: "b", externalAssets: 1, externalLiabilities: 0 },
      ],
      liabilities: [{ debtor: "b", creditor: "a", amount: 1 }],
      holdings: [],
      dependencies: [],
      shocks: [{ node: "a", externalAssets: -4 }],
    };
    // A: 6 + 1 − 8 = −1 → fails at round 0.
    const r = solveFurfine(indexNetwork(network));
    expect(r.nodes[0]).toMatchObject({ defaulted: true, wave: 0 });
  });

  it("defaults a node exactly when its capital is below the loss from defaulted debtors", () => {
    const tiny = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        capital: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
        owes: fc.array(fc.integer({ min: -2, max: 5 }), { minLength: n * n, maxLength: n * n }),
        forced: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        lgd: fc.constantFrom(0, 0.4, 1),
      }),
    );
    fc.assert(
      fc.property(tiny, ({ capital, owes, forced, lgd }) => {
        const n = capital.length;
        const ids = capital.map((_, i) => `n${i}`);
        const liabilities: [string, string, number][] = [];
        owes.forEach((x, k) => {
          if (Math.floor(k / n) !== k % n && x > 0)
            liabilities.push([ids[Math.floor(k / n)] as string, ids[k % n] as string, x]);
        });
        const shocks = ids.filter((_, i) => forced[i]).map((node) => ({ node, default: true }));
        const r = solveFurfine(
          indexNetwork(
            net(
              ids.map((id, i) => [id, 0, capital[i] as number]),
              liabilities,
              shocks,
            ),
          ),
          { lgd },
        );
        const failed = r.nodes.map((x) => x.defaulted);
        for (let i = 0; i < n; i++) {
          const loss = liabilities.reduce(
            (s, [d, c, a]) => (c === ids[i] && failed[ids.indexOf(d)] ? s + lgd * a : s),
            0,
          );
          expect(failed[i]).toBe(Boolean(forced[i]) || (capital[i] as number) - loss < -1e-9);
        }
        // Brute force the least self-consistent default set by iterating to a fixed point.
        let set = forced.map(Boolean);
        for (let round = 0; round <= n; round++) {
          set = set.map(
            (f, i) =>
              f ||
              (capital[i] as number) -
                liabilities.reduce(
                  (s, [d, c, a]) => (c === ids[i] && set[ids.indexOf(d)] ? s + lgd * a : s),
                  0,
                ) <
                -1e-9,
          );
        }
        expect(failed).toEqual(set);
      }),
      { numRuns: 1500 },
    );
  });
});
