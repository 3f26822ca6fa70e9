/**
 * Index weights (data/ai-economy/index-weights.csv or a user's file) and loop exposures (a user's
 * file) read from disk; the rules they are checked by are in holdings-csv.ts, shared with the API
 * and the dashboard.
 */
import type { Problem } from "../core/dataset/problem.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { readCsvTable } from "./csv-table.ts";
import {
  checkExposures,
  checkWeights,
  EXPOSURE_COLUMNS,
  type ExposureFigure,
  type IndexWeight,
  WEIGHT_COLUMNS,
} from "./holdings-csv.ts";

export type { ExposureFigure, IndexWeight } from "./holdings-csv.ts";

export const WEIGHTS_FILE = "index-weights.csv";

export async function readWeightsFile(
  path: string,
  file: string,
  dataset?: Pick<Dataset, "sources">,
): Promise<{ weights: IndexWeight[]; problems: Problem[] }> {
  const table = await readCsvTable(path, file, WEIGHT_COLUMNS.required, WEIGHT_COLUMNS.optional);
  return checkWeights(table, file, dataset);
}

/** entity, exposure (percent of the company tied to the loop, 0–100) and an optional note. */
export async function readExposureFile(
  path: string,
  file: string,
): Promise<{ exposures: ExposureFigure[]; problems: Problem[] }> {
  const table = await readCsvTable(path, file, EXPOSURE_COLUMNS.required, EXPOSURE_COLUMNS.optional);
  return checkExposures(table, file);
}
