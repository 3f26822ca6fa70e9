/**
 * NEVA network valuation: node equities E solve E = Φ(E) with
 *
 *   Φ(E)_i = e_i + Σ_j A_ij · V(E_j, j) − L_i,
 *
 * where e_i is external assets, A_ij what j owes i, L_i all of i's liabilities and V ∈ [0, 1] the value
 * of one unit of claim on j given j's equity. V is pluggable: Eisenberg–Noe (a defaulter pays its
 * assets pro rata: V = 1 if E ≥ 0, else max(0, (E + L)/L)), Furfine (V = 1 if solvent, else the
 * recovery rate 1 − lgd) and the ex-ante Black–Cox survival probability of j's assets E + L above its
 * debt until the maturity (black-cox.ts), or any non-decreasing function. Iteration starts from the
 * book equities (every claim at face value), the top of the lattice, so a non-decreasing V converges
 * down to the greatest fixed point.
 *
 * Conventions: `zeroEquityIsDefault` (default false) — whether E = 0 is a default, both for the
 * valuations' solvency test and for the reported flag. A shock's `default: true` marks the node
 * defaulted at wave 0; `equityLoss` removes that fraction of the node's book equity from its external
 * assets before valuation. Payments reported are L_i · V(E_i, i), what creditors hold at value.
 *
 * Reference: [1] P. Barucca, M. Bardoscia, F. Caccioli, M. D'Errico, G. Visentin, G. Caldarelli,
 * S. Battiston (2020), "Network valuation in financial systems", Mathematical Finance 30(4),
 * 1181–1204.
 *
 * Complexity: O(iterations · m) time over the m liabilities, O(n + m) space.
 */
import { blackCoxSurvival } from "./black-cox.ts";
import type { ModelResult, NodeResult } from "./fixed-point.ts";
import { DEFAULT_TOLERANCE, emptyNode, fixedPoint } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

/** Value in [0, 1] of one unit of claim on `debtor` when its equity is `equity`; non-decreasing in equity. */
export type ValuationFn = (equity: number, debtor: number, context: ValuationContext) => number;

export type ValuationContext = {
  network: IndexedNetwork;
  /** All liabilities (interbank + external) of each node. */
  liabilities: Float64Array;
  zeroEquityIsDefault: boolean;
  /** Equity within tolerance · max(1, liabilities) of zero counts as zero in solvency tests. */
  tolerance: number;
};

export type NevaOptions = {
  valuation?: "eisenberg-noe" | "furfine" | "black-cox" | ValuationFn;
  /** Furfine: fraction lost on a defaulted claim (default 1). */
  lgd?: number;
  /** Black–Cox: horizon in years (default 1). */
  maturity?: number;
  /** Black–Cox: asset drift per year (default 0). */
  drift?: number;
  /** Black–Cox: recovery on a claim whose debtor fails before maturity (default 0). */
  recovery?: number;
  zeroEquityIsDefault?: boolean;
  tolerance?: number;
  maxIterations?: number;
};

/**
 * The solvency test allows for rounding: the iteration converges down to the fixed point, so a node
 * whose limit equity is exactly zero can end a few ulps below it. Equity within the tolerance (relative
 * to what the node owes) of zero counts as zero, as Eisenberg–Noe's shortfall test does.
 */
const insolventWithin = (equity: number, owed: number, zeroIsDefault: boolean, tolerance: number) => {
  const slack = tolerance * Math.max(1, owed);
  return zeroIsDefault ? equity <= slack : equity < -slack;
};

const solvent = (equity: number, debtor: number, context: ValuationContext) =>
  !insolventWithin(
    equity,
    context.liabilities[debtor] as number,
    context.zeroEquityIsDefault,
    context.tolerance,
  );

export function eisenbergNoeValuation(equity: number, debtor: number, context: ValuationContext): number {
  if (solvent(equity, debtor, context)) return 1;
  const owed = context.liabilities[debtor] as number;
  return owed > 0 ? Math.min(1, Math.max(0, (equity + owed) / owed)) : 1;
}

export function furfineValuation(lgd: number): ValuationFn {
  return (equity, debtor, context) => (solvent(equity, debtor, context) ? 1 : 1 - lgd);
}

export function blackCoxValuation(maturity: number, drift: number, recovery: number): ValuationFn {
  return (equity, debtor, { network, liabilities }) => {
    const volatility = network.volatility[debtor] as number;
    if (Number.isNaN(volatility)) {
      throw new RangeError(`neva black-cox: node "${network.ids[debtor]}" has no volatility`);
    }
    const debt = network.debt[debtor] as number;
    const barrier = Number.isNaN(debt) ? (liabilities[debtor] as number) : debt;
    const assets = equity + (liabilities[debtor] as number);
    const survival = blackCoxSurvival({ assets, barrier, volatility, maturity, drift });
    return recovery + (1 - recovery) * survival;
  };
}

