import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { liabilitiesOf } from "../../testing/networks.ts";
import { firstCrossing } from "./debtrank-crossing.ts";
import { solveLinearDebtRank } from "./debtrank-linear.ts";
import { indexNetwork } from "./network.ts";

/** Banks of capital 1, so Λ_ij is what j owes i: owes = [debtor, creditor, amount]; shocks as losses. */
type Case = { n: number; owes: [number, number, number][]; shocks: [number, number][] };

const hOf = (c: Case) =>
  solveLinearDebtRank(
    indexNetwork({
      nodes: Array.from({ length: c.n }, (_, i) => ({
        id: String(i),
        externalAssets: 0,
        externalLiabilities: 0,
        capital: 1,
      })),
      liabilities: liabilitiesOf(c.owes),
      holdings: [],
      dependencies: [],
      shocks: c.shocks.map(([node, equityLoss]) => ({ node: String(node), equityLoss })),
    }),
  ).nodes.map((x) => x.relativeLoss as number);

/**
 * The paper's rounds with no shortcut, h_i(t+1) = min(1, h_i(t) + Σ_j Λ_ij·Δh_j(t)), until no node
 * moves by more than 1e-15 (null if that takes more than `limit` rounds).
 */
function rounds(c: Case, limit = 5e6): Float64Array | null {
  let h = new Float64Array(c.n);
  for (const [node, loss] of c.shocks) h[node] = Math.min(1, (h[node] as number) + loss);
  let before = new Float64Array(c.n);
  let next = new Float64Array(c.n);
  for (let t = 0; t < limit; t++) {
    next.set(h);
    for (const [j, i, lambda] of c.owes)
      next[i] = (next[i] as number) + lambda * ((h[j] as number) - (before[j] as number));
    let moved = 0;
    for (let i = 0; i < c.n; i++) {
      if ((next[i] as number) > 1) next[i] = 1;
      moved = Math.max(moved, (next[i] as number) - (h[i] as number));
    }
    [before, h, next] = [h, next, before];
    if (moved <= 1e-15) return h;
  }
  return null;
}

/** Two banks lending to each other: 1 lent 0 `a` (Λ₁₀ = a), 0 lent 1 `b` (Λ₀₁ = b); 0 loses `s`. */
const loop = (a: number, b: number, s: number): Case => ({
  n: 2,
  owes: [
    [0, 1, a],
    [1, 0, b],
  ],
  shocks: [[0, s]],
});

