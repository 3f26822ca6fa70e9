import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FinancialNetwork, indexNetwork, liabilityBetween, relativeLiability } from "./network.ts";

const node = (id: string, externalAssets = 0, externalLiabilities = 0) => ({
  id,
  externalAssets,
  externalLiabilities,
});

const network = (liabilities: [string, string, number][], n = 3): FinancialNetwork => ({
  nodes: Array.from({ length: n }, (_, i) => node(String(i), 10, i)),
  liabilities: liabilities.map(([debtor, creditor, amount]) => ({ debtor, creditor, amount })),
  holdings: [],
  dependencies: [],
  shocks: [],
});

describe("indexNetwork's sparse liabilities", () => {
  it("sums parallel entries, sorts each row by creditor and derives the totals", () => {
    // 0 owes 2 three then two more, and 1 one; 2 owes 0 four.
    const x = indexNetwork(
      network([
        ["0", "2", 3],
        ["2", "0", 4],
        ["0", "1", 1],
        ["0", "2", 2],
      ]),
    );
    expect([...x.liabilities.offsets]).toEqual([0, 2, 2, 3]);
    expect([...x.liabilities.creditor]).toEqual([1, 2, 0]);
    expect([...x.liabilities.amount]).toEqual([1, 5, 4]);
    expect([...x.interbankLiabilities]).toEqual([6, 0, 4]);
    expect([...x.interbankAssets]).toEqual([4, 1, 5]);
    expect([...x.weight]).toEqual([14, 11, 15]);
    expect(liabilityBetween(x, 0, 2)).toBe(5);
    expect(liabilityBetween(x, 2, 1)).toBe(0);
    // Node 2 owes 4 inside and 2 outside: Π[2][0] = 4 / 6.
    expect(relativeLiability(x, 2, 0)).toBeCloseTo(4 / 6, 15);
    expect(relativeLiability(x, 1, 0)).toBe(0);
  });

  it("handles no nodes and no liabilities", () => {
    const empty = indexNetwork({ nodes: [], liabilities: [], holdings: [], dependencies: [], shocks: [] });
    expect([...empty.liabilities.offsets]).toEqual([0]);
    const lone = indexNetwork(network([], 2));
    expect([...lone.liabilities.offsets]).toEqual([0, 0, 0]);
    expect(lone.liabilities.amount.length).toBe(0);
  });

  it("keeps the external assets before the shocks beside those after", () => {
    const x = indexNetwork({
      ...network([]),
      shocks: [
        { node: "1", externalAssets: -4 },
        { node: "2", externalAssets: -25 },
      ],
    });
    expect([...x.externalAssetsBefore]).toEqual([10, 10, 10]);
    expect([...x.externalAssets]).toEqual([10, 6, 0]);
  });

  it("rejects an unknown debtor or creditor", () => {
    const unknownNine = expect.objectContaining({ code: "unknown-node", values: { node: "9" } });
    expect(() => indexNetwork(network([["0", "9", 1]]))).toThrow(unknownNine);
    expect(() => indexNetwork(network([["9", "0", 1]]))).toThrow(unknownNine);
  });

  it("matches a dense matrix built the plain way on random multigraphs", () => {
    const arbitrary = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 9 })), {
          maxLength: 20,
        }),
      }),
    );
    fc.assert(
      fc.property(arbitrary, ({ n, edges }) => {
        const x = indexNetwork(
          network(
            edges.map(([i, j, a]) => [String(i), String(j), a]),
            n,
          ),
        );
        const dense = Array.from({ length: n }, () => new Array<number>(n).fill(0));
        for (const [i, j, a] of edges) (dense[i] as number[])[j] = ((dense[i] as number[])[j] as number) + a;
        const { offsets, creditor, amount } = x.liabilities;
        for (let i = 0; i < n; i++) {
          const row = dense[i] as number[];
          const expected = row.flatMap((a, j) => (a > 0 ? [[j, a]] : []));
          const got = [];
          for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
            got.push([creditor[k], amount[k]]);
          }
          expect(got).toEqual(expected);
          expect(x.interbankLiabilities[i]).toBe(row.reduce((s, a) => s + a, 0));
          expect(x.interbankAssets[i]).toBe(dense.reduce((s, r) => s + (r[i] as number), 0));
          for (let j = 0; j < n; j++) expect(liabilityBetween(x, i, j)).toBe(row[j]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
