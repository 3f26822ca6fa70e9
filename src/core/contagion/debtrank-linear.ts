/**
 * Linear (differential) DebtRank: distress spreads in increments, so a node passes on every further
 * loss it suffers, not only the first one as in the 2012 DebtRank.
 *
 * With A_ij the interbank asset of creditor i on debtor j (what j owes i in `liabilities`), E_i the creditor's capital
 * (`capital`, else book equity; see debtrank.ts) and R the recovery rate on interbank assets,
 *   Λ_ij = A_ij · (1 − R) / E_i,
 *   h(0) = 0,  h(1) = the shocks (`equityLoss`, 1 for `default: true`),
 *   h_i(t+1) = min(1, h_i(t) + Σ_j Λ_ij · (h_j(t) − h_j(t−1))).
 * h never falls, is capped at 1 and so converges; iteration stops when the largest change is within
 * the tolerance. A creditor with no positive capital moves to h = 1 as soon as a debtor's loss grows.
 * While no cap binds, the limit solves h = h(1) + Λ·h. R (systemic DebtRank) = Σ v_i (h_i − h_i(1)).
 * Where Λ's spectral radius is near 1 the rounds would take tens of thousands of steps or more: every
 * TAIL_EVERY rounds the rest is solved in few steps (debtrank-tail.ts), with the round in which a node
 * reaches the cap found exactly (debtrank-crossing.ts), so the result is the rounds' own end (on up
 * to 400 nodes; larger networks take the rounds).
 *
 * Options: `recovery` R in [0, 1], default 0 (the debtor's whole loss of equity is passed on, the
 * paper's conservative case); `tolerance`, `maxIterations` for the engine.
 *
 * Reference: [1] M. Bardoscia, S. Battiston, F. Caccioli & G. Caldarelli (2015), "DebtRank: a
 * microscopic foundation for shock propagation", PLoS ONE 10(6), e0130406.
 *
 * Complexity: O(n + m) to list the m links, then O(n + m) per iteration; the number of
 * iterations is bounded by the tolerance and the spectral radius of Λ (geometric convergence when it
 * is below 1). Space O(n + m).
 */
import { ModelInputError } from "../errors.ts";
import { capitalOf, debtRankResult, exposureLinks, initialDistress } from "./debtrank.ts";
import { debtRankTail } from "./debtrank-tail.ts";
import { fixedPoint, type ModelResult } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

export type LinearDebtRankOptions = {
  /** Recovery rate R on interbank assets, 0..1; default 0. */
  recovery?: number;
  tolerance?: number;
  maxIterations?: number;
};

/** How often (in rounds) the rest of the run is tried in one step (debtrank-tail.ts). */
const TAIL_EVERY = 64;

export function solveLinearDebtRank(
  network: IndexedNetwork,
  options: LinearDebtRankOptions = {},
): ModelResult {
  const recovery = options.recovery ?? 0;
  if (!(recovery >= 0 && recovery <= 1))
    throw new ModelInputError("out-of-range", ["recovery"], { value: recovery, min: 0, max: 1 });
  const { n } = network;
  const links = exposureLinks(network);
  const capital = capitalOf(network);
  const m = links.amount.length;
  const lambda = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const c = capital[links.creditor[e] as number] as number;
    lambda[e] = c > 0 ? ((links.amount[e] as number) * (1 - recovery)) / c : Number.POSITIVE_INFINITY;
  }
  const h1 = initialDistress(network);
  // The engine's vector is [h(t) (n) | h(t−1) (n)], so the map sees the last increment.
  const start = new Float64Array(2 * n);
  start.set(h1);
  const wave = Array.from(h1, (h): number | null => (h > 0 ? 1 : null));
  const tailLinks = { creditor: links.creditor, debtor: links.debtor, lambda };
  let round = 0;
  const map = (x: Float64Array, out: Float64Array) => {
    round += 1;
    // Near a spectral radius of 1 the rounds settle very slowly: now and then, once every node the
    // shocks can reach has been reached (so the waves are exact), solve the rest in few steps.
    if (round > n && round % TAIL_EVERY === 0) {
      const tail = debtRankTail(x.subarray(0, n), x.subarray(n), tailLinks);
      if (tail) {
        out.set(tail.h);
        // The previous h is h − Δ, so that a run the tail hands back mid-way goes on with its increment.
        for (let i = 0; i < n; i++) out[n + i] = (tail.h[i] as number) - (tail.delta[i] as number);
        return;
      }
    }
    for (let i = 0; i < n; i++) {
      out[i] = x[i] as number;
      out[n + i] = x[i] as number;
    }
    for (let e = 0; e < m; e++) {
      const j = links.debtor[e] as number;
      const delta = (x[j] as number) - (x[n + j] as number);
      // Guarded so that an infinite weight (no capital) times a zero increment adds nothing.
      if (delta <= 0) continue;
      const i = links.creditor[e] as number;
      out[i] = (out[i] as number) + (lambda[e] as number) * delta;
    }
    for (let i = 0; i < n; i++) if ((out[i] as number) > 1) out[i] = 1;
  };
  const result = fixedPoint("debtrank-linear", start, map, {
    ...(options.tolerance !== undefined && { tolerance: options.tolerance }),
    ...(options.maxIterations !== undefined && { maxIterations: options.maxIterations }),
    onIteration: (iteration, next, previous) => {
      for (let i = 0; i < n; i++) {
        if (wave[i] === null && (next[i] as number) > 0 && previous[i] === 0) wave[i] = iteration + 1;
      }
    },
  });
  const h = result.x.slice(0, n);
  return debtRankResult("debtrank-linear", network, h, h1, wave, result.iterations, { recovery });
}