describe("firstCrossing: the round in which the first node reaches the cap", () => {
  it("a geometric series by hand: gains 0.25, 0.375, 0.4375, 0.46875 against a room of 0.45", () => {
    const crossing = firstCrossing(Float64Array.of(0.5), 1, [0.45], Float64Array.of(0.25));
    expect(crossing).toEqual({ rounds: 3, gained: Float64Array.of(0.4375), next: Float64Array.of(0.03125) });
    // The series' sum, 0.5, stays below a room of 0.6: no round reaches it.
    expect(firstCrossing(Float64Array.of(0.5), 1, [0.6], Float64Array.of(0.25))).toBeNull();
  });

  it("a growing series: 1e-300 · (2^k − 1) first reaches 1 at k = 997", () => {
    // 2^996 ≈ 6.7e299 and 2^997 ≈ 1.3e300; powers that overflow on the way count as a crossing.
    const crossing = firstCrossing(Float64Array.of(2), 1, [1], Float64Array.of(1e-300));
    expect(crossing?.rounds).toBe(996);
  });

  it("is where running the rounds first crosses, up to rounding, on random 1–3 node systems", () => {
    const system = fc.integer({ min: 1, max: 3 }).chain((u) =>
      fc.record({
        u: fc.constant(u),
        matrix: fc.array(fc.double({ min: 0, max: 1.2, noNaN: true }), {
          minLength: u * u,
          maxLength: u * u,
        }),
        room: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: u, maxLength: u }),
        // No subnormal increments (below 2.2e-308 a double keeps only a few significant bits): found at
        // 10× the runs (seed -882228891), a node growing ×1.189 a round from 1.5e-323 crossed in round
        // 4,281 both ways, but each way's rounding of the first steps moved its gain there by 1e-12 or
        // more (the one-at-a-time gain was 1.12 where the closed form gives 0.93). From 1.5e-300 all
        // three agree to 1e-13.
        first: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-300, max: 0.1, noNaN: true })), {
          minLength: u,
          maxLength: u,
        }),
      }),
    );
    fc.assert(
      fc.property(system, ({ u, matrix, room, first }) => {
        const m = Float64Array.from(matrix);
        const crossing = firstCrossing(m, u, room, Float64Array.from(first));
        // The same rounds, one at a time (up to 20,000).
        const gained = new Float64Array(u);
        let next = Float64Array.from(first);
        let k = 0;
        for (; k < 20_000 && gained.every((g, i) => g + (next[i] as number) < (room[i] as number)); k++) {
          next.forEach((d, i) => {
            gained[i] = (gained[i] as number) + d;
          });
          next = next.map((_, i) => next.reduce((s, d, j) => s + (m[i * u + j] as number) * d, 0));
        }
        if (k === 20_000) {
          fc.pre(crossing === null || crossing.rounds >= 20_000);
          return;
        }
        expect(crossing).not.toBeNull();
        // The counts can differ where a gain ends within rounding of the room; the gains cannot.
        const slack = 1e-12;
        expect(
          Math.abs((crossing?.rounds as number) - k) <= 1 ||
            gained.some((g, i) => Math.abs(g - (room[i] as number)) < 1e-9),
        ).toBe(true);
        for (let i = 0; i < u; i++) {
          expect(crossing?.gained[i]).toBeLessThan((room[i] as number) + slack);
        }
        expect(
          crossing?.gained.some((g, i) => g + (crossing.next[i] as number) >= (room[i] as number) - slack),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("linear DebtRank near a spectral radius of 1: the rounds' own end", () => {
  it("a two-bank loop with Λ₁₀·Λ₀₁ = 0.99999² (about a million rounds) settles to s / (1 − Λ₁₀Λ₀₁)", () => {
    // h₀ = 1e-6 + Λ₀₁·h₁ and h₁ = Λ₁₀·h₀: h₀ = 1e-6 / (1 − 0.99999²) ≈ 0.0500, h₁ = 0.99999 · h₀.
    const h = hOf(loop(0.99999, 0.99999, 1e-6));
    const h0 = 1e-6 / (1 - 0.99999 * 0.99999);
    expect(Math.abs((h[0] as number) - h0)).toBeLessThan(1e-12);
    expect(Math.abs((h[1] as number) - 0.99999 * h0)).toBeLessThan(1e-12);
  });

  it("a loss that converges to exactly the cap: Λ₁₀ = q = 0.99803, Λ₀₁ = 1, a shock of 1 − q", () => {
    // h₀ = (1 − q) / (1 − q) = 1 in the limit, never in a finite round; h₁ = q · h₀. (1 − q is exact
    // in binary for q in [0.5, 1].) The one-step solve landed a hair above the cap on every try, so the
    // run used to end in ConvergenceError.
    const q = 0.99803;
    const h = hOf(loop(q, 1, 1 - q));
    expect(Math.abs((h[0] as number) - 1)).toBeLessThan(1e-12);
    expect(Math.abs((h[1] as number) - q)).toBeLessThan(1e-12);
  });

  it("a loss that reaches the cap after about a million rounds, then stops passing increments on", () => {
    // Λ₁₀ = p = 1 − 1e-5, Λ₀₁ = 1: bank 0 gains s·p^m in round 2m, so without the cap it would reach
    // s / (1 − p) = 1 + δ. With s = (1 − p)(1 + δ) and δ/(1 + δ) = e⁻⁵ it reaches 1 once p^m ≤ e⁻⁵,
    // near m = 5 / 1e-5 = 500,000 (round ~1,000,000); from then on it is capped, so bank 1 ends at
    // p · 1, not p · (1 + δ).
    const p = 1 - 1e-5;
    const delta = Math.exp(-5) / (1 - Math.exp(-5));
    const h = hOf(loop(p, 1, (1 - p) * (1 + delta)));
    expect(h[0]).toBe(1);
    expect(Math.abs((h[1] as number) - p)).toBeLessThan(1e-12);
    // The round itself, from the same recursion: bank 1's room never binds, bank 0's does.
    const s = (1 - p) * (1 + delta);
    const crossing = firstCrossing(Float64Array.of(0, 1, p, 0), 2, [1 - s, 1], Float64Array.of(0, p * s));
    const m = Math.log(1 - ((1 - s) * (1 - p)) / (s * p)) / Math.log(p);
    expect(Math.abs((crossing?.rounds as number) - 2 * m)).toBeLessThan(3);
    expect(crossing?.rounds).toBeGreaterThan(990_000);
  });

  it("a two-bank loop whose loss ends within a hair of the cap: h₀ = min(1, s / (1 − Λ₁₀Λ₀₁)), h₁ = Λ₁₀·h₀", () => {
    // Bank 1 receives Λ₁₀ times every increment of bank 0 and bank 0 receives Λ₀₁ times bank 1's, so
    // bank 0 tends to s / (1 − Λ₁₀Λ₀₁) and, once capped, passes nothing more on: bank 1 ends at Λ₁₀·h₀.
    const hair = fc.record({
      a: fc.double({ min: 0.5, max: 1, noNaN: true }),
      product: fc.double({ min: 0.99, max: 0.99999, noNaN: true }),
      excess: fc.oneof(fc.constant(0), fc.double({ min: -1e-6, max: 1e-6, noNaN: true })),
    });
    fc.assert(
      fc.property(hair, ({ a, product, excess }) => {
        const b = product / a;
        const s = (1 - a * b) * (1 + excess);
        const h0 = Math.min(1, s / (1 - a * b));
        const h = hOf(loop(a, b, s));
        expect(Math.abs((h[0] as number) - h0)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs((h[1] as number) - a * h0)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  // Small networks near criticality: a loop through every bank whose product of Λs is 1 ± 10^(−2…−4)
  // (below 1: slow to settle; above: slow to reach the cap), small side links, one or two shocks.
  const nearCritical = fc.integer({ min: 2, max: 4 }).chain((n) =>
    fc
      .record({
        weights: fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        gap: fc.double({ min: 2, max: 4, noNaN: true }),
        above: fc.boolean(),
        side: fc.array(
          fc.tuple(fc.nat(n - 1), fc.nat(n - 2), fc.double({ min: 0, max: 0.01, noNaN: true })),
          {
            maxLength: n,
          },
        ),
        shocks: fc.array(fc.tuple(fc.nat(n - 1), fc.double({ min: 1e-6, max: 0.3, noNaN: true })), {
          minLength: 1,
          maxLength: 2,
        }),
      })
      .map(({ weights, gap, above, side, shocks }): Case => {
        const product = 1 + (above ? 1 : -1) * 10 ** -gap;
        const scale = (product / weights.reduce((a, b) => a * b, 1)) ** (1 / n);
        const owes: [number, number, number][] = weights.map((w, i) => [i, (i + 1) % n, w * scale]);
        // A side link from j to any bank but j itself.
        for (const [j, k, w] of side) owes.push([j, k >= j ? k + 1 : k, w]);
        return { n, owes, shocks };
      }),
  );

  it("gives what plain rounds give, run to the end, on small networks near a spectral radius of 1", () => {
    fc.assert(
      fc.property(nearCritical, (c) => {
        const expected = rounds(c);
        fc.pre(expected !== null);
        hOf(c).forEach((x, i) => {
          expect(Math.abs(x - (expected?.[i] as number))).toBeLessThanOrEqual(1e-9);
        });
      }),
      { numRuns: 60 },
    );
  });
});