export function solveNeva(network: IndexedNetwork, options: NevaOptions = {}): ModelResult {
  const valuationName =
    typeof options.valuation === "function" ? "custom" : (options.valuation ?? "eisenberg-noe");
  const lgd = options.lgd ?? 1;
  const maturity = options.maturity ?? 1;
  const drift = options.drift ?? 0;
  const recovery = options.recovery ?? 0;
  const zeroEquityIsDefault = options.zeroEquityIsDefault ?? false;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(lgd >= 0 && lgd <= 1 && recovery >= 0 && recovery <= 1)) {
    throw new RangeError(`neva: lgd and recovery must lie in [0, 1] (got ${lgd}, ${recovery})`);
  }
  const valuation: ValuationFn =
    typeof options.valuation === "function"
      ? options.valuation
      : valuationName === "furfine"
        ? furfineValuation(lgd)
        : valuationName === "black-cox"
          ? blackCoxValuation(maturity, drift, recovery)
          : eisenbergNoeValuation;
  const { n } = network;
  const liabilities = Float64Array.from(
    network.interbankLiabilities,
    (x, i) => x + (network.externalLiabilities[i] as number),
  );
  const context: ValuationContext = { network, liabilities, zeroEquityIsDefault, tolerance };
  const { offsets, creditor, amount } = network.liabilities;
  const { interbankAssets } = network;
  const external = Float64Array.from(network.externalAssets, (e, i) => {
    const book = e + (interbankAssets[i] as number) - (liabilities[i] as number);
    return e - (network.equityLoss[i] as number) * Math.max(0, book);
  });
  const book = Float64Array.from(
    external,
    (e, i) => e + (interbankAssets[i] as number) - (liabilities[i] as number),
  );
  const values = new Float64Array(n);
  const wave = Int32Array.from(network.forcedDefault, (f) => (f ? 0 : -1));
  const map = (x: Float64Array, out: Float64Array) => {
    for (let j = 0; j < n; j++) values[j] = checked(valuation(x[j] as number, j, context), j, network);
    for (let i = 0; i < n; i++) out[i] = (external[i] as number) - (liabilities[i] as number);
    for (let d = 0; d < n; d++) {
      const v = values[d] as number;
      for (let k = offsets[d] as number; k < (offsets[d + 1] as number); k++) {
        const j = creditor[k] as number;
        out[j] = (out[j] as number) + v * (amount[k] as number);
      }
    }
  };
  const insolvent = (x: Float64Array, i: number) => !solvent(x[i] as number, i, context);
  for (let i = 0; i < n; i++) if (wave[i] === -1 && insolvent(book, i)) wave[i] = 1;
  const solved = fixedPoint(`neva/${valuationName}`, book, map, {
    tolerance,
    maxIterations: options.maxIterations,
    onIteration: (iteration, x) => {
      // Iteration k computes the equities after k rounds of revaluation: a node first insolvent
      // there falls in wave k + 1 (wave 1 is insolvency at book values).
      for (let i = 0; i < n; i++) {
        if (wave[i] === -1 && insolvent(x, i)) wave[i] = iteration + 1;
      }
    },
  });
  const equity = solved.x;
  const nodes: NodeResult[] = [];
  let defaults = 0;
  let equityTotal = 0;
  for (let i = 0; i < n; i++) {
    const e = equity[i] as number;
    const v = checked(valuation(e, i, context), i, network);
    const defaulted = wave[i] !== -1;
    if (defaulted) defaults++;
    equityTotal += Math.max(0, e);
    const b = book[i] as number;
    nodes.push({
      ...emptyNode(network.ids[i] as string),
      payments: (liabilities[i] as number) * v,
      recoveryRate: v,
      netWorth: e,
      equity: Math.max(0, e),
      defaulted,
      wave: defaulted ? (wave[i] as number) : null,
      relativeLoss: b > 0 ? Math.min(1, Math.max(0, (b - Math.max(0, e)) / b)) : 0,
      value: e,
    });
  }
  return {
    model: "neva",
    converged: true,
    iterations: solved.iterations,
    nodes,
    totals: { defaults, equity: equityTotal },
    options: { valuation: valuationName, lgd, maturity, drift, recovery, zeroEquityIsDefault, tolerance },
  };
}

function checked(v: number, j: number, network: IndexedNetwork): number {
  if (!(v >= 0 && v <= 1)) {
    throw new RangeError(`neva: valuation of node "${network.ids[j]}" is ${v}, outside [0, 1]`);
  }
  return v;
}
