/**
 * `halqa market` as one pure call, shared by the command line, the API (GET and POST /api/market)
 * and the dashboard: the published concentration figures (concentration.ts), each holding's exposure
 * to the loop by the chosen measure (loop-exposure.ts) with the user's own exposures in its place
 * where given, and the share of a passive index fund in the loop, Σ weight × exposure
 * (fund-exposure.ts). Weights and exposures arrive in percent, as the CSV files hold them.
 * Method: docs/methods/market.md. O(entities + flows + holdings).
 */
import type { Dataset } from "../model/dataset.ts";
import { type ConcentrationRow, concentration } from "./concentration.ts";
import { type FundExposure, fundLoopShare } from "./fund-exposure.ts";
import { type ExposureMeasure, type LoopExposure, loopExposure } from "./loop-exposure.ts";

/** A row of index-weights.csv (or a user's weights file): weight in percent of the index. */
export type WeightRow = {
  index: string;
  entity: string;
  weight: number;
  asOf?: string;
  sources: string[];
  estimate: boolean;
  note?: string;
  line?: number;
};

/** A row of a user's exposure file: exposure in percent of the company. */
export type ExposureRow = { entity: string; exposure: number; note?: string; line?: number };

/** The index the bundled snapshot describes; a user's own weights file is taken whole. */
export const BUNDLED_INDEX = "sp-500";

export type MarketReport<W extends WeightRow = WeightRow> = {
  asOf: string;
  concentration: { rows: ConcentrationRow[]; missing: string[] };
  fund: FundExposure & { measure: ExposureMeasure | "file"; exposureFromFile: string[] };
  weights: W[];
  exposures: LoopExposure[];
};

export type MarketOptions<W extends WeightRow> = {
  asOf: string;
  measure: ExposureMeasure;
  weights: readonly W[];
  /** True when the weights are the user's: every row counts, whatever its index. */
  userWeights?: boolean;
  /** The user's exposures (percent); they replace the derived ones for the companies they name. */
  exposures?: readonly ExposureRow[];
};

export function marketReport<W extends WeightRow>(
  dataset: Pick<Dataset, "deals" | "entities" | "financials" | "indicators">,
  options: MarketOptions<W>,
): MarketReport<W> {
  const holdings = options.weights.filter((w) => options.userWeights || w.index === BUNDLED_INDEX);
  const derived = loopExposure(
    dataset,
    holdings.map((h) => h.entity),
    { asOf: options.asOf, measure: options.measure },
  );
  const exposure = new Map<string, number>();
  for (const d of derived) if (d.exposure !== null) exposure.set(d.entity, d.exposure);
  for (const e of options.exposures ?? []) exposure.set(e.entity, e.exposure / 100);
  const fund = fundLoopShare(
    holdings.map((h) => ({ entity: h.entity, weight: h.weight / 100 })),
    exposure,
  );
  return {
    asOf: options.asOf,
    concentration: concentration(dataset),
    fund: {
      ...fund,
      measure: options.exposures ? "file" : options.measure,
      exposureFromFile: (options.exposures ?? []).map((e) => e.entity),
    },
    weights: holdings,
    exposures: derived,
  };
}
