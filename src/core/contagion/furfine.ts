/**
 * Furfine's sequential default simulation: the nodes forced into default (and any whose capital is
 * already gone) fail in round 0; in each later round, every creditor loses LGD × its exposure to the
 * nodes that have failed so far, and a node whose capital that loss exhausts fails in the next round.
 * Rounds stop when a round adds no failure. The default set only grows, so the result is the smallest
 * default set the initial failures force — the greatest fixed point of the node values.
 *
 * Conventions (explicit options):
 * - `lgd` (default 1): the fraction of an exposure lost when the debtor fails, in [0, 1].
 * - `zeroEquityIsDefault` (default false): capital exhausted means remaining capital below zero; with
 *   true, exactly zero counts too.
 * - Capital is the node's `capital` when given, else its book net worth (external + interbank assets −
 *   all liabilities, after external-asset shocks); an `equityLoss` shock removes that fraction of it.
 *
 * Reference: [1] C. Furfine (2003), "Interbank Exposures: Quantifying the Risk of Contagion",
 * Journal of Money, Credit and Banking 35(1), 111–128.
 *
 * Complexity: at most n + 1 rounds; each failure's liabilities are charged once, so O(n + m) time
 * over the m liabilities, O(n + m) space.
 */
import { ModelInputError } from "../errors.ts";
import type { ModelResult, NodeResult } from "./fixed-point.ts";
import { DEFAULT_TOLERANCE, emptyNode } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

export type FurfineOptions = {
  lgd?: number;
  zeroEquityIsDefault?: boolean;
  tolerance?: number;
};

/** Capital per node as Furfine uses it: given, or book net worth; less any equity-loss shock. */
export function furfineCapital(network: IndexedNetwork): Float64Array {
  const { interbankAssets } = network;
  return Float64Array.from(network.capital, (given, i) => {
    const book =
      (network.externalAssets[i] as number) +
      (interbankAssets[i] as number) -
      (network.externalLiabilities[i] as number) -
      (network.interbankLiabilities[i] as number);
    const c = Number.isNaN(given) ? book : given;
    return c - (network.equityLoss[i] as number) * Math.max(0, c);
  });
}

export function solveFurfine(network: IndexedNetwork, options: FurfineOptions = {}): ModelResult {
  const lgd = options.lgd ?? 1;
  if (!(lgd >= 0 && lgd <= 1))
    throw new ModelInputError("out-of-range", ["lgd"], { value: lgd, min: 0, max: 1 });
  const zeroEquityIsDefault = options.zeroEquityIsDefault ?? false;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const { n } = network;
  const capital = furfineCapital(network);
  const loss = new Float64Array(n);
  const wave = new Int32Array(n).fill(-1);
  const { offsets, creditor, amount } = network.liabilities;
  const exhausted = (i: number) => {
    const left = (capital[i] as number) - (loss[i] as number);
    const scale = Math.max(1, Math.abs(capital[i] as number));
    return zeroEquityIsDefault ? left <= tolerance * scale : left < -tolerance * scale;
  };
  let frontier: number[] = [];
  for (let i = 0; i < n; i++) {
    if (network.forcedDefault[i] || exhausted(i)) {
      wave[i] = 0;
      frontier.push(i);
    }
  }
  let round = 0;
  while (frontier.length > 0) {
    round++;
    const touched: number[] = [];
    for (const d of frontier) {
      for (let k = offsets[d] as number; k < (offsets[d + 1] as number); k++) {
        const j = creditor[k] as number;
        loss[j] = (loss[j] as number) + lgd * (amount[k] as number);
        touched.push(j);
      }
    }
    frontier = [];
    for (const j of touched) {
      if (wave[j] === -1 && exhausted(j)) {
        wave[j] = round;
        frontier.push(j);
      }
    }
  }
  const nodes: NodeResult[] = [];
  let defaults = 0;
  let totalLoss = 0;
  for (let i = 0; i < n; i++) {
    const c = capital[i] as number;
    const netWorth = c - (loss[i] as number);
    const defaulted = wave[i] !== -1;
    const owed = (network.interbankLiabilities[i] as number) + (network.externalLiabilities[i] as number);
    const recoveryRate = defaulted ? 1 - lgd : 1;
    if (defaulted) defaults++;
    totalLoss += loss[i] as number;
    nodes.push({
      ...emptyNode(network.ids[i] as string),
      payments: owed * recoveryRate,
      recoveryRate,
      netWorth,
      equity: Math.max(0, netWorth),
      defaulted,
      wave: defaulted ? (wave[i] as number) : null,
      relativeLoss: c > 0 ? Math.min(1, (loss[i] as number) / c) : defaulted ? 1 : 0,
    });
  }
  return {
    model: "furfine",
    converged: true,
    iterations: round,
    nodes,
    totals: { defaults, interbankLoss: totalLoss, rounds: round },
    options: { lgd, zeroEquityIsDefault, tolerance },
  };
}
