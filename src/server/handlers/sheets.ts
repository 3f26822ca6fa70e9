/**
 * The company sheet, the deal timeline and the changes digest over HTTP: the report builders of
 * src/core/reports with the server's dataset and offered scenarios, so each answer is the object
 * `halqa company|deal|changes --json` prints. A company may be named by id or by name (en/ar); an
 * unknown or ambiguous name is a 404 whose details list the closest entities.
 */
import { changesReport } from "../../core/reports/changes-report.ts";
import { companyReport } from "../../core/reports/company-report.ts";
import { dealTimeline } from "../../core/reports/deal-timeline.ts";
import { findEntity } from "../../core/reports/entity-search.ts";
import type { ChangesQuery, CompanyQuery } from "../../schema/api.ts";
import { resolveFraction } from "../../schema/scenario.ts";
import type { DataContext } from "../context.ts";
import { ApiError } from "../errors.ts";

export function companyRoute(data: DataContext, asOf: string, id: string, query: CompanyQuery) {
  const found = findEntity(data.dataset.entities, id);
  if (found.result !== "found") {
    const matches = found.matches.map((m) => m.id);
    const code = found.result === "ambiguous" ? "ambiguous-entity" : "unknown-entity";
    throw new ApiError(404, { code, path: "id", params: { id, matches } });
  }
  const { dataset } = data;
  return companyReport(dataset, found.id, {
    asOf,
    basis: query.basis,
    ...(query.year !== undefined ? { year: query.year } : {}),
    stress: {
      scenarios: data.scenarios.scenarios,
      fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
    },
  });
}

export function dealTimelineRoute(data: DataContext, asOf: string, id: string) {
  const report = dealTimeline(data.dataset, id, { asOf });
  if (!report) throw new ApiError(404, { code: "unknown-deal", path: "id", params: { id } });
  return report;
}

export function changesRoute(data: DataContext, asOf: string, query: ChangesQuery) {
  const until = query.until ?? asOf;
  return changesReport(data.dataset, {
    since: query.since,
    until,
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
  });
}
