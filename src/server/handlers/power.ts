/**
 * The power and funding handlers: the request checks and the report of core/reports/power-report.ts,
 * with the same defaults as `halqa power` and `halqa funding`.
 */

import type { Basis } from "../../core/flows/expand.ts";
import { fundingReport } from "../../core/reports/funding-report.ts";
import {
  type PowerReport,
  powerReport,
  powerRequestProblems,
  powerWindow,
} from "../../core/reports/power-report.ts";
import type { DataContext } from "../context.ts";
import { ApiError, badRequest } from "../errors.ts";

type Window = { from?: number | undefined; to?: number | undefined };

/** The asked window with the defaults `halqa power` and `halqa funding` fill in. */
export function yearWindow(query: Window): { fromYear: number; toYear: number } {
  return powerWindow(query.from, query.to);
}

type PowerQuery = Window & {
  basis: Basis;
  entity?: string | undefined;
  site?: string | undefined;
  delayMonths?: number | undefined;
  region?: string | undefined;
};

export function powerRoute(data: DataContext, asOf: string, query: PowerQuery): PowerReport {
  const request = {
    basis: query.basis,
    asOf,
    ...yearWindow(query),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
    ...(query.site !== undefined ? { site: query.site } : {}),
    ...(query.delayMonths !== undefined ? { delayMonths: query.delayMonths } : {}),
    // The query schema refuses a region without a delay (region-needs-delay).
    ...(query.delayMonths !== undefined && query.region !== undefined ? { region: query.region } : {}),
  };
  const [problem] = powerRequestProblems(data.dataset, request);
  if (problem?.code === "unknown-site") throw badRequest("unknown-site", "site", { id: problem.params.id });
  if (problem?.code === "no-site-in-region")
    throw badRequest("no-site-in-region", "region", { region: problem.params.region });
  return powerReport(data.dataset, request);
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
