/** The dataset's power forecasts and observations, printed beside the balance (docs/methods/power.md). */

import { type Amount, amountOf, figureSources } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";

export type ReferenceForecast = {
  id: string;
  name: { en: string; ar: string };
  by: string;
  unit: string;
  amount: Amount;
  period?: string;
  baseYear?: number;
  region?: string;
  sources: string[];
};

/** The dataset's power indicators (forecasts and observations), printed beside the balance. */
export function referenceForecasts(indicators: Dataset["indicators"]): ReferenceForecast[] {
  return indicators
    .filter((i) => i.topic === "power")
    .map((i) => {
      const r: ReferenceForecast = {
        id: i.id,
        name: i.name,
        by: i.by,
        unit: i.unit,
        amount: amountOf(i.figure),
        sources: figureSources(i.figure),
      };
      if (i.period !== undefined) r.period = i.period;
      if (i.baseYear !== undefined) r.baseYear = i.baseYear;
      if (i.region !== undefined) r.region = i.region;
      return r;
    });
}
