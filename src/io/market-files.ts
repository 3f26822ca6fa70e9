/**
 * The CSV files of a dataset folder that `halqa data validate` checks beside the YAML: tracker.csv
 * (halqa tracker) and index-weights.csv (halqa market), each only when present.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import type { Problem } from "../core/dataset/problem.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { readWeightsFile, WEIGHTS_FILE } from "./index-weights-file.ts";
import { readTrackerFile, TRACKER_FILE } from "./tracker-file.ts";

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function checkMarketFiles(dir: string, dataset: Dataset): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (await exists(join(dir, TRACKER_FILE))) problems.push(...(await readTrackerFile(dir, dataset)).problems);
  if (await exists(join(dir, WEIGHTS_FILE))) {
    problems.push(...(await readWeightsFile(join(dir, WEIGHTS_FILE), WEIGHTS_FILE, dataset)).problems);
  }
  return problems;
}
