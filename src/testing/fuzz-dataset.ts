/** Test helper: the tiny dataset with FUZZ_PARAMETERS, written below `dir` and loaded (stress and tracker run on it). */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadDataset } from "../io/load-dataset.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { FUZZ_PARAMETERS } from "./fuzz-samples.ts";
import { TINY_DIR } from "./tiny.ts";

export async function writeFuzzDataset(dir: string): Promise<{ folder: string; dataset: Dataset }> {
  const folder = join(dir, "data");
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, "dataset.yaml"),
    readFileSync(join(TINY_DIR, "dataset.yaml"), "utf8") + FUZZ_PARAMETERS,
  );
  const loaded = await loadDataset(folder);
  if (!loaded.ok) throw new Error(`fuzz dataset invalid: ${JSON.stringify(loaded.problems)}`);
  return { folder, dataset: loaded.dataset };
}
