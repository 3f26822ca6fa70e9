/**
 * The NEVA valuation functions V(E_j, j) ∈ [0, 1]: the value of one unit of interbank claim on the
 * debtor j when its equity is E_j. Each is non-decreasing in E_j, so NEVA's iteration from book
 * values converges down to the greatest fixed point (neva.ts).
 *
 * - Eisenberg–Noe: what a defaulter pays per unit of interbank debt. Pari passu, every creditor shares
 *   the assets E + L pro rata, V = clip((E + L)/L); with senior external creditors the interbank ones
 *   share what is left after them, V = clip((E + L_ib)/L_ib) (Eisenberg–Noe's `externalSeniority`).
 * - Furfine: 1 while solvent, else 1 − lgd.
 * - Ex-ante Black–Cox [2]: R + (1 − R)·S, S the probability that j survives to the maturity under a
 *   Black–Cox first passage (black-cox.ts). Convention `blackCoxAssets: "external"` (default) is the
 *   reference `neva` package's [3] (`exante_en_blackcox_gbm`): only j's external assets A^e diffuse,
 *   and j fails when they fall to A^e − (E + L − D), the level at which its equity reaches zero with
 *   interbank claims held at today's value (D the debt barrier, L when absent). `"total"` lets all of
 *   j's assets E + L diffuse down to D (halqa before this option).
 * - Linear DebtRank [4] as NEVA [1] writes it: R + (1 − R)·(1 − h), h = the relative equity loss
 *   (E0 − E)/E0 clipped to [0, 1], E0 the book equity before any shock (the `neva` package's `lin_dr`
 *   with `rel_loss`). A node without positive book equity has h = 1 unless its equity rose above E0.
 *
 * A node a shock forces into default (`default: true`) is valued as a defaulter whatever its equity:
 * Eisenberg–Noe pays its assets pro rata, Furfine 1 − lgd, Black–Cox and linear DebtRank R — as the
 * Furfine, DebtRank and Rogers–Veraart solvers treat it.
 *
 * References: [1] P. Barucca et al. (2020), "Network valuation in financial systems", Mathematical
 * Finance 30(4), 1181–1204. [2] M. Bardoscia, P. Barucca, A. Brinley Codd, J. Hill (2019),
 * "Forward-looking solvency contagion", J. Economic Dynamics and Control 108, Eqs. (7)–(8). [3] M.
 * Bardoscia, `neva` (Python package, github.com/marcobardoscia/neva), neva/ibeval.py. [4] M. Bardoscia,
 * S. Battiston, F. Caccioli, G. Caldarelli (2015), "DebtRank: a microscopic foundation for shock
 * propagation", PLoS ONE 10(6), e0130406.
 *
 * Complexity: O(1) per evaluation.
 */
import { ModelInputError } from "../errors.ts";
import { blackCoxSurvival } from "./black-cox.ts";
import type { ExternalSeniority } from "./eisenberg-noe.ts";
import type { IndexedNetwork } from "./network.ts";

/** Value in [0, 1] of one unit of claim on `debtor` when its equity is `equity`; non-decreasing in equity. */
export type ValuationFn = (equity: number, debtor: number, context: ValuationContext) => number;

export type ValuationContext = {
  network: IndexedNetwork;
  /** All liabilities (interbank + external) of each node. */
  liabilities: Float64Array;
  /** External assets after every shock (the `externalAssets` deltas and `equityLoss`). */
  externalAssets: Float64Array;
  /** Book equity before any shock: the linear-DebtRank reference E0. */
  bookEquityBefore: Float64Array;
  externalSeniority: ExternalSeniority;
  zeroEquityIsDefault: boolean;
  /** Equity within tolerance · max(1, liabilities) of zero counts as zero in solvency tests. */
  tolerance: number;
};

export const VALUATION_NAMES = ["eisenberg-noe", "furfine", "black-cox", "linear-debtrank"] as const;
export type ValuationName = (typeof VALUATION_NAMES)[number];
export const BLACK_COX_ASSETS = ["external", "total"] as const;
export type BlackCoxAssets = (typeof BLACK_COX_ASSETS)[number];

/**
 * The solvency test allows for rounding: the iteration converges down to the fixed point, so a node
 * whose limit equity is exactly zero can end a few ulps below it. Equity within the tolerance (relative
 * to what the node owes) of zero counts as zero, as Eisenberg–Noe's shortfall test does.
 */
export const slackOf = (owed: number, tolerance: number) => tolerance * Math.max(1, owed);

export function solvent(equity: number, debtor: number, context: ValuationContext): boolean {
  if (context.network.forcedDefault[debtor]) return false;
  const slack = slackOf(context.liabilities[debtor] as number, context.tolerance);
  return context.zeroEquityIsDefault ? equity > slack : equity >= -slack;
}

const clip01 = (x: number) => Math.min(1, Math.max(0, x));

export function eisenbergNoeValuation(equity: number, debtor: number, context: ValuationContext): number {
  if (solvent(equity, debtor, context)) return 1;
  // Senior external creditors are paid first: interbank creditors share assets − external debt.
  const owed =
    context.externalSeniority === "senior"
      ? (context.network.interbankLiabilities[debtor] as number)
      : (context.liabilities[debtor] as number);
  return owed > 0 ? clip01((equity + owed) / owed) : 1;
}

export function furfineValuation(lgd: number): ValuationFn {
  return (equity, debtor, context) => (solvent(equity, debtor, context) ? 1 : 1 - lgd);
}

export type BlackCoxOptions = { maturity: number; drift: number; recovery: number; assets: BlackCoxAssets };

export function blackCoxValuation({ maturity, drift, recovery, assets }: BlackCoxOptions): ValuationFn {
  return (equity, debtor, { network, liabilities, externalAssets }) => {
    if (network.forcedDefault[debtor]) return recovery;
    const volatility = network.volatility[debtor] as number;
    if (Number.isNaN(volatility)) {
      throw new ModelInputError("missing-volatility", ["nodes", debtor, "volatility"], {
        node: network.ids[debtor] ?? debtor,
      });
    }
    const owed = liabilities[debtor] as number;
    const debt = network.debt[debtor] as number;
    const barrierDebt = Number.isNaN(debt) ? owed : debt;
    // How far the node's assets (at today's value) stand above the debt barrier.
    const headroom = equity + owed - barrierDebt;
    const survival =
      assets === "external"
        ? blackCoxSurvival({
            assets: externalAssets[debtor] as number,
            barrier: (externalAssets[debtor] as number) - headroom,
            volatility,
            maturity,
            drift,
          })
        : blackCoxSurvival({ assets: equity + owed, barrier: barrierDebt, volatility, maturity, drift });
    return recovery + (1 - recovery) * survival;
  };
}

/** h(E) = relative loss of book equity, as the reference `rel_loss`, with rounding slack at E0. */
export function relativeEquityLoss(equity: number, before: number, slack: number): number {
  if (equity > before - slack) return 0;
  if (equity > 0) return 1 - equity / before;
  return 1;
}

export function linearDebtRankValuation(recovery: number): ValuationFn {
  return (equity, debtor, { network, bookEquityBefore, liabilities, tolerance }) => {
    if (network.forcedDefault[debtor]) return recovery;
    const before = bookEquityBefore[debtor] as number;
    const h = relativeEquityLoss(equity, before, slackOf(liabilities[debtor] as number, tolerance));
    return recovery + (1 - recovery) * (1 - h);
  };
}
