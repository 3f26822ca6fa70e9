/**
 * Concentration of a node's money across its counterparties: how much of what an account (or a company)
 * pays or receives goes to a few names. Three measures on shares s_i = a_i / Σ a (Σ s_i = 1):
 *
 * - Herfindahl–Hirschman index HHI = Σ s_i², from 1/n (n equal counterparties) to 1 (a single one).
 *   Returned on the unit scale [0, 1] (`hhi`) and on the antitrust scale of shares in percent,
 *   0–10,000 (`points` = 10,000 · hhi).
 * - Equivalent number of counterparties 1 / HHI: how many equal counterparties would give the same HHI
 *   (Adelman 1969 [3]); 1 for a single counterparty, n for n equal ones.
 * - Top-k share CR_k: the sum of the k largest shares (the k-firm concentration ratio).
 *
 * US agencies read HHI in points. The 2023 Merger Guidelines of the DoJ and FTC call a market above
 * 1,800 highly concentrated (and an increase above 100 points there significant); the 2010 Horizontal
 * Merger Guidelines used < 1,500 unconcentrated, 1,500–2,500 moderately, > 2,500 highly concentrated.
 * halqa applies them to counterparties by analogy only: a ledger is not a market.
 *
 * References:
 * [1] O. C. Herfindahl (1950), "Concentration in the steel industry", PhD thesis, Columbia University.
 * [2] A. O. Hirschman (1964), "The paternity of an index", American Economic Review 54(5):761.
 * [3] M. A. Adelman (1969), "Comment on the 'H' concentration measure as a numbers-equivalent",
 *     Review of Economics and Statistics 51(1):99–101.
 * [4] U.S. Department of Justice and Federal Trade Commission (2023), "Merger Guidelines", §2.1.
 *
 * Complexity: O(n log n) time (sorting), O(n) space, for n counterparties.
 */

import { compareText } from "../compare.ts";
import { ModelInputError, type ModelValues } from "../errors.ts";

export type Share = { key: string; amount: number; share: number };

export type Hhi = {
  /** Σ s², on the unit scale: 1/n … 1. */
  hhi: number;
  /** The same on the 0–10,000 scale of the merger guidelines (shares in percent). */
  points: number;
  /** 1 / hhi: the number of equal counterparties with the same concentration. */
  equivalentCount: number;
};

/** Input that has no concentration: a bad amount or share, shares not summing to 1, or nothing at all. */
export class ConcentrationError extends ModelInputError {
  override readonly name = "ConcentrationError";
  override readonly code: "invalid-amount" | "zero-total" | "out-of-range" | "shares-not-summing-to-one";
  /** The offending value (an amount, a share, or the sum of the shares). */
  readonly value: number;
  /** Key of the offending amount, or index of the offending share. */
  readonly at: string | number | undefined;

  constructor(code: ConcentrationError["code"], value: number, at?: string | number) {
    const facts: ModelValues =
      code === "shares-not-summing-to-one"
        ? { total: value }
        : code === "out-of-range"
          ? { value, min: 0, max: 1 }
          : { value };
    super(code, at === undefined ? [] : [at], facts);
    this.code = code;
    this.value = value;
    this.at = at;
  }
}

/** Relative slack allowed in Σ shares = 1 (shares computed by division carry rounding). */
const SUM_TOLERANCE = 1e-9;

/**
 * Each key's share of the total, largest first (ties by key, in code-point order). Amounts under the
 * same key are added first, so a ledger's rows can be passed as they are. Empty input gives [].
 * Throws ConcentrationError on a negative or non-finite amount, or when every amount is 0.
 */
export function shares(amounts: readonly { key: string; amount: number }[]): Share[] {
  const byKey = new Map<string, number>();
  for (const { key, amount } of amounts) {
    if (!(amount >= 0 && amount < Number.POSITIVE_INFINITY)) {
      throw new ConcentrationError("invalid-amount", amount, key);
    }
    byKey.set(key, (byKey.get(key) ?? 0) + amount);
  }
  if (byKey.size === 0) return [];
  let total = 0;
  for (const amount of byKey.values()) total += amount;
  if (!(total > 0 && total < Number.POSITIVE_INFINITY)) throw new ConcentrationError("zero-total", total);
  return [...byKey]
    .map(([key, amount]) => ({ key, amount, share: amount / total }))
    .sort((a, b) => b.amount - a.amount || compareText(a.key, b.key));
}

/**
 * Herfindahl–Hirschman index of shares in [0, 1] that sum to 1, with its 0–10,000 form and the
 * equivalent number of counterparties. The squares are summed smallest first, so the result does not
 * depend on the order of the shares (and loses the least to rounding).
 */
export function hhi(shareList: readonly number[]): Hhi {
  const sorted = checkedShares(shareList).sort((a, b) => a - b);
  let sum = 0;
  for (const s of sorted) sum += s * s;
  return { hhi: sum, points: 10_000 * sum, equivalentCount: 1 / sum };
}

/** Sum of the k largest shares (CR_k); k beyond the number of shares gives the sum of all. */
export function topShare(shareList: readonly number[], k: number): number {
  if (!(Number.isInteger(k) && k >= 0))
    throw new ModelInputError("not-whole-number", ["k"], { value: k, min: 0 });
  const sorted = checkedShares(shareList).sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < Math.min(k, sorted.length); i++) sum += sorted[i] as number;
  return Math.min(sum, 1);
}

/** A copy of the shares after checking each is in [0, 1] and that they sum to 1. */
function checkedShares(shareList: readonly number[]): number[] {
  let sum = 0;
  shareList.forEach((s, i) => {
    if (!(s >= 0 && s <= 1)) throw new ConcentrationError("out-of-range", s, i);
    sum += s;
  });
  if (!(Math.abs(sum - 1) <= SUM_TOLERANCE * Math.max(1, shareList.length))) {
    throw new ConcentrationError("shares-not-summing-to-one", sum);
  }
  return [...shareList];
}
