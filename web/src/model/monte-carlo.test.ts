import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MonteCarloSummary } from "../../../src/core/stress/monte-carlo/index.ts";
import type { Scenario } from "../../../src/schema/scenario.ts";
import { binOf, histogramRows, jobEvent, samplesSomething, withUncertainty } from "./monte-carlo.ts";

const scenario = (shocks: unknown[]): Scenario =>
  ({ id: "s", title: { en: "S", ar: "س" }, model: { name: "eisenberg-noe" }, shocks }) as Scenario;

describe("withUncertainty", () => {
  it("worked example: a half with ±20 points is triangular(0.3, 0.5, 0.7); 6 months ±20 % is (4.8, 6, 7.2)", () => {
    const s = withUncertainty(
      scenario([
        { type: "revenue-shortfall", entity: "openai", fraction: 0.5 },
        { type: "payment-delay", entity: "oracle", months: 6 },
        { type: "default", entity: "coreweave" },
      ]),
      20,
      60,
    );
    expect(s.id).toBe("s-uncertain");
    expect(s.shocks).toEqual([
      {
        type: "revenue-shortfall",
        entity: "openai",
        fraction: { dist: "triangular", min: 0.3, mode: 0.5, max: 0.7 },
      },
      {
        type: "payment-delay",
        entity: "oracle",
        months: { dist: "triangular", min: 4.8, mode: 6, max: 7.2 },
      },
      { type: "default", entity: "coreweave" },
    ]);
    expect(samplesSomething(s)).toBe(true);
  });

  it("keeps fractions in [0, 1] and delays within the horizon", () => {
    const s = withUncertainty(
      scenario([
        { type: "share-price-fall", entity: "nvidia", fraction: 0.9 },
        { type: "credit-pullback", lenders: "all", fraction: 0 },
        { type: "payment-delay", entity: "oracle", months: 58 },
      ]),
      30,
      60,
    );
    const d = s.shocks.map((x) => ("fraction" in x ? x.fraction : "months" in x ? x.months : null));
    expect(d).toEqual([
      { dist: "triangular", min: 0.6, mode: 0.9, max: 1 },
      { dist: "triangular", min: 0, mode: 0, max: 0.3 },
      { dist: "triangular", min: 40.6, mode: 58, max: 60 },
    ]);
  });

  it("a scenario of outright defaults only has nothing to sample", () => {
    expect(samplesSomething(withUncertainty(scenario([{ type: "default", entity: "x" }]), 20, 60))).toBe(
      false,
    );
  });

  it("every distribution is a valid triangle around the size set, inside the field's range", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (f, spread) => {
          const s = withUncertainty(
            scenario([{ type: "share-price-fall", entity: "n", fraction: f }]),
            spread,
            60,
          );
          const d = (s.shocks[0] as unknown as { fraction: { min: number; mode: number; max: number } })
            .fraction;
          expect(d.min).toBeGreaterThanOrEqual(0);
          expect(d.max).toBeLessThanOrEqual(1);
          expect(d.min).toBeLessThanOrEqual(d.mode);
          expect(d.mode).toBeLessThanOrEqual(d.max);
          expect(Math.abs(d.mode - f)).toBeLessThan(1e-6);
          expect(d.max - d.min).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("events and the histogram", () => {
  it("parses the four event names and ignores others", () => {
    expect(jobEvent("progress", '{"done":1,"runs":2,"rate":3,"eta":null}')).toEqual({
      type: "progress",
      data: { done: 1, runs: 2, rate: 3, eta: null },
    });
    expect(jobEvent("message", "{}")).toBeUndefined();
  });

  it("rows and the bin of a loss", () => {
    const summary = {
      histogram: { edges: [0, 2, 4, 6], counts: [1, 2, 3], nonFinite: 0 },
    } as MonteCarloSummary;
    expect(histogramRows(summary)).toEqual([
      [0, 2, 1],
      [2, 4, 2],
      [4, 6, 3],
    ]);
    expect([0, 1.9, 2, 5.9, 6, -1].map((x) => binOf(summary, x))).toEqual([0, 0, 1, 2, 2, 0]);
  });
});
