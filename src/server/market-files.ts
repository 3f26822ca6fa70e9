/**
 * The CSV files of a dataset folder that the market-analysis routes (tracker, market) read beside the YAML: tracker.csv (GET
 * /api/tracker) and index-weights.csv (GET /api/market). Loaded once when the server starts, each
 * only when present; a file with problems stops the server with them, as an invalid dataset does.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import type { Problem } from "../core/dataset/problem.ts";
import type { TrackerObservation } from "../core/tracker/tracker.ts";
import { type IndexWeight, readWeightsFile, WEIGHTS_FILE } from "../io/index-weights-file.ts";
import { readTrackerFile, TRACKER_FILE } from "../io/tracker-file.ts";
import type { Dataset } from "../schema/dataset-file.ts";

export type MarketFiles = { observations: TrackerObservation[]; weights: IndexWeight[] };

export const NO_MARKET_FILES: MarketFiles = { observations: [], weights: [] };

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function loadMarketFiles(
  dir: string,
  dataset: Dataset,
): Promise<{ files: MarketFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files: MarketFiles = { observations: [], weights: [] };
  if (await exists(join(dir, TRACKER_FILE))) {
    const read = await readTrackerFile(dir, dataset);
    problems.push(...read.problems);
    files.observations = read.observations;
  }
  if (await exists(join(dir, WEIGHTS_FILE))) {
    const read = await readWeightsFile(join(dir, WEIGHTS_FILE), WEIGHTS_FILE, dataset);
    problems.push(...read.problems);
    files.weights = read.weights;
  }
  return { files, problems };
}
