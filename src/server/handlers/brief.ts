/** GET /api/brief: the brief `halqa brief` writes, as an HTML document in the request's language. */
import { composeBrief } from "../../core/reports/brief-report.ts";
import type { Lang } from "../../i18n/lang.ts";
import { briefHtml } from "../../print/brief-html.ts";
import { resolveFraction } from "../../schema/scenario.ts";
import type { DataContext } from "../context.ts";
import { badRequest } from "../errors.ts";

export function briefRoute(
  data: DataContext,
  asOf: string,
  lang: Lang,
  query: { entity?: string | undefined; scenario?: string | undefined },
): string {
  if (query.entity !== undefined && query.scenario !== undefined)
    throw badRequest("brief-one-subject", "scenario");
  const scenario = query.scenario === undefined ? undefined : findScenario(data, query.scenario);
  const report = composeBrief(data.dataset, {
    asOf,
    ...(query.entity !== undefined ? { company: query.entity } : {}),
    ...(scenario
      ? { scenario: { scenario, fraction: (f) => resolveFraction(f, data.dataset) ?? Number.NaN } }
      : {}),
  });
  return briefHtml(report, data.dataset, lang);
}

function findScenario(data: DataContext, id: string) {
  const offered = data.scenarios.scenarios.find((s) => s.scenario.id === id);
  if (!offered)
    throw badRequest("unknown-scenario", "scenario", {
      id,
      known: data.scenarios.scenarios.map((s) => s.scenario.id),
    });
  return offered.scenario;
}
