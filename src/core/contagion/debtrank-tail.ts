/**
 * The rest of a linear DebtRank run in few steps, where iterating would take tens of thousands of
 * rounds or more: with Λ's spectral radius near 1 each round passes on nearly all of the last one's
 * increment, so the increments shrink (or grow) geometrically but slowly (a two-bank loop with
 * Λ₁₂·Λ₂₁ = 0.9995 needs ~30,000 rounds to settle within 1e-10).
 *
 * From the state (h, Δ = h(t) − h(t−1)), while no cap binds, every later increment is linear: the next
 * one is d₁ = Λ·Δ on the nodes below the cap, and then d_(k+1) = M·d_k with M the part of Λ among those
 * nodes (a capped node no longer moves). So the limit is h + (I − M)⁻¹·d₁ — the series Σ M^k d₁ —
 * exactly as the rounds would reach it, provided no node reaches the cap on the way. Since h only
 * rises, that holds when the limit stays at or below 1 on every node (and the solution is
 * non-negative, as it is when M's spectral radius is below 1). Otherwise some node reaches the cap in
 * a finite round: debtrank-crossing.ts finds that round, the state is moved to it exactly as the
 * rounds would move it (the crossing nodes capped at 1), and the same is done again with fewer nodes
 * below the cap. Each pass caps at least one node, so there are at most n.
 *
 * A crossing within the next NEAR rounds is left to the rounds, which reach it as cheaply; so is a
 * creditor with no capital (it jumps to the cap on any increment, which is not linear). The result
 * then says how far it got (`settled: false`), or is null when it got nowhere.
 *
 * Dense LU with partial pivoting (circularity/linear.ts) and dense matrix powers: O(u³ · log K) for u
 * nodes below the cap and a crossing after K rounds, so it is tried only on networks of at most
 * MAX_NODES nodes.
 */
import { CircularityError } from "../circularity/error.ts";
import { luFactor, luSolve } from "../circularity/linear.ts";
import { crossesWithin, firstCrossing } from "./debtrank-crossing.ts";

export const MAX_NODES = 400;

/** A crossing within this many rounds is left to the rounds. */
export const NEAR = 64;

export type TailLinks = {
  creditor: ArrayLike<number>;
  debtor: ArrayLike<number>;
  lambda: ArrayLike<number>;
};

/** h and its last increment Δ; `settled`: h is the end of the run (no increment is left). */
export type TailState = { h: Float64Array; delta: Float64Array; settled: boolean };

/** Where the rounds from (h, previous h) end, or the state they reach on the way; null for no progress. */
export function debtRankTail(
  h: ArrayLike<number>,
  previous: ArrayLike<number>,
  links: TailLinks,
): TailState | null {
  const n = h.length;
  if (n > MAX_NODES) return null;
  const state: TailState = {
    h: Float64Array.from(h),
    delta: Float64Array.from(h, (x, i) => x - (previous[i] as number)),
    settled: false,
  };
  for (let pass = 0; pass <= n; pass++) {
    const system = belowCap(state, links);
    if (!system) return pass === 0 ? null : state;
    const { slot, u, first, matrix } = system;
    const room = new Float64Array(u);
    for (let i = 0; i < n; i++)
      if ((slot[i] as number) >= 0) room[slot[i] as number] = 1 - (state.h[i] as number);
    if (!first.some((d) => d > 0)) return { h: state.h, delta: new Float64Array(n), settled: true };
    const total = limitBelowCap(matrix, first, u);
    if (total !== null && withinRoom(total, room)) return settle(state, slot, total);
    if (crossesWithin(matrix, u, room, first, NEAR)) return pass === 0 ? null : state;
    const crossing = firstCrossing(matrix, u, room, first);
    // No node reaches the cap within 2^52 rounds: a limit above 1 was rounding, so it is the cap.
    if (!crossing) return total ? settle(state, slot, total) : pass === 0 ? null : state;
    for (let i = 0; i < n; i++) {
      const s = slot[i] as number;
      if (s < 0) {
        state.delta[i] = 0;
        continue;
      }
      // The rounds' own steps: K rounds below the cap, then the one that caps.
      const before = (state.h[i] as number) + (crossing.gained[s] as number);
      const after = before + (crossing.next[s] as number);
      state.h[i] = Math.min(1, after);
      state.delta[i] = after < 1 ? (crossing.next[s] as number) : 1 - before;
    }
  }
  return state;
}

type System = { slot: Int32Array; u: number; first: Float64Array; matrix: Float64Array };

/** The nodes below the cap (numbered by slot), their next increment d₁ and M; null if not linear. */
function belowCap(state: TailState, links: TailLinks): System | null {
  const n = state.h.length;
  const slot = new Int32Array(n).fill(-1);
  let u = 0;
  for (let i = 0; i < n; i++) if ((state.h[i] as number) < 1) slot[i] = u++;
  const first = new Float64Array(u);
  const matrix = new Float64Array(u * u);
  for (let e = 0; e < links.lambda.length; e++) {
    const i = slot[links.creditor[e] as number] as number;
    if (i < 0) continue;
    const j = links.debtor[e] as number;
    const weight = links.lambda[e] as number;
    const delta = state.delta[j] as number;
    if (!Number.isFinite(weight)) {
      // A creditor with no capital jumps to the cap on any increment: not linear, leave it to the rounds.
      if (delta > 0 || (slot[j] as number) >= 0) return null;
      continue;
    }
    if (delta > 0) first[i] = (first[i] as number) + weight * delta;
    const k = slot[j] as number;
    if (k >= 0) matrix[i * u + k] = (matrix[i * u + k] as number) + weight;
  }
  return { slot, u, first, matrix };
}

/** (I − M)⁻¹·d₁, or null when it is not the sum of the series (singular, negative or not finite). */
function limitBelowCap(matrix: Float64Array, first: Float64Array, u: number): Float64Array | null {
  const a = new Float64Array(u * u);
  for (let i = 0; i < u; i++)
    for (let k = 0; k < u; k++) a[i * u + k] = (i === k ? 1 : 0) - (matrix[i * u + k] as number);
  let total: Float64Array;
  try {
    total = luSolve(luFactor(a, u), first);
  } catch (error) {
    if (error instanceof CircularityError) return null;
    throw error;
  }
  // A negative or non-finite part means the spectral radius is not below 1: the series diverges.
  if (!total.every((t) => t >= -1e-12 && Number.isFinite(t))) return null;
  return total.map((t) => Math.max(0, t));
}

function withinRoom(total: Float64Array, room: Float64Array): boolean {
  return total.every((t, s) => t <= (room[s] as number));
}

/** The end of the run: h plus the rest of the series, at most 1. */
function settle(state: TailState, slot: Int32Array, total: Float64Array): TailState {
  const h = Float64Array.from(state.h, (x, i) => {
    const s = slot[i] as number;
    return s < 0 ? x : Math.min(1, x + (total[s] as number));
  });
  return { h, delta: new Float64Array(h.length), settled: true };
}
