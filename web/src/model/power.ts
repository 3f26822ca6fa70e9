/**
 * The power page's numbers: the power report of src/core (what `halqa power` and GET /api/power return)
 * run in the browser on the loaded dataset, with the page's settings turned into its request. The
 * secured GW per kind of power that the stacked chart needs comes with the report.
 */

import type { Basis } from "@core/flows/expand.ts";
import type { PowerDelay } from "@core/power/balance.ts";
import type { KindSeries } from "@core/power/secured-by-kind.ts";
import { type PowerReport, powerReport } from "@core/reports/power-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export { KIND_ORDER, type KindSeries } from "@core/power/secured-by-kind.ts";
export { siteRegions } from "@core/reports/power-report.ts";

export type PowerSettings = {
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  /** Months the grid connections slip (0: none). */
  delayMonths: number;
  /** Only sites in this region or country; null: every site. */
  region: string | null;
};

export type PowerPageData = {
  result: PowerReport;
  /** Secured GW per kind, one value per year of the window; only kinds with some GW. */
  byKind: KindSeries[];
};

export function powerDelayOf(settings: PowerSettings): PowerDelay | undefined {
  if (settings.delayMonths <= 0) return undefined;
  return settings.region === null
    ? { months: settings.delayMonths }
    : { months: settings.delayMonths, region: settings.region };
}

export function powerPage(dataset: Dataset, settings: PowerSettings): PowerPageData {
  const delay = powerDelayOf(settings);
  const result = powerReport(dataset, {
    basis: settings.basis,
    asOf: settings.asOf,
    fromYear: settings.fromYear,
    toYear: settings.toYear,
    ...(delay ? { delayMonths: delay.months } : {}),
    ...(delay?.region !== undefined ? { region: delay.region } : {}),
  });
  return { result, byKind: result.securedByKind };
}
