/**
 * The models by name, as `halqa network solve --model` and the stress tests choose them. Options come
 * from a file or flags as plain data; each solver checks its own and documents its defaults.
 */
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

export function solveModel(
  name: ModelName,
  network: IndexedNetwork,
  options: Record<string, unknown> = {},
): ModelResult {
  return SOLVERS[name](network, options);
}
