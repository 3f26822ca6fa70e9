/**
 * DebtRank: how much of the system's economic value is lost when distress spreads from shocked nodes
 * to their creditors, each distressed node passing its distress on exactly once.
 *
 * Orientation. If debtor i owes creditor j the amount L_ij (`liabilities`, row i), then j is exposed to i, and
 * the impact of i on j is W_ij = min(1, L_ij / E_j): the share of j's capital that i's full distress
 * wipes out. E_j is the node's `capital`, or, when absent, its book equity (external + interbank assets
 * − external + interbank liabilities); a creditor with no positive capital feels any exposure in full.
 *
 * States: undistressed (U), distressed (D), inactive (I). Round 1: h_i(1) = the shock's `equityLoss`
 * (1 for `default: true`), and nodes with h > 0 are D. Then, for t ≥ 2,
 *   h_j(t) = min(1, h_j(t−1) + Σ_{i ∈ D(t−1)} W_ij · h_i(t−1)),
 *   s_j(t) = I if s_j(t−1) = D; D if s_j(t−1) = U and h_j(t) > 0; otherwise s_j(t−1).
 * It stops when no node is D. The systemic DebtRank is R = Σ_j v_j h_j(T) − Σ_j v_j h_j(1) with the
 * economic weights v (`weight`, normalised to sum 1): the loss caused by contagion beyond the shock.
 * A node counts as defaulted when h reaches 1 (its whole capital is lost).
 *
 * Shocks used: `equityLoss` and `default`. A shock to external assets is not converted into h; express
 * it as `equityLoss` (the indexed network's `externalAssetsBefore` holds the sheet before the shock).
 *
 * Reference: [1] S. Battiston, M. Puliga, R. Kaushik, P. Tasca & G. Caldarelli (2012), "DebtRank: too
 * central to fail? Financial networks, the FED and systemic risk", Scientific Reports 2, 541.
 *
 * Complexity: O(n + m) to list the m links from the sparse liabilities, then O(n + m) per round; a
 * node is D for one round only, so there are at most n + 1 rounds: O(n·(n + m)) time, O(n + m)
 * extra space.
 */
import { emptyNode, fixedPoint, type ModelResult } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

const UNDISTRESSED = 0;
const DISTRESSED = 1;
const INACTIVE = 2;

export type DebtRankOptions = Record<string, never>;

/** Links debtor → creditor with the loss a full default of the debtor causes the creditor. */
export type ExposureLinks = { debtor: Int32Array; creditor: Int32Array; amount: Float64Array };

/** The m liabilities between distinct nodes, as parallel typed arrays (self-liabilities carry no distress). */
export function exposureLinks(network: IndexedNetwork): ExposureLinks {
  const { n } = network;
  const { offsets, creditor: to, amount: owed } = network.liabilities;
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) if (to[k] !== i) m++;
  }
  const debtor = new Int32Array(m);
  const creditor = new Int32Array(m);
  const amount = new Float64Array(m);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const j = to[k] as number;
      if (j === i) continue;
      debtor[e] = i;
      creditor[e] = j;
      amount[e++] = owed[k] as number;
    }
  }
  return { debtor, creditor, amount };
}

/** Each node's capital E: `capital` when given, else book equity from the unshocked-by-equity sheet. */
export function capitalOf(network: IndexedNetwork): Float64Array {
  const { interbankAssets } = network;
  return Float64Array.from(network.capital, (c, i) =>
    Number.isFinite(c)
      ? c
      : (network.externalAssets[i] as number) +
        (interbankAssets[i] as number) -
        (network.externalLiabilities[i] as number) -
        (network.interbankLiabilities[i] as number),
  );
}

/** Initial relative equity loss h(1) from the shocks: `equityLoss`, or 1 when forced to default. */
export function initialDistress(network: IndexedNetwork): Float64Array {
  return Float64Array.from(network.equityLoss, (loss, i) =>
    network.forcedDefault[i] ? 1 : Math.min(1, Math.max(0, loss)),
  );
}

/** Economic weights v normalised to sum 1 (uniform when all weights are 0). */
export function economicWeights(network: IndexedNetwork): Float64Array {
  const total = network.weight.reduce((s, w) => s + Math.max(0, w), 0);
  return Float64Array.from(network.weight, (w) =>
    total > 0 ? Math.max(0, w) / total : 1 / Math.max(1, network.n),
  );
}

export function solveDebtRank(network: IndexedNetwork, _options: DebtRankOptions = {}): ModelResult {
  const { n } = network;
  const links = exposureLinks(network);
  const capital = capitalOf(network);
  const m = links.amount.length;
  const impact = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const c = capital[links.creditor[e] as number] as number;
    impact[e] = c > 0 ? Math.min(1, (links.amount[e] as number) / c) : 1;
  }
  const h1 = initialDistress(network);
  // The engine's vector is [h (n) | state (n)]: a state change D → I moves the vector by 1, so the
  // engine stops, with zero residual, exactly in the first round that has no distressed node.
  const start = new Float64Array(2 * n);
  const wave = new Array<number | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    start[i] = h1[i] as number;
    if ((h1[i] as number) > 0) {
      start[n + i] = DISTRESSED;
      wave[i] = 1;
    }
  }
  const map = (x: Float64Array, out: Float64Array) => {
    for (let i = 0; i < n; i++) out[i] = x[i] as number;
    for (let e = 0; e < m; e++) {
      const i = links.debtor[e] as number;
      if (x[n + i] !== DISTRESSED) continue;
      const j = links.creditor[e] as number;
      out[j] = (out[j] as number) + (impact[e] as number) * (x[i] as number);
    }
    for (let j = 0; j < n; j++) {
      if ((out[j] as number) > 1) out[j] = 1;
      const s = x[n + j] as number;
      out[n + j] =
        s === DISTRESSED ? INACTIVE : s === UNDISTRESSED && (out[j] as number) > 0 ? DISTRESSED : s;
    }
  };
  const result = fixedPoint("debtrank", start, map, {
    tolerance: 0,
    maxIterations: n + 2,
    onIteration: (iteration, next, previous) => {
      for (let j = 0; j < n; j++) {
        if (previous[n + j] === UNDISTRESSED && next[n + j] === DISTRESSED) wave[j] = iteration + 1;
      }
    },
  });
  return debtRankResult("debtrank", network, result.x, h1, wave, result.iterations, {});
}

/** Per-node h, wave and default, and the system totals R, initial and total loss. */
export function debtRankResult(
  model: string,
  network: IndexedNetwork,
  h: Float64Array,
  h1: Float64Array,
  wave: (number | null)[],
  iterations: number,
  options: Record<string, unknown>,
): ModelResult {
  const v = economicWeights(network);
  let initialLoss = 0;
  let totalLoss = 0;
  let distressed = 0;
  let defaulted = 0;
  let rounds = 0;
  const nodes = network.ids.map((id, i) => {
    const hi = h[i] as number;
    initialLoss += (v[i] as number) * (h1[i] as number);
    totalLoss += (v[i] as number) * hi;
    if (hi > 0) distressed++;
    if (hi >= 1) defaulted++;
    rounds = Math.max(rounds, wave[i] ?? 0);
    return { ...emptyNode(id), relativeLoss: hi, defaulted: hi >= 1, wave: wave[i] ?? null };
  });
  return {
    model,
    converged: true,
    iterations,
    nodes,
    totals: { debtRank: totalLoss - initialLoss, initialLoss, totalLoss, distressed, defaulted, rounds },
    options,
  };
}
