/**
 * `halqa tracker` as one pure call, shared by the command line, the API (GET /api/tracker) and the
 * dashboard: the thresholds from their cited parameters (tracker-*-threshold), the operators to show
 * (everyone with an observation, plus every AI lab, hyperscaler and neocloud, so an operator no source
 * measures is listed as unknown rather than left out), each operator's signals over time and stage
 * (tracker.ts, stage.ts), and the seed article's 24–36-month window from the Broadcom announcement
 * (window.ts). Method: docs/methods/tracker.md. O(observations · log observations + entities).
 */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import { SIGNALS, type Signal, type Thresholds } from "./stage.ts";
import { type OperatorTrack, type TrackerObservation, trackOperators } from "./tracker.ts";
import { type CriticalWindow, criticalWindow } from "./window.ts";

export const THRESHOLD_PARAMETERS: Readonly<Record<Signal, string>> = {
  utilisation: "tracker-utilisation-threshold",
  "power-coverage": "tracker-power-coverage-threshold",
  "usage-revenue-share": "tracker-usage-revenue-threshold",
};
const OPERATOR_KINDS = new Set(["ai-lab", "hyperscaler", "neocloud"]);
export const WINDOW_INDICATOR = "openai-build-out-critical-window";
/** The seed article counts the window from OpenAI's Broadcom announcement. */
export const WINDOW_START_DEAL = "openai-broadcom-10gw";

export type TrackerReport = {
  asOf: string;
  thresholds: Thresholds;
  window: CriticalWindow | null;
  operators: OperatorTrack[];
};

/** The thresholds, or the ids of the parameters the dataset lacks. */
export function trackerThresholds(
  dataset: Pick<Dataset, "parameters">,
): { ok: true; thresholds: Thresholds } | { ok: false; missing: string[] } {
  const thresholds = {} as Thresholds;
  const missing: string[] = [];
  for (const signal of SIGNALS) {
    const p = dataset.parameters.find((x) => x.id === THRESHOLD_PARAMETERS[signal]);
    if (p) thresholds[signal] = amountOf(p.figure).value;
    else missing.push(THRESHOLD_PARAMETERS[signal]);
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, thresholds };
}

export function trackerWindow(
  dataset: Pick<Dataset, "indicators" | "deals">,
  asOf: string,
): CriticalWindow | null {
  const indicator = dataset.indicators.find((i) => i.id === WINDOW_INDICATOR);
  const deal = dataset.deals.find((d) => d.id === WINDOW_START_DEAL);
  if (!indicator || !deal) return null;
  const { low, high } = amountOf(indicator.figure);
  return criticalWindow(deal.announced, { low, high }, asOf);
}

/** The report as `halqa tracker --json` prints it; `entity` narrows it to one operator. */
export function trackerReport(
  dataset: Pick<Dataset, "parameters" | "indicators" | "deals" | "entities">,
  observations: readonly TrackerObservation[],
  thresholds: Thresholds,
  options: { asOf: string; entity?: string | undefined },
): TrackerReport {
  const entities = options.entity
    ? [options.entity]
    : [
        ...new Set([
          ...observations.map((o) => o.entity),
          ...dataset.entities.filter((e) => OPERATOR_KINDS.has(e.kind)).map((e) => e.id),
        ]),
      ];
  return {
    asOf: options.asOf,
    thresholds,
    window: trackerWindow(dataset, options.asOf),
    operators: trackOperators(observations, entities, thresholds),
  };
}
