/** The tiny hand-checkable dataset of src/testing/fixtures/tiny, loaded once for tests. */
import { fileURLToPath } from "node:url";
import { loadDataset } from "../io/load-dataset.ts";
import type { Dataset } from "../schema/dataset-file.ts";

export const TINY_DIR = fileURLToPath(new URL("./fixtures/tiny", import.meta.url));

export async function loadTiny(): Promise<Dataset> {
  const result = await loadDataset(TINY_DIR);
  if (!result.ok) throw new Error(`tiny fixture invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
