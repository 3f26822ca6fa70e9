/**
 * Index weights (data/ai-economy/index-weights.csv or a user's file) and loop exposures (a user's
 * file), read and checked row by row: numbers, ranges (weights and exposures are percents in
 * [0, 100]; the weights of one index add up to at most 100), duplicates. The bundled snapshot must
 * cite sources in the dataset; a user's file may name companies the dataset does not know (they are
 * held, with no exposure unless the exposure file gives one).
 */
import type { Problem } from "../core/dataset/problem.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { byLine, parseNumber, readCsvTable } from "./csv-table.ts";

export const WEIGHTS_FILE = "index-weights.csv";

export type IndexWeight = {
  index: string;
  entity: string;
  /** Percent of the index. */
  weight: number;
  asOf?: string;
  sources: string[];
  estimate: boolean;
  note?: string;
  line: number;
};

export async function readWeightsFile(
  path: string,
  file: string,
  dataset?: Pick<Dataset, "sources">,
): Promise<{ weights: IndexWeight[]; problems: Problem[] }> {
  const table = await readCsvTable(
    path,
    file,
    ["entity", "weight"],
    ["index", "asOf", "source", "estimate", "note"],
  );
  const problems = [...table.problems];
  const known = dataset ? new Set(dataset.sources.map((s) => s.id)) : undefined;
  const weights: IndexWeight[] = [];
  const first = new Map<string, number>();
  const totals = new Map<string, { total: number; line: number }>();
  for (const { line, values: v } of table.rows) {
    const before = problems.length;
    const bad = (code: string, column: string, params: Record<string, unknown> = {}) =>
      problems.push({ code, file, path: [column], params, line });
    const entity = v.entity ?? "";
    if (entity === "") bad("required", "entity", { field: "entity" });
    const weight = parseNumber(v.weight ?? "");
    if (weight === undefined) bad("invalid-number", "weight", { value: v.weight ?? "" });
    else if (weight < 0) bad("negative-amount", "weight", { value: weight });
    else if (weight > 100) bad("percent-over-100", "weight", { value: weight });
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

export type ExposureFigure = { entity: string; exposure: number; note?: string; line: number };

/** entity, exposure (percent of the company tied to the loop, 0–100) and an optional note. */
export async function readExposureFile(
  path: string,
  file: string,
): Promise<{ exposures: ExposureFigure[]; problems: Problem[] }> {
  const table = await readCsvTable(path, file, ["entity", "exposure"], ["note", "source"]);
  const problems = [...table.problems];
  const exposures: ExposureFigure[] = [];
  const first = new Map<string, number>();
  for (const { line, values: v } of table.rows) {
    const before = problems.length;
    const bad = (code: string, column: string, params: Record<string, unknown> = {}) =>
      problems.push({ code, file, path: [column], params, line });
    const entity = v.entity ?? "";
    if (entity === "") bad("required", "entity", { field: "entity" });
    const exposure = parseNumber(v.exposure ?? "");
    if (exposure === undefined) bad("invalid-number", "exposure", { value: v.exposure ?? "" });
    else if (exposure < 0) bad("negative-amount", "exposure", { value: exposure });
    else if (exposure > 100) bad("percent-over-100", "exposure", { value: exposure });
    const seen = first.get(entity);
    if (seen !== undefined) bad("duplicate-row", "entity", { first: seen });
    else first.set(entity, line);
    if (problems.length > before || exposure === undefined) continue;
    exposures.push({ entity, exposure, ...(v.note ? { note: v.note } : {}), line });
  }
  return { exposures, problems: byLine(problems) };
}
