/**
 * The body of POST /api/stress/monte-carlo, validated as POST /api/stress validates its own: a bundled
 * Monte Carlo scenario by id (GET /api/scenarios lists them under `monteCarlo`) or a scenario object
 * with distributions (docs/methods/monte-carlo.md), the number of runs (at most MONTE_CARLO_MAX_RUNS),
 * the seed, and optionally another contagion model and the as-of date. Every problem comes back at
 * once with its path in the body; a scenario without any distribution is refused, because every
 * sample would be the same (POST /api/stress gives that result at once).
 */
import { z } from "zod";
import { MODEL_NAMES, type ModelName } from "../../core/contagion/models.ts";
import { formatPath, type PathSegment } from "../../core/dataset/problem.ts";
import { stressHorizonYears } from "../../core/stress/horizon.ts";
import { problemsFromZod } from "../../io/zod-problems.ts";
import { IsoDate } from "../../schema/primitives.ts";
import {
  checkScenario,
  hasDistributions,
  type UncertainScenario,
  UncertainScenarioSchema,
} from "../../schema/scenario.ts";
import type { DataContext } from "../context.ts";
import { ApiError, type ApiProblem } from "../errors.ts";
import { bodyProblems } from "../handlers/stress.ts";

/** The most samples one job may ask for: about 20 s on one worker for the bundled network. */
export const MONTE_CARLO_MAX_RUNS = 200_000;
export const MONTE_CARLO_DEFAULT_RUNS = 10_000;

export const MonteCarloBody = z.strictObject({
  scenario: z.union([z.string().min(1).max(120), z.record(z.string(), z.unknown())]).meta({
    description:
      "A bundled Monte Carlo scenario's id (GET /api/scenarios, `monteCarlo`), or a scenario object whose shocks or parameters are distributions (docs/methods/monte-carlo.md).",
  }),
  runs: z
    .number()
    .int()
    .min(1)
    .max(MONTE_CARLO_MAX_RUNS)
    .default(MONTE_CARLO_DEFAULT_RUNS)
    .meta({
      description: `Samples to draw, 1 to ${MONTE_CARLO_MAX_RUNS} (default ${MONTE_CARLO_DEFAULT_RUNS}).`,
    }),
  seed: z.number().int().min(0).max(4_294_967_295).default(1).meta({
    description: "The run's seed: the same seed and runs give the same result, bit for bit (default 1).",
  }),
  model: z.enum(MODEL_NAMES).optional().meta({
    description:
      "Run with this contagion model instead of the scenario's (its options are then the defaults).",
  }),
  asOf: IsoDate.optional().meta({
    description: "ISO date the network is built for, unless the scenario names one (default: today).",
  }),
});

export type MonteCarloRequest = {
  scenario: UncertainScenario;
  runs: number;
  seed: number;
  model?: ModelName;
  asOf: string;
};

const at = (code: string, path: readonly PathSegment[], params: Record<string, unknown>): ApiProblem => ({
  code,
  path: formatPath(path),
  params,
});

export function monteCarloRequest(data: DataContext, today: string, body: unknown): MonteCarloRequest {
  const parsed = MonteCarloBody.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new ApiError(400, bodyProblems(parsed.error.issues));
  const { scenario: given, runs, seed, model, asOf } = parsed.data;
  const offered = data.scenarios.monteCarlo ?? [];
  let scenario: UncertainScenario;
  if (typeof given === "string") {
    const found = offered.find((s) => s.scenario.id === given);
    if (!found)
      throw new ApiError(
        400,
        at("unknown-scenario", ["scenario"], { id: given, known: offered.map((s) => s.scenario.id) }),
      );
    scenario = found.scenario;
  } else {
    const checked = UncertainScenarioSchema.safeParse(given, { reportInput: true });
    if (!checked.success)
      throw new ApiError(
        400,
        problemsFromZod(checked.error.issues, "").map((p) => at(p.code, ["scenario", ...p.path], p.params)),
      );
    const horizon = stressHorizonYears(data.dataset, checked.data);
    const problems = checkScenario(checked.data, data.dataset, horizon);
    if (problems.length > 0)
      throw new ApiError(
        400,
        problems.map((p) => at(p.code, ["scenario", ...p.path], p.params)),
      );
    if (!hasDistributions(checked.data))
      throw new ApiError(400, at("no-distributions", ["scenario"], { id: checked.data.id }));
    scenario = checked.data;
  }
  return { scenario, runs, seed, ...(model ? { model } : {}), asOf: scenario.asOf ?? asOf ?? today };
}
