import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { network as net, tinyNetwork as tinyNetworkOf } from "../../testing/networks.ts";
import { solveEisenbergNoe } from "./eisenberg-noe.ts";
import { indexNetwork, liabilityBetween, relativeLiability } from "./network.ts";

const tinyNetwork = tinyNetworkOf();

const pay = (r: ReturnType<typeof solveEisenbergNoe>) => r.nodes.map((x) => x.payments as number);

describe("Eisenberg–Noe clearing", () => {
  it("clears a chain by hand: A short, then B short in the next round", () => {
    // A has 1 and owes B 2; B has nothing else and owes C 2. A pays 1 (wave 1), B passes 1 on (wave 2).
    const r = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 1, 0],
            ["b", 0, 0],
            ["c", 0, 0],
          ],
          [
            ["a", "b", 2],
            ["b", "c", 2],
          ],
        ),
      ),
    );
    expect(pay(r)).toEqual([1, 1, 0]);
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2, null]);
    expect(r.nodes.map((x) => x.recoveryRate)).toEqual([0.5, 0.5, 1]);
    expect(r.nodes.map((x) => x.netWorth)).toEqual([-1, -1, 1]);
    expect(r.nodes.map((x) => x.equity)).toEqual([0, 0, 1]);
    expect(r.totals).toMatchObject({ payments: 2, liabilities: 4, shortfall: 2, defaults: 2 });
    expect(r.converged).toBe(true);
  });

  it("shares a shortfall pro rata between interbank and external creditors (pari passu)", () => {
    // A has 6, owes B 4 and outsiders 8: it pays half of each, so B receives 2.
    const network = indexNetwork(
      net(
        [
          ["a", 6, 8],
          ["b", 0, 0],
        ],
        [["a", "b", 4]],
      ),
    );
    const r = solveEisenbergNoe(network);
    expect(r.nodes[0]?.payments).toBeCloseTo(6);
    expect(r.totals.externalPaid).toBeCloseTo(4);
    expect(r.nodes[1]?.netWorth).toBeCloseTo(2);
  });

  it("pays senior external creditors first", () => {
    // Same network, senior outsiders: they take all 6, B gets nothing.
    const r = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 6, 8],
            ["b", 0, 0],
          ],
          [["a", "b", 4]],
        ),
      ),
      {
        externalSeniority: "senior",
      },
    );
    expect(r.nodes[0]?.payments).toBeCloseTo(6);
    expect(r.totals.externalPaid).toBeCloseTo(6);
    expect(r.nodes[1]?.netWorth).toBeCloseTo(0);
    expect(r.options.externalSeniority).toBe("senior");
  });

  it("has no defaults when everyone can pay, and no payments when nothing is owed", () => {
    const solvent = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 5, 1],
            ["b", 5, 1],
          ],
          [
            ["a", "b", 3],
            ["b", "a", 3],
          ],
        ),
      ),
    );
    expect(solvent.nodes.every((x) => !x.defaulted && x.wave === null)).toBe(true);
    expect(pay(solvent)).toEqual([4, 4]);
    const empty = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 0, 0],
            ["b", 3, 0],
          ],
          [],
        ),
      ),
    );
    expect(pay(empty)).toEqual([0, 0]);
    expect(empty.nodes.map((x) => x.recoveryRate)).toEqual([1, 1]);
  });

  it("lets everyone default when nobody has assets", () => {
    const r = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 0, 1],
            ["b", 0, 1],
            ["c", 0, 1],
          ],
          [
            ["a", "b", 1],
            ["b", "c", 1],
          ],
        ),
      ),
    );
    expect(r.nodes.every((x) => x.defaulted)).toBe(true);
    expect(pay(r)).toEqual([0, 0, 0]);
  });

  it("clears disconnected parts independently", () => {
    const both = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 1, 0],
            ["b", 0, 0],
            ["c", 9, 2],
            ["d", 0, 0],
          ],
          [
            ["a", "b", 2],
            ["c", "d", 3],
          ],
        ),
      ),
    );
    expect(pay(both)).toEqual([1, 0, 5, 0]);
    expect(both.nodes.map((x) => x.defaulted)).toEqual([true, false, false, false]);
  });

  it("returns the greatest of a mutual-debt pair's many clearing vectors", () => {
    // A and B owe each other 1 and hold nothing else: every (t, t) with t in [0, 1] clears; the greatest is (1, 1).
    const r = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 0, 0],
            ["b", 0, 0],
          ],
          [
            ["a", "b", 1],
            ["b", "a", 1],
          ],
        ),
      ),
    );
    expect(pay(r)).toEqual([1, 1]);
    expect(r.nodes.some((x) => x.defaulted)).toBe(false);
  });

  it("treats exactly zero equity as solvent unless told otherwise", () => {
    const network = indexNetwork(
      net(
        [
          ["a", 2, 0],
          ["b", 0, 0],
        ],
        [["a", "b", 2]],
      ),
    );
    expect(solveEisenbergNoe(network).nodes[0]).toMatchObject({ defaulted: false, netWorth: 0, wave: null });
    const strict = solveEisenbergNoe(network, { zeroEquityIsDefault: true });
    expect(strict.nodes[0]).toMatchObject({ defaulted: true, payments: 2, wave: 1 });
    expect(strict.nodes[1]?.defaulted).toBe(false);
  });

  it("marks a forced default at wave 0 without changing its payments", () => {
    const r = solveEisenbergNoe(
      indexNetwork(
        net(
          [
            ["a", 5, 0],
            ["b", 0, 0],
          ],
          [["a", "b", 2]],
          [{ node: "a", default: true }],
        ),
      ),
    );
    expect(r.nodes[0]).toMatchObject({ defaulted: true, wave: 0, payments: 2 });
  });

  it("satisfies the clearing equations, limited liability and absolute priority", () => {
    fc.assert(
      fc.property(
        tinyNetwork,
        fc.constantFrom<"pari-passu" | "senior">("pari-passu", "senior"),
        (network, seniority) => {
          const x = indexNetwork(network);
          const r = solveEisenbergNoe(x, { externalSeniority: seniority });
          const p = pay(r);
          for (let i = 0; i < x.n; i++) {
            const owed = (x.interbankLiabilities[i] as number) + (x.externalLiabilities[i] as number);
            let income = 0;
            for (let j = 0; j < x.n; j++) {
              const share =
                seniority === "senior"
                  ? (x.interbankLiabilities[j] as number) > 0
                    ? liabilityBetween(x, j, i) / (x.interbankLiabilities[j] as number)
                    : 0
                  : relativeLiability(x, j, i);
              const paidToShare =
                seniority === "senior"
                  ? Math.max(0, (p[j] as number) - (x.externalLiabilities[j] as number))
                  : (p[j] as number);
              income += share * paidToShare;
            }
            const assets = (x.externalAssets[i] as number) + income;
            expect(p[i]).toBeCloseTo(Math.min(owed, assets), 6); // fixed point: pay all you owe or all you have
            expect(p[i] as number).toBeLessThanOrEqual(owed + 1e-9); // never more than owed
            expect(p[i] as number).toBeLessThanOrEqual(assets + 1e-9); // limited liability
            expect(r.nodes[i]?.defaulted).toBe((p[i] as number) < owed - 1e-9);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("pays less, never more, as an external-asset shock grows", () => {
    fc.assert(
      fc.property(
        tinyNetwork,
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (network, k, s1, s2) => {
          const node = network.nodes[k % network.nodes.length]?.id as string;
          const [small, large] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const a = pay(
            solveEisenbergNoe(indexNetwork({ ...network, shocks: [{ node, externalAssets: -small }] })),
          );
          const b = pay(
            solveEisenbergNoe(indexNetwork({ ...network, shocks: [{ node, externalAssets: -large }] })),
          );
          a.forEach((x, i) => {
            expect(b[i] as number).toBeLessThanOrEqual(x + 1e-9);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
