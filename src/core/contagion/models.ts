/**
 * The models by name, as `halqa network solve --model` and the stress tests choose them. Options come
 * from a file or flags as plain data; each solver checks its own and documents its defaults.
 */
import { ModelInputError } from "../errors.ts";
import { solveCrossHoldings } from "./cross-holdings.ts";
import { solveDebtRank } from "./debtrank.ts";
import { solveLinearDebtRank } from "./debtrank-linear.ts";
import { solveEisenbergNoe } from "./eisenberg-noe.ts";
import { solveElliottGolubJackson } from "./elliott-golub-jackson.ts";
import type { ModelResult } from "./fixed-point.ts";
import { solveFurfine } from "./furfine.ts";
import type { IndexedNetwork } from "./network.ts";
import { solveNeva } from "./neva.ts";
import { solveRogersVeraart } from "./rogers-veraart.ts";

type Solver = (network: IndexedNetwork, options: Record<string, unknown>) => ModelResult;

const SOLVERS = {
  "eisenberg-noe": solveEisenbergNoe as Solver,
  "rogers-veraart": solveRogersVeraart as Solver,
  furfine: solveFurfine as Solver,
  debtrank: solveDebtRank as Solver,
  "debtrank-linear": solveLinearDebtRank as Solver,
  neva: solveNeva as Solver,
  "elliott-golub-jackson": solveElliottGolubJackson as Solver,
  "cross-holdings": solveCrossHoldings as Solver,
} as const;

export type ModelName = keyof typeof SOLVERS;
export const MODEL_NAMES = Object.keys(SOLVERS) as ModelName[];

const CONVERGENCE = ["tolerance", "maxIterations"] as const;

/**
 * The options each model reads (its `…Options` type, less callbacks). Anything else in a file or a
 * request is a mistake — a typo such as `lgd_` or an option of another model — and is refused, since
 * ignoring it would solve with a default the user did not choose.
 */
export const MODEL_OPTIONS: Record<ModelName, readonly string[]> = {
  "eisenberg-noe": ["externalSeniority", "zeroEquityIsDefault", ...CONVERGENCE],
  "rogers-veraart": ["alpha", "beta", "zeroEquityIsDefault", ...CONVERGENCE],
  furfine: ["lgd", "zeroEquityIsDefault", "tolerance"],
  debtrank: [],
  "debtrank-linear": ["recovery", ...CONVERGENCE],
  neva: [
    "valuation",
    "externalSeniority",
    "lgd",
    "maturity",
    "drift",
    "recovery",
    "blackCoxAssets",
    "zeroEquityIsDefault",
    ...CONVERGENCE,
  ],
  "elliott-golub-jackson": ["source", "failAtThreshold", ...CONVERGENCE],
  "cross-holdings": ["zeroEquityIsDefault", ...CONVERGENCE],
};

/** The keys of `options` that model `name` does not read (`name` itself excepted), in their order. */
export function unknownModelOptions(name: ModelName, options: Record<string, unknown>): string[] {
  const known = new Set<string>(MODEL_OPTIONS[name]);
  return Object.keys(options).filter((key) => key !== "name" && !known.has(key));
}

export function solveModel(
  name: ModelName,
  network: IndexedNetwork,
  options: Record<string, unknown> = {},
): ModelResult {
  // The boundaries report unknown options with their path; this is the last guard for other callers.
  const unknown = unknownModelOptions(name, options);
  if (unknown.length > 0) {
    throw new ModelInputError("unknown-option", ["model"], {
      options: unknown,
      allowed: [...MODEL_OPTIONS[name]],
    });
  }
  return SOLVERS[name](network, options);
}
