/**
 * `halqa economics` in one pure call: every analysis on the dataset with the user's overrides, and
 * the overrides no analysis read (so the command can say so). Methods in docs/methods/economics.md.
 */
import type { Dataset } from "../model/dataset.ts";
import { depreciationAnalysis } from "./depreciation-analysis.ts";
import { type EconAnalysis, InputReader } from "./inputs.ts";
import {
  bainAnalysis,
  jpmorganAnalysis,
  morganStanleyAnalysis,
  sequoiaAnalysis,
} from "./published-analyses.ts";
import { startupAnalysis, subsidyAnalysis } from "./unit-analysis.ts";

export type EconomicsReport = {
  analyses: EconAnalysis[];
  /** Keys given with --set that no analysis reads. */
  unusedOverrides: string[];
  /** Every key an analysis reads (what --set accepts). */
  keys: string[];
};

/** Inputs that are a length of time something lasts: a life of 0 or less has no meaning (and divides by 0). */
export const POSITIVE_INPUTS: readonly string[] = [
  "burry-compute-product-cycle-years",
  "server-useful-life-google",
];

/** Overrides no analysis can use: a useful life that is not positive. The faces word them. */
export function overrideProblems(
  overrides: Readonly<Record<string, number>>,
): { key: string; value: number; code: "not-positive" }[] {
  return POSITIVE_INPUTS.filter((key) => key in overrides && !((overrides[key] as number) > 0)).map(
    (key) => ({ key, value: overrides[key] as number, code: "not-positive" as const }),
  );
}

export function economicsReport(
  dataset: Pick<Dataset, "parameters" | "indicators" | "financials">,
  overrides: Readonly<Record<string, number>> = {},
): EconomicsReport {
  const read = new InputReader(dataset, new Map(Object.entries(overrides)));
  const analyses = [
    subsidyAnalysis(read, dataset),
    startupAnalysis(read),
    jpmorganAnalysis(read),
    bainAnalysis(read),
    sequoiaAnalysis(read, dataset),
    morganStanleyAnalysis(read),
    depreciationAnalysis(read),
  ];
  const keys = [...read.used].sort();
  return { analyses, unusedOverrides: Object.keys(overrides).filter((k) => !read.used.has(k)), keys };
}
