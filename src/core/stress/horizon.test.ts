import { describe, expect, it } from "vitest";
import { DEFAULT_STRESS_HORIZON_YEARS, stressHorizonYears } from "./horizon.ts";

const withHorizon = (value: number) => ({
  parameters: [{ id: "stress-horizon-years", figure: { value } }],
});

describe("stressHorizonYears", () => {
  it("reads the dataset's parameter", () => {
    expect(stressHorizonYears(withHorizon(4) as never)).toBe(4);
  });
  it("prefers the scenario's own number", () => {
    expect(stressHorizonYears(withHorizon(4) as never, { parameters: { "stress-horizon-years": 2 } })).toBe(
      2,
    );
  });
  it("refuses no delay up front when the scenario samples the horizon", () => {
    const sampled = { parameters: { "stress-horizon-years": { triangular: [1, 2, 3] } } };
    expect(stressHorizonYears(withHorizon(4) as never, sampled)).toBe(Number.POSITIVE_INFINITY);
  });
  it("falls back to one documented default when the dataset lacks the parameter", () => {
    expect(DEFAULT_STRESS_HORIZON_YEARS).toBe(1);
    expect(stressHorizonYears({ parameters: [] })).toBe(DEFAULT_STRESS_HORIZON_YEARS);
  });
});
