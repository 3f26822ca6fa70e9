/**
 * The sampled inputs of a scenario: every distribution in it, in a fixed order (parameters as
 * written, then shocks in order), with the range its samples are clipped into when it says `clip`.
 * A sample is one value per input, drawn in that order from the sample's own generator; `fixScenario`
 * writes a sample back into the scenario as plain numbers (for the rebuild path and for tests).
 * O(P + S) for P parameters and S shocks.
 */

import type { PathSegment } from "../../dataset/problem.ts";
import type { Distribution } from "../../model/distribution.ts";
import type { Scenario, UncertainScenario } from "../../model/scenario.ts";
import type { Rng } from "../../random.ts";
import { sampleDistribution } from "./samplers.ts";

export type SampledInput = {
  /** A readable name: the parameter id, or `shocks[i].fraction` with the shock's type and entity. */
  label: string;
  path: PathSegment[];
  distribution: Distribution;
  /** Samples are clamped into [low, high] when the distribution says `clip: true`. */
  low: number;
  high: number;
};

const isDist = (v: unknown): v is Distribution =>
  typeof v === "object" && v !== null && typeof (v as { dist?: unknown }).dist === "string";

export function sampledInputs(scenario: UncertainScenario): SampledInput[] {
  const inputs: SampledInput[] = [];
  for (const [id, value] of Object.entries(scenario.parameters ?? {})) {
    if (isDist(value))
      inputs.push({
        label: id,
        path: ["parameters", id],
        distribution: value,
        low: Number.NEGATIVE_INFINITY,
        high: Number.POSITIVE_INFINITY,
      });
  }
  scenario.shocks.forEach((shock, i) => {
    const who =
      shock.type === "credit-pullback"
        ? shock.lenders === "all"
          ? "all"
          : shock.lenders.join("+")
        : shock.type === "power-delay"
          ? (shock.site ?? shock.region ?? "all")
          : shock.entity;
    if ("fraction" in shock && isDist(shock.fraction))
      inputs.push({
        label: `${shock.type} ${who}`,
        path: ["shocks", i, "fraction"],
        distribution: shock.fraction,
        low: 0,
        high: 1,
      });
    if ("months" in shock && isDist(shock.months))
      inputs.push({
        label: `${shock.type} ${who}`,
        path: ["shocks", i, "months"],
        distribution: shock.months,
        low: 0,
        high: Number.POSITIVE_INFINITY,
      });
  });
  return inputs;
}

/** Draws one value per input into `out`, in input order. */
export function drawInputs(inputs: readonly SampledInput[], rng: Rng, out: Float64Array): void {
  for (let k = 0; k < inputs.length; k++) {
    const input = inputs[k] as SampledInput;
    const x = sampleDistribution(input.distribution, rng);
    out[k] = input.distribution.clip ? Math.min(input.high, Math.max(input.low, x)) : x;
  }
}

/** The scenario with each distribution replaced by its value in `values` (input order). */
export function fixScenario(scenario: UncertainScenario, values: ArrayLike<number>): Scenario {
  let k = 0;
  const take = (v: unknown) => (isDist(v) ? (values[k++] as number) : v);
  const parameters = scenario.parameters
    ? Object.fromEntries(Object.entries(scenario.parameters).map(([id, v]) => [id, take(v)]))
    : undefined;
  const shocks = scenario.shocks.map((s) => {
    if ("fraction" in s) return { ...s, fraction: take(s.fraction) };
    if ("months" in s) return { ...s, months: take(s.months) };
    return s;
  });
  return { ...scenario, ...(parameters ? { parameters } : {}), shocks } as Scenario;
}
