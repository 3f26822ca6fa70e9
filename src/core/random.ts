/**
 * Seeded pseudo-random numbers for core: the only randomness core may use, always passed in, so a
 * Monte Carlo result is a pure function of its seed and identical in Node, a worker and a browser.
 *
 * Generator: xoshiro128** (Blackman & Vigna, 2021). Its state is four 32-bit words, so every step is
 * exact 32-bit integer arithmetic (`Math.imul`, shifts), which JavaScript defines bit for bit on every
 * platform — unlike anything built on floating-point transcendental functions. The state is filled
 * from the seed by SplitMix32: a Weyl sequence with the golden-ratio increment passed through the
 * MurmurHash3 finaliser (Steele, Lea & Flood, 2014), as the xoshiro authors recommend, so that
 * nearby seeds give unrelated streams and the state is never all zero.
 *
 * Each draw is O(1) time and the generator holds O(1) space (four words).
 *
 * References:
 * 1. D. Blackman, S. Vigna (2021). "Scrambled linear pseudorandom number generators". ACM
 *    Transactions on Mathematical Software 47(4), 36:1–36:32.
 * 2. G. L. Steele Jr., D. Lea, C. H. Flood (2014). "Fast splittable pseudorandom number
 *    generators". OOPSLA 2014, 453–472.
 */
import { ModelInputError } from "./errors.ts";

export type Rng = {
  /** A uniform float in [0, 1) with 32 random bits. */
  next(): number;
  /** A uniform integer in [0, n) for an integer 1 ≤ n ≤ 2³², without modulo bias. */
  int(n: number): number;
  /** The next raw 32-bit output, as an unsigned integer. */
  uint32(): number;
};

const TWO_32 = 4294967296;

/** A generator seeded by any safe integer (negative seeds and seeds above 2³² are fine). */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) throw new ModelInputError("not-safe-integer", ["seed"], { value: seed });
  // Both halves of the seed feed the state, so seeds that differ only above bit 32 still differ.
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_32) >>> 0;
  let weyl = low;
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    weyl = (weyl + 0x9e3779b9) >>> 0;
    state[i] = fmix32((weyl ^ Math.imul(high, 0x85ebca6b)) >>> 0);
  }
  return rngFromState(state);
}

/**
 * A generator started from an explicit xoshiro128** state (four 32-bit words, not all zero). Exposed
 * so the generator can be checked against the authors' reference outputs.
 */
export function rngFromState(words: ArrayLike<number>): Rng {
  const s = Uint32Array.from(words);
  if (s.length !== 4 || s.every((w) => w === 0)) {
    throw new RangeError("xoshiro128** needs four state words, not all zero");
  }
  const uint32 = (): number => {
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    const s2 = (s[2] as number) ^ s0;
    const s3 = (s[3] as number) ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = rotl(s3, 11);
    return result;
  };
  return {
    uint32,
    next: () => uint32() / TWO_32,
    int: (n: number) => {
      if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
        throw new RangeError(`int(n) needs an integer 1 ≤ n ≤ 2^32 (got ${n})`);
      }
      // Reject the top sliver of outputs that would make small remainders more likely than large ones.
      const limit = TWO_32 - (TWO_32 % n);
      for (;;) {
        const u = uint32();
        if (u < limit) return u % n;
      }
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijection that spreads every input bit over the output. */
function fmix32(h: number): number {
  let z = h;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
