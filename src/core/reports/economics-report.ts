/**
 * The economics report in one pure call — what `halqa economics --json`, GET /api/economics and the
 * Money page show: every analysis on the dataset with the reader's overrides, the overrides themselves,
 * and those no analysis read (so a face can say so). Methods in docs/methods/economics.md.
 */

import { depreciationAnalysis } from "../economics/depreciation-analysis.ts";
import { type EconAnalysis, InputReader } from "../economics/inputs.ts";
import {
  bainAnalysis,
  jpmorganAnalysis,
  morganStanleyAnalysis,
  sequoiaAnalysis,
} from "../economics/published-analyses.ts";
import { startupAnalysis, subsidyAnalysis } from "../economics/unit-analysis.ts";
import type { Dataset } from "../model/dataset.ts";

export type EconomicsReport = {
  /** The inputs the reader changed (--set, or the query of GET /api/economics), by key. */
  overrides: Record<string, number>;
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
  return {
    overrides: { ...overrides },
    analyses,
    unusedOverrides: Object.keys(overrides).filter((k) => !read.used.has(k)),
    keys,
  };
}
