/**
 * A plain financial network (its types are in src/core/model/network.ts), the input of every
 * contagion model: nodes with their external balance sheet, interbank liabilities, cross-holdings
 * (equity or debt), dependencies, and shocks. Built from a user's file (docs/network-format.md) or
 * from the dataset; validated by src/schema/network.ts.
 * Models read it through `indexNetwork`, which turns ids into dense indices and lists into arrays, and
 * the liabilities into one compressed sparse row matrix: O(n + m) memory for n nodes and m liabilities,
 * so networks of 100k nodes fit where an n × n matrix (80 GB) would not.
 */
import { ModelInputError } from "../errors.ts";

import type { FinancialNetwork, Liability, NetworkNode } from "../model/network.ts";

export type {
  Dependency,
  FinancialNetwork,
  Holding,
  Liability,
  NetworkNode,
  Shock,
} from "../model/network.ts";

/**
 * Interbank liabilities in compressed sparse rows: debtor i owes amount[k] to creditor[k] for k in
 * offsets[i] … offsets[i+1]−1. Within a row creditors are ascending and distinct (parallel entries
 * summed in input order); entries whose sum is not positive are left out.
 */
export type SparseLiabilities = { offsets: Int32Array; creditor: Int32Array; amount: Float64Array };

/** The network over dense indices, shocks applied to external assets, ready for the models. */
export type IndexedNetwork = {
  n: number;
  ids: string[];
  index: Map<string, number>;
  /** External assets after the shocks' `externalAssets` deltas (never below 0). */
  externalAssets: Float64Array;
  /** External assets before any shock, so a model can read a shock as the loss it causes. */
  externalAssetsBefore: Float64Array;
  externalLiabilities: Float64Array;
  capital: Float64Array;
  debt: Float64Array;
  threshold: Float64Array;
  failureCost: Float64Array;
  weight: Float64Array;
  volatility: Float64Array;
  /** What each debtor owes each creditor inside the network, debtor → creditor (sparse rows). */
  liabilities: SparseLiabilities;
  /** Total owed by each node inside the network (row sums of `liabilities`). */
  interbankLiabilities: Float64Array;
  /** Total owed to each node inside the network (column sums of `liabilities`). */
  interbankAssets: Float64Array;
  /** Fraction of its equity each node loses at once (shock `equityLoss`), 0..1. */
  equityLoss: Float64Array;
  /** Nodes forced into default by a shock. */
  forcedDefault: Uint8Array;
  holdings: { holder: number; issuer: number; share: number; kind: "equity" | "debt" }[];
  dependencies: { holder: number; issuer: number; weight: number }[];
};

/**
 * Indexes a network for the models. Time O(n + m + Σ_i d_i log d_i) for m liabilities and row
 * lengths d_i (each row is sorted once); space O(n + m).
 */
export function indexNetwork(network: FinancialNetwork): IndexedNetwork {
  const n = network.nodes.length;
  const ids = network.nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new ModelInputError("unknown-node", [], { node: id });
    return i;
  };
  const column = (f: (node: NetworkNode) => number) => Float64Array.from(network.nodes, f);
  const liabilities = compressLiabilities(n, network.liabilities, at);
  const externalAssetsBefore = column((node) => node.externalAssets);
  const externalAssets = Float64Array.from(externalAssetsBefore);
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
  const interbankLiabilities = new Float64Array(n);
  const interbankAssets = new Float64Array(n);
  const { offsets, creditor, amount } = liabilities;
  for (let i = 0; i < n; i++) {
    let owed = 0;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const x = amount[k] as number;
      const j = creditor[k] as number;
      owed += x;
      interbankAssets[j] = (interbankAssets[j] as number) + x;
    }
    interbankLiabilities[i] = owed;
  }
  return {
    n,
    ids,
    index,
    externalAssets,
    externalAssetsBefore,
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
    liabilities,
    interbankLiabilities,
    interbankAssets,
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

/**
 * Packs m liabilities into sparse rows: a counting sort by debtor, then, row by row, parallel entries
 * summed in a scratch column (in input order, so sums match a dense accumulation bit for bit) and the
 * row's creditors sorted so every model visits them in a fixed order.
 */
function compressLiabilities(
  n: number,
  list: readonly Liability[],
  at: (id: string) => number,
): SparseLiabilities {
  const m = list.length;
  const debtorOf = new Int32Array(m);
  const creditorOf = new Int32Array(m);
  const count = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const l = list[k] as Liability;
    const i = at(l.debtor);
    debtorOf[k] = i;
    creditorOf[k] = at(l.creditor);
    count[i + 1] = (count[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) count[i + 1] = (count[i + 1] as number) + (count[i] as number);
  const byRow = new Int32Array(m);
  const next = count.slice(0, n);
  for (let k = 0; k < m; k++) {
    const i = debtorOf[k] as number;
    byRow[next[i] as number] = k;
    next[i] = (next[i] as number) + 1;
  }
  const offsets = new Int32Array(n + 1);
  const creditor = new Int32Array(m);
  const amount = new Float64Array(m);
  const sum = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const rowStart = out;
    for (let r = count[i] as number; r < (count[i + 1] as number); r++) {
      const k = byRow[r] as number;
      const j = creditorOf[k] as number;
      if (seen[j] !== i) {
        seen[j] = i;
        sum[j] = 0;
        creditor[out++] = j;
      }
      sum[j] = (sum[j] as number) + (list[k] as Liability).amount;
    }
    creditor.subarray(rowStart, out).sort();
    let kept = rowStart;
    for (let k = rowStart; k < out; k++) {
      const j = creditor[k] as number;
      const x = sum[j] as number;
      if (x > 0) {
        creditor[kept] = j;
        amount[kept++] = x;
      }
    }
    out = kept;
    offsets[i + 1] = out;
  }
  return { offsets, creditor: creditor.slice(0, out), amount: amount.slice(0, out) };
}

/** What `debtor` owes `creditor` inside the network (0 if nothing); O(log d) by binary search in the row. */
export function liabilityBetween(network: IndexedNetwork, debtor: number, creditor: number): number {
  const { offsets, creditor: to, amount } = network.liabilities;
  let lo = offsets[debtor] as number;
  let hi = (offsets[debtor + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const j = to[mid] as number;
    if (j === creditor) return amount[mid] as number;
    if (j < creditor) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Π[debtor][creditor]: the share of all of `debtor`'s liabilities (external included) owed to `creditor`. */
export function relativeLiability(network: IndexedNetwork, debtor: number, creditor: number): number {
  const total =
    (network.interbankLiabilities[debtor] as number) + (network.externalLiabilities[debtor] as number);
  return total > 0 ? liabilityBetween(network, debtor, creditor) / total : 0;
}
