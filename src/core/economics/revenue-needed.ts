/**
 * The published "revenue needed" analyses of the AI build-out, each as the small formula its authors
 * state, so the published figure can be recomputed from its inputs and the inputs changed.
 *
 * - Required revenue for a return (JPMorgan, Nov 2025): a perpetual return r on capex K needs revenue
 *   R with m·R = r·K, where m is the share of revenue left to pay the investors: R = r·K / m.
 * - Revenue needed from capex (Bain, Global Technology Report, 2025-09-23): R = capex ÷ the sustainable
 *   capex-to-revenue ratio c; the shortfall is R minus what the identified budgets could fund.
 * - "AI's $N question" (D. Cahn, Sequoia Capital, 2023-09 and 2024-06-20): Nvidia's data-centre run-rate
 *   G is about half of data-centre cost (share s), and the end users need a gross margin g:
 *   R = G / s / (1 − g). With s = g = 50 % this is G × 2 × 2.
 * - Funding waterfall (Morgan Stanley, V. Tirupattur, Jul 2025): gap = spend − internal cash flow; the
 *   gap is filled by named sources, and what they leave unexplained is gap − Σ sources.
 *
 * Shares are fractions here (0.1 for 10 %); the caller converts from the dataset's percent units.
 * Each function is O(1) (the waterfall O(number of sources)).
 */

export function requiredRevenueForReturn(input: {
  capex: number;
  targetReturn: number;
  returnShareOfRevenue: number;
}): number {
  return (input.targetReturn * input.capex) / input.returnShareOfRevenue;
}

/** Monthly payment per user that raises `annualRevenue` from `users` people. */
export function monthlyPerUser(annualRevenue: number, users: number): number {
  return annualRevenue / users / 12;
}

/** The user base a monthly payment per user implies: R ÷ (12 × payment). */
export function impliedUsers(annualRevenue: number, monthlyPayment: number): number {
  return annualRevenue / (12 * monthlyPayment);
}

export function revenueNeededFromCapex(input: {
  capexPerYear: number;
  capexToRevenue: number;
  fundable: number;
}): { revenueNeeded: number; shortfall: number } {
  const revenueNeeded = input.capexPerYear / input.capexToRevenue;
  return { revenueNeeded, shortfall: revenueNeeded - input.fundable };
}

export function revenueQuestion(input: { runRate: number; gpuShareOfCost: number; endUserMargin: number }): {
  dataCentreCost: number;
  revenueNeeded: number;
} {
  const dataCentreCost = input.runRate / input.gpuShareOfCost;
  return { dataCentreCost, revenueNeeded: dataCentreCost / (1 - input.endUserMargin) };
}

export type WaterfallSource = { key: string; amount: number };

export function fundingWaterfall(input: {
  spend: number;
  internalCash: number;
  sources: readonly WaterfallSource[];
}): { gap: number; filled: number; unexplained: number; shares: { key: string; share: number }[] } {
  const gap = input.spend - input.internalCash;
  const filled = input.sources.reduce((sum, s) => sum + s.amount, 0);
  const shares = input.sources.map((s) => ({ key: s.key, share: gap === 0 ? 0 : s.amount / gap }));
  return { gap, filled, unexplained: gap - filled, shares };
}
