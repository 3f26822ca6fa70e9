/**
 * The power and funding handlers: the checks that need the dataset (the site exists, some site lies in
 * the region), then the same core calls with the same defaults as `halqa power` and `halqa funding`.
 */

import type { Basis } from "../../core/flows/expand.ts";
import { fundingReport } from "../../core/funding/funding-report.ts";
import { type PowerDelay, powerBalance } from "../../core/power/balance.ts";
import type { DataContext } from "../context.ts";
import { ApiError, badRequest } from "../errors.ts";

/** The CLI's default window for both commands. */
export const POWER_YEARS = [2024, 2030] as const;

type Window = { from?: number | undefined; to?: number | undefined };

export function yearWindow(query: Window): { fromYear: number; toYear: number } {
  const fromYear = query.from ?? POWER_YEARS[0];
  return { fromYear, toYear: query.to ?? Math.max(POWER_YEARS[1], fromYear) };
}

/** Every region and country a site of the dataset names (what `region` may be, in any case). */
export function siteRegions(data: DataContext): string[] {
  const all = data.dataset.sites.flatMap((s) => [s.location.country, s.location.region ?? ""]);
  return [...new Set(all.filter(Boolean))].sort();
}

type PowerQuery = Window & {
  basis: Basis;
  entity?: string | undefined;
  site?: string | undefined;
  delayMonths?: number | undefined;
  region?: string | undefined;
};

export function powerRoute(data: DataContext, asOf: string, query: PowerQuery) {
  if (query.site !== undefined && !data.dataset.sites.some((s) => s.id === query.site))
    throw badRequest("unknown-site", "site", { id: query.site });
  let delay: PowerDelay | undefined;
  if (query.delayMonths !== undefined) {
    delay = { months: query.delayMonths };
    if (query.region !== undefined) {
      const wanted = query.region.toLowerCase();
      if (!siteRegions(data).some((r) => r.toLowerCase() === wanted))
        throw badRequest("no-site-in-region", "region", { region: query.region });
      delay.region = query.region;
    }
  }
  return powerBalance(data.dataset, {
    basis: query.basis,
    asOf,
    ...yearWindow(query),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
    ...(query.site !== undefined ? { site: query.site } : {}),
    ...(delay ? { delay } : {}),
  });
}

export function fundingRoute(
  data: DataContext,
  asOf: string,
  id: string,
  query: Window & { basis: Basis; growth?: number | undefined },
) {
  if (!data.entityIds.has(id))
    throw new ApiError(404, { code: "unknown-entity", path: "id", params: { id } });
  return fundingReport(data.dataset, {
    entity: id,
    basis: query.basis,
    asOf,
    ...yearWindow(query),
    ...(query.growth !== undefined ? { growth: query.growth } : {}),
  });
}
