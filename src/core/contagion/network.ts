/**
 * A plain financial network, the input of every contagion model: nodes with their external balance
 * sheet, interbank liabilities, cross-holdings (equity or debt), dependencies, and shocks. Built from
 * a user's file (docs/network-format.md) or from the dataset; validated by src/schema/network.ts.
 * Models read it through `indexNetwork`, which turns ids into dense indices and lists into arrays.
 */

export type NetworkNode = {
  id: string;
  /** Assets held outside the network (cash, loans to the real economy …). */
  externalAssets: number;
  /** Liabilities to creditors outside the network. */
  externalLiabilities: number;
  /** Equity capital at the start, when the model needs it (DebtRank, thresholds). */
  capital?: number;
  /** Face value of debt, for Black–Cox and the cross-holding models. */
  debt?: number;
  /** Elliott–Golub–Jackson failure threshold on the node's value. */
  threshold?: number;
  /** Cost incurred when the node fails (Elliott–Golub–Jackson). */
  failureCost?: number;
  /** Economic weight (e.g. total assets) for DebtRank's systemic loss; defaults to total assets. */
  weight?: number;
  /** Asset volatility (per year) for the Black–Cox valuation. */
  volatility?: number;
};

export type Liability = { debtor: string; creditor: string; amount: number };
export type Holding = { holder: string; issuer: string; share: number; kind: "equity" | "debt" };
export type Dependency = { holder: string; issuer: string; weight: number };
export type Shock = { node: string; externalAssets?: number; equityLoss?: number; default?: boolean };

export type FinancialNetwork = {
  nodes: NetworkNode[];
  liabilities: Liability[];
  holdings: Holding[];
  dependencies: Dependency[];
  shocks: Shock[];
};

/** The network over dense indices, shocks applied to external assets, ready for the models. */
export type IndexedNetwork = {
  n: number;
  ids: string[];
  index: Map<string, number>;
  /** External assets after the shocks' `externalAssets` deltas (never below 0). */
  externalAssets: Float64Array;
  externalLiabilities: Float64Array;
  capital: Float64Array;
  debt: Float64Array;
  threshold: Float64Array;
  failureCost: Float64Array;
  weight: Float64Array;
  volatility: Float64Array;
  /** liabilities[i][j]: what i owes j inside the network (dense; parallel entries summed). */
  owes: Float64Array[];
  /** Total owed by each node inside the network. */
  interbankLiabilities: Float64Array;
  /** Relative liabilities Π[i][j] = owes[i][j] / total liabilities of i (external included). */
  relative: Float64Array[];
  /** Fraction of its equity each node loses at once (shock `equityLoss`), 0..1. */
  equityLoss: Float64Array;
  /** Nodes forced into default by a shock. */
  forcedDefault: Uint8Array;
  holdings: { holder: number; issuer: number; share: number; kind: "equity" | "debt" }[];
  dependencies: { holder: number; issuer: number; weight: number }[];
};

export function indexNetwork(network: FinancialNetwork): IndexedNetwork {
  const n = network.nodes.length;
  const ids = network.nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new RangeError(`unknown node "${id}"`);
    return i;
  };
  const column = (f: (node: NetworkNode) => number) => Float64Array.from(network.nodes, f);
  const owes = Array.from({ length: n }, () => new Float64Array(n));
  for (const l of network.liabilities) {
    const row = owes[at(l.debtor)] as Float64Array;
    const j = at(l.creditor);
    row[j] = (row[j] as number) + l.amount;
  }
  const externalAssets = column((node) => node.externalAssets);
  const externalLiabilities = column((node) => node.externalLiabilities);
  const equityLoss = new Float64Array(n);
  const forcedDefault = new Uint8Array(n);
  for (const shock of network.shocks) {
    const i = at(shock.node);
    if (shock.externalAssets !== undefined) {
      externalAssets[i] = Math.max(0, (externalAssets[i] as number) + shock.externalAssets);
    }
    if (shock.equityLoss !== undefined)
      equityLoss[i] = Math.min(1, (equityLoss[i] as number) + shock.equityLoss);
    if (shock.default) forcedDefault[i] = 1;
  }
  const interbankLiabilities = Float64Array.from(owes, (row) => row.reduce((s, x) => s + x, 0));
  const relative = owes.map((row, i) => {
    const total = (interbankLiabilities[i] as number) + (externalLiabilities[i] as number);
    return total > 0 ? row.map((x) => x / total) : new Float64Array(n);
  });
  const interbankAssets = new Float64Array(n);
  owes.forEach((row) => {
    row.forEach((x, j) => {
      interbankAssets[j] = (interbankAssets[j] as number) + x;
    });
  });
  return {
    n,
    ids,
    index,
    externalAssets,
    externalLiabilities,
    capital: column((node) => node.capital ?? Number.NaN),
    debt: column((node) => node.debt ?? Number.NaN),
    threshold: column((node) => node.threshold ?? Number.NaN),
    failureCost: column((node) => node.failureCost ?? 0),
    weight: Float64Array.from(
      network.nodes,
      (node, i) => node.weight ?? node.externalAssets + (interbankAssets[i] as number),
    ),
    volatility: column((node) => node.volatility ?? Number.NaN),
    owes,
    interbankLiabilities,
    relative,
    equityLoss,
    forcedDefault,
    holdings: network.holdings.map((h) => ({
      holder: at(h.holder),
      issuer: at(h.issuer),
      share: h.share,
      kind: h.kind,
    })),
    dependencies: network.dependencies.map((d) => ({
      holder: at(d.holder),
      issuer: at(d.issuer),
      weight: d.weight,
    })),
  };
}
