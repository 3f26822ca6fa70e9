/**
 * The power report: GW of compute capacity against power secured per year (core/power/balance.ts), with
 * the secured GW split by kind of power the page stacks (core/power/secured-by-kind.ts). `halqa power
 * --json`, `GET /api/power` and the Power page all return or draw this one object; the request checks
 * (a known site, a region some site is in) and the default window live here once, and each face words
 * a problem in its own way.
 */

import type { Basis } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { type PowerDelay, type PowerResult, powerBalance } from "../power/balance.ts";
import { type KindSeries, securedByKind } from "../power/secured-by-kind.ts";

/** The tables of this report (power-layout.ts), beside its builder as every report has them. */
export { countedCampuses, powerLayout } from "./power-layout.ts";

/** The window of years when none is asked: from 2024 (the first sourced campuses) to 2030. */
export const POWER_WINDOW = { fromYear: 2024, toYear: 2030 } as const;

/** The asked window with the defaults filled in; a `from` after 2030 alone ends the window there too. */
export function powerWindow(from?: number, to?: number): { fromYear: number; toYear: number } {
  const fromYear = from ?? POWER_WINDOW.fromYear;
  return { fromYear, toYear: to ?? Math.max(POWER_WINDOW.toYear, fromYear) };
}

/** Every region and country a site of the dataset names (what a delay's region may be, in any case). */
export function siteRegions(dataset: Pick<Dataset, "sites">): string[] {
  const all = dataset.sites.flatMap((s) => [s.location.country, s.location.region ?? ""]);
  // Alphabetical as a reader expects ("Abilene" before "UAE"), the same on every machine.
  return [...new Set(all.filter(Boolean))].sort((a, b) => a.localeCompare(b, "en"));
}

export type PowerRequest = {
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  entity?: string;
  site?: string;
  /** Months the grid connections slip (no delay when absent). */
  delayMonths?: number;
  /** With `delayMonths`: only sites in this region or country, in any case. */
  region?: string;
};

/** What a request asks that the dataset cannot answer: codes with the values a face words. */
export type PowerRequestProblem =
  | { code: "unknown-site"; params: { id: string; close: string[] } }
  | { code: "no-site-in-region"; params: { region: string; regions: string[] } };

export function powerRequestProblems(
  dataset: Pick<Dataset, "sites">,
  request: Pick<PowerRequest, "site" | "delayMonths" | "region">,
): PowerRequestProblem[] {
  const problems: PowerRequestProblem[] = [];
  const { site, region } = request;
  const ids = dataset.sites.map((s) => s.id);
  if (site !== undefined && !ids.includes(site)) {
    const close = ids.filter((x) => x.includes(site) || site.includes(x)).slice(0, 5);
    problems.push({ code: "unknown-site", params: { id: site, close } });
  }
  if (request.delayMonths !== undefined && region !== undefined) {
    const regions = siteRegions(dataset);
    if (!regions.some((r) => r.toLowerCase() === region.toLowerCase()))
      problems.push({ code: "no-site-in-region", params: { region, regions } });
  }
  return problems;
}

export type PowerReport = PowerResult & {
  /** Secured GW per kind of power and year of the window; only kinds with some GW. */
  securedByKind: KindSeries[];
};

/** The report of a request already checked with `powerRequestProblems`. */
export function powerReport(
  dataset: Pick<Dataset, "deals" | "sites" | "parameters" | "indicators"> &
    Partial<Pick<Dataset, "financials">>,
  request: PowerRequest,
): PowerReport {
  const delay: PowerDelay | undefined =
    request.delayMonths === undefined
      ? undefined
      : { months: request.delayMonths, ...(request.region !== undefined ? { region: request.region } : {}) };
  const result = powerBalance(dataset, {
    basis: request.basis,
    asOf: request.asOf,
    fromYear: request.fromYear,
    toYear: request.toYear,
    ...(request.entity !== undefined ? { entity: request.entity } : {}),
    ...(request.site !== undefined ? { site: request.site } : {}),
    ...(delay ? { delay } : {}),
  });
  return { ...result, securedByKind: securedByKind(dataset, result) };
}
