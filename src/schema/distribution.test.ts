import { describe, expect, it } from "vitest";
import { hasMessage } from "../i18n/message.ts";
import { hasDistributions, UncertainScenarioSchema } from "./scenario.ts";

const base = { id: "s", title: { en: "S", ar: "س" }, model: { name: "eisenberg-noe" } };
function codes(fraction: unknown, extra: Record<string, unknown> = {}): [string, string][] {
  const r = UncertainScenarioSchema.safeParse({
    ...base,
    ...extra,
    shocks: [{ type: "revenue-shortfall", entity: "lab", fraction }],
  });
  if (r.success) return [];
  return r.error.issues.map((i) => [
    ((i as { params?: { code?: string } }).params?.code ?? i.code) as string,
    i.path.join("."),
  ]);
}

describe("distributions in scenarios", () => {
  it("accepts the five distributions where they stay in range, and a number as before", () => {
    for (const f of [
      0.5,
      { from: "half" },
      { dist: "uniform", min: 0.2, max: 0.6 },
      { dist: "triangular", min: 0, mode: 0.3, max: 1 },
      { dist: "beta", alpha: 2, beta: 3 },
      { dist: "normal", mean: 0.5, sd: 0.1, clip: true },
      { dist: "lognormal", mu: -1, sigma: 0.5, clip: true },
    ])
      expect(codes(f)).toEqual([]);
    expect(
      codes(0.5, { parameters: { "stress-horizon-years": { dist: "lognormal", mu: 1, sigma: 0.3 } } }),
    ).toEqual([]);
  });

  it("names impossible parameters with codes and paths", () => {
    expect(codes({ dist: "normal", mean: 0.5, sd: 0, clip: true })).toEqual([
      ["distribution-not-positive", "shocks.0.fraction.sd"],
    ]);
    expect(codes({ dist: "uniform", min: 0.6, max: 0.2 })).toEqual([
      ["distribution-min-above-max", "shocks.0.fraction.min"],
    ]);
    expect(codes({ dist: "triangular", min: 0, mode: 2, max: 1 })).toEqual([
      ["distribution-mode-outside", "shocks.0.fraction.mode"],
    ]);
    expect(codes({ dist: "beta", alpha: -1, beta: 2 })).toEqual([
      ["distribution-not-positive", "shocks.0.fraction.alpha"],
    ]);
  });

  it("rejects a fraction distribution that can leave [0, 1] unless it says clip", () => {
    expect(codes({ dist: "normal", mean: 0.5, sd: 0.1 })).toEqual([
      ["distribution-leaves-range", "shocks.0.fraction"],
    ]);
    expect(codes({ dist: "beta", alpha: 2, beta: 2, max: 2 })).toEqual([
      ["distribution-leaves-range", "shocks.0.fraction"],
    ]);
  });

  it("tells deterministic scenarios from sampled ones", () => {
    const det = UncertainScenarioSchema.parse({ ...base, shocks: [{ type: "default", entity: "lab" }] });
    expect(hasDistributions(det)).toBe(false);
    const mc = UncertainScenarioSchema.parse({
      ...base,
      shocks: [{ type: "payment-delay", entity: "lab", months: { dist: "uniform", min: 1, max: 6 } }],
    });
    expect(hasDistributions(mc)).toBe(true);
  });

  it("has a message for every code, in English and Arabic", () => {
    for (const code of [
      "distribution-not-positive",
      "distribution-min-above-max",
      "distribution-mode-outside",
      "distribution-leaves-range",
    ]) {
      expect(hasMessage("en", `problem.${code}`), code).toBe(true);
      expect(hasMessage("ar", `problem.${code}`), code).toBe(true);
    }
  });
});
