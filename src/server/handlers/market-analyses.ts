/**
 * The market-analysis routes: the economics report with inputs overridden from the query (as `--set` does), the
 * tracker, and the market report on the bundled snapshot or on CSV text a client posts. Each returns
 * the JSON of `halqa economics|tracker|market --json`.
 */

import type { ExposureMeasure } from "../../core/market/loop-exposure.ts";
import { economicsReport, overrideProblems } from "../../core/reports/economics-report.ts";
import { marketReport } from "../../core/reports/market-report.ts";
import { trackerReport, trackerThresholds } from "../../core/reports/tracker-report.ts";
import type { MarketFiles } from "../../io/market-files.ts";
import type { DataContext } from "../context.ts";
import { ApiError, type ApiProblem } from "../errors.ts";
import type { MarketInput } from "../market-body.ts";

/** A plain number, optionally suffixed K, M, B or T (650B = 6.5e11), as `halqa economics --set` takes. */
export function parseOverride(text: string): number | undefined {
  const match = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)([kmbt])?$/i.exec(text.trim());
  if (!match) return undefined;
  const scale = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[(match[2] ?? "").toLowerCase()] ?? 1;
  const value = Number(match[1]) * scale;
  return Number.isFinite(value) ? value : undefined;
}

/** Every query parameter but `lang` names an input; all problems are reported at once. */
export function economicsRoute(data: DataContext, query: Record<string, unknown>) {
  const keys = economicsReport(data.dataset).keys;
  const known = new Set(keys);
  const overrides: Record<string, number> = {};
  const problems: ApiProblem[] = [];
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    if (!known.has(name)) {
      problems.push({ code: "unknown-parameter", path: name, params: { name, allowed: ["lang", ...keys] } });
      continue;
    }
    const value = parseOverride(String(raw));
    if (value === undefined) problems.push({ code: "invalid-number", path: name, params: { value: raw } });
    else overrides[name] = value;
  }
  for (const { key, value, code } of overrideProblems(overrides)) {
    problems.push({ code, path: key, params: { value } });
  }
  if (problems.length > 0) throw new ApiError(400, problems);
  return economicsReport(data.dataset, overrides);
}

export function trackerRoute(data: DataContext, files: MarketFiles, asOf: string, entity?: string) {
  const read = trackerThresholds(data.dataset);
  if (!read.ok) {
    throw new ApiError(422, {
      code: "analysis-failed",
      params: { reason: `missing parameters: ${read.missing.join(", ")}` },
    });
  }
  return trackerReport(data.dataset, files.observations, read.thresholds, { asOf, entity });
}

export function marketRoute(data: DataContext, files: MarketFiles, asOf: string, measure: ExposureMeasure) {
  return marketReport(data.dataset, { asOf, measure, weights: files.weights });
}

/** The user's weights replace the snapshot; the user's exposures replace the derived ones they name. */
export function marketPostRoute(data: DataContext, files: MarketFiles, today: string, input: MarketInput) {
  return marketReport(data.dataset, {
    asOf: input.asOf ?? today,
    measure: input.measure,
    weights: input.weights ?? files.weights,
    userWeights: input.weights !== undefined,
    ...(input.exposures ? { exposures: input.exposures } : {}),
  });
}
