/**
 * The one reader of a dataset folder's market files beside the YAML: tracker.csv (halqa tracker,
 * GET /api/tracker) and index-weights.csv (halqa market, GET /api/market). The command line, the
 * server (once, when it starts) and `halqa data validate` all read them here, so a file is checked by
 * the same rules whichever face asks. Good rows are kept; every bad row is a problem, grouped by file.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import type { Problem } from "../core/dataset/problem.ts";
import type { TrackerObservation } from "../core/tracker/tracker.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { type IndexWeight, readWeightsFile, WEIGHTS_FILE } from "./index-weights-file.ts";
import { readTrackerFile, TRACKER_FILE } from "./tracker-file.ts";

export type MarketFiles = { observations: TrackerObservation[]; weights: IndexWeight[] };
export type MarketFileKind = "tracker" | "weights";
/** The problems of one file, named as the user knows it (the folder's file name, or the path given). */
export type FileProblems = { file: string; problems: Problem[] };

export const NO_MARKET_FILES: MarketFiles = { observations: [], weights: [] };

export type MarketFilesOptions = {
  /** The files to read (default: both). */
  kinds?: readonly MarketFileKind[];
  /** Files that must exist: a missing one is a problem. The others are read only when present. */
  required?: readonly MarketFileKind[];
  /** A user's weights file in place of the folder's; taken whole (its sources are not the dataset's). */
  weightsPath?: string | undefined;
};

export type MarketFilesRead = { files: MarketFiles; failed: FileProblems[]; problems: Problem[] };

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function readMarketFiles(
  dir: string,
  dataset: Dataset,
  options: MarketFilesOptions = {},
): Promise<MarketFilesRead> {
  const kinds = new Set(options.kinds ?? ["tracker", "weights"]);
  const required = new Set(options.required ?? []);
  const files: MarketFiles = { observations: [], weights: [] };
  const failed: FileProblems[] = [];
  const wanted = async (kind: MarketFileKind, path: string) =>
    kinds.has(kind) && (required.has(kind) || (await exists(path)));

  if (await wanted("tracker", join(dir, TRACKER_FILE))) {
    const read = await readTrackerFile(dir, dataset);
    files.observations = read.observations;
    if (read.problems.length > 0) failed.push({ file: TRACKER_FILE, problems: read.problems });
  }
  const weightsPath = options.weightsPath ?? join(dir, WEIGHTS_FILE);
  if (await wanted("weights", weightsPath)) {
    const file = options.weightsPath ?? WEIGHTS_FILE;
    const read = await readWeightsFile(weightsPath, file, options.weightsPath ? undefined : dataset);
    files.weights = read.weights;
    if (read.problems.length > 0) failed.push({ file, problems: read.problems });
  }
  return { files, failed, problems: failed.flatMap((f) => f.problems) };
}
