/**
 * The POST routes' work: a contagion model on a network the client sends (`halqa network solve`), and
 * a stress scenario on the dataset (`halqa stress`), bundled by id or sent whole. Both validate with
 * the same schemas as the CLI and answer the same JSON as its `--json`; every problem of the input
 * comes back at once, each with its code and its path in the body.
 */
import { z } from "zod";
import type { ModelResult } from "../../core/contagion/fixed-point.ts";
import { MODEL_NAMES, type ModelName, solveModel, unknownModelOptions } from "../../core/contagion/models.ts";
import { indexNetwork } from "../../core/contagion/network.ts";
import { formatPath, type PathSegment } from "../../core/dataset/problem.ts";
import { isModelError, type ModelError } from "../../core/errors.ts";
import { type StressReport, stressReport } from "../../core/reports/stress-report.ts";
import { scenarioProblems } from "../../io/scenario-files.ts";
import { parseNetwork } from "../../schema/network.ts";
import { IsoDate } from "../../schema/primitives.ts";
import { resolveFraction, type Scenario } from "../../schema/scenario.ts";
import type { DataContext } from "../context.ts";
import { ApiError, type ApiProblem, modelApiError, withoutSafeIntegerBound } from "../errors.ts";

/** The most a network sent to the API may hold: the models' rounds grow with nodes × links. */
export const NETWORK_LIMITS = { nodes: 2000, links: 20_000 } as const;

const problem = (
  code: string,
  path: readonly PathSegment[],
  params: Record<string, unknown>,
): ApiProblem => ({
  code,
  ...(path.length > 0 ? { path: formatPath(path) } : {}),
  params,
});

export function solveNetworkRoute(body: unknown): ModelResult {
  const parsed = parseNetwork(body);
  if (!parsed.ok) {
    throw new ApiError(
      400,
      parsed.problems.map((p) => problem(p.code, p.path, p.params)),
    );
  }
  const { network } = parsed;
  const links = network.liabilities.length + network.holdings.length + network.dependencies.length;
  if (network.nodes.length > NETWORK_LIMITS.nodes || links > NETWORK_LIMITS.links) {
    throw new ApiError(400, {
      code: "network-too-large",
      params: {
        nodes: network.nodes.length,
        links,
        maxNodes: NETWORK_LIMITS.nodes,
        maxLinks: NETWORK_LIMITS.links,
      },
    });
  }
  const { name, ...options } = parsed.model ?? {};
  if (name === undefined) {
    throw new ApiError(400, problem("required", ["model", "name"], { field: "name" }));
  }
  if (!(MODEL_NAMES as readonly unknown[]).includes(name)) {
    throw new ApiError(
      400,
      problem("invalid-choice", ["model", "name"], { value: String(name), values: MODEL_NAMES }),
    );
  }
  const unknown = unknownModelOptions(name as ModelName, options);
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      unknown.map((key) => problem("unknown-field", ["model", key], { keys: [key] })),
    );
  }
  // A solver's fault about its input (an impossible option: 400; no convergence: 422) is a core
  // ModelError, answered by its code at the one boundary (errors.ts toApiError); an option's fault
  // is placed at model.<option>, where the body has it.
  const indexed = indexNetwork(network);
  try {
    return solveModel(name as ModelName, indexed, options);
  } catch (error) {
    const [first] = isModelError(error) ? error.path : [];
    if (typeof first === "string" && first in options) throw modelApiError(error as ModelError, ["model"]);
    throw error;
  }
}

/** The body of POST /api/stress; the scenario object itself is checked by the scenario schema. */
export const StressBody = z.strictObject({
  scenario: z.union([z.string().min(1).max(120), z.record(z.string(), z.unknown())]).meta({
    description:
      "A bundled scenario's id (GET /api/scenarios), or a scenario object (docs/methods/stress.md).",
  }),
  model: z.enum(MODEL_NAMES).optional().meta({
    description:
      "Run with this contagion model instead of the scenario's (its options are then the defaults).",
  }),
  asOf: IsoDate.optional().meta({
    description: "ISO date the network is built for, unless the scenario names one (default: today).",
  }),
});

/** The answer of POST /api/stress: the stress report, as `halqa stress --json` prints it. */
export type StressAnswer = StressReport;

export function stressRoute(data: DataContext, today: string, body: unknown): StressAnswer {
  const parsed = StressBody.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new ApiError(400, bodyProblems(parsed.error.issues));
  const { scenario: given, model, asOf } = parsed.data;
  let scenario: Scenario;
  if (typeof given === "string") {
    const offered = data.scenarios.scenarios.find((s) => s.scenario.id === given);
    if (!offered) {
      throw new ApiError(
        400,
        problem("unknown-scenario", ["scenario"], {
          id: given,
          known: data.scenarios.scenarios.map((s) => s.scenario.id),
        }),
      );
    }
    scenario = offered.scenario;
  } else {
    const checked = scenarioProblems(given, data.dataset, "");
    if (!checked.ok) {
      throw new ApiError(
        400,
        checked.problems.map((p) => problem(p.code, ["scenario", ...p.path], p.params)),
      );
    }
    scenario = checked.scenario;
  }
  return stressReport(data.dataset, scenario, {
    asOf: asOf ?? today,
    ...(model ? { model } : {}),
    fraction: (f) => resolveFraction(f, data.dataset) ?? Number.NaN,
  });
}

/** zod issues of a body → problems with the body path of each; halqa codes kept, the rest generic. */
export function bodyProblems(issues: readonly z.core.$ZodIssue[]): ApiProblem[] {
  return withoutSafeIntegerBound(issues).flatMap((issue): ApiProblem[] => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => problem("unknown-field", [...path, key], { keys: [key] }));
    const own = (issue as { params?: Record<string, unknown> }).params;
    if (own && typeof own.code === "string") {
      const { code, ...params } = own;
      return [problem(code, path, params)];
    }
    const input = (issue as { input?: unknown }).input;
    if (input === undefined) return [problem("required", path, { field: path[path.length - 1] })];
    if (issue.code === "invalid_value")
      return [problem("invalid-choice", path, { value: String(input), values: issue.values.map(String) })];
    // Say the bound and the value given ("runs: 200001" is over 200000), never a bare "invalid value".
    if (issue.code === "too_big")
      return [problem("out-of-range", path, { maximum: issue.maximum, value: input })];
    if (issue.code === "too_small")
      return [problem("out-of-range", path, { minimum: issue.minimum, value: input })];
    if (issue.code === "invalid_type") {
      const received = input === null ? "null" : Array.isArray(input) ? "a list" : typeof input;
      return [problem("invalid-type", path, { expected: issue.expected, received })];
    }
    return [problem("invalid-value", path, {})];
  });
}
