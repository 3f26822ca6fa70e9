/**
 * Cross-holdings of equity and debt: firms own shares of one another's equity and of one another's
 * debt, so the value of each firm's equity and debt depends on everyone else's, and the two are
 * found together as one fixed point.
 *
 * With a_i the firm's external assets (after shocks), d_i the face value of its debt (`debt`, else its
 * total liabilities, external + interbank), M^s_ij and M^d_ij the shares of j's equity and of j's
 * debt held by i (holdings of kind equity and debt),
 *   A_i = a_i + Σ_j M^s_ij · S_j + Σ_j M^d_ij · R_j      (the firm's total asset value)
 *   R_i = min(d_i, A_i)                                   (debt: paid in full, or all there is)
 *   S_i = max(0, A_i − d_i)                               (equity: limited liability)
 * The map (S, R) ↦ (S', R') is monotone. It starts from the top: Ā solves Ā = a + M^s·Ā + M^d·d
 * (everyone's debt paid, no floor on equity), S⁰ = max(0, Ā − d), R⁰ = min(d, Ā); every solution
 * lies below that point and the map sends it downward, so iteration falls to the greatest solution.
 * When no firm is wholly owned by the others (every column sum of M^s and of M^d below 1) the map is
 * a contraction in the L1 norm and the solution is unique [2].
 *
 * Convention: a firm defaults when R_i < d_i. With `zeroEquityIsDefault: true` a firm whose equity
 * is exactly 0 (assets equal to debt) also counts as defaulted; default false. Recovery rate = R/d
 * (1 for a firm with no debt).
 *
 * References: [1] T. Suzuki (2002), "Valuing corporate debt: the effect of cross-holdings of stock
 * and debt", Journal of the Operations Research Society of Japan 45(2), 123–144. [2] T. Fischer
 * (2014), "No-arbitrage pricing under cross-ownership", Mathematical Finance 24(1), 97–124.
 *
 * Complexity: O(n + h) per iteration for h holdings; geometric convergence at the rate of the largest
 * column sum; space O(n + h).
 */
import { ModelInputError } from "../errors.ts";
import { emptyNode, fixedPoint, type ModelResult } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

export type CrossHoldingsOptions = {
  /** Does a firm with exactly zero equity count as defaulted? Default false. */
  zeroEquityIsDefault?: boolean;
  tolerance?: number;
  maxIterations?: number;
};

export function solveCrossHoldings(network: IndexedNetwork, options: CrossHoldingsOptions = {}): ModelResult {
  const { n } = network;
  const zeroEquityIsDefault = options.zeroEquityIsDefault ?? false;
  const engine = {
    ...(options.tolerance !== undefined && { tolerance: options.tolerance }),
    ...(options.maxIterations !== undefined && { maxIterations: options.maxIterations }),
  };
  const h = network.holdings.length;
  const holder = new Int32Array(h);
  const issuer = new Int32Array(h);
  const share = new Float64Array(h);
  const isDebt = new Uint8Array(h);
  const held = [new Float64Array(n), new Float64Array(n)];
  network.holdings.forEach((x, e) => {
    if (!(x.share >= 0)) throw new ModelInputError("negative", ["holdings", e, "share"], { value: x.share });
    if (x.holder === x.issuer)
      throw new ModelInputError("self-holding", ["holdings", e], {
        node: network.ids[x.holder] ?? x.holder,
        kind: x.kind,
      });
    holder[e] = x.holder;
    issuer[e] = x.issuer;
    share[e] = x.share;
    isDebt[e] = x.kind === "debt" ? 1 : 0;
    const sums = held[isDebt[e] as number] as Float64Array;
    sums[x.issuer] = (sums[x.issuer] as number) + x.share;
  });
  for (const sums of held) {
    sums.forEach((s, j) => {
      if (s > 1 + 1e-12)
        throw new ModelInputError("over-held", ["holdings"], { node: network.ids[j] ?? j, share: s });
    });
  }
  const a = network.externalAssets;
  const d = Float64Array.from(network.debt, (x, i) =>
    Number.isFinite(x)
      ? x
      : (network.externalLiabilities[i] as number) + (network.interbankLiabilities[i] as number),
  );
  // Ā: assets when every debt is paid at face value and equity has no floor (an upper bound).
  const debtIncome = new Float64Array(n);
  for (let e = 0; e < h; e++) {
    if (isDebt[e]) {
      const i = holder[e] as number;
      debtIncome[i] = (debtIncome[i] as number) + (share[e] as number) * (d[issuer[e] as number] as number);
    }
  }
  const upper = fixedPoint(
    "cross-holdings",
    Float64Array.from(a, (x, i) => x + (debtIncome[i] as number)),
    (x, out) => {
      for (let i = 0; i < n; i++) out[i] = (a[i] as number) + (debtIncome[i] as number);
      for (let e = 0; e < h; e++) {
        if (isDebt[e]) continue;
        const i = holder[e] as number;
        out[i] = (out[i] as number) + (share[e] as number) * (x[issuer[e] as number] as number);
      }
    },
    engine,
  ).x;
  // The engine's vector is [S (n) | R (n)].
  const start = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    start[i] = Math.max(0, (upper[i] as number) - (d[i] as number));
    start[n + i] = Math.min(d[i] as number, upper[i] as number);
  }
  const assets = new Float64Array(n);
  const valueAssets = (x: Float64Array) => {
    assets.set(a);
    for (let e = 0; e < h; e++) {
      const i = holder[e] as number;
      const j = issuer[e] as number;
      assets[i] = (assets[i] as number) + (share[e] as number) * (x[isDebt[e] ? n + j : j] as number);
    }
  };
  const result = fixedPoint(
    "cross-holdings",
    start,
    (x, out) => {
      valueAssets(x);
      for (let i = 0; i < n; i++) {
        const ai = assets[i] as number;
        const di = d[i] as number;
        out[i] = Math.max(0, ai - di);
        out[n + i] = Math.min(di, ai);
      }
    },
    engine,
  );
  valueAssets(result.x);
  return crossHoldingsResult(network, result.x, assets, d, result.iterations, zeroEquityIsDefault);
}

function crossHoldingsResult(
  network: IndexedNetwork,
  x: Float64Array,
  assets: Float64Array,
  d: Float64Array,
  iterations: number,
  zeroEquityIsDefault: boolean,
): ModelResult {
  const { n } = network;
  // Iterates fall from above, so R < d at the last one means a true shortfall; zero equity, though,
  // is only approached within the tolerance and needs a slack.
  const slack = 1e-9;
  let defaults = 0;
  let equityValue = 0;
  let debtValue = 0;
  const nodes = network.ids.map((id, i) => {
    const s = x[i] as number;
    const r = x[n + i] as number;
    const di = d[i] as number;
    const short = r < di;
    const zero = s <= slack * Math.max(1, di);
    const defaulted = short || (zeroEquityIsDefault && zero);
    if (defaulted) defaults++;
    equityValue += s;
    debtValue += r;
    return {
      ...emptyNode(id),
      payments: r,
      recoveryRate: di > 0 ? r / di : 1,
      netWorth: (assets[i] as number) - di,
      equity: s,
      defaulted,
      value: s + r,
    };
  });
  return {
    model: "cross-holdings",
    converged: true,
    iterations,
    nodes,
    totals: { defaults, equityValue, debtValue },
    options: { zeroEquityIsDefault },
  };
}
