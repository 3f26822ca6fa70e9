/**
 * The analytics routes: flows, money loops, circularity, exposure, rankings and the published ratios.
 * Each calls the same core functions with the same options as its CLI command (src/cli/commands) and
 * returns the same JSON as `halqa <command> --json`, so a program can switch between the two.
 */
import { type NullModelResult, nullModel, traceFlows } from "../../core/circularity/index.ts";
import { entityExposure, rankEntities } from "../../core/exposure/entity-exposure.ts";
import { expandFlows } from "../../core/flows/expand.ts";
import { findMoneyLoops } from "../../core/loops/money-loops.ts";
import { moneyGraph } from "../../core/network/money-graph.ts";
import { publishedRatios } from "../../core/ratios/published-ratios.ts";
import { parseDuration } from "../../core/time/duration.ts";
import type { CircularityQuery, ExposureQuery, FlowsQuery, LoopsQuery } from "../../schema/api.ts";
import type { DataContext } from "../context.ts";
import { ApiError } from "../errors.ts";

/** The year window of a query in the core's terms (`year` stands for from = to = year). */
function years(query: { year?: number; from?: number; to?: number }) {
  const fromYear = query.year ?? query.from;
  const toYear = query.year ?? query.to;
  return {
    ...(fromYear !== undefined ? { fromYear } : {}),
    ...(toYear !== undefined ? { toYear } : {}),
  };
}

export function flowsRoute(data: DataContext, asOf: string, query: FlowsQuery) {
  return expandFlows(data.dataset, {
    basis: query.basis,
    asOf,
    unit: query.unit,
    ...years(query),
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
  });
}

export function loopsRoute(data: DataContext, asOf: string, query: LoopsQuery) {
  const graph = moneyGraph(data.dataset, {
    basis: query.basis,
    asOf,
    ...years(query),
    ...(query.types ? { types: query.types } : {}),
    ...(query.kinds ? { kinds: query.kinds } : {}),
    ...(query.minAmount !== undefined ? { minAmount: query.minAmount } : {}),
  });
  const duration = query.temporal ? parseDuration(query.window ?? "365d") : undefined;
  const windowSeconds = duration?.ok ? duration.seconds : undefined;
  const result = findMoneyLoops(graph, {
    maxLength: query.maxLength,
    ...(windowSeconds !== undefined ? { temporal: { window: windowSeconds } } : {}),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
  });
  const byLength: Record<string, number> = {};
  for (const loop of result.loops) byLength[loop.steps.length] = (byLength[loop.steps.length] ?? 0) + 1;
  const shown = result.loops.slice(0, query.limit);
  return {
    basis: query.basis,
    asOf,
    search: {
      maxLength: query.maxLength,
      temporal: windowSeconds !== undefined ? { windowSeconds } : null,
      entity: query.entity ?? null,
      minAmount: query.minAmount ?? 0,
      types: query.types ?? null,
      kinds: query.kinds ?? null,
    },
    found: result.loops.length,
    truncated: result.truncated,
    byLength,
    shown: shown.length,
    loops: shown,
    selfLoops: result.selfLoops,
  };
}

export function circularityRoute(data: DataContext, asOf: string, query: CircularityQuery) {
  // Circularity measures revenue: cash only, as `halqa circularity` does.
  const { list } = moneyGraph(data.dataset, { basis: query.basis, asOf, ...years(query), kinds: ["cash"] });
  const tracing = traceFlows(list);
  const nullResult: NullModelResult | null =
    query.nullModel === undefined ? null : nullModel(list, { samples: query.nullModel, seed: query.seed });
  const nodes = tracing.nodes
    .filter((n) => n.throughput > 0 && (query.entity === undefined || n.id === query.entity))
    .sort((a, b) => b.selfShare - a.selfShare || b.throughput - a.throughput);
  return {
    basis: query.basis,
    asOf,
    fromYear: years(query).fromYear ?? null,
    toYear: years(query).toYear ?? null,
    unit: "USD",
    multiplier: tracing.multiplier,
    totalFlow: tracing.totalFlow,
    outsideTotal: tracing.outsideTotal,
    closed: tracing.closed,
    nodes,
    nullModel: nullResult,
  };
}

export function exposureRoute(data: DataContext, asOf: string, id: string, query: ExposureQuery) {
  if (!data.entityIds.has(id))
    throw new ApiError(404, { code: "unknown-entity", path: "id", params: { id } });
  return entityExposure(data.dataset, id, { basis: query.basis, asOf });
}

export function rankingsRoute(data: DataContext, asOf: string, query: ExposureQuery) {
  const entities = rankEntities(data.dataset, { basis: query.basis, asOf }).sort(
    (a, b) => a.pageRankRank - b.pageRankRank,
  );
  return { basis: query.basis, asOf, entities };
}

export function ratiosRoute(data: DataContext, asOf: string) {
  return { asOf, ratios: publishedRatios(data.dataset, asOf) };
}
