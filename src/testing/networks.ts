/** Test helpers for the contagion models: compact networks and random tiny ones for property tests. */
import fc from "fast-check";
import type { FinancialNetwork, Liability, NetworkNode, Shock } from "../core/contagion/network.ts";

/**
 * A network from compact data: nodes as [id, externalAssets, externalLiabilities], liabilities as
 * [debtor, creditor, amount]; `extra` is added to every node (e.g. a volatility).
 */
export function network(
  nodes: [string, number, number][],
  liabilities: [string, string, number][],
  shocks: Shock[] = [],
  extra: Partial<Omit<NetworkNode, "id">> = {},
): FinancialNetwork {
  return {
    nodes: nodes.map(([id, externalAssets, externalLiabilities]) => ({
      id,
      externalAssets,
      externalLiabilities,
      ...extra,
    })),
    liabilities: liabilities.map(([debtor, creditor, amount]) => ({ debtor, creditor, amount })),
    holdings: [],
    dependencies: [],
    shocks,
  };
}

/** Liabilities from [debtor, creditor, amount] triples whose nodes are numbered or named. */
export function liabilitiesOf(
  owes: readonly (readonly [number | string, number | string, number])[],
): Liability[] {
  return owes.map(([debtor, creditor, amount]) => ({
    debtor: String(debtor),
    creditor: String(creditor),
    amount,
  }));
}

/** Random tiny networks: up to 4 nodes, small integer balance sheets, some links absent. */
export function tinyNetwork(extra: Partial<Omit<NetworkNode, "id">> = {}): fc.Arbitrary<FinancialNetwork> {
  return fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc
      .record({
        e: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
        ext: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
        owes: fc.array(fc.integer({ min: -3, max: 5 }), { minLength: n * n, maxLength: n * n }),
      })
      .map(({ e, ext, owes }) => {
        const ids = e.map((_, i) => `n${i}`);
        const liabilities: [string, string, number][] = [];
        owes.forEach((x, k) => {
          const i = Math.floor(k / n);
          const j = k % n;
          if (i !== j && x > 0) liabilities.push([ids[i] as string, ids[j] as string, x]);
        });
        return network(
          ids.map((id, i) => [id, e[i] as number, ext[i] as number]),
          liabilities,
          [],
          extra,
        );
      }),
  );
}
