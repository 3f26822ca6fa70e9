/**
 * Reads and checks data/ai-economy/tracker.csv (columns entity, period, signal, value, unit, source,
 * and optionally estimate and note). Every bad row is reported with its line, column and a code; the
 * good rows are kept, so one run lists every problem. Entities and sources must exist in the dataset.
 */
import { join } from "node:path";
import type { Problem } from "../core/dataset/problem.ts";
import { SIGNALS, type Signal } from "../core/tracker/stage.ts";
import type { TrackerObservation } from "../core/tracker/tracker.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { byLine, type CsvRow, parseNumber, readCsvTable } from "./csv-table.ts";

export const TRACKER_FILE = "tracker.csv";
const REQUIRED = ["entity", "period", "signal", "value", "unit", "source"] as const;
const OPTIONAL = ["estimate", "note"] as const;
const PERIOD = /^(?:FY)?\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?|\d{4}))?$/;
/** Signals that are shares of a whole (power coverage may exceed 100 %: more power than compute). */
const CAPPED: ReadonlySet<Signal> = new Set(["utilisation", "usage-revenue-share"]);

export type TrackerFile = { observations: TrackerObservation[]; problems: Problem[] };

export async function readTrackerFile(
  dir: string,
  dataset: Pick<Dataset, "entities" | "sources">,
  file = TRACKER_FILE,
): Promise<TrackerFile> {
  const table = await readCsvTable(join(dir, file), file, REQUIRED, OPTIONAL);
  return checkTrackerRows(table.rows, table.problems, dataset, file);
}

export function checkTrackerRows(
  rows: readonly CsvRow[],
  shapeProblems: readonly Problem[],
  dataset: Pick<Dataset, "entities" | "sources">,
  file: string,
): TrackerFile {
  const entities = new Set(dataset.entities.map((e) => e.id));
  const sources = new Set(dataset.sources.map((s) => s.id));
  const problems: Problem[] = [...shapeProblems];
  const observations: TrackerObservation[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values: v } of rows) {
    const before = problems.length;
    const bad = (code: string, column: string, params: Record<string, unknown> = {}) =>
      problems.push({ code, file, path: [column], params, line });
    const entity = v.entity ?? "";
    if (!entities.has(entity)) bad("unknown-entity", "entity", { id: entity });
    const period = v.period ?? "";
    if (!PERIOD.test(period)) bad("invalid-period", "period");
    const signal = v.signal as Signal;
    if (!(SIGNALS as readonly string[]).includes(signal)) bad("invalid-enum", "signal", { values: SIGNALS });
    const value = parseNumber(v.value ?? "");
    if (value === undefined) bad("invalid-number", "value", { value: v.value ?? "" });
    else if (value < 0) bad("negative-amount", "value", { value });
    else if (value > 100 && CAPPED.has(signal)) bad("percent-over-100", "value", { value });
    if (v.unit !== "percent") bad("invalid-enum", "unit", { values: ["percent"] });
    const ids = (v.source ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) bad("figure-unsourced", "source");
    for (const id of ids) if (!sources.has(id)) bad("unknown-source", "source", { id });
    const estimate = (v.estimate ?? "").toLowerCase();
    if (!["", "true", "false"].includes(estimate)) bad("invalid-boolean", "estimate", { value: v.estimate });
    const key = `${entity}|${period}|${signal}`;
    const first = firstLine.get(key);
    if (first !== undefined) bad("duplicate-row", "signal", { first });
    else firstLine.set(key, line);
    if (problems.length > before || value === undefined) continue;
    observations.push({
      entity,
      period,
      signal,
      value,
      unit: "percent",
      sources: ids,
      estimate: estimate === "true",
      ...(v.note ? { note: v.note } : {}),
      line,
    });
  }
  return { observations, problems: byLine(problems) };
}
