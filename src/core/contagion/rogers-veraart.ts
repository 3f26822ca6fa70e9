/**
 * Rogers–Veraart clearing with default costs: a solvent node pays p̄ in full; a node whose assets
 * e + Πᵀp fall short of p̄ realises only a fraction alpha of its external assets and beta of its
 * interbank assets, and pays min(p̄, alpha·e + beta·Πᵀp). The map is monotone but not continuous,
 * so clearing vectors may be far apart; the Greatest Clearing Vector Algorithm returns the greatest:
 * starting with no defaults, each round pins the solvent nodes at p̄, solves the defaulters' payments
 * from the top, and adds every node then short of p̄; the default set only grows.
 *
 * Conventions: all creditors of a node rank pari passu (the paper's setting). `zeroEquityIsDefault`
 * (default false) reports a node left with exactly zero net worth as defaulted without changing any
 * payment. A shock's `default: true` puts the node in the default set from the first round, so it
 * realises alpha and beta too. With alpha = beta = 1 this is Eisenberg–Noe clearing.
 *
 * Reference: [1] L. C. G. Rogers, L. A. M. Veraart (2013), "Failure and Rescue in an Interbank
 * Network", Management Science 59(4), 882–898 (Section 3, the Greatest Clearing Vector Algorithm).
 *
 * Complexity: at most n rounds, each O(iterations · m) over the m liabilities; O(n + m) space.
 */
import { ModelInputError } from "../errors.ts";
import { fallsShort, interbankIncome } from "./eisenberg-noe.ts";
import type { ModelResult, NodeResult } from "./fixed-point.ts";
import { clearedNode, DEFAULT_TOLERANCE, fixedPoint } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

export type RogersVeraartOptions = {
  /** Fraction of external assets a defaulting node realises, in [0, 1]; default 1. */
  alpha?: number;
  /** Fraction of interbank assets a defaulting node realises, in [0, 1]; default 1. */
  beta?: number;
  zeroEquityIsDefault?: boolean;
  tolerance?: number;
  maxIterations?: number;
};

export function solveRogersVeraart(network: IndexedNetwork, options: RogersVeraartOptions = {}): ModelResult {
  const alpha = options.alpha ?? 1;
  const beta = options.beta ?? 1;
  for (const [name, value] of [
    ["alpha", alpha],
    ["beta", beta],
  ] as const) {
    if (!(value >= 0 && value <= 1))
      throw new ModelInputError("out-of-range", [name], { value, min: 0, max: 1 });
  }
  const zeroEquityIsDefault = options.zeroEquityIsDefault ?? false;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const { n, externalAssets: e, externalLiabilities: ext, interbankLiabilities: ib } = network;
  const total = Float64Array.from(ib, (x, i) => x + (ext[i] as number));
  const sparse = network.liabilities;
  const income = new Float64Array(n);
  const inDefault = Uint8Array.from(network.forcedDefault);
  const wave = Int32Array.from(network.forcedDefault, (f) => (f ? 0 : -1));
  let p: Float64Array = Float64Array.from(total);
  let iterations = 0;
  for (let round = 1; ; round++) {
    const solved = fixedPoint(
      "rogers-veraart",
      p,
      (x, out) => {
        interbankIncome(sparse, x, total, income);
        for (let i = 0; i < n; i++) {
          const owed = total[i] as number;
          out[i] = inDefault[i]
            ? Math.min(owed, alpha * (e[i] as number) + beta * (income[i] as number))
            : owed;
        }
      },
      { tolerance, maxIterations: options.maxIterations },
    );
    iterations += solved.iterations;
    p = solved.x;
    interbankIncome(sparse, p, total, income);
    let added = 0;
    for (let i = 0; i < n; i++) {
      if (inDefault[i]) continue;
      if (fallsShort((e[i] as number) + (income[i] as number), total[i] as number, tolerance)) {
        inDefault[i] = 1;
        wave[i] = round;
        added++;
      }
    }
    if (added === 0) break;
  }
  let zeroRound = 0;
  for (const w of wave) if (w + 1 > zeroRound) zeroRound = w + 1;
  const nodes: NodeResult[] = [];
  let paid = 0;
  let owedTotal = 0;
  let defaults = 0;
  for (let i = 0; i < n; i++) {
    const owed = total[i] as number;
    const payments = p[i] as number;
    // Net worth at full value of the assets; a defaulter's realised value is what it pays.
    const netWorth = (e[i] as number) + (income[i] as number) - owed;
    const zero = zeroEquityIsDefault && owed > 0 && !fallsShort(0, netWorth, tolerance);
    const defaulted = inDefault[i] === 1 || zero;
    if (zero && wave[i] === -1) wave[i] = Math.max(1, zeroRound);
    if (defaulted) defaults++;
    paid += payments;
    owedTotal += owed;
    nodes.push(
      clearedNode(network.ids[i] as string, { payments, owed, netWorth, defaulted, wave: wave[i] as number }),
    );
  }
  return {
    model: "rogers-veraart",
    converged: true,
    iterations,
    nodes,
    totals: { payments: paid, liabilities: owedTotal, shortfall: owedTotal - paid, defaults },
    options: { alpha, beta, zeroEquityIsDefault, tolerance },
  };
}
