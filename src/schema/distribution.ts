/**
 * Probability distributions a scenario may give instead of a number (docs/methods/monte-carlo.md):
 *   { dist: uniform, min, max }            { dist: normal, mean, sd }
 *   { dist: lognormal, mu, sigma }         (mu and sigma of the natural log)
 *   { dist: triangular, min, mode, max }   { dist: beta, alpha, beta, min?, max? }  (beta on [min, max], default [0, 1])
 * Any of them may carry `clip: true`: samples are then clamped into the range of the field they feed
 * (a fraction into [0, 1], months into [0, ∞)). Without it, a distribution whose support can leave the
 * field's range is rejected — halqa never clips silently.
 */
import { z } from "zod";
import type { PathSegment } from "../core/dataset/problem.ts";
import { type Distribution, support } from "../core/model/distribution.ts";
import { ALWAYS, isNum, issue } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

const clip = z.boolean().optional();

const Uniform = z.strictObject({ dist: z.literal("uniform"), min: z.number(), max: z.number(), clip });
const Normal = z.strictObject({ dist: z.literal("normal"), mean: z.number(), sd: z.number(), clip });
const LogNormal = z.strictObject({ dist: z.literal("lognormal"), mu: z.number(), sigma: z.number(), clip });
const Triangular = z.strictObject({
  dist: z.literal("triangular"),
  min: z.number(),
  mode: z.number(),
  max: z.number(),
  clip,
});
const Beta = z.strictObject({
  dist: z.literal("beta"),
  alpha: z.number(),
  beta: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
  clip,
});

export const DistributionSchema = z
  .discriminatedUnion("dist", [Uniform, Normal, LogNormal, Triangular, Beta])
  .superRefine((d, ctx) => {
    for (const key of ["sd", "sigma", "alpha", "beta"] as const) {
      const value = (d as Record<string, unknown>)[key];
      if (isNum(value) && !(value > 0)) issue(ctx, "distribution-not-positive", [key], { name: key, value });
    }
    const bounded = d.dist === "uniform" || d.dist === "triangular" || d.dist === "beta";
    const [min, max] = bounded ? support(d) : [0, 0];
    if (isNum(min) && isNum(max) && min > max)
      issue(ctx, "distribution-min-above-max", ["min"], { min, max });
    if (d.dist === "triangular" && isNum(d.mode) && isNum(min) && isNum(max) && min <= max) {
      if (d.mode < min || d.mode > max)
        issue(ctx, "distribution-mode-outside", ["mode"], { mode: d.mode, min, max });
    }
  }, ALWAYS);

export type { Distribution } from "../core/model/distribution.ts";
export { isDistribution, support } from "../core/model/distribution.ts";

type _DistributionMatches = Expect<Same<z.output<typeof DistributionSchema>, Distribution>>;

/**
 * A number, or a distribution whose samples stay in [low, high] (or are clipped into it on request).
 * `check` validates plain numbers as the deterministic field always did.
 */
export function numberOrDistribution(
  low: number,
  high: number,
  check: (value: number, ctx: z.RefinementCtx) => void,
) {
  return z.union([
    z.number().superRefine(check),
    DistributionSchema.superRefine((d, ctx) => {
      if (d.clip) return;
      const [lo, hi] = support(d);
      if (lo < low || hi > high) {
        const path: PathSegment[] = [];
        issue(ctx, "distribution-leaves-range", path, { low: lo, high: hi, min: low, max: high });
      }
    }),
  ]);
}
