/**
 * The rest of a linear DebtRank run in one step, where iterating would take tens of thousands of
 * rounds: with Λ's spectral radius just below 1 each round passes on nearly all of the last one's
 * increment, so the increments shrink geometrically but slowly (a two-bank loop with Λ₁₂·Λ₂₁ = 0.9995
 * needs ~30,000 rounds to settle within 1e-10).
 *
 * From the state (h, Δ = h(t) − h(t−1)), while no cap binds, every later increment is linear: the next
 * one is d₁ = Λ·Δ on the nodes below the cap, and then d_{k+1} = M·d_k with M the part of Λ among those
 * nodes (a capped node no longer moves). So the limit is h + (I − M)⁻¹·d₁ — the series Σ M^k d₁ —
 * exactly as the rounds would reach it, provided no node crosses the cap on the way. Since h only rises,
 * that holds when the limit itself stays at or below 1 on every node; and (I − M)⁻¹ d₁ ≥ 0 holds when
 * M's spectral radius is below 1. Either check failing returns null and the rounds go on (a cap will
 * bind, which they handle).
 *
 * Dense LU with partial pivoting (circularity/linear.ts): O(u³) for u nodes below the cap, so it is
 * tried only on networks of at most MAX_NODES nodes.
 */
import { CircularityError } from "../circularity/error.ts";
import { luFactor, luSolve } from "../circularity/linear.ts";

export const MAX_NODES = 400;

export type TailLinks = {
  creditor: ArrayLike<number>;
  debtor: ArrayLike<number>;
  lambda: ArrayLike<number>;
};

/** The limit of h from (h, previous h), or null when it cannot be had in one step. */
export function debtRankTail(
  h: ArrayLike<number>,
  previous: ArrayLike<number>,
  links: TailLinks,
): Float64Array | null {
  const n = h.length;
  if (n > MAX_NODES) return null;
  // Nodes below the cap, numbered 0..u-1.
  const slot = new Int32Array(n).fill(-1);
  let u = 0;
  for (let i = 0; i < n; i++) if ((h[i] as number) < 1) slot[i] = u++;
  if (u === 0) return null;
  const first = new Float64Array(u);
  const matrix = new Float64Array(u * u);
  for (let e = 0; e < links.lambda.length; e++) {
    const i = slot[links.creditor[e] as number] as number;
    if (i < 0) continue;
    const j = links.debtor[e] as number;
    const weight = links.lambda[e] as number;
    const delta = (h[j] as number) - (previous[j] as number);
    if (!Number.isFinite(weight)) {
      // A creditor with no capital jumps to the cap on any increment: not linear, leave it to the rounds.
      if (delta > 0 || (slot[j] as number) >= 0) return null;
      continue;
    }
    if (delta > 0) first[i] = (first[i] as number) + weight * delta;
    const k = slot[j] as number;
    if (k >= 0) matrix[i * u + k] = (matrix[i * u + k] as number) + weight;
  }
  // (I − M)·total = first.
  const a = new Float64Array(u * u);
  for (let i = 0; i < u; i++)
    for (let k = 0; k < u; k++) a[i * u + k] = (i === k ? 1 : 0) - (matrix[i * u + k] as number);
  const total = solved(a, first, u);
  if (!total) return null;
  const limit = Float64Array.from(h);
  for (let i = 0; i < n; i++) {
    const s = slot[i] as number;
    if (s < 0) continue;
    const add = total[s] as number;
    // A negative or non-finite part means the spectral radius is not below 1: the series diverges.
    if (!(add >= -1e-12 && Number.isFinite(add))) return null;
    const value = (h[i] as number) + Math.max(0, add);
    if (value > 1) return null;
    limit[i] = value;
  }
  return limit;
}

/** Solves a·x = b by the LU factorisation the circularity analyses use; null when a is singular. */
function solved(a: Float64Array, b: Float64Array, u: number): Float64Array | null {
  try {
    return luSolve(luFactor(a, u), b);
  } catch (error) {
    if (error instanceof CircularityError) return null;
    throw error;
  }
}
