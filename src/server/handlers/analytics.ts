/**
 * The analytics routes: flows, money loops, circularity, exposure, rankings and the published ratios.
 * Each calls the same core functions with the same options as its CLI command (src/cli/commands) and
 * returns the same JSON as `halqa <command> --json`, so a program can switch between the two.
 */
import { circularityReport } from "../../core/reports/circularity-report.ts";
import { exposureReport, rankingsReport } from "../../core/reports/exposure-report.ts";
import { flowsReport, yearWindow } from "../../core/reports/flows-report.ts";
import { loopsReport } from "../../core/reports/loops-report.ts";
import { ratiosReport } from "../../core/reports/ratios-report.ts";
import { parseDuration } from "../../core/time/duration.ts";
import type { CircularityQuery, ExposureQuery, FlowsQuery, LoopsQuery } from "../../schema/api.ts";
import type { DataContext } from "../context.ts";
import { ApiError } from "../errors.ts";

/** The year window of a query in the core's terms (`year` stands for from = to = year). */
function years(query: { year?: number; from?: number; to?: number }) {
  return yearWindow({
    ...(query.year !== undefined ? { year: query.year } : {}),
    ...(query.from !== undefined ? { fromYear: query.from } : {}),
    ...(query.to !== undefined ? { toYear: query.to } : {}),
  });
}

export function flowsRoute(data: DataContext, asOf: string, query: FlowsQuery) {
  return flowsReport(data.dataset, {
    basis: query.basis,
    asOf,
    unit: query.unit,
    ...years(query),
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
    ...(query.includeReported ? { includeReported: true } : {}),
  });
}

export function loopsRoute(data: DataContext, asOf: string, query: LoopsQuery) {
  const duration = query.temporal ? parseDuration(query.window ?? "365d") : undefined;
  return loopsReport(data.dataset, {
    basis: query.basis,
    asOf,
    ...years(query),
    ...(query.types ? { types: query.types } : {}),
    ...(query.kinds ? { kinds: query.kinds } : {}),
    ...(query.minAmount !== undefined ? { minAmount: query.minAmount } : {}),
    maxLength: query.maxLength,
    ...(duration?.ok ? { temporal: { window: duration.seconds } } : {}),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
    ...(query.includeReported ? { includeReported: true } : {}),
    limit: query.limit,
  });
}

export function circularityRoute(data: DataContext, asOf: string, query: CircularityQuery) {
  return circularityReport(data.dataset, {
    basis: query.basis,
    asOf,
    ...years(query),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
    ...(query.nullModel !== undefined ? { nullModel: { samples: query.nullModel, seed: query.seed } } : {}),
  });
}

export function exposureRoute(data: DataContext, asOf: string, id: string, query: ExposureQuery) {
  if (!data.entityIds.has(id))
    throw new ApiError(404, { code: "unknown-entity", path: "id", params: { id } });
  return exposureReport(data.dataset, id, {
    basis: query.basis,
    asOf,
    ...(query.year !== undefined ? { year: query.year } : {}),
  });
}

export function rankingsRoute(data: DataContext, asOf: string, query: ExposureQuery) {
  return rankingsReport(data.dataset, { basis: query.basis, asOf });
}

export function ratiosRoute(data: DataContext, asOf: string) {
  return ratiosReport(data.dataset, { asOf });
}
