/**
 * The round in which linear DebtRank's first node reaches the cap, found without running the rounds.
 *
 * Below the cap the rounds are linear: from a state whose next increment is d₁ on the u nodes below
 * the cap, round k adds M^(k−1)·d₁ (M: the part of Λ among those nodes), so after k rounds the nodes
 * have gained c(k) = (I + M + … + M^(k−1))·d₁. M and d₁ are non-negative, so c(k) only grows and the
 * first round in which some node's gain reaches its room (1 − h) can be found by binary search on k.
 * The search steps by powers of two (binary lifting): with P_j = M^(2^j) and s_j = c(2^j), built by
 * repeated squaring as P_(j+1) = P_j·P_j and s_(j+1) = s_j + P_j·s_j, a count k grows by 2^j through
 * c(k + 2^j) = s_j + P_j·c(k), and the increment after it through M^(k + 2^j)·d₁ = P_j·(M^k·d₁).
 * A crossing after a million rounds costs about twenty matrix squarings instead of a million rounds.
 *
 * (Repeated squaring for matrix powers: D. E. Knuth, The Art of Computer Programming vol. 2, §4.6.3.)
 *
 * Complexity: O(u³ · log K) for a crossing in round K + 1, O(u² · log K) space; null when no node
 * reaches the cap within 2^MAX_LEVELS rounds.
 */
import { matrixTimesVector } from "../circularity/linear.ts";

/** 2^52 rounds: the counts stay exact integers, and past that an increment is below any rounding. */
export const MAX_LEVELS = 52;

export type Crossing = {
  /** K: whole rounds that pass with every node still below the cap. */
  rounds: number;
  /** c(K): what each node gains in those rounds. */
  gained: Float64Array;
  /** M^K·d₁: the increment of round K + 1, in which at least one node reaches the cap. */
  next: Float64Array;
};

/**
 * The last round count K with every node below the cap, from the u×u row-major `matrix` M, each
 * node's `room` (1 − h) and the next increment `first` (d₁); null when none reaches it within
 * 2^MAX_LEVELS rounds.
 */
export function firstCrossing(
  matrix: Float64Array,
  u: number,
  room: ArrayLike<number>,
  first: Float64Array,
): Crossing | null {
  // A NaN gain (an overflowing power) counts as a crossing, so the search never steps past one.
  const crosses = (gain: Float64Array) => gain.some((g, i) => !(g < (room[i] as number)));
  if (crosses(first)) return { rounds: 0, gained: new Float64Array(u), next: first };
  const powers = [matrix];
  const sums = [first];
  for (;;) {
    const j = powers.length - 1;
    const p = powers[j] as Float64Array;
    const s = sums[j] as Float64Array;
    const doubled = plus(s, matrixTimesVector(p, u, s));
    if (crosses(doubled)) break;
    if (j + 1 >= MAX_LEVELS) return null;
    sums.push(doubled);
    powers.push(square(p, u));
  }
  let rounds = 0;
  let gained: Float64Array = new Float64Array(u);
  let next: Float64Array = first;
  for (let j = powers.length - 1; j >= 0; j--) {
    const p = powers[j] as Float64Array;
    const candidate = plus(sums[j] as Float64Array, matrixTimesVector(p, u, gained));
    if (crosses(candidate)) continue;
    gained = candidate;
    next = matrixTimesVector(p, u, next);
    rounds += 2 ** j;
  }
  return { rounds, gained, next };
}

/** True when some node reaches its room within `rounds` rounds, by running them (O(rounds · u²)). */
export function crossesWithin(
  matrix: Float64Array,
  u: number,
  room: ArrayLike<number>,
  first: Float64Array,
  rounds: number,
): boolean {
  const gained = new Float64Array(u);
  let next: Float64Array = first;
  for (let t = 0; t < rounds; t++) {
    for (let i = 0; i < u; i++) {
      gained[i] = (gained[i] as number) + (next[i] as number);
      if (!((gained[i] as number) < (room[i] as number))) return true;
    }
    next = matrixTimesVector(matrix, u, next);
  }
  return false;
}

function plus(x: Float64Array, y: Float64Array): Float64Array {
  return x.map((v, i) => v + (y[i] as number));
}

/** a·a, skipping zero entries (M is as sparse as the lending network). */
function square(a: Float64Array, u: number): Float64Array {
  const out = new Float64Array(u * u);
  for (let i = 0; i < u; i++)
    for (let k = 0; k < u; k++) {
      const aik = a[i * u + k] as number;
      if (aik === 0) continue;
      for (let j = 0; j < u; j++)
        out[i * u + j] = (out[i * u + j] as number) + aik * (a[k * u + j] as number);
    }
  return out;
}
