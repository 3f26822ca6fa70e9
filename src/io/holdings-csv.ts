/**
 * Index weights and loop exposures as CSV text, checked row by row: numbers, ranges (weights and
 * exposures are percents in [0, 100]; the weights of one index add up to at most 100), duplicates,
 * and — for the bundled snapshot — sources that exist in the dataset. A user's file may name
 * companies the dataset does not know (they are held, with no exposure unless the exposure file gives
 * one). Pure (no file system): index-weights-file.ts reads the files for the command line, the API
 * checks a posted text, and the dashboard a file the reader picks, all with these rules.
 */
import type { Problem } from "../core/dataset/problem.ts";
import type { ExposureRow, WeightRow } from "../core/reports/market-report.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { byLine, type CsvTable, parseCsvTable, parseNumber } from "./csv-text.ts";

export const WEIGHT_COLUMNS = {
  required: ["entity", "weight"],
  optional: ["index", "asOf", "source", "estimate", "note"],
} as const;
export const EXPOSURE_COLUMNS = { required: ["entity", "exposure"], optional: ["note", "source"] } as const;

export type IndexWeight = WeightRow & { line: number };
export type ExposureFigure = ExposureRow & { line: number };

export function parseWeightsCsv(
  text: string,
  file: string,
  dataset?: Pick<Dataset, "sources">,
): { weights: IndexWeight[]; problems: Problem[] } {
  return checkWeights(
    parseCsvTable(text, file, WEIGHT_COLUMNS.required, WEIGHT_COLUMNS.optional),
    file,
    dataset,
  );
}

export function parseExposureCsv(
  text: string,
  file: string,
): { exposures: ExposureFigure[]; problems: Problem[] } {
  return checkExposures(
    parseCsvTable(text, file, EXPOSURE_COLUMNS.required, EXPOSURE_COLUMNS.optional),
    file,
  );
}

type Report = (code: string, column: string, params?: Record<string, unknown>) => void;

/** Reports a row's problems into `problems`, each at `line` of `file`. */
function reporter(problems: Problem[], file: string, line: number): Report {
  return (code, column, params = {}) => {
    problems.push({ code, file, path: [column], params, line });
  };
}

/** The entity cell, which every row must have. */
function entityCell(text: string | undefined, bad: Report): string {
  const entity = text ?? "";
  if (entity === "") bad("required", "entity", { field: "entity" });
  return entity;
}

/** A percentage cell (0–100): its number, which `bad` has been told about when it is not one or out of range. */
function percentCell(text: string | undefined, column: string, bad: Report): number | undefined {
  const value = parseNumber(text ?? "");
  if (value === undefined) bad("invalid-number", column, { value: text ?? "" });
  else if (value < 0) bad("negative-amount", column, { value });
  else if (value > 100) bad("percent-over-100", column, { value });
  return value;
}

/** Sources are required and checked when the dataset is given (the bundled snapshot). */
export function checkWeights(
  table: CsvTable,
  file: string,
  dataset?: Pick<Dataset, "sources">,
): { weights: IndexWeight[]; problems: Problem[] } {
  const problems = [...table.problems];
  const known = dataset ? new Set(dataset.sources.map((s) => s.id)) : undefined;
  const weights: IndexWeight[] = [];
  const first = new Map<string, number>();
  const totals = new Map<string, { total: number; line: number }>();
  for (const { line, values: v } of table.rows) {
    const before = problems.length;
    const bad = reporter(problems, file, line);
    const entity = entityCell(v.entity, bad);
    const weight = percentCell(v.weight, "weight", bad);
    const ids = (v.source ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    if (known) {
      if (ids.length === 0) bad("figure-unsourced", "source");
      for (const id of ids) if (!known.has(id)) bad("unknown-source", "source", { id });
    }
    const index = v.index || "sp-500";
    const key = `${index}|${entity}`;
    const seen = first.get(key);
    if (seen !== undefined) bad("duplicate-row", "entity", { first: seen });
    else first.set(key, line);
    if (problems.length > before || weight === undefined) continue;
    const t = totals.get(index) ?? { total: 0, line };
    totals.set(index, { total: t.total + weight, line });
    weights.push({
      index,
      entity,
      weight,
      ...(v.asOf ? { asOf: v.asOf } : {}),
      sources: ids,
      estimate: (v.estimate ?? "").toLowerCase() === "true",
      ...(v.note ? { note: v.note } : {}),
      line,
    });
  }
  for (const [index, { total, line }] of totals) {
    if (total > 100 + 1e-9)
      problems.push({ code: "weights-over-100", file, path: ["weight"], params: { index, total }, line });
  }
  return { weights, problems: byLine(problems) };
}

/** entity, exposure (percent of the company tied to the loop, 0–100) and an optional note. */
export function checkExposures(
  table: CsvTable,
  file: string,
): { exposures: ExposureFigure[]; problems: Problem[] } {
  const problems = [...table.problems];
  const exposures: ExposureFigure[] = [];
  const first = new Map<string, number>();
  for (const { line, values: v } of table.rows) {
    const before = problems.length;
    const bad = reporter(problems, file, line);
    const entity = entityCell(v.entity, bad);
    const exposure = percentCell(v.exposure, "exposure", bad);
    const seen = first.get(entity);
    if (seen !== undefined) bad("duplicate-row", "entity", { first: seen });
    else first.set(entity, line);
    if (problems.length > before || exposure === undefined) continue;
    exposures.push({ entity, exposure, ...(v.note ? { note: v.note } : {}), line });
  }
  return { exposures, problems: byLine(problems) };
}
