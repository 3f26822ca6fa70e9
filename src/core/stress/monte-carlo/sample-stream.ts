/**
 * One generator per sample, derived from (seed, sample index) alone, so a Monte Carlo result does not
 * depend on how the samples are split into chunks or spread over workers: sample k always sees the
 * same random numbers. The pair is hashed into a 53-bit seed for core's xoshiro128** generator
 * (src/core/random.ts) with two rounds of MurmurHash3's finaliser over both 32-bit halves of each
 * input; createRng then spreads that seed over the generator's state by SplitMix32. This is the
 * "hash the counter" construction of counter-based generators (Salmon et al. 2011): streams of
 * different samples are unrelated without any jump-ahead. O(1) per sample.
 *
 * Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw (2011). "Parallel random numbers: as
 * easy as 1, 2, 3". SC '11, article 16.
 */
import { createRng, type Rng } from "../../random.ts";

const TWO_32 = 4294967296;

function fmix32(h: number): number {
  let z = h >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The seed of sample `index` under the run's `seed`: a safe integer, a pure function of both. */
export function sampleSeed(seed: number, index: number): number {
  const sLow = seed >>> 0;
  const sHigh = Math.floor(seed / TWO_32) >>> 0;
  const iLow = index >>> 0;
  const iHigh = Math.floor(index / TWO_32) >>> 0;
  let a = fmix32(sLow ^ 0x9e3779b9);
  a = fmix32(a ^ Math.imul(sHigh, 0x85ebca6b));
  a = fmix32(a ^ iLow);
  let b = fmix32(a ^ Math.imul(iHigh + 1, 0xc2b2ae35));
  b = fmix32(b ^ iLow ^ 0x27d4eb2f);
  // 21 bits of b above 32 bits of a: a safe integer (< 2^53).
  return (b >>> 11) * TWO_32 + a;
}

export function sampleRng(seed: number, index: number): Rng {
  return createRng(sampleSeed(seed, index));
}
